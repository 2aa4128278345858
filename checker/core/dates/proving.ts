import type { FoundPeriod } from '../types';
import { fiscalYearOfBE } from './fiscal';

/** Roles whose years can prove currency (ita-oit.md §6.2 rule 7; thai-text-and-dates.md §9.3). */
export const PROVING_ROLES: ReadonlySet<FoundPeriod['role']> = new Set(['fiscalYear', 'event', 'planRange', 'itaAnalysed', 'actionPeriod']);

/** Fiscal years (BE) a period covers: a dated span maps to the fiscal years of its ends; a year is itself. */
export function fiscalYearsOf(p: FoundPeriod): number[] {
  const a = p.from.m ? fiscalYearOfBE(p.from.y, p.from.m) : p.from.y;
  const b = p.to.m ? fiscalYearOfBE(p.to.y, p.to.m) : p.to.y;
  const out: number[] = [];
  for (let y = Math.min(a, b); y <= Math.max(a, b) && out.length < 40; y++) out.push(y);
  return out;
}

/** BE fiscal years of the periods whose role can prove currency, ascending, unique. */
export function provingYears(periods: FoundPeriod[]): number[] {
  const set = new Set<number>();
  for (const p of periods) if (PROVING_ROLES.has(p.role)) for (const y of fiscalYearsOf(p)) set.add(y);
  return [...set].sort((a, b) => a - b);
}
