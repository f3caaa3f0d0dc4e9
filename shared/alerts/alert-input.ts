import * as z from 'zod';
import { listingQueryParamsSchema } from '../api/listing-query-params';

/** The parameters a saved search keeps: a search has no page, sort or page size of its own. */
const NOT_KEPT = ['cursor', 'sort', 'limit'] as const;

/**
 * A search as GET /listings takes it (strings, as in a query string), validated by the same schema;
 * `cursor` is refused, `sort` and `limit` are dropped (an alert sends what is new, newest first).
 */
const KNOWN = new Set(Object.keys(listingQueryParamsSchema.shape));

export const alertSearchSchema = z
  .unknown()
  // On the parsed JSON's own keys: a record would drop "__proto__" silently instead of refusing it.
  .superRefine((raw, ctx) => {
    const unknown =
      raw !== null && typeof raw === 'object' ? Object.keys(raw).find((key) => !KNOWN.has(key)) : undefined;
    if (unknown !== undefined)
      ctx.addIssue({ code: 'custom', path: [], message: `unknown search parameter "${unknown.slice(0, 40)}"` });
  })
  .pipe(z.record(z.string().max(40), z.string().max(500)))
  .refine((search) => Object.keys(search).length <= 30, 'must have at most 30 parameters')
  .superRefine((search, ctx) => {
    if (search.cursor !== undefined)
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'a saved search has no pages; leave cursor out' });
    const result = listingQueryParamsSchema.safeParse(search);
    for (const issue of result.error?.issues ?? []) {
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      ctx.addIssue({
        code: 'custom',
        path: [unknownKey ?? String(issue.path[0] ?? '')],
        message: unknownKey ? `unknown search parameter "${unknownKey}"` : issue.message,
      });
    }
  })
  .transform((search) =>
    Object.fromEntries(
      Object.entries(search)
        .filter(([name]) => !(NOT_KEPT as readonly string[]).includes(name))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  );

/**
 * POST /alerts: the address to send alerts to and the search. The address is checked as the partner
 * form's contact address is (z.email, at most 254 characters: RFC 5321's path limit), trimmed first.
 */
export const alertInputSchema = z.strictObject({
  email: z.string().trim().pipe(z.email('must be an e-mail address').max(254, 'must be at most 254 characters')),
  search: alertSearchSchema,
});
export type AlertInput = z.output<typeof alertInputSchema>;

/** The search's parameters in a query string, in a fixed order: for links to the site and the feed. */
export function searchQuery(search: Record<string, string>): string {
  return new URLSearchParams(Object.entries(search).sort(([a], [b]) => (a < b ? -1 : 1))).toString();
}
