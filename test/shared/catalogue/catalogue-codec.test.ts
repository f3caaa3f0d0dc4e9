import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCatalogue, encodeCatalogue } from '../../../shared/catalogue/catalogue-codec';
import { toCatalogueEntry } from '../../../shared/catalogue/catalogue-entry';
import type { Listing } from '../../../shared/listing/schema';
import { jobDraft, rentalDraft } from '../../support/listing-drafts';

const T0 = new Date('2026-11-01T08:00:00.000Z');
const seen = {
  status: 'active',
  firstSeenAt: T0.toISOString(),
  lastSeenAt: T0.toISOString(),
  contentHash: 'a'.repeat(64),
} as const;
const rentals: Listing[] = [
  { ...rentalDraft(1, { rentCzk: 15000, feesCzk: 3000 }), ...seen },
  { ...rentalDraft(2, { rentCzk: 9000, feesCzk: undefined }), ...seen },
  { ...rentalDraft(3, { rentCzk: undefined, feesCzk: 2000 }), ...seen },
];

/** A snapshot as format 2 wrote it: the same lines, the monthly figure under its old name. */
function formatTwo(body: Buffer): Buffer {
  const lines = gunzipSync(body).toString('utf8').split('\n');
  const [header, ...rest] = lines;
  const old = rest.map((line) =>
    line.startsWith('{')
      ? JSON.stringify(
          Object.fromEntries(
            Object.entries(JSON.parse(line) as object).map(([key, value]) => [
              key === 'monthlyCzk' ? 'priceCzk' : key,
              value,
            ]),
          ),
        )
      : line,
  );
  return gzipSync([JSON.stringify({ ...(JSON.parse(header!) as object), format: 2 }), ...old].join('\n'));
}

describe('catalogue snapshot', () => {
  it("keeps a rental's rent + fees and a job's top monthly salary as monthlyCzk", async () => {
    const job: Listing = { ...jobDraft(1), ...seen };

    const rentalCatalogue = await decodeCatalogue(
      encodeCatalogue('rental', rentals.map(toCatalogueEntry), T0),
      'rental',
    );
    const jobCatalogue = await decodeCatalogue(encodeCatalogue('job', [toCatalogueEntry(job)], T0), 'job');

    expect(rentalCatalogue.all().map((entry) => entry.monthlyCzk)).toEqual([18000, 9000, undefined]);
    expect(jobCatalogue.all().map((entry) => entry.monthlyCzk)).toEqual([60100]);
  });

  it('reads a format-2 snapshot (priceCzk) so that its money filters and sorts still hold', async () => {
    const old = formatTwo(encodeCatalogue('rental', rentals.map(toCatalogueEntry), T0));

    const catalogue = await decodeCatalogue(old, 'rental');
    const cheapest = catalogue.query({
      kind: 'rental',
      sort: 'price',
      filters: { minRentCzk: 5000 },
      limit: 10,
      now: T0,
    });

    expect(gunzipSync(old).toString('utf8')).toContain('"priceCzk":18000');
    expect(catalogue.all().map((entry) => entry.monthlyCzk)).toEqual([18000, 9000, undefined]);
    expect(cheapest.items.map((card) => card.id)).toEqual([rentals[1]!.id, rentals[0]!.id]);
    expect(cheapest.items.every((card) => !('priceCzk' in card) && !('monthlyCzk' in card))).toBe(true);
  });

  it('refuses a snapshot of a format it does not know', async () => {
    const body = gzipSync(JSON.stringify({ format: 1, kind: 'rental', builtAt: T0.toISOString(), count: 0 }));

    await expect(decodeCatalogue(body, 'rental')).rejects.toThrow('the snapshot is not of format 2 or 3');
  });
});
