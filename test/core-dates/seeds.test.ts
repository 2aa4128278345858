import { describe, expect, it } from 'vitest';
import { extractPeriods, provingYears } from '../../checker/core/dates';
import type { FoundPeriod } from '../../checker/core/types';
import { SEED } from '../core-text/seeds';

const years = (ps: FoundPeriod[], role: FoundPeriod['role'], kind?: FoundPeriod['kind']) =>
  [...new Set(ps.filter((p) => p.role === role && (!kind || p.kind === kind)).map((p) => `${p.from.y}-${p.to.y}`))];

describe('seed 004 (อบจ.ลำปาง, measures FY ๒๕๖๕ analysing ITA ๒๕๖๔)', () => {
  const ps = extractPeriods(SEED.s004);
  it('finds the action fiscal year, the analysed ITA year and the action period', () => {
    expect(years(ps, 'fiscalYear')).toEqual(['2565-2565']);
    expect(years(ps, 'itaAnalysed')).toEqual(['2564-2564']);
    const action = ps.find((p) => p.kind === 'monthRange')!;
    expect(action).toMatchObject({ role: 'actionPeriod', from: { y: 2565, m: 2 }, to: { y: 2565, m: 9 }, text: 'ก.พ. ๖๕ – ก.ย. ๖๕' });
    expect(SEED.s004.slice(action.span[0], action.span[1])).toBe('ก.พ. ๖๕ – ก.ย. ๖๕');
  });
  it('reads the typo ปิงบประมาณ and the dated event', () => {
    expect(ps.some((p) => p.text.includes('ปิงบประมาณ') && p.from.y === 2565)).toBe(true);
    expect(ps.some((p) => p.kind === 'date' && p.from.y === 2564 && p.from.m === 12 && p.from.d === 16)).toBe(true);
  });
  it('never reads scores or COVID-19 as years', () => {
    for (const p of ps) expect(p.from.y).toBeGreaterThanOrEqual(2560);
    expect(ps.some((p) => /๙๘|๒๐๑๙/.test(p.text))).toBe(false);
  });
});

describe('seed 001 (ทต.พอกน้อย, titled 2565, analysing ITA 2565, acting ต.ค.65 onward)', () => {
  const ps = extractPeriods(SEED.s001);
  it('reads the analysed ITA year and action periods in FY2566–2567', () => {
    expect(years(ps, 'itaAnalysed')).toContain('2565-2565');
    const action = ps.filter((p) => p.kind === 'monthRange');
    expect(action.every((p) => p.role === 'actionPeriod')).toBe(true);
    expect(action.map((p) => p.text)).toEqual(expect.arrayContaining(['ต.ค.65-ธ.ค.66', 'ม.ค.–มี.ค. 66', 'ม.ค.-ส.ค.66']));
    expect(provingYears(action)).toEqual([2566, 2567]);
    expect(ps.some((p) => p.text === 'เดือนเมษายน 2566' && p.from.m === 4)).toBe(true);
  });
  it('reads "(ปี 2565)" and "ประจำปี พ.ศ. 2565"', () => {
    expect(ps.some((p) => p.text === 'ปี 2565' && p.kind === 'year')).toBe(true);
    expect(ps.some((p) => p.text === 'ประจำปี พ.ศ. 2565' && p.role === 'fiscalYear')).toBe(true);
  });
});

describe('seed 003 (อบจ.มุกดาหาร, action plan ๒๕๖๖–๒๕๗๐)', () => {
  const ps = extractPeriods(SEED.s003);
  it('finds the plan range 2566–2570 as planRange', () => {
    expect(years(ps, 'planRange', 'yearRange')).toEqual(['2566-2570']);
  });
  it('does not take the national strategy 2561–2580 for the plan', () => {
    expect(years(ps, 'strategy', 'yearRange')).toContain('2561-2580');
    expect(ps.some((p) => p.role === 'planRange' && (p.from.y === 2561 || p.to.y === 2580))).toBe(false);
  });
  it('finds the preface date กันยายน ๒๕๖๕', () => {
    expect(ps.some((p) => p.kind === 'month' && p.text === 'กันยายน ๒๕๖๕' && p.role === 'event')).toBe(true);
  });
  it('classifies law years as law and target years as not proving', () => {
    expect(ps.filter((p) => p.role === 'law').length).toBeGreaterThan(5);
    for (const p of ps.filter((q) => q.role === 'law')) expect(p.from.y).toBeLessThan(2566);
    const proving = provingYears(ps);
    expect(proving).not.toContain(2580);
    expect(proving).not.toContain(2540);
    expect(proving).toEqual(expect.arrayContaining([2566, 2570]));
  });
  it('never confuses ก.พ.ร. with February', () => {
    expect(ps.some((p) => p.text.includes('ก.พ.ร'))).toBe(false);
  });
});
