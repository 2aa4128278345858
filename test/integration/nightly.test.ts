// The nightly run: `oit crawl` over three fixture sites (and one that is down), twice. Between the runs one
// site loses a document and gets another back, so the second run has new and fixed items.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../checker/core/report-schema';
import { serveSite, type ServedSite } from '../../checker/demo/static-server';
import type { NightlySummary } from '../../checker/nightly/summary';
import { siteFolder } from '../../checker/nightly/sites';
import { startServer } from '../helpers/server';
import { runOit } from '../cli/run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'oit-nightly-'));
const served: ServedSite[] = [];
afterAll(async () => {
  await Promise.all(served.map((s) => s.close()));
  rmSync(tmp, { recursive: true, force: true });
});

// Documents of the demo site that serve passing items (checker/demo/expected.json "documents").
const O10 = 'files/ita2565/O10-แผนดำเนินงาน-2565.pdf';
const O12 = 'files/ita2565/O12-รายงานผลการดำเนินงาน-2564.pdf';

describe('oit crawl (nightly)', () => {
  it('writes latest/previous/history per site and a summary with new and fixed items', async () => {
    const demoRoot = join(tmp, 'demo-site');
    cpSync('checker/demo/site', demoRoot, { recursive: true });
    renameSync(join(demoRoot, O10), join(tmp, 'O10.pdf')); // first night: O10's plan is gone
    for (const root of [demoRoot, 'test/fixtures/sites/wp-table', 'test/fixtures/sites/legacy-tis620']) served.push(await serveSite(root));
    const dead = await startServer(() => {});
    const deadUrl = `${dead.url}/`;
    await dead.close();
    const sitesCsv = join(tmp, 'sites.csv');
    writeFileSync(sitesCsv, ['url,name', `${served[0]!.url}/,เทศบาลตำบลบ้านสวนดอกไม้`, `${served[1]!.url}/,wp`, `${served[2]!.url}/,legacy`, `${deadUrl},down`].join('\n'));
    const out = join(tmp, 'out');
    const args = ['crawl', '--sites', sitesCsv, '--out', out, '--year', '2565', '--delay', '0', '--parallel', '2'];

    const first = await runOit([...args, '--now', '2026-12-05T20:00:00+07:00'], { timeoutMs: 300_000 });
    expect(first.code, first.stderr).toBe(0);
    const demoDir = join(out, 'sites', siteFolder(`${served[0]!.url}/`));
    const night1 = parseReport(readFileSync(join(demoDir, 'latest.json'), 'utf8'));
    expect(night1.items.find((i) => i.id === 'O10')!.status).not.toBe('pass');
    expect(existsSync(join(demoDir, 'previous.json'))).toBe(false);

    // second night: O10 is back, O12's report is gone
    renameSync(join(tmp, 'O10.pdf'), join(demoRoot, O10));
    rmSync(join(demoRoot, O12));
    const second = await runOit([...args, '--now', '2026-12-06T20:00:00+07:00', '--json'], { timeoutMs: 300_000 });
    expect(second.code, second.stderr).toBe(0);

    // per site: latest, previous (= the first night), dated history, report.html
    for (const s of served) {
      const dir = join(out, 'sites', siteFolder(`${s.url}/`));
      for (const f of ['latest.json', 'previous.json', 'report.html']) expect(existsSync(join(dir, f)), `${dir}/${f}`).toBe(true);
      expect(readdirSync(join(dir, 'history')).sort()).toEqual(['2026-12-05.json', '2026-12-06.json']);
    }
    expect(parseReport(readFileSync(join(demoDir, 'previous.json'), 'utf8')).site.checkedAt).toBe(night1.site.checkedAt);
    const night2 = parseReport(readFileSync(join(demoDir, 'latest.json'), 'utf8'));
    expect(night2.baseline!.fixed.map((e) => e.item)).toContain('O10');
    expect(night2.baseline!.newFailures.map((e) => e.item)).toContain('O12');

    // summary across sites
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as NightlySummary;
    expect(summary.sites).toHaveLength(4);
    const demo = summary.sites.find((s) => s.url === `${served[0]!.url}/`)!;
    expect(demo.name).toBe('เทศบาลตำบลบ้านสวนดอกไม้');
    expect(demo.fixed.map((e) => e.item)).toEqual(['O10']);
    expect(demo.newFailures.map((e) => e.item)).toEqual(['O12']);
    // the sites that did not change have nothing new or fixed
    for (const s of summary.sites.filter((x) => x !== demo)) {
      expect(s.newFailures, s.url).toEqual([]);
      expect(s.fixed, s.url).toEqual([]);
    }
    // the site that was down is reported, and did not stop the others
    const down = summary.sites.find((s) => s.url === deadUrl)!;
    expect(down).toBeDefined();
    expect(down.notChecked).toBeGreaterThan(0);
    expect(summary.totals.sites).toBe(4);

    const $ = cheerio.load(readFileSync(join(out, 'index.html'), 'utf8'));
    expect($('#sites tbody tr')).toHaveLength(4);
    expect($('#sites .new').text()).toContain('O12');
    expect($('#sites .fixed').text()).toContain('O10');
    const last = JSON.parse(second.stdout.trim().split('\n').pop()!);
    expect(last).toMatchObject({ sites: 4, failed: 0 });
  }, 600_000);

  it('splits the sites list into shards that together cover it once', async () => {
    const sitesCsv = join(tmp, 'many.csv');
    // unreachable addresses: each shard must still finish and write a summary of its own sites
    const urls = Array.from({ length: 6 }, (_, i) => `http://127.0.0.1:9/agency-${i}/`);
    writeFileSync(sitesCsv, urls.join('\n'));
    const seen: string[] = [];
    for (const shard of ['1/2', '2/2']) {
      const out = join(tmp, `shard-${shard.replace('/', '-')}`);
      const r = await runOit(['crawl', '--sites', sitesCsv, '--out', out, '--shard', shard, '--year', '2565', '--delay', '0', '--json'], { timeoutMs: 200_000 });
      expect(r.code, r.stderr).toBe(0);
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as NightlySummary;
      seen.push(...summary.sites.map((s) => s.url));
    }
    expect(seen.sort()).toEqual([...urls].sort());
  }, 300_000);
});
