import * as z from 'zod';
import { listingCardSchema } from '../catalogue/listing-card';
import { listingSchema } from '../listing/schema';
import { runRecordSchema } from '../runs/run-record';
import {
  confirmResultSchema,
  decisionResultSchema,
  pendingPostingsSchema,
  resendResultSchema,
  submitResultSchema,
} from '../partner/partner-answers';
import {
  approveBodySchema,
  emptyBodySchema,
  postingInputSchema,
  rejectBodySchema,
  renewBodySchema,
} from '../partner/posting-input';
import { errorSchema, gatewayErrorSchema } from './api-errors';
import { listingQueryParamsSchema } from './listing-query-params';
import { FEED_WINDOW_DAYS } from './new-listings';
import { alertInputSchema } from '../alerts/alert-input';
import { alertViewSchema, subscribeResultSchema, unsubscribeResultSchema } from '../alerts/alert-answers';
import { alertPaths } from './openapi-alert-paths';
import { operation } from './openapi-operation';
import { DEPLOYED_SERVER_URL } from './openapi-servers';
import { partnerPaths } from './openapi-partner-paths';

/*
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and records,
 * so that it cannot drift from what the API does. OpenAPI 3.1 schemas are JSON Schema 2020-12,
 * which is what zod emits.
 */

export const listingsResponseSchema = z.object({
  items: z
    .array(listingCardSchema)
    .describe('Cards: each listing without its description and images (GET /listings/{id} has them)'),
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

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(listingSchema, { id: 'Listing' });
  registry.add(listingCardSchema, { id: 'ListingCard' });
  registry.add(listingsResponseSchema, { id: 'ListingsResponse' });
  registry.add(sourcesResponseSchema, { id: 'SourcesResponse' });
  registry.add(errorSchema, { id: 'Error' });
  registry.add(gatewayErrorSchema, { id: 'GatewayError' });
  registry.add(postingInputSchema, { id: 'PartnerPostingInput' });
  registry.add(submitResultSchema, { id: 'PartnerJobSubmitted' });
  registry.add(confirmResultSchema, { id: 'PartnerJobConfirmed' });
  registry.add(resendResultSchema, { id: 'ConfirmationResent' });
  registry.add(renewBodySchema, { id: 'RenewBody' });
  registry.add(emptyBodySchema, { id: 'EmptyBody' });
  registry.add(pendingPostingsSchema, { id: 'PendingPostings' });
  registry.add(approveBodySchema, { id: 'ApproveBody' });
  registry.add(rejectBodySchema, { id: 'RejectBody' });
  registry.add(decisionResultSchema, { id: 'ModerationDecision' });
  registry.add(alertInputSchema, { id: 'AlertInput' });
  registry.add(subscribeResultSchema, { id: 'AlertSubscribed' });
  registry.add(alertViewSchema, { id: 'Alert' });
  registry.add(unsubscribeResultSchema, { id: 'AlertUnsubscribed' });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
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
    const {
      $schema: _dialect,
      description,
      ...schema
    } = z.toJSONSchema(field, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
    return { name, in: 'query', required: name === 'kind', description, schema };
  });
}

/** The local service (npm start), at its HOST and PORT (infra/local/start.ts: 127.0.0.1 and 3000 unless set). */
export const LOCAL_SERVER = {
  url: 'http://{host}:{port}',
  description: 'The local service (npm start); it answers under /api too',
  variables: { host: { default: '127.0.0.1', description: 'HOST' }, port: { default: '3000', description: 'PORT' } },
};
export { DEPLOYED_SERVER_URL };

/** The project's licence (package.json), by its SPDX identifier. */
const LICENSE = { name: 'MIT License', identifier: 'MIT' };

/** Builds the whole document. Pure; the handler caches it. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ostrava expat listings API',
      version: '1.0.0',
      description:
        'Jobs and rentals around Ostrava, normalised into English. Money in CZK per month, area in m², instants in UTC; a field a source does not state is absent.',
      license: LICENSE,
    },
    servers: [
      {
        url: DEPLOYED_SERVER_URL,
        description: "The deployed service, on the site's own origin (CloudFront forwards /api/* to the HTTP API)",
      },
      LOCAL_SERVER,
    ],
    tags: [
      { name: 'Listings', description: 'Jobs and rentals, searched and read (no credentials)' },
      { name: 'Alerts', description: 'Saved searches e-mailed daily (double opt-in, one-click unsubscribe)' },
      { name: 'Partner postings', description: "Jobs partner firms post, and the management link's actions on them" },
      { name: 'Moderation', description: "The centre's staff review partner postings (X-Staff-Token)" },
      { name: 'Meta', description: 'Source health and this document' },
    ],
    paths: {
      '/listings': {
        get: operation({
          operationId: 'listListings',
          tag: 'Listings',
          security: 'public',
          summary: 'Active listings of one kind, filtered, sorted and paged',
          parameters: queryParameters(),
          conditional: true,
          ok: { status: 200, description: 'One page of listings', schema: 'ListingsResponse' },
          errors: {
            invalid_parameter:
              'a parameter is invalid, unknown or of the other kind, or the cursor belongs to another query; the body names it',
          },
        }),
      },
      '/listings.atom': {
        get: operation({
          operationId: 'listingsFeed',
          tag: 'Listings',
          security: 'public',
          summary: 'A search as an Atom feed of the listings first seen recently',
          description: `The parameters of GET /listings (but cursor: a feed has no pages; sort is ignored). Entries are the matching listings first seen in the last ${FEED_WINDOW_DAYS} days, newest first, at most limit (default 20): an RFC 4287 Atom document.`,
          parameters: queryParameters(),
          conditional: true,
          ok: {
            status: 200,
            description: 'The Atom feed',
            mediaType: 'application/atom+xml',
            schema: { type: 'string', contentMediaType: 'application/atom+xml' },
          },
          errors: {
            invalid_parameter:
              'a parameter is invalid, unknown or of the other kind, or a cursor was given; the body names it',
          },
        }),
      },
      '/listings/{id}': {
        get: operation({
          operationId: 'getListing',
          tag: 'Listings',
          security: 'public',
          summary: 'One listing, active or expired',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              description: 'source:sourceId (":" as %3A)',
              schema: { type: 'string' },
            },
          ],
          conditional: true,
          ok: { status: 200, description: 'The listing', schema: 'Listing' },
          errors: { invalid_parameter: 'the id is malformed', not_found: 'no listing the public may see has this id' },
        }),
      },
      '/sources': {
        get: operation({
          operationId: 'listSources',
          tag: 'Meta',
          security: 'public',
          summary: 'Each source with its recent runs and active listings',
          conditional: true,
          ok: { status: 200, description: 'Source health', schema: 'SourcesResponse' },
          errors: { invalid_parameter: 'a query parameter was given (this route takes none)' },
        }),
      },
      ...alertPaths(),
      ...partnerPaths(),
      '/openapi.json': {
        get: operation({
          operationId: 'getOpenApi',
          tag: 'Meta',
          security: 'public',
          summary: 'This document',
          conditional: true,
          ok: { status: 200, description: 'The OpenAPI 3.1 document', schema: { type: 'object' } },
          errors: {},
        }),
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        managementToken: {
          type: 'http',
          scheme: 'bearer',
          description: "The secret of the posting's management link (the last segment of managementUrl)",
        },
        confirmationToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The secret of the e-mailed confirmation link (valid 48 h)',
        },
        alertToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            "The secret of an alert's management link (its last segment); every alert e-mail carries a new one, and those of the last 30 work",
        },
        alertConfirmationToken: {
          type: 'http',
          scheme: 'bearer',
          description: "The secret of an alert's e-mailed confirmation link (valid 48 h)",
        },
        alertUnsubscribeToken: {
          type: 'apiKey',
          in: 'query',
          name: 'token',
          description: "The secret in an alert e-mail's List-Unsubscribe URL (RFC 8058)",
        },
        staffToken: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Staff-Token',
          description: "The centre's staff token; wrong ones are counted per address (10 per 15 minutes, then 429)",
        },
      },
    },
  };
}
