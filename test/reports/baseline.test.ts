import { describe, expect, it } from 'vitest';
import { buildReport, diffReports, findingKey } from '../../checker/core/report-schema';
import { INDICATORS, sampleVerdict } from './sample-verdict';

const meta = (checkedAt: string, siteUrl = 'http://127.0.0.1:8080/') => ({ tool: { name: 'oit-checker', version: '1.0.0' }, siteUrl, checkedAt, indicators: INDICATORS });

describe('baseline diff', () => {
  it('splits failures into new, fixed and unchanged with stable keys', () => {
    const before = sampleVerdict(); // O12 outdated, O23 incomplete, O30 broken, O42 missing, O43 needs-review
    const after = sampleVerdict({ statuses: { O42: 'pass', O23: 'missing', O5: 'outdated' } });
    const old = buildReport(before.verdict, before.crawl, meta('2022-04-01T00:00:00.000Z'));
    const now = buildReport(after.verdict, after.crawl, meta('2022-04-15T00:00:00.000Z'));
    const d = diffReports(now, old, 'old.json');
    expect(d.against).toBe('old.json');
    expect(d.againstCheckedAt).toBe('2022-04-01T00:00:00.000Z');
    expect(d.newFailures.map((e) => [e.item, e.status, e.previousStatus])).toEqual([
      ['O5', 'outdated', 'pass'],
      ['O23', 'missing', 'incomplete'],
    ]);
    expect(d.fixed.map((e) => [e.item, e.previousStatus])).toEqual([['O42', 'missing']]);
    expect(d.unchanged.map((e) => e.item)).toEqual(['O12', 'O30', 'O43']);
    expect(d.unchanged[0]!.key).toBe('127.0.0.1:8080|2565|O12|outdated');
    // keys do not depend on the run: the same report diffed with itself has everything unchanged
    const same = diffReports(old, old, 'x');
    expect(same.newFailures).toEqual([]);
    expect(same.fixed).toEqual([]);
    expect(same.unchanged.map((e) => e.key)).toEqual(d.unchanged.map((e) => e.key).length ? same.unchanged.map((e) => e.key) : []);
  });

  it('keys ignore www., a trailing slash and letter case of the host', () => {
    const a = buildReport(sampleVerdict().verdict, sampleVerdict().crawl, meta('2022-04-01T00:00:00.000Z', 'https://WWW.Agency.go.th/'));
    const b = buildReport(sampleVerdict().verdict, sampleVerdict().crawl, meta('2022-04-01T00:00:00.000Z', 'https://agency.go.th'));
    expect(findingKey(a, 'O1', 'missing')).toBe(findingKey(b, 'O1', 'missing'));
    expect(findingKey(a, 'O1', 'missing')).toBe('agency.go.th|2565|O1|missing');
  });

  it('treats every failure as new when the baseline judged another ITA year', () => {
    const now = buildReport(sampleVerdict().verdict, sampleVerdict().crawl, meta('2022-04-15T00:00:00.000Z'));
    const old = structuredClone(now);
    old.ruleSet.year = 2564;
    const d = diffReports(now, old, 'old.json');
    expect(d.unchanged).toEqual([]);
    expect(d.fixed).toEqual([]);
    expect(d.newFailures).toHaveLength(now.items.filter((i) => i.status !== 'pass').length);
  });
});
