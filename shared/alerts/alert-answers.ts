import * as z from 'zod';
import { emailOutcomeSchema } from '../partner/partner-answers';

/*
 * What the alert routes answer, as zod schemas: SearchAlerts returns these types and the OpenAPI
 * document describes them from the same schemas.
 */

/** POST /alerts (201). The management link goes only to the address, in the confirmation e-mail. */
export const subscribeResultSchema = z.object({
  id: z.string().describe('The subscription id'),
  status: z.literal('unconfirmed'),
  confirmationEmail: emailOutcomeSchema.describe(
    'Whether the confirmation e-mail went out; nothing else is ever sent before its link is used',
  ),
});
export type SubscribeResult = z.infer<typeof subscribeResultSchema>;

/** POST /alerts/{id}/confirm and GET /alerts/{id}. */
export const alertViewSchema = z.object({
  id: z.string(),
  status: z.enum(['unconfirmed', 'confirmed']),
  email: z.string().describe('The address the alerts go to'),
  search: z.record(z.string(), z.string()).describe('The GET /listings parameters of the search'),
});
export type AlertView = z.infer<typeof alertViewSchema>;

/** POST /alerts/{id}/unsubscribe. */
export const unsubscribeResultSchema = z.object({
  status: z
    .literal('unsubscribed')
    .describe('The subscription and its address are deleted (also when it was gone already)'),
});
export type UnsubscribeResult = z.infer<typeof unsubscribeResultSchema>;
