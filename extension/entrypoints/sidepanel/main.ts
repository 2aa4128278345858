// Side panel controller: follows the active tab's site (or ?site= when opened as a page), shows its stored
// result, and drives "check again", the year, the language, site permission and report import.
import { browser } from 'wxt/browser';
import { T, t, type Lang } from '../../lib/i18n';
import { recordFromReport } from '../../lib/report-record';
import { knownYears, ruleSetById } from '../../lib/rulesets';
import { originPattern, siteKey } from '../../lib/sites';
import { getRecord, langItem, setRecord, watchRecord, type SiteRecord } from '../../lib/store';
import { renderItems, renderScore, scoreOf } from './render';

const $ = <E extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as E;

let lang: Lang = 'th';
let pageUrl: string | undefined;
let record: SiteRecord | null = null;
let unwatch: (() => void) | undefined;
let busy = false;

function status(text: string) {
  $('status').textContent = text;
}

function iitEit(): { iit: number; eit: number } | undefined {
  const iit = parseFloat($<HTMLInputElement>('iit').value);
  const eit = parseFloat($<HTMLInputElement>('eit').value);
  return Number.isFinite(iit) && Number.isFinite(eit) ? { iit, eit } : undefined;
}

function renderStatic() {
  document.documentElement.lang = lang;
  $('title').textContent = t(T.appName, lang);
  $('yearLabel').textContent = t(T.year, lang);
  $('recheck').textContent = t(T.checkAgain, lang);
  $('enable').textContent = t(T.enableSite, lang);
  $('iitLabel').textContent = t(T.iit, lang);
  $('eitLabel').textContent = t(T.eit, lang);
  $('importLabel').textContent = t(T.importReport, lang);
  $('reportUrlLabel').textContent = t(T.reportUrl, lang);
  $('loadUrl').textContent = t(T.load, lang);
  for (const l of ['th', 'en'] as const) $(`lang-${l}`).setAttribute('aria-pressed', String(l === lang));
}

function render() {
  renderStatic();
  const sel = $<HTMLSelectElement>('year');
  sel.replaceChildren(...knownYears().map((y) => new Option(`ITA ${y}`, String(y))));
  $('site').textContent = pageUrl ? `${t(T.site, lang)}: ${siteKey(pageUrl)}` : '';
  if (!record) {
    $('score').replaceChildren();
    $('items').replaceChildren();
    $('projected').replaceChildren();
    if (!busy) status(t(T.noResult, lang));
    return;
  }
  sel.value = String(record.year);
  const rs = ruleSetById(record.ruleSetId);
  renderScore($('score'), $('projected'), scoreOf(record, rs, iitEit()), lang);
  renderItems($('items'), record, rs, lang);
  document.body.dataset.oitItems = String(record.verdict.items.length);
  if (!busy) {
    const when = new Date(record.checkedAt).toLocaleString(lang === 'th' ? 'th-TH' : 'en-GB');
    const src = record.source === 'report' ? t(T.sourceReport, lang) : t(T.sourceLive, lang);
    const capped = record.skipped.length ? ` · ${t(T.sessionCap, lang)} (${record.skipped.length})` : '';
    status(`${t(T.checkedAt, lang)} ${when} · ${t(T.source, lang)}: ${src} · ${t(T.fetched, lang)} ${record.fetched}${capped}`);
  }
}

async function target(): Promise<string | undefined> {
  const q = new URLSearchParams(location.search);
  if (q.get('site')) return q.get('site')!;
  const tabId = q.get('tab');
  if (tabId) return (await browser.tabs.get(Number(tabId))).url;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

async function follow(url: string | undefined) {
  if (!url || !/^https?:/.test(url)) {
    pageUrl = undefined;
    record = null;
    render();
    return;
  }
  if (pageUrl && siteKey(pageUrl) === siteKey(url)) {
    pageUrl = url;
    return;
  }
  pageUrl = url;
  unwatch?.();
  unwatch = watchRecord(siteKey(url), (rec) => {
    record = rec;
    render();
  });
  record = await getRecord(siteKey(url));
  const allowed = (await browser.runtime.sendMessage({ type: 'oit:allowed', url })) as { allowed: boolean } | undefined;
  $('enable').hidden = !!allowed?.allowed;
  if (!allowed?.allowed) status(t(T.siteNotEnabled, lang));
  render();
}

async function check(opts: { year?: number; force?: boolean }) {
  if (!pageUrl) return;
  busy = true;
  document.body.dataset.oitBusy = 'true';
  status(t(T.checking, lang));
  const url = record?.indexUrl ?? pageUrl;
  const res = (await browser.runtime.sendMessage({ type: 'oit:check', url, ...opts })) as
    | { ok: true; record: SiteRecord }
    | { ok: false; error: string }
    | undefined;
  busy = false;
  delete document.body.dataset.oitBusy;
  if (res?.ok) record = res.record;
  else status(`${t(T.error, lang)}: ${res && !res.ok ? res.error : 'no answer'}`);
  render();
}

async function importRecord(load: () => Promise<unknown>, reportUrl?: string) {
  try {
    const rec = recordFromReport(await load(), reportUrl);
    await setRecord(rec);
    pageUrl = pageUrl && siteKey(pageUrl) === rec.site ? pageUrl : rec.homeUrl;
    record = rec;
    unwatch?.();
    unwatch = watchRecord(rec.site, (r) => {
      record = r;
      render();
    });
    render();
  } catch (e) {
    status(`${t(T.error, lang)}: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`);
  }
}

async function init() {
  lang = await langItem.getValue();
  langItem.watch((l) => {
    lang = l ?? 'th';
    render();
  });
  for (const l of ['th', 'en'] as const) $(`lang-${l}`).addEventListener('click', () => void langItem.setValue(l).then(() => ((lang = l), render())));
  $('recheck').addEventListener('click', () => void check({ force: true, year: record?.year }));
  $<HTMLSelectElement>('year').addEventListener('change', (e) => void check({ year: Number((e.target as HTMLSelectElement).value) }));
  for (const id of ['iit', 'eit']) $(id).addEventListener('input', () => render());
  $('enable').addEventListener('click', async () => {
    if (!pageUrl) return;
    // Must run inside the click (a user gesture) for the browser to show its permission prompt.
    const granted = await browser.permissions.request({ origins: [originPattern(pageUrl)] });
    if (!granted) return;
    await browser.runtime.sendMessage({ type: 'oit:enabled', url: pageUrl });
    $('enable').hidden = true;
    await check({});
  });
  $<HTMLInputElement>('importFile').addEventListener('change', (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) void importRecord(async () => file.text());
  });
  $<HTMLFormElement>('urlForm').addEventListener('submit', (e) => {
    e.preventDefault();
    const url = $<HTMLInputElement>('reportUrl').value.trim();
    if (!url) return;
    void importRecord(async () => {
      // Asking for the report's host is a gesture-bound prompt; without it the fetch may still pass CORS.
      await browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
      const res = await fetch(url, { credentials: 'omit' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.text();
    }, url);
  });
  const fixed = new URLSearchParams(location.search).has('site') || new URLSearchParams(location.search).has('tab');
  if (!fixed) {
    browser.tabs.onActivated.addListener(() => void target().then(follow));
    browser.tabs.onUpdated.addListener((_id, info, tab) => {
      if (info.url && tab.active) void follow(info.url);
    });
  }
  await follow(await target());
}

void init();
