import type { Snapshot } from '../core/types';

export type RenderMode = 'auto' | 'never' | 'always';

export type NotCheckedReason =
  | 'robots'
  | 'budget'
  | 'depth'
  | 'timeout'
  | 'too-large'
  | 'off-site'
  | 'error'
  | 'tls'
  | 'redirect-loop'
  | 'soft-404'
  | 'render-unavailable'
  | 'unsupported';

export interface NotChecked {
  url: string;
  reason: NotCheckedReason;
  detail?: string;
}

export interface CrawlFinding {
  code: string;
  th: string;
  en: string;
  severity: 'error' | 'warning' | 'info';
}

export interface CrawlProgress {
  fetched: number;
  queued: number;
  documents: number;
  notChecked: number;
}

/** Options shared by crawlSite and fetchSnapshot. */
export interface FetchSettings {
  /** Per request (headers and body idle); a response's whole deadline is about 3×. Default 20 s. */
  timeoutMs?: number;
  /** Default 2. */
  retries?: number;
  /** First back-off step, doubling. Default 500 ms. */
  retryBaseMs?: number;
  /** Bytes per response. Default 50 MB. */
  maxBytes?: number;
  render?: RenderMode;
  insecure?: boolean;
  userAgent?: string;
  signal?: AbortSignal;
  /** Extra Chromium flags for rendering (tests: LOOPBACK_ONLY_ARGS). */
  browserArgs?: string[];
  /** PDF pages read per document. Default 300. */
  maxPdfPages?: number;
  /** Characters of text kept per snapshot. Default 2,000,000. */
  maxTextChars?: number;
  log?: (msg: string) => void;
}

export interface CrawlOptions extends FetchSettings {
  startUrl: string;
  /** URLs fetched (pages and documents). Default 300. */
  maxPages?: number;
  /** Link depth from the start page for ordinary pages (ITA index/item links are exempt). Default 4. */
  maxDepth?: number;
  /** Default 2. */
  perHostConcurrency?: number;
  /** Between request starts on one host. Default 250 ms; robots.txt Crawl-delay raises it (clamped to 5 s). */
  delayMs?: number;
  ignoreRobots?: boolean;
  /** Assessor's map: fetch exactly these URLs (any host), no crawling. */
  explicitUrls?: string[];
  /** The core's helpers: which URLs a snapshot points to that serve ITA items, and whether it is an index page. */
  prioritize?: (s: Snapshot) => { urls: string[]; isIndex?: boolean } | undefined;
  onProgress?: (p: CrawlProgress) => void;
  /** File holding the finished snapshots and seeds (state.ts), so a killed crawl resumes where it stopped. */
  statePath?: string;
}

export interface CrawlResult {
  snapshots: Snapshot[];
  notChecked: NotChecked[];
  findings: CrawlFinding[];
  stats: { pages: number; documents: number; bytes: number; durationMs: number; rendered: number };
}
