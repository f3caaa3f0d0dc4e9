import { openApiDocument } from '../../shared/api/openapi';
import { httpStack, json } from '../middleware/http-stack';
import { noQuery } from '../middleware/zod-input';

const document = openApiDocument();

/** GET /openapi.json: the API described from its own zod schemas. */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    return json(200, document);
  },
  { cacheSeconds: 3600 },
);
