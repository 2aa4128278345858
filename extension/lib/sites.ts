// Which sites the extension may act on. Built in: government hosts (*.go.th) and loopback, where the
// manifest already grants access; any other site only after the user turns it on (optional permission).

/** Content-script matches and host_permissions shipped in the manifest. */
export const BUILT_IN_MATCHES = ['*://*.go.th/*', '*://localhost/*', '*://127.0.0.1/*'];

/**
 * The key results are stored under: scheme + host + port. Port matters on loopback, where each fixture
 * site is a different server; www. is folded so the host and its twin share one result.
 */
export function siteKey(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host.replace(/^www\./, '')}`;
}

export function isBuiltInSite(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const h = u.hostname.toLowerCase();
  return h === 'go.th' || h.endsWith('.go.th') || h === 'localhost' || h === '127.0.0.1';
}

/** The match pattern asked for when the user turns the extension on for one site (all ports of the host). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Same page? Ignore the fragment and a trailing slash, so "/ita/" and "/ita" meet. */
export function sameUrl(a: string, b: string): boolean {
  return normalizeUrl(a) === normalizeUrl(b);
}

export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    let s = u.href;
    if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
    return s;
  } catch {
    return url;
  }
}
