import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { httpStack, json } from '../../../functions/middleware/http-stack';
import { apiErrorStatus, errorSchema } from '../../../shared/api/api-errors';
import { openApiDocument } from '../../../shared/api/openapi';
import * as errors from '../../../shared/errors';
import { invoke } from '../../support/invoke';

const ROOT = join(__dirname, '..', '..', '..');

/** The error codes the published OpenAPI document lists (GET /openapi.json): what a client is told it may get. */
const documentedCodes = (
  openApiDocument() as { components: { schemas: { Error: { properties: { error: { enum: string[] } } } } } }
).components.schemas.Error.properties.error.enum;

/** Every error class shared/errors.ts exports, built with a message (the others' arguments are optional or strings). */
const errorClasses = (Object.entries(errors) as [string, unknown][]).filter(
  (entry): entry is [string, new (...args: string[]) => Error] =>
    typeof entry[1] === 'function' && entry[1].prototype instanceof Error,
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('errorResponses', () => {
  it.each(errorClasses)(
    'answers a thrown %s with a body the Error schema takes, at the status of its code',
    async (_name, ErrorClass) => {
      const handler = httpStack(async () => {
        throw new ErrorClass('what went wrong', 'field');
      });

      const response = await invoke(handler, { url: '/anything' });

      const body = errorSchema.strict().parse(response.json());
      expect(documentedCodes).toContain(body.error);
      expect(response.status).toBe(apiErrorStatus[body.error]);
    },
  );

  it.each([
    ['InputError', 400, 'invalid_parameter', errors.InputError],
    ['ForbiddenError', 403, 'forbidden', errors.ForbiddenError],
    ['NotFoundError', 404, 'not_found', errors.NotFoundError],
    ['ConflictError', 409, 'conflict', errors.ConflictError],
    ['PayloadTooLargeError', 413, 'payload_too_large', errors.PayloadTooLargeError],
    ['UnsupportedMediaTypeError', 415, 'unsupported_media_type', errors.UnsupportedMediaTypeError],
    ['RateLimitedError', 429, 'rate_limited', errors.RateLimitedError],
  ])('exposes %s as %d %s with its message', async (_name, status, code, ErrorClass) => {
    const handler = httpStack(async () => {
      throw new ErrorClass('what went wrong');
    });

    const response = await invoke(handler, { url: '/anything' });

    expect([response.status, response.json()]).toEqual([status, { error: code, message: 'what went wrong' }]);
  });

  it('knows more than one error class, so the table above cannot pass empty', () => {
    expect(errorClasses.length).toBeGreaterThan(10);
  });

  it('answers a failure that is no domain error with the bare internal_error', async () => {
    const handler = httpStack(async () => json(200, JSON.parse('{')));

    const response = await invoke(handler, { url: '/anything' });

    expect([response.status, response.json().error]).toEqual([500, 'internal_error']);
    expect(documentedCodes).toContain('internal_error');
  });

  it('finds no error code written out in the functions or the local server that the OpenAPI document does not list', () => {
    const listed = new Set(documentedCodes);
    // An error body built by hand ({ error: 'code' }) rather than through httpError/apiErrorBody, which the compiler checks.
    const written = [...sourceFiles(join(ROOT, 'functions')), ...sourceFiles(join(ROOT, 'infra', 'local'))].flatMap(
      (file) =>
        [...readFileSync(file, 'utf8').matchAll(/\berror["']?\s*:\s*["']([a-z_]+)["']/g)].map((match) => ({
          file,
          code: match[1]!,
        })),
    );

    expect(written.filter(({ code }) => !listed.has(code))).toEqual([]);
  });
});
