// Not yet due (ita-oit.md §6.4): while FY Y is running, an item whose window has not closed is not failed for
// it: needs-review with "not yet due (window ends …)". Only windows that close inside the year qualify — a
// six-month report before 1 เม.ย. of Y, a month of O23 still to come. A plan or budget for FY Y (`fy`) is due
// from 1 ต.ค. Y−1, so a missing one is missing. Past years are judged by their windows alone.
import type { ItemStatus } from '../../types';
import type { JudgeContext } from '../context';
import { dateEn, dateTh } from '../expected';
import { keyOf, todayBE } from '../clock';
import { beToIso, lastDayOf } from '../../dates/index';
import { msg, outcome, type Outcome } from '../outcome';

type BEDate = { y: number; m: number; d: number };

/** The BE date on which the item's window closes, for kinds whose window closes inside FY Y. */
export function windowEnd(ctx: Pick<JudgeContext, 'Y' | 'rule'>): BEDate | undefined {
  switch (ctx.rule.period.kind) {
    case 'fyFirstHalf':
    case 'monthlyFirstHalf':
      return { y: ctx.Y, m: 3, d: lastDayOf(ctx.Y, 3) };
    default:
      return undefined;
  }
}

/**
 * Until when a failure of the whole item is only "not yet". A month-by-month item is judged per month by
 * checks/monthly.ts (a month is due once it has ended), so the item as a whole is "not yet" only while no
 * month has ended: until the last day of ต.ค. Y−1.
 */
function softUntil(ctx: Pick<JudgeContext, 'Y' | 'rule'>): BEDate | undefined {
  if (ctx.rule.period.kind === 'monthlyFirstHalf') return { y: ctx.Y - 1, m: 10, d: lastDayOf(ctx.Y - 1, 10) };
  return windowEnd(ctx);
}

/** Returns the softened outcome when the failure is only because the window is still open. */
export function notYetDue(ctx: JudgeContext, status: ItemStatus, periodOnly: boolean): Outcome | undefined {
  if (!ctx.running) return undefined;
  const end = windowEnd(ctx);
  const until = softUntil(ctx);
  if (!end || !until) return undefined;
  if (keyOf(todayBE(ctx.now)) > keyOf(until)) return undefined;
  const soft = status === 'missing' || (periodOnly && (status === 'outdated' || status === 'needs-review' || status === 'incomplete'));
  if (!soft) return undefined;
  return outcome('not-yet-due', 'needs-review', {
    messages: [
      msg(
        'period.not-yet-due',
        'error',
        `ยังไม่ถึงกำหนด (ช่วงเวลาของข้อนี้สิ้นสุด ${dateTh(end)}) ตรวจอีกครั้งหลังวันดังกล่าว`,
        `not yet due (window ends ${dateEn(end)}); check again after that date`,
      ),
    ],
    notYetDue: { windowEnd: beToIso(end.y, end.m, end.d) },
  });
}
