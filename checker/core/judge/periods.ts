// Reading the periods H2's extractor found (FoundPeriod, BE years) as fiscal years and months.
// Only years with a role that proves currency count (thai-text-and-dates.md §9 trap 3; §6.3 rule 5).
import { fiscalYearOfBE } from '../dates/index';
import type { FoundPeriod } from '../types';

export type Role = FoundPeriod['role'];
/** Roles that can prove what period a document covers. Law, strategy and "other" (template dates) cannot. */
export const PROVING: readonly Role[] = ['fiscalYear', 'event', 'actionPeriod', 'planRange', 'itaAnalysed'];

export const proving = (ps: readonly FoundPeriod[], roles: readonly Role[] = PROVING) => ps.filter((p) => roles.includes(p.role));

/** Fiscal year (BE) of a BE point; a bare year counts as that fiscal year (assessor usage, §6.2 rule 8). */
export function fyOfPoint(p: { y: number; m?: number }): number {
  return p.m ? fiscalYearOfBE(p.y, p.m) : p.y;
}

/** Fiscal years [from, to] a period spans. Fiscal-year and plan-range periods name fiscal years directly. */
export function fySpan(p: FoundPeriod): [number, number] {
  if (p.role === 'fiscalYear' || p.role === 'planRange' || p.role === 'itaAnalysed' || p.kind === 'fiscalYear' || p.kind === 'yearRange' || p.kind === 'itaYear')
    return [p.from.y, p.to.y];
  return [fyOfPoint(p.from), fyOfPoint(p.to)];
}

export const spans = (p: FoundPeriod, fy: number) => {
  const [a, b] = fySpan(p);
  return a <= fy && fy <= b;
};

/** Every fiscal year the periods touch, sorted, ranges capped so "2561–2580" does not flood the message. */
export function fiscalYears(ps: readonly FoundPeriod[]): number[] {
  const out = new Set<number>();
  for (const p of ps) {
    const [a, b] = fySpan(p);
    if (b - a > 10) {
      out.add(a);
      out.add(b);
    } else for (let y = a; y <= b; y++) out.add(y);
  }
  return [...out].sort((x, y) => x - y);
}

/** The value most often named (ties: the one named first): a document's own year outnumbers its asides. */
export function primary<T>(items: readonly T[], key: (t: T) => string): T | undefined {
  const counts = new Map<string, { n: number; first: number; item: T }>();
  items.forEach((t, i) => {
    const k = key(t);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, first: i, item: t });
  });
  let best: { n: number; first: number; item: T } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best?.item;
}

/** BE months (y, m) a month-precise period covers; undefined when the period has no month. */
export function monthsOf(p: FoundPeriod): Array<{ y: number; m: number }> | undefined {
  if (!p.from.m || !p.to.m) return undefined;
  const out: Array<{ y: number; m: number }> = [];
  let y = p.from.y;
  let m = p.from.m;
  for (let i = 0; i < 36; i++) {
    out.push({ y, m });
    if (y === p.to.y && m === p.to.m) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    if (y > p.to.y) break;
  }
  return out;
}

export const monthKey = (x: { y: number; m: number }) => x.y * 100 + x.m;
