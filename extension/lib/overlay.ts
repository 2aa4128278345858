// The in-page overlay: a badge after each item link on the ITA page, a floating summary of items the page
// does not link, and a banner on an evidence page. Each piece lives in its own shadow root so the agency's
// CSS cannot break it (and ours cannot break the page); crawled text is only ever set as textContent.
import type { ItemVerdict } from '../../checker/core/types';
import { STATUS_COLOR, STATUS_ICON, STATUS_LABELS, T, t, type Lang } from './i18n';
import { normalizeUrl } from './sites';
import { codesIn } from './triage';
import type { SiteRecord } from './store';

export const HOST_TAGS = ['oit-badge', 'oit-summary', 'oit-banner'] as const;

const BADGE_CSS = `
:host { all: initial; display: inline-block; position: relative; margin: 0 .3em; vertical-align: middle; font: 12px/1.4 system-ui, "Noto Sans Thai", "Loma", sans-serif; }
.b { display: inline-flex; gap: .25em; align-items: center; padding: 0 .45em; border-radius: .8em; color: #fff; cursor: help; white-space: nowrap; }
.tip { display: none; position: absolute; z-index: 2147483647; left: 0; top: 1.6em; width: max-content; max-width: 26em; padding: .5em .7em; background: #111827; color: #f9fafb; border-radius: .4em; box-shadow: 0 2px 10px rgba(0,0,0,.3); white-space: normal; }
:host(:hover) .tip, :host(:focus-within) .tip, :host(:focus) .tip { display: block; }
.tip p { margin: .2em 0; } .tip .h { font-weight: 600; }
`;

const PANEL_CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; font: 13px/1.45 system-ui, "Noto Sans Thai", "Loma", sans-serif; }
.box { background: #fff; color: #111827; border: 1px solid #d1d5db; border-left: 6px solid var(--c); border-radius: .5em; padding: .6em .9em; box-shadow: 0 4px 16px rgba(0,0,0,.18); max-width: 32em; }
.h { font-weight: 600; margin-bottom: .2em; } ul { margin: .2em 0; padding-left: 1.2em; } li { margin: .1em 0; }
.tag { color: #fff; background: var(--c); border-radius: .7em; padding: 0 .45em; margin-right: .3em; }
button { all: unset; cursor: pointer; float: right; margin-left: .6em; color: #6b7280; }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function host(doc: Document, tag: (typeof HOST_TAGS)[number], css: string): { host: HTMLElement; root: ShadowRoot } {
  const h = doc.createElement(tag);
  const root = h.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host: h, root };
}

/** "expected FY2565 · years found 2563" plus the verdict's own reasons. */
export function explain(item: ItemVerdict, lang: Lang): string[] {
  const lines: string[] = [];
  const years = [...new Set(item.evidence.flatMap((e) => e.years))].sort();
  lines.push(`${t(T.expected, lang)}: ${item.expected[lang]} · ${years.length ? `${t(T.yearsFound, lang)}: ${years.join(', ')}` : t(T.noYears, lang)}`);
  for (const m of [...item.messages, ...item.warnings].slice(0, 4)) lines.push(m[lang]);
  return lines;
}

export function makeBadge(doc: Document, item: ItemVerdict, lang: Lang): HTMLElement {
  const { host: h, root } = host(doc, 'oit-badge', BADGE_CSS);
  h.dataset.oitItem = item.id;
  h.dataset.oitStatus = item.status;
  h.tabIndex = 0;
  h.setAttribute('role', 'note');
  const label = `${item.id} ${STATUS_LABELS[item.status][lang]}`;
  h.setAttribute('aria-label', label);
  const b = el(doc, 'span', `${STATUS_ICON[item.status]} ${label}`, 'b');
  b.style.background = STATUS_COLOR[item.status];
  const tip = el(doc, 'div', undefined, 'tip');
  tip.append(el(doc, 'p', `${item.id} ${item.name[lang]}`, 'h'));
  for (const line of explain(item, lang)) tip.append(el(doc, 'p', line));
  root.append(b, tip);
  return h;
}

/** URL → items it serves: evidence first, then candidates (best first). */
export function itemsByUrl(items: ItemVerdict[]): Map<string, ItemVerdict[]> {
  const m = new Map<string, ItemVerdict[]>();
  const add = (url: string, it: ItemVerdict) => {
    const k = normalizeUrl(url);
    const list = m.get(k) ?? [];
    if (!list.includes(it)) list.push(it);
    m.set(k, list);
  };
  for (const it of items) {
    for (const e of it.evidence) add(e.url, it);
    for (const c of it.candidates) add(c.url, it);
  }
  return m;
}

export function clearOverlay(doc: Document): void {
  for (const tag of HOST_TAGS) doc.querySelectorAll(tag).forEach((e) => e.remove());
}

export interface OverlayResult {
  badges: number;
  notLinked: string[];
  banner: string[];
}

/**
 * Draws the overlay for one record on one page. `isIndex` says the page is the site's ITA page, where every
 * item should be linked; elsewhere links to evidence get badges and the page itself may get a banner.
 */
export function renderOverlay(doc: Document, rec: SiteRecord, pageUrl: string, lang: Lang, isIndex: boolean): OverlayResult {
  clearOverlay(doc);
  const items = rec.verdict.items;
  const here = normalizeUrl(pageUrl);
  // On the index page, trust the candidates this very page produced; elsewhere any association counts.
  const fromHere = new Map<string, ItemVerdict[]>();
  for (const it of items)
    for (const c of it.candidates)
      if (c.from && normalizeUrl(c.from) === here) {
        const k = normalizeUrl(c.url);
        const list = fromHere.get(k) ?? [];
        if (!list.includes(it)) list.push(it);
        fromHere.set(k, list);
      }
  const any = itemsByUrl(items);
  const map = isIndex && fromHere.size ? fromHere : any;

  let base = pageUrl;
  try {
    const b = doc.querySelector('base[href]')?.getAttribute('href');
    if (b) base = new URL(b, pageUrl).href;
  } catch {
    /* a broken <base> is ignored, as browsers do */
  }
  // Which items each link serves. A link in a row naming its item code (the ITA table) is the item's own
  // link; the same URL in a site menu gets a badge only when no row claims the item.
  const plan: Array<{ a: HTMLAnchorElement; items: ItemVerdict[]; byRow: boolean }> = [];
  for (const a of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    let href: string;
    try {
      href = normalizeUrl(new URL(a.getAttribute('href') ?? '', base).href);
    } catch {
      continue;
    }
    const served = map.get(href);
    if (!served?.length) continue;
    const row = a.closest('tr, li, p, dd, dt');
    const rowCodes = row ? codesIn(row.textContent ?? '') : [];
    // A document shared by two items (O10 and O18) is linked from both rows: each row shows its own item.
    const own = served.filter((it) => rowCodes.includes(it.id));
    plan.push({ a, items: own.length ? own : served, byRow: own.length > 0 });
  }
  const claimed = new Set(plan.filter((p) => p.byRow).flatMap((p) => p.items.map((i) => i.id)));
  const badged = new Set<string>();
  let badges = 0;
  for (const p of plan) {
    let after: Element = p.a;
    for (const it of p.items) {
      if (!p.byRow && claimed.has(it.id)) continue;
      const badge = makeBadge(doc, it, lang);
      after.after(badge);
      after = badge;
      badges++;
      badged.add(it.id);
    }
  }

  const out: OverlayResult = { badges, notLinked: [], banner: [] };
  if (isIndex) {
    out.notLinked = items.filter((it) => !badged.has(it.id)).map((it) => it.id);
    if (out.notLinked.length) (doc.body ?? doc.documentElement).append(makeSummary(doc, items.filter((it) => !badged.has(it.id)), lang));
  } else {
    const serving = any.get(here) ?? [];
    if (serving.length) {
      out.banner = serving.map((s) => s.id);
      (doc.body ?? doc.documentElement).append(makeBanner(doc, serving, lang));
    }
  }
  return out;
}

function worst(items: ItemVerdict[]): ItemVerdict['status'] {
  const order: ItemVerdict['status'][] = ['missing', 'broken', 'outdated', 'incomplete', 'needs-review', 'pass'];
  return order.find((s) => items.some((i) => i.status === s)) ?? 'pass';
}

function closeButton(doc: Document, h: HTMLElement): HTMLButtonElement {
  const b = el(doc, 'button', '✕');
  b.setAttribute('aria-label', 'close');
  b.addEventListener('click', () => h.remove());
  return b;
}

export function makeSummary(doc: Document, missing: ItemVerdict[], lang: Lang): HTMLElement {
  const { host: h, root } = host(doc, 'oit-summary', PANEL_CSS);
  h.style.right = '12px';
  h.style.bottom = '12px';
  h.dataset.oitItems = missing.map((i) => i.id).join(' ');
  const box = el(doc, 'div', undefined, 'box');
  box.style.setProperty('--c', STATUS_COLOR[worst(missing)]);
  box.append(closeButton(doc, h));
  // "O12, O23 not linked from this page"; a long list is counted, not spelled out, in the heading.
  const head = missing.length <= 8 ? missing.map((i) => i.id).join(', ') : `${missing.length} ${t(T.items, lang)}`;
  box.append(el(doc, 'div', `${head} ${t(T.notLinked, lang)}`, 'h'));
  const ul = el(doc, 'ul');
  for (const it of missing.slice(0, 12)) {
    const li = el(doc, 'li');
    const tag = el(doc, 'span', STATUS_LABELS[it.status][lang], 'tag');
    tag.style.setProperty('--c', STATUS_COLOR[it.status]);
    li.append(tag, doc.createTextNode(`${it.id} ${it.name[lang]}`));
    ul.append(li);
  }
  if (missing.length > 12) ul.append(el(doc, 'li', `${t(T.andMore, lang).replace('{n}', String(missing.length - 12))}: ${missing.slice(12).map((i) => i.id).join(', ')}`));
  box.append(ul);
  root.append(box);
  return h;
}

export function makeBanner(doc: Document, serving: ItemVerdict[], lang: Lang): HTMLElement {
  const { host: h, root } = host(doc, 'oit-banner', PANEL_CSS);
  h.style.left = '12px';
  h.style.top = '12px';
  h.dataset.oitItems = serving.map((i) => i.id).join(' ');
  h.dataset.oitStatus = worst(serving);
  const box = el(doc, 'div', undefined, 'box');
  box.style.setProperty('--c', STATUS_COLOR[worst(serving)]);
  box.append(closeButton(doc, h));
  box.append(el(doc, 'div', t(T.servesItems, lang), 'h'));
  const ul = el(doc, 'ul');
  for (const it of serving) {
    const li = el(doc, 'li');
    const tag = el(doc, 'span', STATUS_LABELS[it.status][lang], 'tag');
    tag.style.setProperty('--c', STATUS_COLOR[it.status]);
    li.append(tag, doc.createTextNode(`${it.id} ${it.name[lang]} — ${explain(it, lang).join(' · ')}`));
    ul.append(li);
  }
  box.append(ul);
  root.append(box);
  return h;
}
