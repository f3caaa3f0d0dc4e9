import { openApiDocument } from '../../shared/api/openapi';
import { httpStack, json } from '../middleware/http-stack';

const document = openApiDocument();

/** GET /openapi.json: the API described from its own zod schemas. */
export const handler = httpStack(async () => json(200, document), { cacheSeconds: 3600 });
