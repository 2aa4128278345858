// Judge-side readings of found periods that the dates layer has no use for: the document's main value and
// month lists. Proving roles and fiscal years come from dates/proving.ts.
import type { FoundPeriod } from '../types';

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
