import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_PREFIX } from '../../../infra/definitions/site-security';
import { apiRoutes } from '../../../infra/definitions/routes';
import { apiErrorStatus } from '../../../shared/api/api-errors';
import { openApiDocument } from '../../../shared/api/openapi';
import { moderationDecisions, partnerActions } from '../../../shared/api/route-enums';

interface Operation {
  operationId: string;
  security: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

const document = openApiDocument() as {
  info: { license: { identifier: string } };
  servers: { url: string; variables?: Record<string, { default: string }> }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: { Error: { properties: { error: { enum: string[] } } } };
    securitySchemes: Record<string, Record<string, string>>;
  };
};

/** Every documented operation with the API Gateway route key it goes through ({action} and {decision} name each action). */
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => method !== 'parameters')
    .map(([method, op]) => ({
      route: `${method.toUpperCase()} ${path.replace(/^(\/partner\/jobs\/\{id\}|\/alerts\/\{id\})\/[a-z-]+$/, '$1/{action}').replace(/^(\/moderation\/jobs\/\{id\})\/[a-z-]+$/, '$1/{decision}')}`,
      op,
    })),
);

describe('the OpenAPI document', () => {
  it('documents every route of the API, and no route the API does not have', () => {
    const routes = new Set(apiRoutes.map((r) => `${r.method} ${r.path}`));

    expect(new Set(operations.map((o) => o.route))).toEqual(routes);
  });

  it('documents one path for each moderation decision and each partner action the handlers accept', () => {
    const segments = (prefix: string) =>
      Object.keys(document.paths)
        .filter((path) => path.startsWith(prefix) && path !== prefix)
        .map((path) => path.slice(prefix.length))
        .sort();

    expect(segments('/moderation/jobs/{id}/')).toEqual([...moderationDecisions].sort());
    expect(segments('/partner/jobs/{id}/')).toEqual([...partnerActions].sort());
  });

  it.each(operations.map((o) => [o.op.operationId, o]))(
    'lists the internal_error and the throttle for %s',
    (_id, { op }) => {
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['429', '500']));
    },
  );

  it('declares who may call each operation: the staff token for moderation, a bearer link for a posting, nothing for the rest', () => {
    const byRoute = (route: string) =>
      operations.filter((o) => o.route === route).map((o) => [o.op.operationId, o.op.security]);

    expect(byRoute('GET /moderation/pending')).toEqual([['listPendingPostings', [{ staffToken: [] }]]]);
    expect(new Set(byRoute('POST /moderation/jobs/{id}/{decision}').map(([, s]) => JSON.stringify(s)))).toEqual(
      new Set([JSON.stringify([{ staffToken: [] }])]),
    );
    expect(byRoute('GET /partner/jobs/{id}')).toEqual([['viewPartnerJob', [{ managementToken: [] }]]]);
    expect(Object.fromEntries(byRoute('POST /partner/jobs/{id}/{action}'))).toEqual({
      closePartnerJob: [{ managementToken: [] }],
      renewPartnerJob: [{ managementToken: [] }],
      resendPartnerJobConfirmation: [{ managementToken: [] }],
      confirmPartnerJob: [{ confirmationToken: [] }],
    });
    expect(byRoute('GET /listings')).toEqual([['listListings', []]]);
    expect(document.components.securitySchemes.staffToken).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'X-Staff-Token',
    });
    expect(document.components.securitySchemes.managementToken).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('answers every error status with the Error schema, whose codes are those the API sends', () => {
    const errorStatuses = new Set(Object.values(apiErrorStatus).map(String));
    const errorAnswers = operations.flatMap(({ op }) =>
      Object.entries(op.responses).filter(([status]) => errorStatuses.has(status) && status !== '429'),
    );

    expect(document.components.schemas.Error.properties.error.enum).toEqual(Object.keys(apiErrorStatus));
    expect(errorAnswers.length).toBeGreaterThan(20);
    expect(
      errorAnswers.filter(
        ([, answer]) =>
          JSON.stringify(answer.content) !==
          JSON.stringify({ 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }),
      ),
    ).toEqual([]);
  });

  it("names the deployed API at the site's /api prefix and the local service at its default address", () => {
    expect(document.servers.map((s) => s.url)).toEqual([API_PREFIX, 'http://{host}:{port}']);
    expect(document.servers[1]!.variables).toMatchObject({ host: { default: '127.0.0.1' }, port: { default: '3000' } });
  });

  it("carries the project's licence", () => {
    const { license } = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      license: string;
    };

    expect(document.info.license.identifier).toBe(license);
  });
});
