import { gunzipSync, gzipSync } from 'node:zlib';
import { CatalogueReader } from '../../../shared/catalogue/catalogue-reader';
import { encodeCatalogue } from '../../../shared/catalogue/catalogue-codec';
import { toCatalogueEntry } from '../../../shared/catalogue/catalogue-entry';
import { MemorySnapshotStore } from '../../../shared/catalogue/memory-snapshot-store';
import { StoreUnavailableError } from '../../../shared/errors';
import type { Listing } from '../../../shared/listing/schema';
import { rentalDraft } from '../../support/listing-drafts';

const T0 = new Date('2026-11-01T08:00:00.000Z');
const listing = (n: number): Listing => ({
  ...rentalDraft(n),
  status: 'active',
  firstSeenAt: T0.toISOString(),
  lastSeenAt: T0.toISOString(),
  contentHash: 'a'.repeat(64),
});
const snapshot = (...ns: number[]) =>
  encodeCatalogue(
    'rental',
    ns.map((n) => toCatalogueEntry(listing(n))),
    T0,
  );
const ids = async (reader: CatalogueReader) =>
  (await reader.catalogue('rental'))
    .query({ kind: 'rental', sort: 'newest', filters: {}, limit: 50, now: T0 })
    .items.map((l) => l.id);

function setUp() {
  const snapshots = new MemorySnapshotStore();
  let clock = 0;
  const errors: unknown[] = [];
  const reader = new CatalogueReader({
    snapshots,
    checkIntervalMs: 1000,
    now: () => clock,
    log: { info: () => undefined, warn: () => undefined, error: (_m, keys) => void errors.push(keys?.error) },
  });
  return { snapshots, reader, errors, advance: (ms: number) => (clock += ms) };
}

describe('CatalogueReader', () => {
  it('answers an empty catalogue before anything was published', async () => {
    const { reader } = setUp();

    expect(await ids(reader)).toEqual([]);
  });

  it('keeps answering from the catalogue in hand until the check interval passes, then reloads in the background', async () => {
    const { snapshots, reader, advance } = setUp();
    snapshots.put('rental', snapshot(1));
    const before = await ids(reader);
    snapshots.put('rental', snapshot(1, 2));

    const withinInterval = await ids(reader);
    advance(1000);
    const whileReloading = await ids(reader);
    await reader.refresh('rental');
    const afterReload = await ids(reader);

    expect([before, withinInterval, whileReloading]).toEqual([['sreality:1001'], ['sreality:1001'], ['sreality:1001']]);
    expect(afterReload).toEqual(['sreality:1002', 'sreality:1001']);
  });

  it.each([
    ['cut short (half-written)', (good: Buffer) => good.subarray(0, Math.floor(good.length / 2))],
    ['not gzip at all', () => Buffer.from('{"format":1}')],
    [
      'a header claiming more entries than it holds',
      () => {
        const { searchWords, ...card } = toCatalogueEntry(listing(1));
        return gzipSync(
          [
            JSON.stringify({ format: 3, kind: 'rental', builtAt: T0.toISOString(), count: 3 }),
            JSON.stringify(card),
            ` ${searchWords}`,
          ].join('\n'),
        );
      },
    ],
    [
      'a card that is not JSON',
      (good: Buffer) =>
        gzipSync(
          gunzipSync(good)
            .toString('utf8')
            .split('\n')
            .map((line, i) => (i === 2 ? '{"id":' : line))
            .join('\n'),
        ),
    ],
    [
      'a word line more than its header says',
      (good: Buffer) => gzipSync(`${gunzipSync(good).toString('utf8')}\n extra words`),
    ],
  ])('keeps the last good catalogue when the new snapshot is %s', async (_name, broken) => {
    const { snapshots, reader, advance, errors } = setUp();
    snapshots.put('rental', snapshot(1, 2));
    await ids(reader);
    snapshots.put('rental', broken(snapshot(1, 2, 3)));

    advance(1000);
    await expect(reader.refresh('rental')).rejects.toThrow();
    const answer = await ids(reader);

    expect(answer).toEqual(['sreality:1002', 'sreality:1001']);
    expect(errors).toEqual([]);
  });

  it('logs a failed background reload once per interval and keeps serving', async () => {
    const { snapshots, reader, advance, errors } = setUp();
    snapshots.put('rental', snapshot(1));
    await ids(reader);
    snapshots.put('rental', Buffer.from('garbage'));

    advance(1000);
    const answers = [await ids(reader), await ids(reader), await ids(reader)];
    await reader.refresh('rental').catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));

    expect(answers).toEqual([['sreality:1001'], ['sreality:1001'], ['sreality:1001']]);
    expect(errors).toHaveLength(1);
  });

  it('fails with StoreUnavailableError when no catalogue could ever be read', async () => {
    const { snapshots, reader } = setUp();
    snapshots.put('rental', Buffer.from('garbage'));

    await expect(reader.catalogue('rental')).rejects.toThrow(StoreUnavailableError);
  });

  it('answers filters once the cards are in, and a word search once the words behind them are', async () => {
    const { snapshots, reader } = setUp();
    const whole = gunzipSync(snapshot(1, 2)).toString('utf8').split('\n');
    let releaseWords!: () => void;
    const wordsHeld = new Promise<void>((resolve) => (releaseWords = resolve));
    // Two gzip members, the second (the words) held back: a slow download.
    const body = (async function* () {
      yield gzipSync(`${whole.slice(0, 3).join('\n')}\n`);
      await wordsHeld;
      yield gzipSync(whole.slice(3).join('\n'));
    })();
    snapshots.read = async () => ({ status: 'found', etag: '"e1"', body });

    const cards = await reader.catalogue('rental');
    let wordsIn = false;
    const withWords = reader.catalogue('rental', { words: true }).then((catalogue) => ((wordsIn = true), catalogue));
    await new Promise((resolve) => setImmediate(resolve));
    const before = wordsIn;
    releaseWords();
    const found = (await withWords).query({
      kind: 'rental',
      sort: 'newest',
      filters: { words: ['zabreh'] },
      limit: 50,
      now: T0,
    });

    expect(cards.size).toBe(2);
    expect(before).toBe(false);
    expect(found.items.map((l) => l.id)).toEqual(['sreality:1002']);
  });

  describe('warm', () => {
    it('loads every kind with its words before the first request, which then reads nothing', async () => {
      const { snapshots, reader } = setUp();
      snapshots.put('rental', snapshot(1, 2));
      const reads = jest.spyOn(snapshots, 'read');

      const ready = await reader.warm(['job', 'rental'], 60_000);
      const readsAtStart = reads.mock.calls.length;
      const found = (await reader.catalogue('rental', { words: true })).query({
        kind: 'rental',
        sort: 'newest',
        filters: { words: ['zabreh'] },
        limit: 50,
        now: T0,
      });

      expect(ready.sort()).toEqual(['job', 'rental']);
      expect(reads.mock.calls.length).toBe(readsAtStart);
      expect(found.items.map((l) => l.id)).toEqual(['sreality:1002']);
    });

    it('stops waiting after its time, and the first request gets the catalogue once its read is done', async () => {
      const { snapshots, reader } = setUp();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const body = snapshot(1);
      snapshots.read = async () => {
        await held;
        return { status: 'found', etag: '"e1"', body };
      };

      const ready = await reader.warm(['rental'], 5);
      const first = ids(reader);
      release();

      expect(ready).toEqual([]);
      expect(await first).toEqual(['sreality:1001']);
    });

    it('logs a kind it cannot load and resolves; the first request tries again', async () => {
      const { snapshots, reader, errors } = setUp();
      snapshots.put('rental', Buffer.from('garbage'));

      const ready = await reader.warm(['rental'], 60_000);
      snapshots.put('rental', snapshot(1));
      const first = await ids(reader);

      expect(ready).toEqual([]);
      expect(errors).toHaveLength(1);
      expect(first).toEqual(['sreality:1001']);
    });
  });
});
