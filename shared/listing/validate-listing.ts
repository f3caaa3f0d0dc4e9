import type * as z from 'zod';
import { RecordRejectedError } from '../errors';
import { listingDraftSchema, type ListingDraft } from './schema';

/** Describes a zod failure as "field: reason" for the first issues, naming the field. */
export function describeIssues(error: z.ZodError): { field: string; message: string } {
  const first = error.issues[0];
  const field = first && first.path.length > 0 ? first.path.join('.') : '(record)';
  const message = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(record)'}: ${issue.message}`)
    .join('; ');
  return { field, message };
}

/** Validates a normalised listing before it is stored; throws RecordRejectedError naming the field. */
export function parseListingDraft(input: unknown): ListingDraft {
  const result = listingDraftSchema.safeParse(input);
  if (result.success) return result.data;
  const { field, message } = describeIssues(result.error);
  throw new RecordRejectedError(`invalid listing: ${message}`, field, { cause: result.error });
}
