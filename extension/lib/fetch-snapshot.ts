// One URL → one Snapshot, in the service worker. Failures become snapshots too (status 0 with `error`),
// because the core decides broken vs needs-review from them (§6.3).
import type { DocKind, Snapshot } from '../../checker/core/types';
import { extractHtml } from '../../checker/extract/html';
import { docxText, pdfText, xlsxText, type DocText } from './documents';
import { snapshotFromExtract, TEXT_CAP } from './html-snapshot';

export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_BYTES = 25 * 1024 * 1024;

export function kindOf(contentType: string | undefined, url: string): DocKind {
  const ct = (contentType ?? '').toLowerCase();
  let path = '';
  try {
    path = decodeURIComponent(new URL(url).pathname).toLowerCase();
  } catch {
    path = url.toLowerCase();
  }
  if (ct.includes('pdf') || path.endsWith('.pdf')) return 'pdf';
  if (ct.includes('wordprocessingml') || path.endsWith('.docx')) return 'docx';
  if (ct.includes('spreadsheetml') || path.endsWith('.xlsx')) return 'xlsx';
  if (ct.startsWith('image/') || /\.(jpe?g|png|gif|webp|bmp|tiff?)$/.test(path)) return 'image';
  if (ct.includes('html') || ct.includes('xml') || (!ct && !/\.\w{2,4}$/.test(path))) return 'html';
  if (ct.startsWith('text/')) return 'html';
  return 'other';
}

/**
 * Thai sites still serve TIS-620 / windows-874; fetch().text() would read those as UTF-8 garbage. Order:
 * the header's charset, a <meta> charset, then sniffing: bytes that are not valid UTF-8 on a Thai
 * government site are windows-874 (its superset of TIS-620).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  let charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (!charset) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  }
  if (!charset) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      charset = 'windows-874';
    }
  }
  charset = charset.toLowerCase();
  if (charset === 'tis-620' || charset === 'tis620' || charset === 'iso-8859-11') charset = 'windows-874';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function failed(url: string, status: number, error: string | undefined, kind: DocKind = 'other', finalUrl = url): Snapshot {
  return { url, finalUrl, status, error, kind, title: '', headings: [], text: '', blocks: [], links: [], textSource: 'none', fetchedAt: new Date().toISOString() };
}

export interface FetchedSnapshot {
  snapshot: Snapshot;
  /** The document exists but its text could not be read by the extension. */
  unread?: string[];
}

/** A `<meta http-equiv="refresh">` on a thin page is a redirect; followed as the CLI does (same limits). */
const MAX_REFRESH_HOPS = 5;

export async function fetchSnapshot(url: string, fetchImpl: typeof fetch = fetch, chain: string[] = [url]): Promise<FetchedSnapshot> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), FETCH_TIMEOUT_MS);
  try {
    // The user's own session (cookies) is used: evidence behind the agency's login shows as the user sees it.
    const res = await fetchImpl(url, { credentials: 'include', redirect: 'follow', signal: ctl.signal });
    const finalUrl = res.url || url;
    const contentType = res.headers.get('content-type') ?? undefined;
    const kind = kindOf(contentType, finalUrl);
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > MAX_BYTES) return { snapshot: failed(url, res.status, 'too-large', kind, finalUrl) };
    const bytes = new Uint8Array(await res.arrayBuffer());
    const base = { url, finalUrl, status: res.status, contentType, fetchedAt: new Date().toISOString() };
    if (res.status >= 400) return { snapshot: { ...failed(url, res.status, undefined, kind, finalUrl), contentType } };
    if (kind === 'html') {
      const ex = extractHtml(decodeHtml(bytes, contentType), finalUrl);
      const refresh = ex.metaRefresh;
      if (refresh && refresh.delay <= 10 && ex.text.length < 1_500 && chain.length <= MAX_REFRESH_HOPS) {
        if (chain.includes(refresh.url)) return { snapshot: failed(url, res.status, 'redirect-loop', 'html', finalUrl) };
        clearTimeout(timer);
        const next = await fetchSnapshot(refresh.url, fetchImpl, [...chain, refresh.url]);
        return { ...next, snapshot: { ...next.snapshot, url } };
      }
      return { snapshot: snapshotFromExtract(ex, base) };
    }
    if (kind === 'image')
      return { snapshot: { ...base, kind, title: '', headings: [], text: '', blocks: [], links: [], textSource: 'none' } };
    let doc: DocText | undefined;
    try {
      if (kind === 'pdf') doc = await pdfText(bytes);
      else if (kind === 'docx') doc = await docxText(bytes);
      else if (kind === 'xlsx') doc = xlsxText(bytes);
    } catch (e) {
      doc = { text: '', readable: false, reasons: [`extract-failed: ${(e as Error).message}`] };
    }
    const text = doc?.text ?? '';
    // The fields the CLI fills for a document (checker/crawl/snapshot.ts): its text only, no title or rows.
    const snapshot: Snapshot = {
      ...base,
      kind,
      title: '',
      headings: [],
      text: text.length > TEXT_CAP ? text.slice(0, TEXT_CAP) : text,
      blocks: [],
      links: [],
      pageCount: doc?.pageCount,
      textSource: doc && text ? (kind === 'pdf' ? 'pdfjs' : kind === 'docx' ? 'mammoth' : 'xlsx') : 'none',
    };
    if (doc?.error) snapshot.error = doc.error;
    return { snapshot, unread: doc && doc.readable ? undefined : [finalUrl] };
  } catch (e) {
    const err = e as Error;
    return { snapshot: failed(url, 0, err.name === 'AbortError' ? 'timeout' : err.message || 'network-error') };
  } finally {
    clearTimeout(timer);
  }
}
