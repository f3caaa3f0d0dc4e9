/**
 * The values of the API's path segments that name an operation, declared once for the handlers that
 * validate them and the OpenAPI document that lists a path for each (shared/api/openapi-partner-paths.ts).
 */

/** POST /moderation/jobs/{id}/{decision} (staff). */
export const moderationDecisions = ['approve', 'reject', 'take-down'] as const;
export type ModerationDecision = (typeof moderationDecisions)[number];

/** POST /partner/jobs/{id}/{action} (the poster's management or confirmation link). */
export const partnerActions = ['close', 'renew', 'confirm', 'resend-confirmation'] as const;
export type PartnerAction = (typeof partnerActions)[number];

/** "a, b or c": the values a path segment may take, for error messages. */
export function alternatives(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}
