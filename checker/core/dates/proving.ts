// Which found periods prove what a document covers, and the fiscal years they name. The one place both the
// judge and the CLI's `oit page` read years from extracted periods (ita-oit.md §6.2 rule 7; §6.3 rule 5).
import type { FoundPeriod } from '../types';
import { fiscalYearOfBE } from './fiscal';

export type PeriodRole = FoundPeriod['role'];

/** Roles whose years can prove currency (ita-oit.md §6.2 rule 7; thai-text-and-dates.md §9.3). */
export const PROVING_ROLES: ReadonlySet<PeriodRole> = new Set(['fiscalYear', 'event', 'planRange', 'itaAnalysed', 'actionPeriod']);

/** The periods whose role is one of `roles` (default: the roles that prove currency). */
export function provingPeriods(periods: readonly FoundPeriod[], roles: Iterable<PeriodRole> = PROVING_ROLES): FoundPeriod[] {
  const set = roles instanceof Set ? (roles as ReadonlySet<PeriodRole>) : new Set(roles);
  return periods.filter((p) => set.has(p.role));
}

/**
 * Fiscal years [from, to] (BE) a period spans. A month-precise end maps to the fiscal year of that month
 * (ต.ค.–ธ.ค. belong to the next fiscal year, so quarter 1 of FY 2565 is Oct–Dec 2564 and spans 2565); a bare
 * year (ปีงบประมาณ 2565, a plan range, an ITA year) is itself — assessors write "ปี พ.ศ." for the fiscal year (§6.2 rule 8).
 */
export function fiscalSpanOf(p: FoundPeriod): [number, number] {
  const a = p.from.m ? fiscalYearOfBE(p.from.y, p.from.m) : p.from.y;
  const b = p.to.m ? fiscalYearOfBE(p.to.y, p.to.m) : p.to.y;
  return a <= b ? [a, b] : [b, a];
}

export function coversFiscalYear(p: FoundPeriod, fy: number): boolean {
  const [a, b] = fiscalSpanOf(p);
  return a <= fy && fy <= b;
}

/** Every fiscal year one period covers. */
export function fiscalYearsOf(p: FoundPeriod): number[] {
  const [a, b] = fiscalSpanOf(p);
  const out: number[] = [];
  for (let y = a; y <= b && out.length < 40; y++) out.push(y);
  return out;
}

/** Every fiscal year the periods touch, ascending; a span over ten years gives only its ends, so "2561–2580" does not flood a message. */
export function fiscalYearsIn(periods: readonly FoundPeriod[]): number[] {
  const out = new Set<number>();
  for (const p of periods) {
    const [a, b] = fiscalSpanOf(p);
    if (b - a > 10) out.add(a).add(b);
    else for (let y = a; y <= b; y++) out.add(y);
  }
  return [...out].sort((x, y) => x - y);
}

/** BE fiscal years of the periods whose role can prove currency, ascending, unique. */
export function provingYears(periods: readonly FoundPeriod[], roles: Iterable<PeriodRole> = PROVING_ROLES): number[] {
  return fiscalYearsIn(provingPeriods(periods, roles));
}
