// HTML → the parts of a Snapshot the core reads: text with block structure, row-like blocks, links with the
// row they sit in (an ITA index row "O1 | โครงสร้าง | [คลิก]" ties a code and title to a link).
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { SnapshotLink } from '../core/types';
import { renderReason } from '../render/needs-render';

export interface HtmlExtract {
  title: string;
  headings: string[];
  text: string;
  blocks: string[];
  links: SnapshotLink[];
  loginWall: boolean;
  /** Target of a `<meta http-equiv="refresh">`, absolute, with its delay in seconds. */
  metaRefresh?: { url: string; delay: number };
  /** Set when the static HTML looks like a JavaScript shell that needs a browser. */
  renderReason?: string;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'head', 'iframe', 'object', 'math']);
const CELL = '\u0001';
const ROW_LIKE = 'tr, li, p, dt, dd, h1, h2, h3, h4, h5, h6';
const CONTEXT_MAX = 600;
const BLOCK_MAX = 2_000;

// Site chrome repeated on every page: its footer dates ("ปรับปรุงข้อมูลล่าสุด …") and site name say nothing
// about the page's content (§6.3 rule 5), so the judged text leaves it out. Links and blocks keep it.
// Sidebars too: a CMS "เรื่องล่าสุด" widget repeats the newest post titles ("… ปีงบประมาณ พ.ศ. ๒๕๖๕") on every
// page, which would date any page by another post's title.
const CHROME = new Set(['header', 'nav', 'footer', 'aside']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'complementary']);
const SIDEBAR = /^(?:sidebar|side-bar|widget-area)$/i;
const isChrome = (el: Element) =>
  CHROME.has(el.name.toLowerCase()) ||
  CHROME_ROLES.has((el.attribs?.role ?? '').toLowerCase()) ||
  SIDEBAR.test(el.attribs?.id ?? '') ||
  (el.attribs?.class ?? '').split(/\s+/).some((c) => SIDEBAR.test(c));

function walk(node: AnyNode, out: string[], skipChrome = false): void {
  if (node.type === 'text') {
    out.push((node as unknown as { data: string }).data.replace(/\s+/g, ' '));
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const el = node as Element;
  const name = node.type === 'tag' ? el.name.toLowerCase() : '';
  if (SKIP.has(name)) return;
  if (skipChrome && node.type === 'tag' && isChrome(el)) return;
  if (name === 'img') {
    const alt = el.attribs?.alt?.trim();
    if (alt) out.push(` ${alt} `);
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.push('\n');
  if (name === 'td' || name === 'th') out.push(CELL);
  for (const c of el.children ?? []) walk(c, out, skipChrome);
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
function inlineText(el: AnyNode): string {
  const out: string[] = [];
  walk(el, out);
  return out
    .join('')
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`^\\s*${CELL}\\s*`), '')
    .replace(new RegExp(`\\s*${CELL}\\s*`, 'g'), ' | ')
    .trim();
}

function resolver(base: string) {
  return (href: string | undefined): string | undefined => {
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
function onclickTarget(onclick: string | undefined): string | undefined {
  if (!onclick) return undefined;
  const m = /(?:window\.open|location(?:\.href)?\s*=|location\.assign)\s*\(?\s*['"]([^'"]+)['"]/i.exec(onclick);
  return m?.[1];
}

const ROW_TAGS = new Set(['tr', 'li', 'p', 'dd', 'dt']);

/** Same as `$(el).closest('tr, li, p, dd, dt')`, without parsing a selector per link (bench: a hot spot). */
function closestRow(el: Element): Element | undefined {
  for (let p: AnyNode | null = el; p && p.type === 'tag'; p = p.parent) if (ROW_TAGS.has((p as Element).name)) return p as Element;
  return undefined;
}

/** First descendant <img> with an alt or title (what `find('img[alt], img[title]').first()` returned). */
function firstLabelledImg(el: Element): Element | undefined {
  for (const c of el.children ?? []) {
    if (c.type !== 'tag') continue;
    const e = c as Element;
    if (e.name === 'img' && (e.attribs.alt !== undefined || e.attribs.title !== undefined)) return e;
    const deeper = firstLabelledImg(e);
    if (deeper) return deeper;
  }
  return undefined;
}

function linkContext(_$: CheerioAPI, el: Element): string {
  const row = closestRow(el);
  if (row) return inlineText(row).slice(0, CONTEXT_MAX);
  let p: Element | null = el.parent as Element | null;
  while (p && p.type === 'tag') {
    if (BLOCK.has(p.name) || p.name === 'td' || p.name === 'th') {
      const t = inlineText(p);
      return t.length <= CONTEXT_MAX ? t : inlineText(el).slice(0, CONTEXT_MAX);
    }
    p = p.parent as Element | null;
  }
  return inlineText(el).slice(0, CONTEXT_MAX);
}

export function extractHtml(html: string, pageUrl: string): HtmlExtract {
  const $ = load(html);
  const baseHref = $('base[href]').first().attr('href');
  let base = pageUrl;
  if (baseHref) {
    try {
      base = new URL(baseHref, pageUrl).href;
    } catch {
      /* keep the page URL */
    }
  }
  const abs = resolver(base);

  let metaRefresh: HtmlExtract['metaRefresh'];
  $('meta[http-equiv], meta[HTTP-EQUIV]').each((_, m) => {
    if ((($(m).attr('http-equiv') ?? '') as string).toLowerCase() !== 'refresh' || metaRefresh) return;
    const content = $(m).attr('content') ?? '';
    const mm = /^\s*(\d+(?:\.\d+)?)?\s*[;,]?\s*(?:url\s*=\s*)?['"]?([^'"]*)['"]?\s*$/i.exec(content);
    const target = mm?.[2] ? abs(mm[2]) : undefined;
    if (target) metaRefresh = { url: target, delay: Number(mm?.[1] ?? 0) };
  });

  const title = ($('title').first().text() || $('meta[property="og:title"]').attr('content') || $('h1').first().text() || '').replace(/\s+/g, ' ').trim();
  const headings = $('h1, h2, h3, h4, h5, h6')
    .toArray()
    .map((h) => inlineText(h))
    .filter(Boolean);

  const root = $('body')[0] ?? $.root()[0];
  const parts: string[] = [];
  walk(root, parts, true);
  let text = tidy(parts);
  // A page built entirely inside <header>/<nav> (some CMS themes) would lose its content: keep everything then.
  // A short page (a CMS post: title, date, one attachment) keeps only its own text, chrome would date it.
  if (text.replace(/\s+/g, '').length < 40) {
    const all: string[] = [];
    walk(root, all);
    const full = tidy(all);
    if (full.length > text.length * 2) text = full;
  }

  const blocks: string[] = [];
  $(ROW_LIKE).each((_, el) => {
    const t = inlineText(el);
    if (t) blocks.push(t.slice(0, BLOCK_MAX));
  });

  const links: SnapshotLink[] = [];
  $('a, area').each((_, el) => {
    const e = el as Element;
    const href = abs(e.attribs.href) ?? abs(onclickTarget(e.attribs.onclick));
    if (!href) return;
    const own = inlineText(e);
    let text = own || e.attribs.title?.trim() || '';
    if (!text) {
      const img = firstLabelledImg(e);
      text = img?.attribs.alt?.trim() || img?.attribs.title?.trim() || '';
    }
    links.push({ href, text, context: linkContext($, e) });
  });
  // Embedded documents (a PDF in an iframe, a Google Drive viewer) are evidence links too.
  $('iframe[src], frame[src], embed[src], object[data]').each((_, el) => {
    const e = el as Element;
    const href = abs(e.attribs.src ?? e.attribs.data);
    if (href) links.push({ href, text: e.attribs.title?.trim() ?? '', context: linkContext($, e) });
  });

  let loginWall = false;
  const pw = $('input[type="password"], input[type="PASSWORD"]');
  if (pw.length) {
    const form = pw.first().closest('form');
    const formLen = form.length ? inlineText(form[0]).length : 0;
    // A sidebar admin login on every page is common; only a page that is little more than the form is a wall.
    loginWall = text.length - formLen < 400;
  }

  return { title, headings, text, blocks, links, loginWall, metaRefresh, renderReason: renderReason($, text) };
}
