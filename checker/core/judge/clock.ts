// "Today" in Asia/Bangkok as a BE date (thai-text-and-dates.md §6: CI runs in UTC, Bangkok is UTC+7).
import { bangkokDate } from '../dates/index';

export function todayBE(now: Date): { y: number; m: number; d: number } {
  const t = bangkokDate(now);
  // H2's bangkokDate may answer in CE or BE; ITA years are ≥ 2400 only in BE.
  return t.y < 2400 ? { ...t, y: t.y + 543 } : t;
}

/** CE ISO date of a BE date. */
export const isoOf = (d: { y: number; m: number; d: number }) =>
  `${d.y - 543}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

export const keyOf = (d: { y: number; m: number; d: number }) => d.y * 10000 + d.m * 100 + d.d;
