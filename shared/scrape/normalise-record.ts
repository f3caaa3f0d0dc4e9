import type { ListingDraft, ListingKind } from '../listing/schema';
import { normaliseJob } from '../normalise/normalise-job';
import { normaliseRental } from '../normalise/normalise-rental';
import type { RawJob } from '../sources/raw-job';
import type { RawRental } from '../sources/raw-rental';
import type { RawRecordBase } from '../sources/source-adapter';

/**
 * A raw record of a source as a listing draft, by the source's kind, with the record's `source` set to
 * the adapter's name so the listing's id is the one the runner diffs and expires by. Throws
 * RecordRejectedError when the record cannot be a valid listing.
 */
export function normaliseRecord(kind: ListingKind, sourceName: string, record: RawRecordBase): ListingDraft {
  const stamped = { ...record, source: sourceName };
  return kind === 'job' ? normaliseJob(stamped as RawJob) : normaliseRental(stamped as RawRental);
}
