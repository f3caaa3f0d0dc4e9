import * as z from 'zod';
import { jobSchema, listingStatuses } from '../listing/schema';

/*
 * What the partner and moderation routes answer, as zod schemas: PartnerPostings returns these types,
 * and the OpenAPI document (and so the site's generated client) describes them from the same schemas.
 */

const status = z.enum(listingStatuses).describe("The posting's state now (see Listing.status)");

/** Whether an e-mail went out: the posting never depends on it (a failed one can be sent again). */
export const emailOutcomeSchema = z.enum(['sent', 'failed', 'none']);
export type EmailOutcome = z.infer<typeof emailOutcomeSchema>;

/** POST /partner/jobs (201). */
export const submitResultSchema = z.object({
  id: z.string().describe('partner:…'),
  status: z.literal('unconfirmed'),
  managementUrl: z
    .string()
    .describe(
      'The private management link, shown once (and e-mailed with the confirmation link): its last segment is the bearer token of the management routes',
    ),
  confirmationEmail: emailOutcomeSchema.describe(
    'Whether the confirmation e-mail went out (sent or failed; resend-confirmation sends it again)',
  ),
});
export type SubmitResult = z.infer<typeof submitResultSchema>;

/** POST /partner/jobs/{id}/confirm. */
export const confirmResultSchema = z.object({ id: z.string(), status });
export type ConfirmResult = z.infer<typeof confirmResultSchema>;

/** POST /partner/jobs/{id}/resend-confirmation. */
export const resendResultSchema = z.object({ confirmationEmail: emailOutcomeSchema });
export type ResendResult = z.infer<typeof resendResultSchema>;

/** POST /moderation/jobs/{id}/approve|reject|take-down. */
export const decisionResultSchema = z.object({
  id: z.string(),
  status,
  email: emailOutcomeSchema.describe('The e-mail telling the firm (none: a take-down, or no contact address kept)'),
});
export type DecisionResult = z.infer<typeof decisionResultSchema>;

/** A pending posting as moderators see it: the job and its contact address. */
export const pendingPostingSchema = jobSchema.extend({
  contactEmail: z
    .string()
    .optional()
    .describe("The firm's contact address (kept while the posting lives, plus 30 days)"),
});
export type PendingPosting = z.infer<typeof pendingPostingSchema>;

/** GET /moderation/pending. */
export const pendingPostingsSchema = z.object({
  items: z.array(pendingPostingSchema).describe('Oldest first, at most 50'),
});
