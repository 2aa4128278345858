// The whole `oit check` CLI, as a child process, against a site made of every failure a real agency server or
// file has shown: it must finish, write its report, say per page why it was not checked (or judge it right),
// keep its memory bounded, and render titles and link texts in the HTML report as inert text.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOPBACK_ONLY_ARGS, QUIET_CHROMIUM_ARGS } from '../../checker/browser/resolve';
import type { Report } from '../../checker/core/report-schema';
import { runMeasured, type MeasuredRun } from '../../bench/lib/procs';
import { browserOrSkip } from '../helpers/browser';
import { hostileFiles, startHostileSite, SOFT_404_TEXT, XSS_TITLE, type HostileSite } from './hostile-site';

let site: HostileSite;
let run: MeasuredRun;
let report: Report;
let out: string;
const { browser } = browserOrSkip();

const reasonOf = (path: string) => report.pages.notChecked.find((n) => new URL(n.url).pathname === path);
const item = (id: string) => report.items.find((i) => i.id === id)!;

beforeAll(async () => {
  site = await startHostileSite(hostileFiles());
  out = mkdtempSync(join(tmpdir(), 'oit-hostile-'));
  run = await runMeasured(
    ['--import', 'tsx', 'checker/cli/main.ts', 'check', site.url + '/', '--out', out, '--max-pages', '120', '--delay', '0', '--timeout', '1500', '--render', 'never', '--year', '2565', '--now', '2022-10-20', '--json'],
    { env: { OIT_LOOPBACK_ONLY: '1' }, timeoutMs: 170_000 },
  );
  report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
}, 180_000);

afterAll(async () => {
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('oit check on a hostile site', () => {
  it('finishes with exit 0 and writes every report format', () => {
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    for (const f of ['report.json', 'report.html', 'report.csv']) expect(readFileSync(join(out, f), 'utf8').length).toBeGreaterThan(100);
    expect(report.items).toHaveLength(43);
  });

  it('keeps memory bounded (endless body, zip bomb, 2,000-page PDF)', () => {
    if (run.peakRssMb === undefined) return; // no /proc on this OS
    expect(run.peakRssMb).toBeLessThan(600);
  });

  it('lists redirect loops and a 30-hop chain as redirect-loop', () => {
    expect(reasonOf('/loop-a')?.reason).toBe('redirect-loop');
    expect(reasonOf('/chain/0')?.reason).toBe('redirect-loop');
    // The chain is cut at the redirect limit, not followed to the end.
    expect(site.hits.get('/chain/29') ?? 0).toBe(0);
  });

  it('cuts an endless body at the size cap and a dripping body at the timeout', () => {
    expect(reasonOf('/forever')?.reason).toBe('too-large');
    expect(reasonOf('/drip')?.reason).toBe('timeout');
  });

  it('reports a connection reset mid-body as an error and the item as broken', () => {
    expect(reasonOf('/reset')?.reason).toBe('error');
    expect(item('O12').status).toBe('broken');
  });

  it('treats a 200 "page not found" as a dead link', () => {
    const nc = reasonOf('/soft404');
    expect(nc?.reason).toBe('soft-404');
    expect(nc?.detail).toContain(SOFT_404_TEXT);
    expect(item('O1').status).toBe('broken');
  });

  it('lists empty and encrypted PDFs and zip bombs, and reads the start of a 2,000-page PDF', () => {
    expect(reasonOf('/files/empty.pdf')?.detail).toMatch(/empty/);
    expect(reasonOf('/files/encrypted.pdf')?.detail).toMatch(/encrypted/);
    expect(reasonOf('/files/bomb.docx')?.reason).toBe('too-large');
    expect(reasonOf('/files/bomb-declared.docx')?.reason).toBe('too-large');
    expect(reasonOf('/files/long-report.pdf')).toBeUndefined();
    // An image labelled application/pdf has no text: never a pass, never silently missing.
    expect(reasonOf('/files/scan.pdf')).toBeUndefined();
    expect(item('O9').status).toBe('needs-review');
  });

  it('honours Retry-After on 429 and then reads the page', () => {
    expect(site.hits.get('/busy')).toBe(2);
    expect(reasonOf('/busy')).toBeUndefined();
  });

  it('reads malformed HTML and follows its links', () => {
    expect(reasonOf('/malformed')).toBeUndefined();
    expect(site.hits.get('/malformed-child')).toBe(1);
  });

  it('stops a calendar that links to the next month forever, and a query-string explosion', () => {
    const calendar = site.hits.get('/calendar') ?? 0;
    expect(calendar).toBeGreaterThan(2);
    expect(calendar).toBeLessThanOrEqual(15);
    expect(site.hits.get('/list') ?? 0).toBeLessThanOrEqual(30);
    // Whichever bound comes first (calendar pattern cap or link depth) ends it, and says so.
    expect(report.pages.notChecked.some((n) => (n.reason === 'budget' || n.reason === 'depth') && n.url.includes('/calendar'))).toBe(true);
    expect(report.pages.notChecked.some((n) => n.reason === 'budget' && n.url.includes('/list'))).toBe(true);
  });

  it.skipIf(!browser)('shows <script> in titles, link texts and URLs as text in report.html; no script runs', async () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toContain(XSS_TITLE);
    const b = await chromium.launch({ executablePath: browser!.executablePath, args: [...QUIET_CHROMIUM_ARGS, ...LOOPBACK_ONLY_ARGS] });
    try {
      const page = await b.newPage();
      // Off the network entirely: only the report file itself.
      await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      await page.goto('file://' + join(out, 'report.html'));
      await page.waitForLoadState('load');
      await page.screenshot({ path: 'test-artifacts/hostile-report.png', fullPage: false }).catch(() => undefined);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain(XSS_TITLE);
      // Every link in the report points to http(s), never a javascript: URL.
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
      const click = await page.$$('a[href]');
      for (const a of click.slice(0, 5)) await a.click({ modifiers: ['Control'], trial: true }).catch(() => undefined);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    } finally {
      await b.close();
    }
  });
});
