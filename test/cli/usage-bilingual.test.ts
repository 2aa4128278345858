// Usage errors answer in Thai and English (Thai first), exit 2; `oit --version` and the help text of
// `oit check` say what the tool is and what it prints. Real processes, real option parsers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../checker/cli/errors';
import { parseItemMap, readItemMap } from '../../checker/cli/map-file';
import {
  parseFailOn,
  parseFormatOption,
  parseIntOption,
  parseNowOption,
  parseRender,
  parseScoreOption,
  parseShard,
  parseSiteUrl,
  parseYearOption,
  readBaseline,
} from '../../checker/cli/options';
import { assertYearKnown, loadRuleSets } from '../../checker/cli/rulesets';
import { parseSites } from '../../checker/nightly/sites';
import { runOit } from './run-cli';

const THAI = /[\u0E01-\u0E5B]/;
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'oit-usage-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function usageOf(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('no UsageError thrown');
}

describe('every usage error carries Thai and English', () => {
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['a URL that is not one', () => parseSiteUrl('not a url'), /not a valid web address/],
    ['a non-http scheme', () => parseSiteUrl('ftp://agency.go.th/'), /http/],
    ['a host with no dot', () => parseSiteUrl('http://agency/'), /host/],
    ['a non-number', () => parseIntOption('--max-pages', 'many', 1), /whole number/],
    ['a number out of range', () => parseIntOption('--concurrency', '99', 1, 16), /between 1 and 16/],
    ['a two-digit year', () => parseYearOption('65'), /Buddhist-Era/],
    ['a CE year', () => parseYearOption('2022'), /2565/],
    ['a score above 100', () => parseScoreOption('--iit', '120'), /0 to 100/],
    ['a render mode', () => parseRender('sometimes'), /--render/],
    ['a --fail-on value', () => parseFailOn('sometimes'), /--fail-on/],
    ['a shard', () => parseShard('3of4'), /1\/4/],
    ['a shard out of range', () => parseShard('5/4'), /1 ≤ i ≤ n/],
    ['a report format', () => parseFormatOption('json,pdf'), /pdf/],
    ['an empty format list', () => parseFormatOption(' , '), /format/],
    ['a --now date', () => parseNowOption('yesterday'), /ISO date/],
    ['a map without rows', () => parseItemMap('item,url\n', 'm.csv'), /no item → URL rows/],
    ['a map with a bad code', () => parseItemMap('{"X1":"https://a.go.th"}', 'm.json'), /X1/],
    ['a map row without a code', () => parseItemMap('item,url\nO1,https://a.go.th/1\nhello,https://a.go.th/2\n', 'm.csv'), /row 3/],
    ['a map that is broken JSON', () => parseItemMap('{"O1": ', 'm.json'), /JSON/],
    ['an unreadable map', () => readItemMap('/nonexistent/items.csv'), /cannot read/],
    ['an unreadable baseline', () => readBaseline('/nonexistent/report.json'), /--baseline/],
    ['a sites list with no URL', () => parseSites('url,name\nhello,world\n', 's.csv'), /row 2/],
  ];
  it.each(cases)('%s', (_name, fn, en) => {
    const e = usageOf(fn);
    expect(e.en).toMatch(en);
    expect(e.th).toMatch(THAI);
    expect(e.en).not.toMatch(THAI);
    expect(e.lines()).toEqual([e.th, e.en]);
  });

  it('a baseline that is not a report names the file in both languages', () => {
    const bad = join(tmp, 'not-a-report.json');
    writeFileSync(bad, '{"hello": 1}');
    const e = usageOf(() => readBaseline(bad));
    expect(e.th).toContain(bad);
    expect(e.en).toContain(bad);
  });

  it('a year without a rule set: the core’s own words (chooseYear), with the known years and how to add one', async () => {
    const ruleSets = await loadRuleSets();
    expect(() => assertYearKnown(ruleSets, 2565)).not.toThrow();
    const e = usageOf(() => assertYearKnown(ruleSets, 2599));
    const known = [...new Set(ruleSets.flatMap((r) => r.years))].sort().join(', ');
    for (const text of [e.th, e.en]) {
      expect(text).toContain('2599');
      expect(text).toContain(known);
      expect(text).toContain('--rules');
    }
    expect(e.th).toMatch(THAI);
  });

  it('an unreadable --rules file', async () => {
    const e = await loadRuleSets('/nonexistent/rules.yaml').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).th).toMatch(/ไม่พบไฟล์/);
    expect((e as UsageError).en).toMatch(/file not found/);
  });
});

describe('the oit process', () => {
  it('prints a usage error as two lines, Thai then English, and exits 2', async () => {
    const r = await runOit(['check', 'http://127.0.0.1:9/', '--year', '2022', '--out', join(tmp, 'x')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('oit check: '));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(THAI);
    expect(lines[0]).toContain('พ.ศ. 2565');
    expect(lines[1]).toMatch(/looks like a CE year.*2565/);
  }, 120_000);

  it('oit page: an item code that is not one, in both languages', async () => {
    const r = await runOit(['page', 'http://127.0.0.1:9/', '--item', 'X9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/oit page: --item "X9" ไม่ใช่รหัสข้อ/);
    expect(r.stderr).toMatch(/oit page: --item "X9" is not an item code/);
  }, 120_000);

  it('oit --version prints the version recorded in package.json and in every report', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
    for (const flag of ['--version', '-V']) {
      const r = await runOit([flag]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe(`${pkg.name} ${pkg.version}`);
    }
  }, 120_000);

  it('oit check --help documents the JSON line printed when stdout is not a terminal', async () => {
    const r = await runOit(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/not a terminal/);
    expect(r.stdout).toMatch(/one JSON line/);
    expect(r.stdout).toMatch(/ไม่ใช่เทอร์มินัล/);
    expect(r.stdout).toMatch(/--json prints only that line/);
  }, 120_000);
});
