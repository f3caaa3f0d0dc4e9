import { createHash } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * Sets Cache-Control and a weak ETag on successful GET responses and answers 304 when the client
 * already has them: cheap, since the body is already serialised.
 */
export function conditionalGet(options: {
  maxAgeSeconds: number;
}): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  return {
    after: (request) => {
      const response = request.response;
      if (!response || response.statusCode !== 200 || typeof response.body !== 'string') return;
      const etag = `W/"${createHash('sha256').update(response.body).digest('base64url').slice(0, 27)}"`;
      response.headers = {
        ...response.headers,
        ETag: etag,
        'Cache-Control': `public, max-age=${options.maxAgeSeconds}, stale-while-revalidate=60`,
      };
      const ifNoneMatch = request.event.headers?.['if-none-match'];
      if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) {
        request.response = { statusCode: 304, headers: response.headers, body: '' };
      }
    },
  };
}
