// `oit check` on each fixture site served on 127.0.0.1: every item's verdict must equal expected.json, the
// score must be the one those verdicts imply, and every URL not checked must say why.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../checker/core/report-schema';
import { serveSite } from '../../checker/demo/static-server';
import { browserOrSkip } from '../helpers/browser';
import { runOit } from '../cli/run-cli';
import { KNOWN_NOT_CHECKED, expectedRange, readExpected, verdictDiff } from './expected';

const tmp = mkdtempSync(join(tmpdir(), 'oit-fixtures-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SITES: Array<{ name: string; root: string; expected: string }> = [
  { name: 'demo', root: 'checker/demo/site', expected: 'checker/demo/expected.json' },
  ...['wp-table', 'legacy-tis620', 'per-subindicator', 'hostile-markup'].map((n) => ({
    name: n,
    root: `test/fixtures/sites/${n}`,
    expected: `test/fixtures/sites/${n}/expected.json`,
  })),
];

async function checkSite(root: string, out: string, extra: string[] = []) {
  const site = await serveSite(root);
  try {
    const r = await runOit(['check', `${site.url}/`, '--year', '2565', '--out', out, '--delay', '0', '--concurrency', '4', ...extra], { timeoutMs: 240_000 });
    return { r, url: site.url };
  } finally {
    await site.close();
  }
}

describe.each(SITES)('oit check on the $name fixture site', ({ name, root, expected: expectedPath }) => {
  it('gives every item the expected verdict, the implied score, and reasons for what it skipped', async () => {
    const expected = readExpected(expectedPath);
    const out = join(tmp, name);
    const { r, url } = await checkSite(root, out);
    expect(r.code, r.stderr).toBe(0);
    const report = parseReport(readFileSync(join(out, 'report.json'), 'utf8'));

    expect(report.ruleSet.year).toBe(expected.year);
    expect(report.items).toHaveLength(Object.keys(expected.items).length);
    expect(verdictDiff(expected, report)).toEqual([]);

    const want = expectedRange(expected, report);
    expect(report.score.range.min).toBeCloseTo(want.min, 6);
    expect(report.score.range.max).toBeCloseTo(want.max, 6);
    expect(report.score.oit === null).toBe(Object.values(expected.items).includes('needs-review'));

    for (const n of report.pages.notChecked) expect(KNOWN_NOT_CHECKED, `${n.url}: ${n.reason}`).toContain(n.reason);
    // the documents the expected verdicts rest on were read, not skipped
    const skipped = new Set(report.pages.notChecked.map((n) => decodeURI(new URL(n.url).pathname)));
    for (const d of expected.documents) expect(skipped.has(d.path), d.path).toBe(false);
    // the chosen index page is the one the fixture declares
    expect(report.discovery.chosen.map((c) => decodeURI(new URL(c.url).pathname))).toContain(expected.index);
    expect(report.site.url).toBe(`${url}/`);
    for (const f of ['report.html', 'report.csv', 'junit.xml']) expect(existsSync(join(out, f))).toBe(true);
  }, 300_000);
});

describe('the js-rendered fixture site', () => {
  const { browser, skipReason } = browserOrSkip();
  it.skipIf(!browser)(`is read with --render always ${skipReason ?? ''}`, async () => {
    const expected = readExpected('test/fixtures/sites/js-rendered/expected.json');
    const out = join(tmp, 'js-rendered');
    const { r } = await checkSite('test/fixtures/sites/js-rendered', out, ['--render', 'always'], );
    expect(r.code, r.stderr).toBe(0);
    const report = parseReport(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.pages.rendered ?? 0).toBeGreaterThan(0);
    expect(verdictDiff(expected, report)).toEqual([]);
    const want = expectedRange(expected, report);
    expect(report.score.range.min).toBeCloseTo(want.min, 6);
    expect(report.score.range.max).toBeCloseTo(want.max, 6);
  }, 300_000);
});
