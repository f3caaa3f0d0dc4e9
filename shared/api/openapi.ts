import * as z from 'zod';
import { listingCardSchema } from '../catalogue/listing-card';
import { listingSchema } from '../listing/schema';
import { runRecordSchema } from '../runs/run-record';
import { postingInputSchema } from '../partner/posting-input';
import { listingQueryParamsSchema } from './listing-query-params';

/*
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and records,
 * so that it cannot drift from what the API does. OpenAPI 3.1 schemas are JSON Schema 2020-12,
 * which is what zod emits.
 */

export const errorSchema = z.object({
  error: z.string().describe('invalid_parameter, not_found or internal_error'),
  parameter: z.string().optional().describe('The parameter at fault'),
  message: z.string().describe('What is wrong, in words'),
});

export const listingsResponseSchema = z.object({
  items: z.array(listingCardSchema).describe('Cards: each listing without its description and images (GET /listings/{id} has them)'),
  nextCursor: z.string().nullable().describe('Pass as cursor to get the next page; null on the last page'),
  count: z.number().int().describe('Items on this page'),
  notes: z.array(z.string()).describe('How the filters were read, when that is not obvious'),
});

export const sourcesResponseSchema = z.object({
  sources: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['job', 'rental']),
      label: z.string(),
      homepage: z.string(),
      enabled: z.boolean(),
      activeListings: z.number().int(),
      lastRuns: z.array(runRecordSchema.omit({ source: true })),
    }),
  ),
});

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: object) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({ description, content: jsonContent(ref('Error')) });

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(listingSchema, { id: 'Listing' });
  registry.add(listingCardSchema, { id: 'ListingCard' });
  registry.add(listingsResponseSchema, { id: 'ListingsResponse' });
  registry.add(sourcesResponseSchema, { id: 'SourcesResponse' });
  registry.add(errorSchema, { id: 'Error' });
  registry.add(postingInputSchema, { id: 'PartnerPostingInput' });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [name, rest];
    }),
  );
}

function queryParameters() {
  const shape = listingQueryParamsSchema.shape;
  return Object.entries(shape).map(([name, field]) => {
    const { $schema: _dialect, description, ...schema } = z.toJSONSchema(field, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
    return { name, in: 'query', required: name === 'kind', description, schema };
  });
}

/** Builds the whole document. Pure; the handler caches it. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ostrava expat listings API',
      version: '1.0.0',
      description: 'Jobs and rentals around Ostrava, normalised into English. Money in CZK per month, area in m², instants in UTC; a field a source does not state is absent.',
    },
    paths: {
      '/listings': {
        get: {
          operationId: 'listListings',
          summary: 'Active listings of one kind, filtered, sorted and paged',
          parameters: queryParameters(),
          responses: {
            200: { description: 'One page of listings', content: jsonContent(ref('ListingsResponse')) },
            304: { description: 'Not modified (If-None-Match matched the ETag)' },
            400: errorResponse('A parameter is invalid or unknown; the body names it'),
            500: errorResponse('Something went wrong on our side'),
          },
        },
      },
      '/listings/{id}': {
        get: {
          operationId: 'getListing',
          summary: 'One listing, active or expired',
          parameters: [{ name: 'id', in: 'path', required: true, description: 'source:sourceId', schema: { type: 'string' } }],
          responses: {
            200: { description: 'The listing', content: jsonContent(ref('Listing')) },
            304: { description: 'Not modified' },
            400: errorResponse('The id is malformed'),
            404: errorResponse('No listing has this id'),
            500: errorResponse('Something went wrong on our side'),
          },
        },
      },
      '/sources': {
        get: {
          operationId: 'listSources',
          summary: 'Each source with its recent runs and active listings',
          responses: {
            200: { description: 'Source health', content: jsonContent(ref('SourcesResponse')) },
            400: errorResponse('Unknown parameter'),
            500: errorResponse('Something went wrong on our side'),
          },
        },
      },
      '/partner/jobs': {
        post: {
          operationId: 'submitPartnerJob',
          summary: 'A partner firm submits a job (application/json only); it is unconfirmed until its contact address is confirmed by the e-mailed link, then pending until the centre approves it',
          requestBody: { required: true, content: jsonContent(ref('PartnerPostingInput')) },
          responses: {
            201: { description: '{ id, status: "unconfirmed", managementUrl, confirmationEmail: "sent" | "failed" }: managementUrl is shown once (and e-mailed with the confirmation link)' },
            400: errorResponse('A field is invalid (named), holds markup, or the submission looks automated (formShownAt under 5 s or over 24 h ago)'),
            403: errorResponse('Sent by a browser from another site'),
            409: errorResponse('The same company posted this title in the last 30 days'),
            413: errorResponse('The body is larger than 32 KB'),
            415: errorResponse('The body is not application/json'),
            429: errorResponse('Too many postings from this address (an IPv6 /64 counts as one) or e-mail'),
          },
        },
      },
      '/partner/jobs/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: { operationId: 'viewPartnerJob', summary: "The poster's view (Authorization: Bearer <management token>), whatever its status; after a close, refusal or take-down the link only reads", security: [{ managementToken: [] }], responses: { 200: { description: 'The posting', content: jsonContent(ref('Listing')) }, 403: errorResponse('Not a valid management link') } },
        put: { operationId: 'editPartnerJob', summary: 'Edit; the posting goes back to moderation', security: [{ managementToken: [] }], requestBody: { required: true, content: jsonContent(ref('PartnerPostingInput')) }, responses: { 200: { description: 'The posting, pending' }, 400: errorResponse('A field is invalid'), 403: errorResponse('Not a valid management link') } },
      },
      '/partner/jobs/{id}/{action}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'action', in: 'path', required: true, schema: { type: 'string', enum: ['close', 'renew', 'confirm', 'resend-confirmation'] } },
        ],
        post: {
          operationId: 'actOnPartnerJob',
          summary: 'application/json. Close as filled ({}; final), renew ({ "expiresOn": "YYYY-MM-DD" }, at most 60 days ahead), resend-confirmation ({}) with the management token; confirm ({}) with the token of the e-mailed confirmation link (valid 48 h)',
          security: [{ managementToken: [] }],
          responses: { 200: { description: 'The posting (close, renew), { id, status } (confirm) or { confirmationEmail } (resend-confirmation)' }, 400: errorResponse('Invalid expiry'), 403: errorResponse('Not a valid link, or the posting has ended'), 409: errorResponse('Already confirmed'), 415: errorResponse('Not application/json') },
        },
      },
      '/moderation/pending': {
        get: { operationId: 'listPending', summary: 'Postings awaiting review, with their contactEmail (X-Staff-Token)', security: [{ staffToken: [] }], responses: { 200: { description: 'Pending postings' }, 403: errorResponse('Staff only'), 429: errorResponse('Too many wrong staff tokens from this address (10 per 15 minutes)') } },
      },
      '/moderation/jobs/{id}/{decision}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'decision', in: 'path', required: true, schema: { type: 'string', enum: ['approve', 'reject', 'take-down'] } },
        ],
        post: { operationId: 'moderate', summary: 'application/json. Approve ({ "contentHash": "…" }, the version reviewed as GET /moderation/pending showed it; 409 if the posting changed since; the firm is e-mailed), reject ({ "reason": "…" }, e-mailed to the firm; final) or take down ({}; final)', security: [{ staffToken: [] }], responses: { 200: { description: '{ id, status, email: "sent" | "failed" | "none" }' }, 400: errorResponse('No reason'), 415: errorResponse('Not application/json'), 429: errorResponse('Too many wrong staff tokens from this address'), 403: errorResponse('Staff only'), 404: errorResponse('No such posting'), 409: errorResponse('Not in a state for this decision') } },
      },
      '/openapi.json': {
        get: { operationId: 'getOpenApi', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document' } } },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        managementToken: { type: 'http', scheme: 'bearer', description: "The secret of the posting's management link" },
        staffToken: { type: 'apiKey', in: 'header', name: 'X-Staff-Token' },
      },
    },
  };
}
