import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';

export interface HttpRequestParts {
  method: string;
  /** Path and query string as received, e.g. "/listings?kind=rental". */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: Buffer;
  sourceIp?: string;
  routeKey?: string;
  pathParameters?: Record<string, string>;
}

const TEXT_TYPES = /^(text\/|application\/(json|x-www-form-urlencoded|xml|javascript)|[^;]*\+json)/i;

/**
 * Builds the API Gateway HTTP API (payload v2) event for a request, as API Gateway does: lower-case
 * headers joined with commas, repeated query parameters joined with commas, cookies split out, and
 * a binary body base64-encoded.
 */
export function toApiGatewayEvent(request: HttpRequestParts): APIGatewayProxyEventV2 {
  const url = new URL(request.url, 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && name.toLowerCase() !== 'cookie') {
      Object.defineProperty(headers, name.toLowerCase(), {
        value: Array.isArray(value) ? value.join(',') : value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  const cookieHeader = request.headers.cookie ?? request.headers.Cookie;
  const cookies = (Array.isArray(cookieHeader) ? cookieHeader.join(';') : cookieHeader)
    ?.split(';')
    .map((cookie) => cookie.trim())
    .filter(Boolean);
  // A Map, not an object: "__proto__", "constructor" or "toString" are parameters like any other
  // (an unknown one is refused), never the object's prototype or its inherited members.
  const joined = new Map<string, string>();
  for (const [name, value] of url.searchParams)
    joined.set(name, joined.has(name) ? `${joined.get(name)},${value}` : value);
  const query: Record<string, string> = Object.fromEntries(joined);
  const body = request.body && request.body.length > 0 ? request.body : undefined;
  const isText = TEXT_TYPES.test(headers['content-type'] ?? 'text/plain');
  const now = new Date();
  return {
    version: '2.0',
    routeKey: request.routeKey ?? '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: cookies && cookies.length > 0 ? cookies : undefined,
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    pathParameters: request.pathParameters,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: request.method.toUpperCase(),
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: request.routeKey ?? '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body === undefined ? undefined : isText ? body.toString('utf8') : body.toString('base64'),
    isBase64Encoded: body !== undefined && !isText,
  };
}

export interface HttpResponseParts {
  statusCode: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** Reads a handler's result as API Gateway does, inferring a 200 JSON response from a bare value. */
export function fromApiGatewayResult(result: APIGatewayProxyResultV2 | undefined | null): HttpResponseParts {
  if (result === undefined || result === null || typeof result === 'string' || !('statusCode' in result)) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(body) };
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
  if (result.cookies && result.cookies.length > 0) headers['set-cookie'] = result.cookies;
  const raw = result.body ?? '';
  return {
    statusCode: result.statusCode ?? 200,
    headers,
    body: result.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw),
  };
}

/** A Lambda context good enough for handlers that only read the request id and remaining time. */
export function localLambdaContext(functionName: string, timeoutMs = 10_000): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
