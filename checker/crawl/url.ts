// URL identity for the crawler: one spelling per resource (fragments and tracking parameters dropped,
// percent-escapes upper-cased) without sorting the query (`?page_id=` and `?p=` are the page on WordPress, and
// some PHP CMSs read parameters positionally).
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|_ga|ref_src)$/i;

export function normalizeUrl(href: string, base?: string): string | undefined {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  u.hash = '';
  u.username = '';
  u.password = '';
  if ([...u.searchParams.keys()].some((k) => TRACKING.test(k))) {
    const keep = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k));
    u.search = keep.length ? '?' + new URLSearchParams(keep).toString() : '';
  }
  return u.href.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The start host and its www. twin. */
export function siteHostsOf(startUrl: string): string[] {
  const h = hostOf(startUrl);
  const bare = h.replace(/^www\./, '');
  return bare === h ? [h, `www.${h}`] : [h, bare];
}

export function isSameSite(url: string, hosts: string[]): boolean {
  return hosts.includes(hostOf(url));
}

const DATEISH_KEY = /^(y|m|d|yr|year|month|day|date|ym|ymd|time|week|cal|calendar|start|end|from|to|tstamp|timestamp)$/i;
const DATEISH_PATH = /(\d{4}[-/_.]\d{1,2}([-/_.]\d{1,2})?|\/(calendar|events?|ปฏิทิน)\b)/i;

/**
 * A key shared by URLs that differ only in numbers or query values, to cap crawler traps (a calendar that
 * links to the next month forever, faceted listings). `dateish` marks calendar-like patterns (tighter cap).
 */
export function urlPattern(url: string): { key: string; pathKey: string; queryKeys: string; dateish: boolean } {
  const u = new URL(url);
  let path = u.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep encoded */
  }
  const keys = [...new Set([...u.searchParams.keys()])].sort();
  const shape = path.replace(/\d+/g, '#');
  const dateish = keys.some((k) => DATEISH_KEY.test(k)) || DATEISH_PATH.test(path) || [...u.searchParams.values()].some((v) => /^\d{4}[-/]\d{1,2}/.test(v));
  return { key: `${u.host}${shape}?${keys.join('&')}`, pathKey: `${u.host}${path}`, queryKeys: keys.join('&'), dateish };
}
