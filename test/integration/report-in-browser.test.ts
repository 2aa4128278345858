// The demo's report.html opened in real Chromium: the 43 items are there, Thai by default, the switch
// shows English, no script from crawled text runs. Screenshots are kept in test-artifacts/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../checker/core/report-schema';
import { LOOPBACK_ONLY_ARGS, QUIET_CHROMIUM_ARGS } from '../../checker/browser/resolve';
import { serveSite } from '../../checker/demo/static-server';
import { browserOrSkip } from '../helpers/browser';
import { runOit } from '../cli/run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'oit-html-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const { browser, skipReason } = browserOrSkip();

describe('report.html in Chromium', () => {
  it.skipIf(!browser)(`shows the 43 items in Thai with a working English switch ${skipReason ?? ''}`, async () => {
    const site = await serveSite('checker/demo/site');
    const out = join(tmp, 'demo');
    try {
      const r = await runOit(['check', `${site.url}/`, '--year', '2565', '--out', out, '--delay', '0', '--concurrency', '4', '--format', 'json,html']);
      expect(r.code, r.stderr).toBe(0);
      // a real check of the demo (index page found, items passing), not a report of a failed crawl
      const report = parseReport(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(report.discovery.chosen.length).toBeGreaterThan(0);
      expect(report.items.filter((i) => i.status === 'pass').length).toBeGreaterThan(20);
    } finally {
      await site.close();
    }
    const b = await chromium.launch({ executablePath: browser!.executablePath, args: [...QUIET_CHROMIUM_ARGS, ...LOOPBACK_ONLY_ARGS] });
    try {
      const page = await b.newPage({ viewport: { width: 1200, height: 900 } });
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
      await expect.poll(() => page.locator('section.item').count()).toBe(43);
      expect(await page.locator('html').getAttribute('data-lang')).toBe('th');
      // Thai visible, English hidden
      const o1 = page.locator('#item-O1 .name');
      expect(await o1.locator('[lang=th]').isVisible()).toBe(true);
      expect(await o1.locator('[lang=en]').isVisible()).toBe(false);
      expect(await page.locator('#oit-score').innerText()).toMatch(/\d+\.\d\d/);
      mkdirSync(resolve('test-artifacts'), { recursive: true });
      await page.screenshot({ path: resolve('test-artifacts/report-demo-th.png'), fullPage: false });
      await page.click('#lang');
      expect(await page.locator('html').getAttribute('data-lang')).toBe('en');
      expect(await o1.locator('[lang=en]').isVisible()).toBe(true);
      expect(await o1.locator('[lang=th]').isVisible()).toBe(false);
      await page.screenshot({ path: resolve('test-artifacts/report-demo-en.png'), fullPage: false });
      await page.locator('#item-O23').scrollIntoViewIfNeeded();
      await page.screenshot({ path: resolve('test-artifacts/report-demo-items.png'), fullPage: false });
      expect(dialogs).toEqual([]);
    } finally {
      await b.close();
    }
  }, 300_000);
});
