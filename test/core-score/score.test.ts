import { describe, expect, it } from 'vitest';
import { decideGrade, pointCosts, scoreVerdicts, toTwoDecimals } from '../../checker/core/score';
import type { ItemStatus, ItemVerdict } from '../../checker/core/types';
import type { RuleSet } from '../../rules/schema';
import { ruleSet2565, ruleSet2566 } from '../core-discover/helpers/rulesets';

/** One verdict per rule-set item: pass unless named in `overrides`. */
function verdicts(rs: RuleSet, overrides: Record<string, ItemStatus> = {}): ItemVerdict[] {
  return rs.items.map((it) => ({
    id: it.id,
    status: overrides[it.id] ?? 'pass',
    name: it.name,
    subIndicator: it.subIndicator,
    evidence: [],
    messages: [],
    warnings: [],
    expected: { th: '-', en: '-', kind: it.period.kind, confidence: it.period.confidence },
    pointCost: { indicator: 0, oit: 0, ita: 0 },
    candidates: [],
    fix: it.fix,
  }));
}

describe('pointCosts from sub-indicator membership', () => {
  it('2565: a 10.2 item costs 25 / 12.5 / 5.0 and a 9.1 item 2.22 / 1.11 / 0.44', () => {
    const c = pointCosts(ruleSet2565());
    expect(c.O42.indicator).toBeCloseTo(25, 9);
    expect(c.O42.oit).toBeCloseTo(12.5, 9);
    expect(c.O42.ita).toBeCloseTo(5.0, 9);
    expect(c.O1.indicator).toBeCloseTo(2.222, 3);
    expect(c.O1.ita).toBeCloseTo(0.444, 3);
    expect(c.O35.indicator).toBeCloseTo(6.25, 9);
    expect(Object.keys(c)).toHaveLength(43);
  });
  it('2566: a 10.2 item costs 10 / 5 / 2.0; a 9.1 item 2.0 of indicator 9 and 0.4 of the total', () => {
    const c = pointCosts(ruleSet2566());
    expect(c.O42.indicator).toBeCloseTo(10, 9);
    expect(c.O42.oit).toBeCloseTo(5, 9);
    expect(c.O42.ita).toBeCloseTo(2.0, 9);
    expect(c.O10.indicator).toBeCloseTo(2.0, 9);
    expect(c.O10.ita).toBeCloseTo(0.4, 9);
  });
  it('reads weights written as percentages the same as fractions', () => {
    const rs = ruleSet2566({ instrumentWeights: { iit: 30, eit: 30, oit: 40 } });
    expect(pointCosts(rs).O42.ita).toBeCloseTo(2.0, 9);
  });
});

describe('scoreVerdicts: seed arithmetic (ita-oit.md §8.2)', () => {
  it('001: O35 missing in 2565 → 10.1 = 87.50, indicator 10 = 93.75, OIT 96.875', () => {
    const rs = ruleSet2565();
    const s = scoreVerdicts(rs, verdicts(rs, { O35: 'missing' }));
    expect(s.subIndicators['10.1']).toMatchObject({ min: 87.5, max: 87.5, passed: 7, unknown: 0, total: 8 });
    expect(s.indicators['10']).toEqual({ min: 93.75, max: 93.75 });
    expect(s.indicators['9']).toEqual({ min: 100, max: 100 });
    expect(s.oit).toBeCloseTo(96.875, 9);
    expect(s.itaShare.min).toBeCloseTo(38.75, 9);
    expect(s.projected).toBeUndefined();
  });
  it('000: O36, O37 and both 10.2 items failing → indicator 10 = 37.50 (not a flat mean)', () => {
    const rs = ruleSet2565();
    const s = scoreVerdicts(rs, verdicts(rs, { O36: 'incomplete', O37: 'missing', O42: 'outdated', O43: 'broken' }));
    expect(s.subIndicators['10.1'].min).toBe(75);
    expect(s.subIndicators['10.2'].min).toBe(0);
    expect(s.indicators['10'].min).toBe(37.5);
  });
  it("000's what-if: indicator 9 = 90, 10 = 100, IIT 77.380, EIT 74.400 → total 83.53, grade B", () => {
    const rs = ruleSet2565();
    // Two failures in 9.4 (4 items) take indicator 9 to 90.00, as §8.2 reconstructs.
    const s = scoreVerdicts(rs, verdicts(rs, { O27: 'missing', O28: 'outdated' }), { iitEit: { iit: 77.38, eit: 74.4 } });
    expect(s.indicators['9'].min).toBeCloseTo(90, 9);
    expect(s.oit).toBeCloseTo(95, 9);
    expect(s.projected!.total.min).toBeCloseTo(83.534, 6);
    expect(s.projected!.rounding!.printed.min).toBe(83.53);
    expect(s.projected!.grade).toEqual({ min: 'B', max: 'B' });
  });
  it('000 as printed: OIT 63.75 with the same IIT/EIT → 71.03, grade C', () => {
    const rs = ruleSet2565();
    const s = scoreVerdicts(rs, verdicts(rs, { O27: 'missing', O28: 'missing', O36: 'missing', O37: 'missing', O42: 'missing', O43: 'missing' }), {
      iitEit: { iit: 77.38, eit: 74.4 },
    });
    expect(s.oit).toBeCloseTo(63.75, 9);
    expect(s.projected!.rounding!.printed.min).toBe(71.03);
    expect(s.projected!.grade.min).toBe('C');
  });
  it('004: one 10.1 item failing, IIT 99.454, EIT 98.130 → total 98.025, printed 98.02 AA', () => {
    const rs = ruleSet2565();
    const s = scoreVerdicts(rs, verdicts(rs, { O38: 'missing' }), { iitEit: { iit: 99.454, eit: 98.13 } });
    expect(s.oit).toBeCloseTo(96.875, 9);
    expect(s.projected!.total.min).toBeCloseTo(98.0252, 4);
    expect(s.projected!.rounding!.printed.min).toBe(98.02);
    expect(s.projected!.grade).toEqual({ min: 'AA', max: 'AA' });
    expect(s.projected!.rounding!.boundary).toBeUndefined();
  });
});

describe('scoreVerdicts: needs-review gives a range', () => {
  it('unknown items score 0 for min and 100 for max at every level; oit is null', () => {
    const rs = ruleSet2565();
    const s = scoreVerdicts(rs, verdicts(rs, { O42: 'needs-review', O1: 'missing', O2: 'needs-review' }));
    expect(s.oit).toBeNull();
    expect(s.subIndicators['10.2']).toMatchObject({ min: 50, max: 100, passed: 1, unknown: 1, total: 2 });
    expect(s.indicators['10']).toEqual({ min: 75, max: 100 });
    expect(s.subIndicators['9.1'].min).toBeCloseTo((7 / 9) * 100, 9);
    expect(s.subIndicators['9.1'].max).toBeCloseTo((8 / 9) * 100, 9);
    expect(s.range.min).toBeCloseTo((75 + (100 * 4 + (7 / 9) * 100) / 5) / 2, 9);
    expect(s.range.max).toBeCloseTo((100 + (100 * 4 + (8 / 9) * 100) / 5) / 2, 9);
    expect(s.itaShare.max).toBeCloseTo(0.4 * s.range.max, 9);
  });
  it('a rule-set item with no verdict counts as unknown, never as passed', () => {
    const rs = ruleSet2565();
    const s = scoreVerdicts(rs, verdicts(rs).filter((v) => v.id !== 'O43'));
    expect(s.subIndicators['10.2']).toMatchObject({ min: 50, max: 100, unknown: 1 });
  });
  it('the projected grade is a range when needs-review items span a band', () => {
    const rs = ruleSet2565();
    const s = scoreVerdicts(rs, verdicts(rs, { O42: 'needs-review', O43: 'needs-review' }), { iitEit: { iit: 90, eit: 90 } });
    // min: indicator 10 = 50 → OIT 75 → 0.3·90·2 + 0.4·75 = 84 (B); max: OIT 100 → 94 (A).
    expect(s.projected!.total.min).toBeCloseTo(84, 9);
    expect(s.projected!.total.max).toBeCloseTo(94, 9);
    expect(s.projected!.grade).toEqual({ min: 'B', max: 'A' });
  });
});

describe('grade boundaries and levels', () => {
  it('says which rounding rule decided when truncating and rounding disagree', () => {
    const rs = ruleSet2565();
    const d = decideGrade(rs, 94.996, { iit: 95, eit: 95, oit: 95 }, false);
    expect(d.printed).toBe(94.99);
    expect(d.grade).toBe('A');
    expect(d.boundary?.other).toBe('AA');
    expect(d.boundary?.en).toContain('truncated');
    expect(d.boundary?.th).toContain('ตัดทศนิยม');
    expect(toTwoDecimals(94.996, 'round')).toBe(95);
  });
  it('uses result levels from levelsFrom on, with each-instrument minimums', () => {
    const levels = [
      { level: { th: 'ผ่านดีเยี่ยม', en: 'excellent' }, min: 95, eachInstrumentMin: 95 },
      { level: { th: 'ผ่านดี', en: 'good' }, min: 85, eachInstrumentMin: 85 },
      { level: { th: 'ผ่าน', en: 'pass' }, min: 85 },
      { level: { th: 'ต้องปรับปรุง', en: 'needs improvement' }, min: 70 },
      { level: { th: 'ต้องปรับปรุงโดยด่วน', en: 'needs urgent improvement' }, min: 0 },
    ];
    const rs = ruleSet2566({ levels, levelsFrom: 2567 });
    const all = verdicts(rs);
    // Total 0.3·99 + 0.3·80 + 0.4·100 = 93.7 ≥ 85 but EIT < 85 → ผ่าน, not ผ่านดี.
    const s2567 = scoreVerdicts(rs, all, { iitEit: { iit: 99, eit: 80 }, year: 2567 });
    expect(s2567.projected!.level!.min.th).toBe('ผ่าน');
    const s2566 = scoreVerdicts(rs, all, { iitEit: { iit: 99, eit: 80 }, year: 2566 });
    expect(s2566.projected!.level).toBeUndefined();
    expect(s2566.projected!.grade.min).toBe('A');
    const top = scoreVerdicts(rs, all, { iitEit: { iit: 96, eit: 97 }, year: 2567 });
    expect(top.projected!.level!.max.th).toBe('ผ่านดีเยี่ยม');
  });
});
