import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { MockAgent } from 'undici';
import {
  BlockedError,
  ParseError,
  RobotsDisallowedError,
  RobotsUnreachableError,
  TransientFetchError,
} from '../../../shared/errors';
import { HttpClient } from '../../../shared/http/http-client';

const ORIGIN = 'https://portal.example';
const UA = 'OstravaExpatListings/1.0 (+https://example.org/about-our-crawler)';

function setup(options: { robots?: string | number; pacingMs?: number; maxBodyBytes?: number } = {}) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get(ORIGIN);
  const robots = options.robots ?? 'User-agent: *\nDisallow: /private/\n';
  if (typeof robots === 'number') pool.intercept({ path: '/robots.txt' }).reply(robots, '');
  else pool.intercept({ path: '/robots.txt' }).reply(200, robots);
  let clock = 0;
  const sleeps: number[] = [];
  const client = new HttpClient({
    userAgent: UA,
    dispatcher: agent,
    pacingMs: options.pacingMs ?? 0,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    maxBodyBytes: options.maxBodyBytes,
    random: () => 1,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
  });
  return { agent, pool, client, sleeps };
}

describe('HttpClient', () => {
  it('sends the honest User-Agent and returns the body', async () => {
    const { pool, client } = setup();
    pool.intercept({ path: '/list', headers: { 'user-agent': UA } }).reply(200, 'hello', { headers: { etag: '"v1"' } });

    const response = await client.fetch({ url: `${ORIGIN}/list` });

    expect(response).toMatchObject({ status: 200, body: 'hello', notModified: false, headers: { etag: '"v1"' } });
  });

  it('retries 5xx and 429 with exponential backoff, then succeeds', async () => {
    const { pool, client, sleeps } = setup();
    pool.intercept({ path: '/list' }).reply(503, 'busy');
    pool.intercept({ path: '/list' }).reply(429, 'slow down');
    pool.intercept({ path: '/list' }).reply(200, 'ok');

    const response = await client.fetch({ url: `${ORIGIN}/list` });

    expect(response.body).toBe('ok');
    expect(sleeps).toEqual([1000, 2000]);
    expect(client.requestCount).toBe(4); // robots.txt + three tries
  });

  it('honours a Retry-After longer than its own backoff', async () => {
    const { pool, client, sleeps } = setup();
    pool.intercept({ path: '/list' }).reply(429, '', { headers: { 'retry-after': '7' } });
    pool.intercept({ path: '/list' }).reply(200, 'ok');

    await client.fetch({ url: `${ORIGIN}/list` });

    expect(sleeps).toEqual([7000]);
  });

  it('gives up with TransientFetchError when retries run out, or Retry-After is too long', async () => {
    const { pool, client } = setup();
    pool.intercept({ path: '/down' }).reply(500, '').times(4);
    pool.intercept({ path: '/later' }).reply(503, '', { headers: { 'retry-after': '3600' } });

    await expect(client.fetch({ url: `${ORIGIN}/down` })).rejects.toThrow(TransientFetchError);
    await expect(client.fetch({ url: `${ORIGIN}/later` })).rejects.toMatchObject({
      name: 'TransientFetchError',
      status: 503,
      retryAfter: '3600',
    });
  });

  it('retries a network error', async () => {
    const { pool, client } = setup();
    pool.intercept({ path: '/flaky' }).replyWithError(new Error('socket hang up'));
    pool.intercept({ path: '/flaky' }).reply(200, 'ok');

    expect((await client.fetch({ url: `${ORIGIN}/flaky` })).body).toBe('ok');
  });

  it('stops with BlockedError on 403, without retrying', async () => {
    const { pool, client } = setup();
    pool.intercept({ path: '/list' }).reply(403, 'Forbidden');

    await expect(client.fetch({ url: `${ORIGIN}/list` })).rejects.toThrow(BlockedError);
    expect(client.requestCount).toBe(2);
  });

  it('does not fetch what robots.txt disallows, and says so', async () => {
    const { client } = setup();

    await expect(client.fetch({ url: `${ORIGIN}/private/page` })).rejects.toThrow(RobotsDisallowedError);
    expect(client.requestCount).toBe(1);
  });

  it('fails as unreachable, not as a refusal, when robots.txt answers 5xx', async () => {
    const down = setup({ robots: 503 });

    const failure = down.client.fetch({ url: `${ORIGIN}/list` });

    await expect(failure).rejects.toThrow(RobotsUnreachableError);
    await expect(failure).rejects.not.toThrow(BlockedError);
  });

  it('fails as unreachable when there is no network at all', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const client = new HttpClient({ userAgent: UA, dispatcher: agent, pacingMs: 0, sleep: async () => undefined });

    const failure = client.fetch({ url: 'https://unreachable.example/list' });

    await expect(failure).rejects.toThrow(RobotsUnreachableError);
    await expect(failure).rejects.toThrow(/robots\.txt could not be fetched/);
  });

  it.each([404, 401, 403])(
    'allows everything when robots.txt answers %i (RFC 9309: 4xx means no rules)',
    async (status) => {
      const { pool, client } = setup({ robots: status });
      pool.intercept({ path: '/list' }).reply(200, 'ok');

      expect((await client.fetch({ url: `${ORIGIN}/list` })).body).toBe('ok');
    },
  );

  it('follows a redirected robots.txt and obeys the file it lands on', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get(ORIGIN)
      .intercept({ path: '/robots.txt' })
      .reply(301, '', { headers: { location: 'https://www.portal.example/robots.txt' } });
    agent
      .get('https://www.portal.example')
      .intercept({ path: '/robots.txt' })
      .reply(200, 'User-agent: *\nDisallow: /\n');
    const client = new HttpClient({ userAgent: UA, dispatcher: agent, pacingMs: 0, sleep: async () => undefined });

    await expect(client.fetch({ url: `${ORIGIN}/list` })).rejects.toThrow(RobotsDisallowedError);
  });

  it('asks again for an unreachable robots.txt after a while, and obeys it once it comes', async () => {
    let clock = 0;
    const agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/robots.txt' }).reply(500, '');
    const client = new HttpClient({
      userAgent: UA,
      dispatcher: agent,
      pacingMs: 0,
      now: () => clock,
      sleep: async () => undefined,
    });
    await expect(client.fetch({ url: `${ORIGIN}/list` })).rejects.toThrow(RobotsUnreachableError);
    pool.intercept({ path: '/robots.txt' }).reply(200, 'User-agent: *\nAllow: /\n');
    pool.intercept({ path: '/list' }).reply(200, 'ok');

    clock += 10 * 60_000;

    expect((await client.fetch({ url: `${ORIGIN}/list` })).body).toBe('ok');
  });

  it('spaces requests to one host by the pacing interval', async () => {
    const { pool, client, sleeps } = setup({ pacingMs: 1500 });
    pool.intercept({ path: /\/p\d/ }).reply(200, 'ok').times(3);

    await Promise.all([
      client.fetch({ url: `${ORIGIN}/p1` }),
      client.fetch({ url: `${ORIGIN}/p2` }),
      client.fetch({ url: `${ORIGIN}/p3` }),
    ]);

    // robots.txt took the first slot at t=0; the fake clock advances by each sleep, so three waits of
    // 1.5 s put the requests at t=1.5, 3 and 4.5 s.
    expect(sleeps).toEqual([1500, 1500, 1500]);
  });

  it('sends validators and reports 304 as not modified', async () => {
    const { pool, client } = setup();
    pool
      .intercept({
        path: '/big.json',
        headers: { 'if-none-match': '"abc"', 'if-modified-since': 'Tue, 24 Nov 2026 06:00:00 GMT' },
      })
      .reply(304, '');

    const response = await client.fetch({
      url: `${ORIGIN}/big.json`,
      etag: '"abc"',
      lastModified: 'Tue, 24 Nov 2026 06:00:00 GMT',
    });

    expect(response).toMatchObject({ status: 304, notModified: true, body: '' });
  });

  it('decompresses gzip bodies', async () => {
    const { pool, client } = setup();
    pool
      .intercept({ path: '/gz' })
      .reply(200, gzipSync(Buffer.from('Pronájem bytu')), { headers: { 'content-encoding': 'gzip' } });

    expect((await client.fetch({ url: `${ORIGIN}/gz` })).body).toBe('Pronájem bytu');
  });

  it('refuses a body over the size cap with ParseError', async () => {
    const { pool, client } = setup({ maxBodyBytes: 100 });
    pool.intercept({ path: '/huge' }).reply(200, 'x'.repeat(1000));

    await expect(client.fetch({ url: `${ORIGIN}/huge` })).rejects.toThrow(ParseError);
  });

  it('returns a 404 for the adapter to judge', async () => {
    const { pool, client } = setup();
    pool.intercept({ path: '/gone' }).reply(404, 'Tato stránka neexistuje');

    expect((await client.fetch({ url: `${ORIGIN}/gone` })).status).toBe(404);
  });

  it('ends a body that trickles in past the whole-body deadline, though no gap reaches the timeout', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const drip = setInterval(() => response.write('x'), 20);
      response.on('close', () => clearInterval(drip));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = new HttpClient({
      userAgent: UA,
      respectRobots: false,
      retries: 0,
      timeoutMs: 1000,
      bodyDeadlineMs: 200,
      pacingMs: 0,
    });

    const failure = client.fetch({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow` });

    await expect(failure).rejects.toThrow(TransientFetchError);
    await expect(failure).rejects.toThrow(/took longer than 200 ms/);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
});
