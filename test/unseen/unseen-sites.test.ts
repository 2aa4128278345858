// Sites in shapes the generated fixtures do not have (ita-oit.md §12), served on 127.0.0.1 and checked by the
// code path behind `oit check` (runCheck, no rendering, no delay, year left to the checker): every listed
// item's status must match expected.json, and the decisive reasons and years must be the right ones.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckRunResult } from '../../checker/cli/pipeline';
import { serveSite } from '../../checker/demo/static-server';
import { loadBundledRuleSets } from '../../rules/registry';

interface Expected {
  year: number;
  index: string;
  items: Record<string, string>;
  reasons: Record<string, string>;
}

const tmp = mkdtempSync(join(tmpdir(), 'oit-unseen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SITES = ['cms-category', 'year-url'];
const results = new Map<string, { run: CheckRunResult; url: string; expected: Expected }>();

beforeAll(async () => {
  for (const name of SITES) {
    const root = join(import.meta.dirname, 'sites', name);
    const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as Expected;
    const site = await serveSite(root);
    try {
      const run = await runCheck({ url: `${site.url}/`, ruleSets: loadBundledRuleSets(), outDir: join(tmp, name), formats: ['json'], render: 'never', delayMs: 0, concurrency: 4 });
      results.set(name, { run, url: site.url, expected });
    } finally {
      await site.close();
    }
  }
}, 300_000);

const get = (name: string) => results.get(name)!;
const item = (name: string, id: string) => get(name).run.report.items.find((i) => i.id === id)!;
const path = (u: string) => decodeURI(new URL(u).pathname);

describe.each(SITES)('the unseen %s site', (name) => {
  it('chooses ITA 2565 from the right index page and gives every listed item its expected status', () => {
    const { run, expected } = get(name);
    expect(run.report.ruleSet.year).toBe(expected.year);
    expect(run.report.discovery.chosen.map((c) => path(c.url))).toContain(expected.index);
    expect(Object.keys(expected.items).length).toBeGreaterThanOrEqual(20);
    const diff = Object.entries(expected.items)
      .map(([id, want]) => ({ id, want, got: item(name, id).status, why: expected.reasons[id], said: item(name, id).messages.map((m) => m.en).slice(0, 2) }))
      .filter((d) => d.got !== d.want);
    expect(diff).toEqual([]);
  });
});

describe('cms-category: a CMS category tree with a "recent posts" sidebar on every page', () => {
  it('reads all three pages of the ita2565 category and only those as the year\'s index', () => {
    const chosen = get('cms-category').run.report.discovery.chosen.map((c) => path(c.url)).sort();
    expect(chosen).toEqual(['/home/category/ita/ita2565/', '/home/category/ita/ita2565/page/2/', '/home/category/ita/ita2565/page/3/']);
  });

  it('records the old template code on the monthly-procurement post once, assigned to O23 by its title', () => {
    const m = get('cms-category').run.verdict.discovery.mismatches.filter((x) => path(x.url) === '/home/post/248/');
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ assignedTo: 'O23' });
    expect(m[0].code).toContain('O19');
  });

  it('dates O12 by the report (FY2563), not by the posting date or the sidebar titles', () => {
    const o12 = item('cms-category', 'O12');
    expect(o12.messages[0].code).toBe('period.older');
    expect(o12.evidence[0].years).toEqual([2563]);
  });

  it('judges O7 on the news list the post points to (newest 2563), not on the post', () => {
    const o7 = item('cms-category', 'O7');
    expect(path(o7.evidence[0].url)).toBe('/home/category/news/');
    expect(o7.evidence[0].years).toContain(2563);
  });

  it('reports O16 as missing and names the ITA 2563 post it saw', () => {
    const o16 = item('cms-category', 'O16');
    expect(o16.messages.map((m) => m.code)).toContain('item.old-evidence');
    expect(o16.evidence.map((e) => path(e.url))).toContain('/home/post/104/');
  });
});

describe('year-url: a CE-slug accordion page beside an undated older OIT page', () => {
  it('takes the year from /ita2022/ and does not give the undated /oit/ page that year through the site menu', () => {
    const { report } = get('year-url').run;
    const oit = report.discovery.indexPages.find((p) => path(p.url) === '/oit/');
    expect(oit?.year).toBeUndefined();
    expect(report.discovery.chosen.map((c) => path(c.url))).toEqual(['/ita2022/']);
  });

  it('gives each "Google Drive คลิกที่นี่" row its own link', () => {
    expect(item('year-url', 'O20').evidence[0].url).toContain('SpendReport');
    expect(item('year-url', 'O27').evidence[0].url).toContain('RcRiteria');
    expect((item('year-url', 'O20').candidates ?? []).some((c) => c.url.includes('RcRiteria'))).toBe(false);
  });

  it('records the heading\'s old code O19 over the monthly summaries and keeps O19 on its own report', () => {
    const m = get('year-url').run.verdict.discovery.mismatches;
    expect(m.length).toBeGreaterThan(0);
    expect(m.every((x) => x.assignedTo === 'O23' && x.code.includes('O19'))).toBe(true);
    expect(path(item('year-url', 'O19').evidence[0].url)).toBe('/uploads/ita2022/o19-รายงานการใช้จ่าย.pdf');
  });

  it('says why: FY2564 for the six-month report, a newer ITA for O42, "no risk" for O36', () => {
    expect(item('year-url', 'O19').evidence[0].years).toEqual([2564]);
    expect(item('year-url', 'O42').messages.map((m) => m.en).join(' ')).toMatch(/newer year/);
    expect(item('year-url', 'O36').messages.map((m) => m.en).join(' ')).toMatch(/no risk/);
    expect(item('year-url', 'O34').messages[0].code).toBe('fetch.image');
  });

  it('reads the windows-874 page that declares no charset', () => {
    const o3 = item('year-url', 'O3');
    expect(o3.evidence[0].snippet).toMatch(/อำนาจหน้าที่|เทศบาล/);
  });
});
