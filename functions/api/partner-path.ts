import * as z from 'zod';

/** The {id} of a partner posting route. */
export const partnerIdPath = z.strictObject({
  id: z.string().regex(/^partner:[A-Za-z0-9_-]{1,40}$/, 'must be a partner posting id'),
});
