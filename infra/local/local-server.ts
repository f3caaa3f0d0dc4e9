import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { apiErrorBody } from '../../shared/api/api-errors';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type { RouteDefinition } from '../definitions/routes';
import { corsPolicy } from '../definitions/cors-policy';
import { fromApiGatewayResult, localLambdaContext, toApiGatewayEvent } from './api-gateway-event';
import { API_PREFIX, SITE_SECURITY_HEADERS } from '../definitions/site-security';

export type LambdaHttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

export interface LocalRoute {
  definition: RouteDefinition;
  handler: LambdaHttpHandler;
}

export interface LocalServerOptions {
  routes: readonly LocalRoute[];
  /** Folder of the built site, served at "/" (absent until the site exists). */
  staticDir?: string;
  /** Origin allowed by CORS preflight (API Gateway answers preflight itself in the cloud). */
  corsOrigin?: string;
  /** Largest request body accepted, bytes (API Gateway's own limit is 10 MB). */
  maxBodyBytes?: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** Matches "/listings/{id}" against a path, returning the decoded path parameters. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template
    .replace(/[.*+?^${}()|[\]\\]/g, (char) => (char === '{' || char === '}' ? char : `\\${char}`))
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (!match) return undefined;
  try {
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
  } catch {
    return undefined; // malformed percent-encoding: no route matches, as in API Gateway
  }
}

/** What an unreadable request is told: the API's error shape, never Node's bare 400 with no body. */
export const UNREADABLE_REQUEST = apiErrorBody(
  'invalid_parameter',
  'The request could not be read. Percent-encode every character outside ASCII in the URL as UTF-8, e.g. municipality=Hav%C3%AD%C5%99ov for Havířov.',
);

/*
 * Node's parser refuses a request line holding raw bytes outside ASCII (an unencoded
 * "?municipality=Havířov") before any handler runs, and by default closes with a bare 400. Answer it
 * as the API answers a bad parameter (issue 18); a header too large keeps its own 431.
 */
function answerUnreadableRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, body] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? ['431 Request Header Fields Too Large', { message: 'Request Header Fields Too Large' }]
      : ['400 Bad Request', UNREADABLE_REQUEST];
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}

/**
 * A node:http server that speaks API Gateway HTTP API (payload v2) to the real handlers, and serves
 * the site's static files. It stands in for API Gateway + CloudFront locally and in tests.
 */
export function createLocalServer(options: LocalServerOptions): Server {
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;
  const server = createServer((req, res) => {
    handle(req, res).catch(() =>
      send(res, 500, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Internal Server Error' })),
    );
  });
  // An idle keep-alive connection must outlive the client's, or a request sent as the server closes it
  // fails with ECONNRESET (seen on a busy machine after a 5 s pause: Node's default is 5 s, undici's 4 s).
  // 65 s is the usual value behind load balancers; headersTimeout must exceed it (Node docs).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('clientError', answerUnreadableRequest);
  return server;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    // The API answers both under /api (as the site calls it, CloudFront stripping the prefix) and bare.
    const viaPrefix = isUnderApiPrefix(req.url ?? '/');
    const url = viaPrefix ? (req.url ?? '/').slice(API_PREFIX.length) || '/' : (req.url ?? '/');
    const path = new URL(url, 'http://localhost').pathname;
    const candidates = options.routes.filter((route) => matchPath(route.definition.path, path) !== undefined);
    if (method === 'OPTIONS' && candidates.length > 0) {
      const cors = corsPolicy([options.corsOrigin ?? '*']);
      const methods = [...new Set(candidates.map((route) => route.definition.method))].filter((m) =>
        (cors.allowMethods as string[]).includes(m),
      );
      return send(res, 204, {
        'access-control-allow-origin': cors.allowOrigins.join(','),
        'access-control-allow-methods': methods.join(','),
        'access-control-allow-headers': cors.allowHeaders.join(','),
        'access-control-max-age': String(cors.maxAgeSeconds),
      });
    }
    const route = candidates.find((candidate) => candidate.definition.method === method);
    if (!route) {
      if (
        !viaPrefix &&
        (method === 'GET' || method === 'HEAD') &&
        options.staticDir &&
        (await serveStatic(options.staticDir, path, res))
      )
        return;
      return send(
        res,
        candidates.length > 0 ? 405 : 404,
        { 'content-type': 'application/json' },
        JSON.stringify({ message: candidates.length > 0 ? 'Method Not Allowed' : 'Not Found' }),
      );
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too-large')
      return send(
        res,
        413,
        { 'content-type': 'application/json' },
        JSON.stringify({ message: 'Request Entity Too Large' }),
      );
    const event = toApiGatewayEvent({
      method,
      url,
      headers: req.headers,
      body,
      sourceIp: req.socket.remoteAddress,
      routeKey: `${route.definition.method} ${route.definition.path}`,
      pathParameters: matchPath(route.definition.path, path),
    });
    const response = fromApiGatewayResult(await route.handler(event, localLambdaContext(route.definition.name)));
    send(res, response.statusCode, response.headers, method === 'HEAD' ? undefined : response.body);
  }
}

function isUnderApiPrefix(url: string): boolean {
  return url === API_PREFIX || url.startsWith(`${API_PREFIX}/`) || url.startsWith(`${API_PREFIX}?`);
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string | string[]>,
  body?: Buffer | string,
): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, headers);
  res.end(body);
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Serves a file under `root`, never outside it; "/" and folders serve index.html. */
async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<boolean> {
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  } catch {
    return false;
  }
  const base = resolve(root);
  let file = resolve(base, relative);
  if (file !== base && !file.startsWith(base + sep)) return false;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  const fileInfo = info?.isDirectory() ? await stat(file).catch(() => undefined) : info;
  if (!fileInfo?.isFile()) return false;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': String(fileInfo.size),
    ...SITE_SECURITY_HEADERS,
  });
  createReadStream(file).pipe(res);
  return true;
}
