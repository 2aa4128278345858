// robots.txt per origin (robots-parser; its default export needs createRequire under ESM, TOOLCHAIN.md).
import { createRequire } from 'node:module';
import { httpGet, type HttpOptions } from '../fetch/http';

type Robot = {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
};
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, txt: string) => Robot;

/** The token matched against `User-agent:` lines. */
export const ROBOTS_AGENT = 'oit-checker';

export interface RobotsRules {
  allowed(url: string): boolean;
  /** Crawl-delay in ms as written (not clamped). */
  crawlDelayMs?: number;
  sitemaps: string[];
  /** HTTP status of robots.txt (0 when unreachable). */
  status: number;
}

const ALLOW_ALL = (status: number): RobotsRules => ({ allowed: () => true, sitemaps: [], status });

export class RobotsCache {
  private cache = new Map<string, Promise<RobotsRules>>();
  constructor(private readonly http: HttpOptions) {}

  get(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    let p = this.cache.get(origin);
    if (!p) {
      p = this.load(origin);
      this.cache.set(origin, p);
    }
    return p;
  }

  private async load(origin: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    const r = await httpGet(robotsUrl, { ...this.http, maxBytes: 512 * 1024, retries: 1 });
    // 4xx: no rules. 5xx or unreachable: crawl anyway but say so (a strict reading would stop; the site's own
    // pages are public and the crawl is light).
    if (r.error || r.status >= 400 || r.status === 0) {
      if (r.status >= 500 || r.error) this.http.log?.(`robots.txt at ${robotsUrl} unavailable (${r.error ?? r.status}); crawling without rules`);
      return ALLOW_ALL(r.status);
    }
    const text = r.body.toString('utf8');
    const robot = robotsParser(robotsUrl, text);
    const delay = robot.getCrawlDelay(ROBOTS_AGENT);
    return {
      allowed: (u) => robot.isAllowed(u, ROBOTS_AGENT) !== false,
      crawlDelayMs: delay !== undefined && Number.isFinite(delay) ? delay * 1000 : undefined,
      sitemaps: robot.getSitemaps(),
      status: r.status,
    };
  }
}
