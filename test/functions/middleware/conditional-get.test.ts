import type { Request } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { conditionalGet } from '../../../functions/middleware/conditional-get';
import { httpStack, json } from '../../../functions/middleware/http-stack';
import { invoke } from '../../support/invoke';

const cached = (result: APIGatewayProxyStructuredResultV2) => httpStack(async () => result, { cacheSeconds: 300 });

describe('conditionalGet', () => {
  it('tags a 200 answer with a weak ETag and the cache lifetime it was given', async () => {
    const response = await invoke(cached(json(200, { items: [] })), { url: '/listings' });

    expect(response.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(response.headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=60');
  });

  it.each([
    ['201 Created', json(201, { id: 'partner:1' })],
    ['404 Not Found returned (not thrown)', json(404, { error: 'not_found', message: 'No listing sreality:1' })],
    ['302 Found', { statusCode: 302, headers: { Location: '/listings' }, body: '' }],
  ])('leaves a %s answer untagged and uncached, and never turns it into a 304', async (_name, result) => {
    const sameBodyAt200 = await invoke(cached({ ...result, statusCode: 200 }), { url: '/listings' });

    const first = await invoke(cached(result), { url: '/listings' });
    const again = await invoke(cached(result), {
      url: '/listings',
      headers: { 'If-None-Match': sameBodyAt200.headers.etag as string },
    });

    expect(first.status).toBe(result.statusCode);
    expect(first.headers).not.toHaveProperty('etag');
    expect(first.headers).not.toHaveProperty('cache-control');
    expect(again.status).toBe(result.statusCode);
  });

  it('leaves a 200 without a body untagged rather than failing it', async () => {
    const response = await invoke(cached({ statusCode: 200 }), { url: '/listings' });

    expect(response.status).toBe(200);
    expect(response.headers).not.toHaveProperty('etag');
  });

  it('tags the answer to an event that carries no headers at all (a direct invocation)', () => {
    const request = {
      event: { rawPath: '/listings', requestContext: { http: { method: 'GET' } } } as unknown as APIGatewayProxyEventV2,
      context: {} as Context,
      response: json(200, { items: [] }),
      error: null,
      internal: {},
    } as Request<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

    void conditionalGet({ maxAgeSeconds: 60 }).after!(request);

    expect(request.response?.statusCode).toBe(200);
    expect(request.response?.headers?.ETag).toMatch(/^W\/"[\w-]+"$/);
  });
});
