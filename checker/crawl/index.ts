// The Node edge that turns a website into Snapshots. CLI and reports call these.
export { crawlSite } from './crawl';
export { fetchDocument, fetchSnapshot, type FetchOutcome, type FetchSnapshotOptions } from './snapshot';
export type { CrawlFinding, CrawlOptions, CrawlProgress, CrawlResult, FetchSettings, NotChecked, NotCheckedReason, RenderMode } from './types';
export { normalizeUrl, siteHostsOf, isSameSite } from './url';
export { DEFAULT_USER_AGENT, CHECKER_VERSION } from '../fetch/user-agent';
export { closeHttpAgents } from '../fetch/http';
export { PageRenderer, BrowserNotFoundError } from '../render/renderer';
