import robotsParser from 'robots-parser';
import { BlockedError, RobotsUnreachableError } from '../errors';
import type { FetchResponse } from './http-client';

type Robots = ReturnType<typeof robotsParser>;
type Rules = { robots: Robots } | { unreachable: string; at: number };

/** How long an unreachable robots.txt is believed before it is asked for again. */
const RETRY_UNREACHABLE_MS = 5 * 60_000;
/** RFC 9309 §2.3.1.2: follow at least five redirects. */
const MAX_REDIRECTS = 5;

/**
 * robots.txt per origin, fetched once per process and obeyed (RFC 9309 §2.3.1): a 2xx file is
 * parsed; a 4xx (401 and 403 included) means no rules, everything allowed; a 5xx, a network failure
 * or too many redirects mean "disallow everything" for now, reported as RobotsUnreachableError (the
 * run fails as unreachable), never as a refusal: only a fetched file that disallows the URL is one.
 */
export class RobotsCache {
  private readonly rules = new Map<string, Promise<Rules>>();

  constructor(
    private readonly userAgent: string,
    private readonly fetchRobots: (url: string) => Promise<FetchResponse>,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when allowed, false when the fetched robots.txt disallows; throws RobotsUnreachableError. */
  async isAllowed(url: string): Promise<boolean> {
    const origin = new URL(url).origin;
    let pending = this.rules.get(origin);
    const cached = pending && (await pending);
    if (!pending || (cached && 'unreachable' in cached && this.now() - cached.at >= RETRY_UNREACHABLE_MS)) {
      pending = this.load(`${origin}/robots.txt`);
      this.rules.set(origin, pending);
    }
    const rules = await pending;
    if ('unreachable' in rules)
      throw new RobotsUnreachableError(
        `robots.txt could not be fetched (${rules.unreachable}): nothing is fetched from this host until it can be`,
        `${origin}/robots.txt`,
      );
    return rules.robots.isAllowed(url, this.userAgent) !== false;
  }

  private async load(robotsUrl: string): Promise<Rules> {
    let url = robotsUrl;
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const response = await this.fetchRobots(url);
        const location = response.headers.location;
        if (response.status >= 300 && response.status < 400 && location) {
          url = new URL(location, url).href;
          continue;
        }
        // Parsed as the origin's own file: robots-parser answers only for URLs of the file's origin.
        if (response.status >= 200 && response.status < 300) return { robots: robotsParser(robotsUrl, response.body) };
        if (response.status >= 400 && response.status < 500) return { robots: robotsParser(robotsUrl, '') };
        return { unreachable: `it answered ${response.status}`, at: this.now() };
      }
      return { unreachable: `more than ${MAX_REDIRECTS} redirects`, at: this.now() };
    } catch (error) {
      // The client turns 401/403 into BlockedError; for robots.txt they are 4xx: no rules.
      if (error instanceof BlockedError) return { robots: robotsParser(robotsUrl, '') };
      return { unreachable: (error as Error).message, at: this.now() };
    }
  }
}
