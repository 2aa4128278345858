// One URL → one Snapshot: HTTP, kind detection, the right extractor, rendering when the page needs it.
// HTML is dropped after extraction; the snapshot keeps text only.
import type { DocKind, Snapshot } from '../core/types';
import { decodeHtml } from '../fetch/charset';
import { httpGet, type HttpResult } from '../fetch/http';
import { detectKind, looksLikeFileUrl } from '../fetch/kind';
import { extractDocx } from '../extract/docx';
import { extractHtml, type HtmlExtract } from '../extract/html';
import { extractPdf } from '../extract/pdf';
import { extractXlsx } from '../extract/xlsx';
import { BrowserNotFoundError, PageRenderer } from '../render/renderer';
import { softNotFound } from './soft404';
import type { FetchSettings, NotChecked } from './types';

export interface FetchSnapshotOptions extends FetchSettings {
  /** Shared browser for a crawl; fetchSnapshot opens and closes its own when absent. */
  renderer?: PageRenderer;
  depth?: number;
  /**
   * Called once the host has answered in full and only local work (extraction) is left, so a crawler can give
   * the host's slot to the next request while this document is parsed (not called before a browser render,
   * which requests the page again).
   */
  onBody?: (page: boolean) => void;
  /** The crawl's string pool, handed to the HTML extractor (see ExtractOptions.keep). */
  keep?: (s: string) => string;
}

export interface FetchOutcome {
  snapshot: Snapshot;
  /** Set when the URL could not be checked (the snapshot still says what happened). */
  notChecked?: NotChecked;
  bytes: number;
  /** The page declared one charset but was another (a site defect worth a finding). */
  charsetCorrected?: string;
  /** Redirect chain, the requested URL first. */
  chain: string[];
}

const DEFAULT_TEXT_CAP = 2_000_000;

// A crawl takes several pages per millisecond: one ISO string per millisecond, not per page.
let isoAt = 0;
let iso = '';
function isoNow(): string {
  const now = Date.now();
  if (now !== isoAt) {
    isoAt = now;
    iso = new Date(now).toISOString();
  }
  return iso;
}

function emptySnapshot(url: string, r: Pick<HttpResult, 'finalUrl' | 'status' | 'contentType'>, kind: DocKind, depth?: number): Snapshot {
  return {
    url,
    finalUrl: r.finalUrl,
    status: r.status,
    kind,
    contentType: r.contentType,
    title: '',
    headings: [],
    text: '',
    blocks: [],
    links: [],
    textSource: 'none',
    depth,
    fetchedAt: isoNow(),
  };
}

function reasonFor(error: string): NotChecked['reason'] {
  if (error === 'timeout' || error.endsWith(':timeout')) return 'timeout';
  if (error === 'too-large' || error === 'zip-bomb') return 'too-large';
  if (error === 'redirect-loop') return 'redirect-loop';
  if (error.startsWith('tls:')) return 'tls';
  if (error === 'render-unavailable') return 'render-unavailable';
  if (error === 'unsupported') return 'unsupported';
  if (error === 'off-site:loopback-only') return 'off-site';
  return 'error';
}

function guessKind(url: string, contentType?: string): DocKind {
  return looksLikeFileUrl(url) || contentType ? detectKind(new Uint8Array(0), contentType, url) : 'html';
}

function applyHtml(s: Snapshot, ex: HtmlExtract, cap: number): void {
  s.title = ex.title;
  s.headings = ex.headings;
  s.text = ex.text.length > cap ? ex.text.slice(0, cap) : ex.text;
  s.blocks = ex.blocks;
  s.links = ex.links;
  s.loginWall = ex.loginWall || undefined;
}

/** Whether the page may hold a meta refresh (the word, in any ASCII-compatible charset; UTF-16 is not read here). */
function mayRefresh(body: Buffer): boolean {
  if ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff)) return true;
  // Byte searches, not a decoded copy of every page: the spellings pages use (a rarer mixed case only costs the
  // early slot release being a little early for that page).
  return body.includes('refresh') || body.includes('Refresh') || body.includes('REFRESH');
}

export async function fetchDocument(url: string, opts: FetchSnapshotOptions = {}): Promise<FetchOutcome> {
  const cap = opts.maxTextChars ?? DEFAULT_TEXT_CAP;
  const http = {
    timeoutMs: opts.timeoutMs,
    retries: opts.retries,
    retryBaseMs: opts.retryBaseMs,
    maxBytes: opts.maxBytes,
    insecure: opts.insecure,
    userAgent: opts.userAgent,
    signal: opts.signal,
    log: opts.log,
  };
  let r = await httpGet(url, http);
  let chain = r.chain;
  let bytes = r.bytes;
  if (r.error) {
    const s = emptySnapshot(url, r, guessKind(r.finalUrl, r.contentType), opts.depth);
    s.error = r.error;
    return { snapshot: s, notChecked: { url, reason: reasonFor(r.error), detail: r.error }, bytes, chain };
  }

  const mode = opts.render ?? 'auto';
  let bodyReported = false;
  // `page`: an HTML page, whose links the crawler has yet to queue once this returns.
  const reportBody = (page: boolean) => {
    if (bodyReported) return;
    bodyReported = true;
    opts.onBody?.(page);
  };
  let kind = detectKind(r.body, r.contentType, r.finalUrl);
  // Without rendering and without a meta refresh to follow, no further request goes to the host for this page:
  // free its slot and let the crawler send the next request before decoding and parsing, so the host works while
  // we parse (bench: at 2 per host, holding the slot through extraction left the host idle half the time).
  if (kind === 'html' && mode === 'never' && !mayRefresh(r.body)) {
    reportBody(true);
    // A few turns of the event loop's check phase first: undici writes a request on a reused keep-alive socket only
    // after two setImmediate hops of its own (socket reuse, then its idle-socket check), and parsing earlier pages
    // in between held those requests back (bench: 0.3–0.8 ms from creating a request to sending it, host idle).
    for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  let decoded = kind === 'html' ? decodeHtml(r.body, r.contentType) : undefined;
  let ex = decoded ? extractHtml(decoded.text, r.finalUrl, { keep: opts.keep }) : undefined;

  // <meta http-equiv="refresh"> on an otherwise thin page is a redirect (old CMS home pages do this).
  for (let hops = 0; ex?.metaRefresh && ex.metaRefresh.delay <= 10 && ex.text.length < 1_500 && hops < 5; hops++) {
    const target = ex.metaRefresh.url;
    if (chain.includes(target)) {
      const s = emptySnapshot(url, r, 'html', opts.depth);
      s.error = 'redirect-loop';
      return { snapshot: s, notChecked: { url, reason: 'redirect-loop', detail: target }, bytes, chain: [...chain, target] };
    }
    const next = await httpGet(target, http);
    bytes += next.bytes;
    chain = [...chain, ...next.chain];
    if (next.error) {
      const s = emptySnapshot(url, next, guessKind(next.finalUrl, next.contentType), opts.depth);
      s.error = next.error;
      return { snapshot: s, notChecked: { url, reason: reasonFor(next.error), detail: next.error }, bytes, chain };
    }
    r = next;
    kind = detectKind(r.body, r.contentType, r.finalUrl);
    decoded = kind === 'html' ? decodeHtml(r.body, r.contentType) : undefined;
    ex = decoded ? extractHtml(decoded.text, r.finalUrl, { keep: opts.keep }) : undefined;
  }

  const s = emptySnapshot(url, r, kind, opts.depth);
  const out: FetchOutcome = { snapshot: s, bytes, chain };
  if (!(kind === 'html' && ex && (mode === 'always' || (mode === 'auto' && ex.renderReason)))) reportBody(kind === 'html');
  if (decoded?.source === 'corrected') out.charsetCorrected = decoded.encoding;

  if (kind === 'html' && ex) {
    applyHtml(s, ex, cap);
    s.textSource = 'html';
    if (mode === 'always' || (mode === 'auto' && ex.renderReason)) {
      const renderer = opts.renderer ?? new PageRenderer({ userAgent: opts.userAgent, insecure: opts.insecure, timeoutMs: opts.timeoutMs, browserArgs: opts.browserArgs });
      try {
        const rendered = await renderer.render(r.finalUrl);
        if (!rendered.error) {
          applyHtml(s, extractHtml(rendered.html, rendered.finalUrl, { keep: opts.keep }), cap);
          s.finalUrl = rendered.finalUrl;
          s.textSource = 'dom';
          s.rendered = true;
        } else opts.log?.(`render of ${r.finalUrl} failed (${rendered.error}); keeping the static HTML`);
      } catch (e) {
        if (!(e instanceof BrowserNotFoundError)) throw e;
        // The static text stays (it may be enough for some items); the page is listed as not fully checked.
        s.error = 'render-unavailable';
        out.notChecked = { url, reason: 'render-unavailable', detail: ex.renderReason ?? 'render: always' };
      } finally {
        if (!opts.renderer) await renderer.close();
      }
    }
    const soft = s.error ? undefined : softNotFound(s);
    if (soft) {
      s.error = 'soft-404';
      out.notChecked = { url, reason: 'soft-404', detail: `HTTP 200: "${soft.slice(0, 80)}"` };
    }
    return out;
  }

  if (kind === 'pdf') {
    const p = await extractPdf(r.body, { maxPages: opts.maxPdfPages, timeoutMs: opts.timeoutMs ? Math.max(opts.timeoutMs, 10_000) : undefined });
    s.text = p.text.length > cap ? p.text.slice(0, cap) : p.text;
    s.pageCount = p.pageCount;
    s.textSource = p.textSource;
    if (p.error) {
      s.error = `pdf:${p.error}`;
      // An empty, cut, encrypted or unparseable PDF is a page the check could not read: say so in notChecked.
      out.notChecked = { url, reason: p.error === 'timeout' ? 'timeout' : 'error', detail: `PDF: ${p.error}` };
    }
    return out;
  }
  if (kind === 'docx' || kind === 'xlsx') {
    const o = kind === 'docx' ? await extractDocx(r.body) : extractXlsx(r.body);
    s.text = o.text.length > cap ? o.text.slice(0, cap) : o.text;
    s.pageCount = o.pageCount;
    s.textSource = o.text ? (kind === 'docx' ? 'mammoth' : 'xlsx') : 'none';
    if (o.error) {
      s.error = o.error;
      out.notChecked =
        o.error === 'zip-bomb' ? { url, reason: 'too-large', detail: 'zip expands beyond the cap' } : { url, reason: 'error', detail: `${kind.toUpperCase()}: ${o.error}` };
    }
    return out;
  }
  if (kind === 'image') return out; // no text: the core says needs-review
  // Plain text and CSV are readable; legacy .doc/.xls, archives and media are not.
  const ct = (r.contentType ?? '').toLowerCase();
  if (ct.startsWith('text/plain') || ct.startsWith('text/csv')) {
    s.text = decodeHtml(r.body, r.contentType).text.slice(0, cap);
    return out;
  }
  s.error = 'unsupported';
  out.notChecked = { url, reason: 'unsupported', detail: r.contentType ?? 'unknown type' };
  return out;
}

/** Fetch and extract a single page or document (`oit page`). */
export async function fetchSnapshot(url: string, opts: FetchSnapshotOptions = {}): Promise<Snapshot> {
  return (await fetchDocument(url, opts)).snapshot;
}
