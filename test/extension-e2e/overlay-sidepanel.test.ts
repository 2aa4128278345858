// The built extension in real Chromium against fixture agency sites served on 127.0.0.1: the live check's
// badges carry the verdicts of each site's expected.json, the side panel lists the 43 items with those
// statuses and the score the core computes from them, hostile markup stays text, English works.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOPBACK_ONLY_ARGS, QUIET_CHROMIUM_ARGS } from '../../checker/browser/resolve';
import { serveSite, type ServedSite } from '../../checker/demo/static-server';
import { scoreVerdicts } from '../../checker/core/score/index';
import { buildReport } from '../../checker/core/report-schema';
import { extractDocx } from '../../checker/extract/docx';
import { extractXlsx } from '../../checker/extract/xlsx';
import { STATUS_LABELS } from '../../checker/core/status-labels';
import type { ItemVerdict } from '../../checker/core/types';
import { parseRuleSet } from '../../rules/parse';
import { browserOrSkip } from '../helpers/browser';

const { browser } = browserOrSkip({ forExtensions: true });
const EXT = resolve('.output/chrome-mv3');
const ARTIFACTS = resolve('test-artifacts');

interface Expected {
  year: number;
  index: string;
  items: Record<string, ItemVerdict['status']>;
}

const expectedOf = (name: string): Expected => JSON.parse(readFileSync(`test/fixtures/sites/${name}/expected.json`, 'utf8'));

let ctx: BrowserContext;
let extId: string;
let userDir: string;
const sites: Record<string, ServedSite> = {};
const dialogs: string[] = [];

async function withPwnTrap(page: Page): Promise<Page> {
  // Any script a payload managed to run would call alert() or set the flag; both are recorded.
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return page;
}

/** Waits until the content script has finished its check and drawn the overlay, then reads the badges. */
async function badgesOn(page: Page): Promise<Record<string, string[]>> {
  await page.waitForFunction(() => document.documentElement.dataset.oitOverlay !== undefined && !document.documentElement.dataset.oitChecking, null, {
    timeout: 150_000,
  });
  return page.$$eval('oit-badge', (els) => {
    const out: Record<string, string[]> = {};
    for (const e of els as HTMLElement[]) (out[e.dataset.oitItem!] ??= []).push(e.dataset.oitStatus!);
    return out;
  });
}

async function openPanel(siteUrl: string): Promise<Page> {
  const panel = await withPwnTrap(await ctx.newPage());
  await panel.goto(`chrome-extension://${extId}/sidepanel.html?site=${encodeURIComponent(siteUrl)}`);
  await panel.waitForFunction(() => document.querySelectorAll('li.item[data-oit-item]').length === 43, null, { timeout: 30_000 });
  return panel;
}

async function panelStatuses(panel: Page): Promise<Record<string, string>> {
  return panel.$$eval('li.item', (els) => Object.fromEntries((els as HTMLElement[]).map((e) => [e.dataset.oitItem!, e.dataset.oitStatus!])));
}

function expectedScore(exp: Expected) {
  const rs = parseRuleSet(readFileSync(`rules/ita-${exp.year}.yaml`, 'utf8'));
  const verdicts = Object.entries(exp.items).map(([id, status]) => ({ id, status }) as ItemVerdict);
  return scoreVerdicts(rs, verdicts, { year: exp.year });
}

beforeAll(async () => {
  if (!browser) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const name of ['wp-table', 'hostile-markup', 'js-rendered']) sites[name] = await serveSite(`test/fixtures/sites/${name}`);
  sites.demo = await serveSite('checker/demo/site');
  userDir = mkdtempSync(join(tmpdir(), 'oit-ext-'));
  ctx = await chromium.launchPersistentContext(userDir, {
    executablePath: browser.executablePath,
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS, ...LOOPBACK_ONLY_ARGS, `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  await ctx.addInitScript(() => {
    window.alert = (m?: unknown) => {
      (window as unknown as { __pwned?: unknown }).__pwned = m ?? true;
    };
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  extId = new URL(sw.url()).host;
});

afterAll(async () => {
  await ctx?.close();
  for (const s of Object.values(sites)) await s.close();
  if (userDir) rmSync(userDir, { recursive: true, force: true });
});

describe.skipIf(!browser)('extension in Chromium', () => {
  it('badges the wp-table ITA page with the expected verdicts and lists them in the side panel', async () => {
    const exp = expectedOf('wp-table');
    const site = sites['wp-table'];
    const page = await withPwnTrap(await ctx.newPage());
    await page.goto(site.url + exp.index);
    const badges = await badgesOn(page);
    await page.screenshot({ path: join(ARTIFACTS, 'extension-wp-table-overlay.png'), fullPage: true });
    const checked = Object.keys(badges);
    expect(checked.length).toBeGreaterThanOrEqual(35);
    const wrong = checked.filter((id) => badges[id].some((s) => s !== exp.items[id])).map((id) => `${id}: ${badges[id].join('/')} ≠ ${exp.items[id]}`);
    expect.soft(wrong).toEqual([]);
    // Every item without a badge is named in the floating summary.
    const summary = (await page.$eval('oit-summary', (e) => (e as HTMLElement).dataset.oitItems).catch(() => '')) ?? '';
    const unbadged = Object.keys(exp.items).filter((id) => !badges[id]);
    expect(summary.split(' ').filter(Boolean).sort()).toEqual(unbadged.sort());
    // The tooltip of an outdated item says what was expected and which years were found.
    const tip = await page.$eval('oit-badge[data-oit-item="O12"]', (e) => e.shadowRoot!.querySelector('.tip')!.textContent!);
    expect(tip).toMatch(/2564/);
    expect(tip).toMatch(/2563/);

    // An evidence page names the item it serves and its verdict in a banner.
    // (An HTML page: Chromium's PDF viewer runs no content script.)
    const [itemId, href] = await page.$$eval('oit-badge[data-oit-status="incomplete"]', (bs) =>
      bs
        .map((b) => [(b as HTMLElement).dataset.oitItem!, (b.previousElementSibling as HTMLAnchorElement | null)?.href ?? ''])
        .find(([, h]) => h && !/\.(pdf|jpe?g|png|docx?|xlsx?)$/i.test(h))!,
    );
    const evidence = await withPwnTrap(await ctx.newPage());
    await evidence.goto(href);
    await evidence.waitForSelector('oit-banner', { state: 'attached', timeout: 30_000 });
    const banner = await evidence.$eval('oit-banner', (e) => [(e as HTMLElement).dataset.oitItems, (e as HTMLElement).dataset.oitStatus, e.shadowRoot!.textContent]);
    expect(banner[0]!.split(' ')).toContain(itemId);
    expect(banner[1]).toBe('incomplete');
    expect(banner[2]).toContain('หน้านี้เป็นหลักฐานของ');
    await evidence.screenshot({ path: join(ARTIFACTS, 'extension-wp-table-evidence-banner.png') });
    await evidence.close();

    const panel = await openPanel(site.url + '/');
    const statuses = await panelStatuses(panel);
    // Soft: a verdict difference is reported while the rest of the UI is still exercised.
    expect.soft(statuses).toEqual(exp.items);
    const score = expectedScore(exp);
    const shown = await panel.$eval('#score', (e) => [(e as HTMLElement).dataset.oitScoreMin, (e as HTMLElement).dataset.oitScoreMax]);
    expect.soft(shown).toEqual([score.range.min.toFixed(2), score.range.max.toFixed(2)]);
    // No grade from the OIT alone (§8.4); with IIT and EIT entered, a projected total and grade appear.
    expect(await panel.$eval('#projected', (e) => (e as HTMLElement).dataset.oitGrade)).toBeUndefined();
    await panel.fill('#iit', '90');
    await panel.fill('#eit', '90');
    await panel.waitForFunction(() => !!document.getElementById('projected')!.dataset.oitGrade);
    const withGrade = scoreVerdicts(parseRuleSet(readFileSync('rules/ita-2565.yaml', 'utf8')), Object.entries(exp.items).map(([id, status]) => ({ id, status }) as ItemVerdict), {
      year: 2565,
      iitEit: { iit: 90, eit: 90 },
    });
    const g = withGrade.projected!.grade;
    expect.soft(await panel.$eval('#projected', (e) => (e as HTMLElement).dataset.oitGrade)).toBe(g.min === g.max ? g.min : `${g.min}–${g.max}`);
    await panel.screenshot({ path: join(ARTIFACTS, 'extension-wp-table-sidepanel-th.png'), fullPage: true });

    // English switch: labels and statuses in English, the page's badges follow.
    await panel.click('#lang-en');
    await panel.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await panel.textContent('#score')).toContain('Predicted OIT score');
    const outdated = STATUS_LABELS.outdated.en;
    expect(await panel.textContent('li.item[data-oit-item="O12"] .pill')).toBe(outdated);
    await page.bringToFront();
    await page.waitForFunction((label) => document.querySelector('oit-badge[data-oit-item="O12"]')?.shadowRoot?.textContent?.includes(label), outdated);
    await panel.screenshot({ path: join(ARTIFACTS, 'extension-wp-table-sidepanel-en.png'), fullPage: true });
    await panel.click('#lang-th');

    // Year selector: the 2566 rule set renumbers the items (O10 becomes the PDPA policy); back to 2565
    // re-judges the cached pages to the same statuses without a new crawl.
    await panel.selectOption('#year', '2566');
    await panel.waitForFunction(() => document.querySelector('li.item[data-oit-item="O10"]')?.textContent?.includes('นโยบายคุ้มครองข้อมูลส่วนบุคคล'), null, { timeout: 120_000 });
    expect(await panel.$$eval('li.item', (els) => els.length)).toBe(43);
    await panel.screenshot({ path: join(ARTIFACTS, 'extension-wp-table-sidepanel-2566.png'), fullPage: true });
    await panel.selectOption('#year', '2565');
    await panel.waitForFunction(() => document.querySelector('li.item[data-oit-item="O10"]')?.textContent?.includes('แผนดำเนินงานประจำปี'), null, { timeout: 120_000 });
    expect(await panelStatuses(panel)).toEqual(statuses);

    // "Check again" fetches afresh and ends with the same verdicts.
    await panel.click('#recheck');
    await panel.waitForFunction(() => !document.body.dataset.oitBusy, null, { timeout: 150_000 });
    expect(await panel.textContent('#status')).toMatch(/ดาวน์โหลด [1-9]/);
    expect(await panelStatuses(panel)).toEqual(statuses);
    await page.close();
    await panel.close();
  }, 300_000);

  it('keeps hostile markup as text on the page and in the side panel; nothing runs', async () => {
    const exp = expectedOf('hostile-markup');
    const site = sites['hostile-markup'];
    const page = await withPwnTrap(await ctx.newPage());
    await page.goto(site.url + exp.index);
    const badges = await badgesOn(page);
    await page.screenshot({ path: join(ARTIFACTS, 'extension-hostile-overlay.png'), fullPage: true });
    for (const [id, statuses] of Object.entries(badges)) expect(statuses.every((s) => s === exp.items[id]), `${id}: ${statuses}`).toBe(true);
    expect(Object.keys(badges).sort()).toEqual(Object.keys(exp.items).filter((id) => exp.items[id] !== 'missing').sort());
    const summary = await page.$eval('oit-summary', (e) => (e as HTMLElement).dataset.oitItems!);
    expect(summary.split(' ').length).toBe(Object.values(exp.items).filter((s) => s === 'missing').length);

    const panel = await openPanel(site.url + '/');
    expect(await panelStatuses(panel)).toEqual(exp.items);
    // The O1 evidence title carries <script>alert("title")</script>: it must appear literally, as text.
    const o1 = await panel.textContent('li.item[data-oit-item="O1"]');
    expect(o1).toContain('<script>alert("title")</script>');
    expect(await panel.$$eval('#items script, #items img, #items svg', (els) => els.length)).toBe(0);
    await panel.screenshot({ path: join(ARTIFACTS, 'extension-hostile-sidepanel.png'), fullPage: true });
    for (const p of [page, panel]) expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);

    // Import a report.json (as the CLI writes it) through the file input: the panel shows it as a report,
    // with the same statuses, and its hostile strings stay text.
    // This site's record only: the browser profile also holds the records of sites checked earlier.
    const stored = await panel.evaluate(async (origin) => {
      const all = (await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null)) as Record<string, { site?: string; verdict?: unknown }>;
      return Object.values(all).find((v) => v && typeof v === 'object' && 'verdict' in v && v.site?.startsWith(origin))?.verdict;
    }, site.url);
    const verdicts = stored as import('../../checker/core/types').SiteVerdict;
    const report = buildReport(verdicts, { snapshots: [], notChecked: [], findings: [], stats: { pages: 4, documents: 0 } }, { tool: { name: 'oit', version: 'test' }, siteUrl: `${site.url}/` });
    await panel.setInputFiles('#importFile', { name: 'report.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
    await panel.waitForFunction(() => /รายงาน/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await panelStatuses(panel)).toEqual(exp.items);
    expect(await panel.textContent('li.item[data-oit-item="O1"]')).toContain('<script>alert("title")</script>');
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.close();
    await panel.close();
  }, 240_000);

  it('reads an ITA table that only JavaScript builds, from the live page (the worker alone would see nothing)', async () => {
    const exp = expectedOf('js-rendered');
    const site = sites['js-rendered'];
    const page = await withPwnTrap(await ctx.newPage());
    await page.goto(site.url + exp.index);
    const badges = await badgesOn(page);
    await page.screenshot({ path: join(ARTIFACTS, 'extension-js-rendered-overlay.png'), fullPage: true });
    expect(Object.keys(badges).length).toBeGreaterThanOrEqual(35);
    const wrong = Object.keys(badges).filter((id) => badges[id].some((s) => s !== exp.items[id])).map((id) => `${id}: ${badges[id].join('/')} ≠ ${exp.items[id]}`);
    expect.soft(wrong).toEqual([]);
    const panel = await openPanel(site.url + '/');
    expect.soft(await panelStatuses(panel)).toEqual(exp.items);
    await page.close();
    await panel.close();
  }, 240_000);
  it('reads DOCX and XLSX evidence in the service worker to the same text as the CLI', async () => {
    const exp = JSON.parse(readFileSync('checker/demo/expected.json', 'utf8')) as Expected & { documents: Array<{ path: string; kind: string; phrase: string }> };
    const site = sites.demo;
    const page = await withPwnTrap(await ctx.newPage());
    await page.goto(site.url + exp.index);
    const badges = await badgesOn(page);
    for (const id of ['O13', 'O15']) expect(badges[id], id).toEqual([exp.items[id]]);
    // The snapshots the worker cached for this site: the documents' text as the extension read it.
    const panel = await openPanel(site.url + '/');
    const snaps = (await panel.evaluate(async (origin) => {
      const all = (await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null)) as Record<string, unknown>;
      return all[`oit:snaps:${encodeURIComponent(origin)}`];
    }, site.url)) as Record<string, import('../../checker/core/types').Snapshot>;
    const office = exp.documents.filter((d) => d.kind === 'docx' || d.kind === 'xlsx');
    expect(office.length).toBeGreaterThanOrEqual(2);
    for (const d of office) {
      const snap = Object.values(snaps).find((s) => decodeURIComponent(new URL(s.finalUrl).pathname) === d.path);
      expect(snap, d.path).toBeDefined();
      const bytes = new Uint8Array(readFileSync(join('checker/demo/site', d.path)));
      const cli = d.kind === 'docx' ? await extractDocx(bytes) : extractXlsx(bytes);
      expect([snap!.kind, snap!.textSource, snap!.error]).toEqual([d.kind, d.kind === 'docx' ? 'mammoth' : 'xlsx', undefined]);
      expect(snap!.text).toContain(d.phrase);
      expect(snap!.text).toBe(cli.text);
    }
    await page.close();
    await panel.close();
  }, 240_000);
});
