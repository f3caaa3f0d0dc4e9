import robotsParser from 'robots-parser';
import type { FetchResponse } from './http-client';

type Robots = ReturnType<typeof robotsParser>;

/**
 * robots.txt per origin, fetched once per process and obeyed (RFC 9309): a 4xx means no rules
 * (everything allowed); a 5xx or an unreachable file means "disallow everything" for now.
 */
export class RobotsCache {
  private readonly rules = new Map<string, Promise<Robots | 'disallow-all'>>();

  constructor(
    private readonly userAgent: string,
    private readonly fetchRobots: (url: string) => Promise<FetchResponse>,
  ) {}

  async isAllowed(url: string): Promise<boolean> {
    const origin = new URL(url).origin;
    let rules = this.rules.get(origin);
    if (!rules) {
      rules = this.load(`${origin}/robots.txt`);
      this.rules.set(origin, rules);
    }
    const robots = await rules;
    if (robots === 'disallow-all') return false;
    return robots.isAllowed(url, this.userAgent) !== false;
  }

  private async load(robotsUrl: string): Promise<Robots | 'disallow-all'> {
    try {
      const response = await this.fetchRobots(robotsUrl);
      if (response.status >= 400 && response.status < 500) return robotsParser(robotsUrl, '');
      if (response.status >= 200 && response.status < 300) return robotsParser(robotsUrl, response.body);
      return 'disallow-all';
    } catch {
      return 'disallow-all';
    }
  }
}
