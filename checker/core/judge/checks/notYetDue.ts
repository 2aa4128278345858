// Not yet due (ita-oit.md §6.4): while FY Y is running, an item whose window has not closed is not failed for
// it: needs-review with "not yet due (window ends …)". Past years are judged by their windows alone.
import type { ItemStatus } from '../../types';
import type { JudgeContext } from '../context';
import { dateEn, dateTh } from '../expected';
import { isoOf, keyOf, todayBE } from '../clock';
import { lastDayOf } from '../../dates/index';
import { msg, outcome, type Outcome } from '../outcome';

/**
 * The BE date on which the item's window closes, for kinds that have one in FY Y. For `fy` the evidence is
 * needed by the end of the submission window (rule-set calendar): that is when the year's assessors look.
 */
export function windowEnd(ctx: JudgeContext): { y: number; m: number; d: number } | undefined {
  const Y = ctx.Y;
  switch (ctx.rule.period.kind) {
    case 'fy': {
      const c = ctx.ruleSet.calendar.submissionEnd;
      return { y: Y, m: c.month, d: c.day };
    }
    case 'fyFirstHalf':
    case 'monthlyFirstHalf':
      return { y: Y, m: 3, d: lastDayOf(Y, 3) };
    default:
      return undefined;
  }
}

/** Returns the softened outcome when the failure is only because the window is still open. */
export function notYetDue(ctx: JudgeContext, status: ItemStatus, periodOnly: boolean): Outcome | undefined {
  if (!ctx.running) return undefined;
  const end = windowEnd(ctx);
  if (!end) return undefined;
  if (keyOf(todayBE(ctx.now)) > keyOf(end)) return undefined;
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
    notYetDue: { windowEnd: isoOf(end) },
  });
}
