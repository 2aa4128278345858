// Builds the core's Snapshot from a DOM document: the live page in the content script, or HTML fetched by
// the worker and parsed with linkedom (service workers have no DOMParser). It mirrors the CLI's extractor
// (checker/extract/html.ts: same blocks, same link context, same cell joining) so a page reads the same to
// the judge whichever face fetched it; the extension may not import the Node edge, hence the twin.
import type { Snapshot, SnapshotLink } from '../../checker/core/types';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
// Our own overlay hosts are skipped so a redraw never feeds badges back into the judge.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'head', 'iframe', 'object', 'math', 'oit-badge', 'oit-summary', 'oit-banner']);
const CELL = '\u0001';
const ROW_LIKE = 'tr, li, p, dt, dd, h1, h2, h3, h4, h5, h6';
const CONTEXT_MAX = 600;
const BLOCK_MAX = 2_000;

// Site chrome (header, menu, footer with its "ปรับปรุงล่าสุด" date) is left out of the judged text, as in the CLI.
const CHROME = new Set(['header', 'nav', 'footer']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo']);
const isChrome = (el: Element) => CHROME.has(el.tagName.toLowerCase()) || CHROME_ROLES.has((el.getAttribute('role') ?? '').toLowerCase());

function walk(node: Node, out: string[], skipChrome = false): void {
  if (node.nodeType === 3) {
    out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const el = node as Element;
  const name = node.nodeType === 1 ? el.tagName.toLowerCase() : '';
  if (SKIP.has(name)) return;
  if (skipChrome && node.nodeType === 1 && isChrome(el)) return;
  if (name === 'img') {
    const alt = el.getAttribute('alt')?.trim();
    if (alt) out.push(` ${alt} `);
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.push('\n');
  if (name === 'td' || name === 'th') out.push(CELL);
  for (let c = node.firstChild; c; c = c.nextSibling) walk(c, out, skipChrome);
  if (block) out.push('\n');
  else if (name === 'td' || name === 'th') out.push(' ');
}

function tidy(parts: string[]): string {
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').replace(new RegExp(`^\\s*${CELL}\\s*`), '').replace(new RegExp(`\\s*${CELL}\\s*`, 'g'), ' | ').trim())
    .filter((l) => l && l !== '|')
    .join('\n');
}

/** Text of one element on one line (cells joined with " | "). */
export function inlineText(el: Node): string {
  const out: string[] = [];
  walk(el, out);
  return out
    .join('')
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`^\\s*${CELL}\\s*`), '')
    .replace(new RegExp(`\\s*${CELL}\\s*`, 'g'), ' | ')
    .trim();
}

export function blockText(root: Node): string {
  const parts: string[] = [];
  walk(root, parts, true);
  const text = tidy(parts);
  // A page built entirely inside <header>/<nav> would lose its content: keep everything then.
  if (text.length >= 200) return text;
  const all: string[] = [];
  walk(root, all);
  const full = tidy(all);
  return full.length > text.length * 2 ? full : text;
}

function resolver(base: string) {
  return (href: string | null | undefined): string | undefined => {
    if (!href) return undefined;
    const h = href.trim();
    if (!h || h.startsWith('#') || /^(javascript|mailto|tel|data|about|sms|line|fb-messenger):/i.test(h)) return undefined;
    try {
      const u = new URL(h, base);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
    } catch {
      return undefined;
    }
  };
}

/** URLs that old CMS menus open through onclick handlers instead of href. */
function onclickTarget(onclick: string | null): string | undefined {
  if (!onclick) return undefined;
  return /(?:window\.open|location(?:\.href)?\s*=|location\.assign)\s*\(?\s*['"]([^'"]+)['"]/i.exec(onclick)?.[1];
}

function linkContext(el: Element): string {
  const row = el.closest('tr, li, p, dd, dt');
  if (row) return inlineText(row).slice(0, CONTEXT_MAX);
  let p = el.parentElement;
  while (p) {
    const name = p.tagName.toLowerCase();
    if (BLOCK.has(name) || name === 'td' || name === 'th') {
      const t = inlineText(p);
      return t.length <= CONTEXT_MAX ? t : inlineText(el).slice(0, CONTEXT_MAX);
    }
    p = p.parentElement;
  }
  return inlineText(el).slice(0, CONTEXT_MAX);
}

export function extractLinks(doc: Document, baseUrl: string): SnapshotLink[] {
  let base = baseUrl;
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  if (baseHref) {
    try {
      base = new URL(baseHref, baseUrl).href;
    } catch {
      /* keep the page URL */
    }
  }
  const abs = resolver(base);
  const links: SnapshotLink[] = [];
  for (const e of Array.from(doc.querySelectorAll('a, area'))) {
    if (e.closest('oit-badge, oit-summary, oit-banner')) continue;
    const href = abs(e.getAttribute('href')) ?? abs(onclickTarget(e.getAttribute('onclick')));
    if (!href) continue;
    const own = inlineText(e);
    const img = e.querySelector('img[alt], img[title]');
    const text = own || e.getAttribute('title')?.trim() || img?.getAttribute('alt')?.trim() || img?.getAttribute('title')?.trim() || '';
    links.push({ href, text, context: linkContext(e) });
  }
  // Embedded documents (a PDF in an iframe, a Google Drive viewer) are evidence links too.
  for (const e of Array.from(doc.querySelectorAll('iframe[src], frame[src], embed[src], object[data]'))) {
    const href = abs(e.getAttribute('src') ?? e.getAttribute('data'));
    if (href) links.push({ href, text: e.getAttribute('title')?.trim() ?? '', context: linkContext(e) });
  }
  return links;
}

export interface DomSnapshotOptions {
  url: string;
  finalUrl?: string;
  status?: number;
  contentType?: string;
  rendered?: boolean;
  fetchedAt?: string;
}

export function snapshotFromDocument(doc: Document, opts: DomSnapshotOptions): Snapshot {
  const finalUrl = opts.finalUrl ?? opts.url;
  const title = (
    doc.querySelector('title')?.textContent ||
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ||
    doc.querySelector('h1')?.textContent ||
    ''
  )
    .replace(/\s+/g, ' ')
    .trim();
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    .map((h) => inlineText(h))
    .filter(Boolean);
  const root = (doc.body ?? doc.documentElement) as Node | null;
  const text = root ? blockText(root) : '';
  const blocks: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(ROW_LIKE))) {
    if (el.closest('oit-badge, oit-summary, oit-banner')) continue;
    const t = inlineText(el);
    if (t) blocks.push(t.slice(0, BLOCK_MAX));
  }
  let loginWall = false;
  const pw = doc.querySelector('input[type="password"], input[type="PASSWORD"]');
  if (pw) {
    const form = pw.closest('form');
    const formLen = form ? inlineText(form).length : 0;
    // A sidebar admin login on every page is common; only a page that is little more than the form is a wall.
    loginWall = text.length - formLen < 400;
  }
  return {
    url: opts.url,
    finalUrl,
    status: opts.status ?? 200,
    kind: 'html',
    contentType: opts.contentType ?? 'text/html',
    title,
    headings,
    text,
    blocks,
    links: extractLinks(doc, finalUrl),
    textSource: opts.rendered ? 'dom' : 'html',
    rendered: opts.rendered,
    loginWall,
    fetchedAt: opts.fetchedAt ?? new Date().toISOString(),
  };
}
