import type { PartnerStore, StoredPosting } from './partner-store';

/** The in-memory PartnerStore, for service and handler tests. */
export class MemoryPartnerStore implements PartnerStore {
  private readonly postings = new Map<string, StoredPosting>();
  private readonly counters = new Map<string, number>();
  private readonly claims = new Map<string, { owner: string; until: number }>();

  async create(posting: StoredPosting): Promise<boolean> {
    if (this.postings.has(posting.listing.id)) return false;
    this.postings.set(posting.listing.id, structuredClone(posting));
    return true;
  }

  async get(id: string): Promise<StoredPosting | undefined> {
    const posting = this.postings.get(id);
    return posting && structuredClone(posting);
  }

  async replace(posting: StoredPosting, expectedHash: string): Promise<boolean> {
    const current = this.postings.get(posting.listing.id);
    if (current?.listing.contentHash !== expectedHash) return false;
    this.postings.set(posting.listing.id, structuredClone(posting));
    return true;
  }

  async listPending(limit: number): Promise<StoredPosting[]> {
    return [...this.postings.values()]
      .filter((p) => p.listing.status === 'pending')
      .sort((a, b) => (a.listing.firstSeenAt < b.listing.firstSeenAt ? -1 : 1))
      .slice(0, limit)
      .map((p) => structuredClone(p));
  }

  async countInWindow(key: string, windowSeconds: number, now: Date): Promise<number> {
    const window = `${key}@${Math.floor(now.getTime() / 1000 / windowSeconds)}`;
    const count = (this.counters.get(window) ?? 0) + 1;
    this.counters.set(window, count);
    return count;
  }

  async countSoFar(key: string, windowSeconds: number, now: Date): Promise<number> {
    return this.counters.get(`${key}@${Math.floor(now.getTime() / 1000 / windowSeconds)}`) ?? 0;
  }

  async claim(key: string, owner: string, ttlSeconds: number, now: Date): Promise<string> {
    const held = this.claims.get(key);
    if (held && held.until > now.getTime()) return held.owner;
    this.claims.set(key, { owner, until: now.getTime() + ttlSeconds * 1000 });
    return owner;
  }

  async release(key: string, owner: string): Promise<void> {
    if (this.claims.get(key)?.owner === owner) this.claims.delete(key);
  }

  /** Test helper: every posting as stored, private fields included. */
  all(): StoredPosting[] {
    return [...this.postings.values()].map((p) => structuredClone(p));
  }
}
