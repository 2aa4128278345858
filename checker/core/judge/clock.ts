// "Today" in Asia/Bangkok as a BE date (thai-text-and-dates.md §6: CI runs in UTC, Bangkok is UTC+7).
import { bangkokDate } from '../dates/index';

export function todayBE(now: Date): { y: number; m: number; d: number } {
  const t = bangkokDate(now);
  return { ...t, y: t.y + 543 };
}

export const keyOf = (d: { y: number; m: number; d: number }) => d.y * 10000 + d.m * 100 + d.d;
