/** Where a page that failed to parse is kept, so that a changed layout can be studied and replayed. */
export interface SnapshotSink {
  keep(snapshot: { source: string; url: string; body: string; reason: string; at: Date }): Promise<void>;
}
