import { partnerPostings } from '../partner-deps';
import { httpStack, json } from '../middleware/http-stack';
import { noQuery } from '../middleware/zod-input';
import { requireStaff } from '../middleware/staff';

/** GET /moderation/pending: postings awaiting review, with salary, languages, IČO, apply route and contact (staff only). */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    await requireStaff(event);
    return json(200, { items: await partnerPostings().listPending() }, { 'Cache-Control': 'no-store' });
  },
  { siteOnly: true },
);
