// Thai fiscal-year arithmetic (thai-text-and-dates.md §6): FY Y (BE) = 1 Oct Y−1 … 30 Sep Y; "today" is Bangkok's.

/** Thai fiscal year (BE) containing the CE date y-m (m = 1..12). */
export function fiscalYearOf(ceYear: number, month: number): number {
  return ceYear + 543 + (month >= 10 ? 1 : 0);
}

/** Fiscal year (BE) of a BE year and month. */
export function fiscalYearOfBE(beYear: number, month: number): number {
  return beYear + (month >= 10 ? 1 : 0);
}

/** CE ISO window of fiscal year `fy` (BE). */
export function fyWindow(fy: number): { start: string; end: string } {
  return { start: `${fy - 544}-10-01`, end: `${fy - 543}-09-30` };
}

/** First half (รอบ 6 เดือนแรก): 1 Oct Y−1 … 31 Mar Y. */
export function firstHalf(fy: number): { start: string; end: string } {
  return { start: `${fy - 544}-10-01`, end: `${fy - 543}-03-31` };
}

/** Second half: 1 Apr … 30 Sep Y. */
export function secondHalf(fy: number): { start: string; end: string } {
  return { start: `${fy - 543}-04-01`, end: `${fy - 543}-09-30` };
}

/** Fiscal quarter (1..4) of a calendar month: 1 = ต.ค.–ธ.ค., 2 = ม.ค.–มี.ค., 3 = เม.ย.–มิ.ย., 4 = ก.ค.–ก.ย. */
export function quarterOf(month: number): 1 | 2 | 3 | 4 {
  return (month >= 10 ? 1 : Math.floor((month - 1) / 3) + 2) as 1 | 2 | 3 | 4;
}

/** BE year/month span of quarter q of fiscal year fy. */
export function quarterWindow(fy: number, q: 1 | 2 | 3 | 4): { from: { y: number; m: number }; to: { y: number; m: number } } {
  if (q === 1) return { from: { y: fy - 1, m: 10 }, to: { y: fy - 1, m: 12 } };
  const m0 = (q - 2) * 3 + 1;
  return { from: { y: fy, m: m0 }, to: { y: fy, m: m0 + 2 } };
}

const BANGKOK_OFFSET_MS = 7 * 3600 * 1000;

/** Calendar date in Asia/Bangkok (UTC+7, no daylight saving) of an instant. */
export function bangkokDate(now: Date): { y: number; m: number; d: number } {
  const t = new Date(now.getTime() + BANGKOK_OFFSET_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** BE fiscal year containing `now` in Bangkok. */
export function currentFiscalYear(now: Date): number {
  const { y, m } = bangkokDate(now);
  return fiscalYearOf(y, m);
}

/** ISO CE date (yyyy-mm-dd) of a BE date. */
export function beToIso(y: number, m: number, d: number): string {
  return `${String(y - 543).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Last day of a BE month. */
export function lastDayOf(y: number, m: number): number {
  return new Date(Date.UTC(y - 543, m, 0)).getUTCDate();
}
