// HTML → Snapshot in the extension through the CLI's own extractor (checker/extract/html.ts, cheerio's browser
// build): the worker's fetched HTML and the live page read exactly as `oit check` reads them, so both faces give
// the same verdicts. The Snapshot is filled field for field as checker/crawl/snapshot.ts does (applyHtml).
import type { Snapshot } from '../../checker/core/types';
import { softNotFound } from '../../checker/crawl/soft404';
import { extractHtml, type HtmlExtract } from '../../checker/extract/html';

/** The extension's own overlay hosts: a redraw must never feed badges back into the judge. */
export const OVERLAY_HOSTS = ['oit-badge', 'oit-summary', 'oit-banner'] as const;

/** Same text cap as the CLI (checker/crawl/snapshot.ts DEFAULT_TEXT_CAP). */
export const TEXT_CAP = 2_000_000;

export interface HtmlSnapshotOptions {
  url: string;
  finalUrl?: string;
  status?: number;
  contentType?: string;
  /** Read from a browser-rendered DOM (the live page), not from the static HTML. */
  rendered?: boolean;
  fetchedAt?: string;
}

export function snapshotFromExtract(ex: HtmlExtract, opts: HtmlSnapshotOptions): Snapshot {
  const s: Snapshot = {
    url: opts.url,
    finalUrl: opts.finalUrl ?? opts.url,
    status: opts.status ?? 200,
    kind: 'html',
    contentType: opts.contentType,
    title: ex.title,
    headings: ex.headings,
    text: ex.text.length > TEXT_CAP ? ex.text.slice(0, TEXT_CAP) : ex.text,
    blocks: ex.blocks,
    links: ex.links,
    loginWall: ex.loginWall || undefined,
    textSource: opts.rendered ? 'dom' : 'html',
    fetchedAt: opts.fetchedAt ?? new Date().toISOString(),
  };
  if (opts.rendered) s.rendered = true;
  // A 200 page saying "ไม่พบหน้า" is a dead link to an assessor; the CLI marks it the same way.
  if (softNotFound(s)) s.error = 'soft-404';
  return s;
}

export function snapshotFromHtml(html: string, opts: HtmlSnapshotOptions): Snapshot {
  return snapshotFromExtract(extractHtml(html, opts.finalUrl ?? opts.url), opts);
}

/**
 * The live page as HTML, without our overlay. The doctype is kept: without it the parser would build the
 * tree in quirks mode, where tables and paragraphs nest differently from what the browser shows.
 */
export function pageHtml(doc: Document): string {
  const clone = doc.documentElement.cloneNode(true) as Element;
  for (const e of Array.from(clone.querySelectorAll(OVERLAY_HOSTS.join(', ')))) e.remove();
  return doctypeOf(doc) + clone.outerHTML;
}

function doctypeOf(doc: Document): string {
  const dt = doc.doctype;
  if (!dt) return '';
  if (typeof XMLSerializer !== 'undefined') {
    try {
      return new XMLSerializer().serializeToString(dt);
    } catch {
      /* fall through to the plain form */
    }
  }
  return `<!DOCTYPE ${dt.name || 'html'}>`;
}

/** The page the user is on, as rendered (script-built ITA tables included), like the CLI's `--render`. */
export function snapshotFromPage(doc: Document, url: string): Snapshot {
  return snapshotFromHtml(pageHtml(doc), { url, rendered: true, contentType: doc.contentType || 'text/html' });
}
