import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, type Dispatcher } from 'undici';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { adapters } from '../../../shared/sources/adapters';

/** What the fake portal does instead of answering normally; `null` = answer as recorded. */
export type Fault = (context: {
  req: IncomingMessage;
  res: ServerResponse;
  recorded: { status: number; body: string; contentType: string };
  nth: number;
}) => void | 'as recorded';

export interface FakePortal {
  /** Sends every request, whatever its host, to this server over a real loopback socket. */
  dispatcher: Dispatcher;
  /** Sets (or clears) the fault of one source's host. */
  fault(source: string, fault: Fault | undefined): void;
  /** Requests received per source since the last fault change. */
  requests(source: string): number;
  close(): Promise<void>;
}

/**
 * A local stand-in for the portals: it answers each source's recorded responses over HTTP on
 * 127.0.0.1, and a source can be switched to a fault (errors, stalls, cut bodies, captchas …), so
 * that the real HTTP client (timeouts, retries, Retry-After, body reading) meets them on a socket.
 */
export async function startFakePortal(sources: readonly string[]): Promise<FakePortal> {
  const byHost = new Map<string, string>();
  for (const source of sources) {
    for (const start of adapters[source]!.startRequests({ radiusKm: 35 })) byHost.set(new URL(start.url).host, source);
  }
  const replays = new Map(sources.map((source) => [source, ReplayFetcher.forSource(source)]));
  const faults = new Map<string, Fault>();
  const counts = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();

  const server = createServer(async (req, res) => {
    const host = String(req.headers['x-original-host'] ?? '');
    const source = byHost.get(host) ?? [...byHost.entries()].find(([h]) => host.endsWith(h.replace(/^www\./, '')))?.[1];
    if (req.url === '/robots.txt')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (!source) return void res.writeHead(404).end();
    const nth = (counts.get(source) ?? 0) + 1;
    counts.set(source, nth);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : undefined;
    let recorded = { status: 404, body: '', contentType: 'text/plain' };
    try {
      const answer = await replays
        .get(source)!
        .fetch({ url: `https://${host}${req.url}`, method: req.method as 'GET' | 'POST', body });
      recorded = {
        status: answer.status,
        body: answer.body,
        contentType: answer.headers['content-type'] ?? 'application/octet-stream',
      };
    } catch {
      // Not recorded: a 404, as a portal would answer an unknown page.
    }
    const fault = faults.get(source);
    if (fault && fault({ req, res, recorded, nth }) !== 'as recorded') return;
    res
      .writeHead(recorded.status, {
        'content-type': recorded.contentType,
        'content-length': Buffer.byteLength(recorded.body),
      })
      .end(recorded.body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    dispatcher: new LoopbackAgent(target),
    fault(source, fault) {
      counts.set(source, 0);
      if (fault) faults.set(source, fault);
      else faults.delete(source);
    },
    requests: (source) => counts.get(source) ?? 0,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An undici agent that connects every request to one loopback origin, telling it the host asked for. */
class LoopbackAgent extends Agent {
  constructor(private readonly target: string) {
    super({ keepAliveTimeout: 1000 });
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const host = new URL(String(options.origin)).host;
    const headers = Array.isArray(options.headers)
      ? [...options.headers, 'x-original-host', host]
      : { ...(options.headers as Record<string, string> | undefined), 'x-original-host': host };
    return super.dispatch({ ...options, origin: this.target, headers }, handler);
  }
}
