import { describe, expect, it } from 'vitest';
import { chooseYear, ruleSetForYear } from '../../checker/core/choose-year';
import type { IndexPageInfo } from '../../checker/core/types';
import { ruleSet2565, ruleSet2566 } from './helpers/rulesets';

const ruleSets = [ruleSet2565(), ruleSet2566()]; // years 2565; 2566–2567
const page = (year: number | undefined, url = `https://a.go.th/ita-${year ?? 'x'}`): IndexPageInfo => ({
  url,
  ...(year ? { year } : {}),
  reason: 'test',
  itemCount: 43,
});
// 15 Dec 2025 CE in Bangkok = FY 2569.
const now = new Date('2025-12-15T03:00:00Z');

describe('chooseYear (ita-oit.md §6.4)', () => {
  it('an explicit year wins over the site', () => {
    const c = chooseYear({ explicitYear: 2565, ruleSets, indexPages: [page(2566), page(2565)], now });
    expect(c).toMatchObject({ year: 2565, judge: true });
    expect(c.ruleSet?.id).toBe('ita-2565');
    expect(c.reason.en).toContain('as the user asked');
  });
  it('an explicit year without rules is not judged, and says so', () => {
    const c = chooseYear({ explicitYear: 2569, ruleSets, indexPages: [], now });
    expect(c.judge).toBe(false);
    expect(c.findings[0]).toMatchObject({ code: 'year.no-rules', severity: 'error' });
  });
  it('the newest year with an index page and a rule set, naming the page that decided', () => {
    const c = chooseYear({ explicitYear: undefined, ruleSets, indexPages: [page(2564), page(2566, 'https://a.go.th/ita66'), page(2565)], now });
    expect(c.year).toBe(2566);
    expect(c.ruleSet?.id).toBe('ita-2566');
    expect(c.decidedBy?.url).toBe('https://a.go.th/ita66');
    expect(c.reason.en).toContain('https://a.go.th/ita66');
    expect(c.reason.th).toContain('https://a.go.th/ita66');
  });
  it('2567 is served by the 2566 rule set', () => {
    const c = chooseYear({ ruleSets, indexPages: [page(2567)], now });
    expect(c).toMatchObject({ year: 2567, judge: true });
    expect(c.ruleSet?.id).toBe('ita-2566');
    expect(ruleSetForYear(ruleSets, 2567)?.id).toBe('ita-2566');
  });
  it('a site on a year no rule set serves: a loud finding, not judged, never treated as outdated', () => {
    const c = chooseYear({ ruleSets, indexPages: [page(2569), page(2566)], now });
    expect(c.judge).toBe(false);
    expect(c.year).toBe(2569);
    const f = c.findings.find((m) => m.code === 'year.newer-than-rules')!;
    expect(f.severity).toBe('error');
    expect(f.en).toContain('this site publishes ITA 2569'.replace('this', 'This'));
    expect(f.en).toContain('rules known up to 2567');
    expect(f.en).toContain('ask for year 2566');
  });
  it('no dated index page: the newest rule-set year already started in Bangkok', () => {
    const c = chooseYear({ ruleSets, indexPages: [page(undefined)], now });
    expect(c).toMatchObject({ year: 2567, judge: true });
    expect(c.reason.en).toContain('No dated ITA index page');
    // On 30 Sep 2022 18:00 UTC it is already 1 Oct in Bangkok: FY 2566 has started.
    const c2 = chooseYear({ ruleSets, indexPages: [], now: new Date('2022-09-30T18:00:00Z') });
    expect(c2.year).toBe(2566);
    const c3 = chooseYear({ ruleSets, indexPages: [], now: new Date('2022-09-30T16:00:00Z') });
    expect(c3.year).toBe(2565);
  });
  it('only pages older than every rule set: judged on the default year, the reason names the old page year', () => {
    const c = chooseYear({ ruleSets, indexPages: [page(2563)], now });
    expect(c.year).toBe(2567);
    expect(c.reason.en).toContain('2563');
  });
  it('a site behind the rules gets an info finding', () => {
    const c = chooseYear({ ruleSets, indexPages: [page(2565)], now });
    expect(c.year).toBe(2565);
    expect(c.findings.map((f) => f.code)).toContain('year.site-behind');
  });
});
