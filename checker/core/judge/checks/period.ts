// Period rules per kind (ita-oit.md §6.2), hard at every confidence (§6.3 rule 1). Years come from the body
// (§7.5), with roles from H2's extractor; template dates are not evidence (rule 5).
import { coversFiscalYear, extractPeriods, fiscalSpanOf, fiscalYearsIn, provingPeriods } from '../../dates/index';
import type { FoundPeriod, Message } from '../../types';
import type { JudgeContext, JudgeDoc } from '../context';
import { dateEn, dateTh, describeExpected, monthEn, monthTh, periodConfidenceNote } from '../expected';
import { msg, outcome, type Outcome } from '../outcome';
import { monthKey, primary } from '../periods';

const yearsText = (ys: number[]) => (ys.length ? ys.join(', ') : '—');

function withNote(ctx: JudgeContext, m: Message): Message {
  const note = periodConfidenceNote(ctx.rule.period, ctx.Y);
  return note ? { ...m, th: `${m.th} (${note.th})`, en: `${m.en} (${note.en})` } : m;
}

function spanOf(p?: FoundPeriod): [number, number] | undefined {
  return p ? p.span : undefined;
}

/** "outdated" with the direction of the miss: an older year, or a newer one (§6.2 rule 3). */
function outdated(ctx: JudgeContext, found: number[], wanted: number, what: { th: string; en: string }, p?: FoundPeriod): Outcome {
  const exp = describeExpected(ctx.rule.period.kind, ctx.Y);
  const newer = found.length > 0 && Math.min(...found) > wanted;
  const older = found.length > 0 && Math.max(...found) < wanted;
  const code = newer ? 'period.newer' : older ? 'period.older' : 'period.other';
  const dir = newer
    ? { th: 'เป็นข้อมูลของปีที่ใหม่กว่าปีที่ประเมิน', en: 'newer year than the one assessed' }
    : older
      ? { th: 'เป็นข้อมูลของปีที่เก่ากว่า', en: 'older year' }
      : { th: 'ไม่ตรงกับช่วงที่กำหนด', en: 'another period' };
  return outcome('period', 'outdated', {
    messages: [
      withNote(
        ctx,
        msg(code, 'error', `ช่วงเวลาไม่ตรง (${dir.th}): ต้องเป็น${exp.th} แต่พบ${what.th} ${yearsText(found)}`, `wrong period (${dir.en}): expected ${exp.en}, found ${what.en} ${yearsText(found)}`),
      ),
    ],
    years: found,
    span: spanOf(p),
    // Only an older document can be "not yet" replaced by the year's one (§6.4).
    periodFailure: !newer,
  });
}

function noDate(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  const exp = describeExpected(ctx.rule.period.kind, ctx.Y);
  // §6.2 rule 7 and §7.5: the body decides, titles are unreliable. A year in the link text or page title
  // alone proves nothing, but it is worth saying: a person can confirm it, and the fix is one line.
  const titleish = [doc.snap?.title ?? '', doc.candidate.matchedText ?? ''].join(' \n ');
  const kind = ctx.rule.period.kind;
  const wanted = kind === 'previousFy' || kind === 'previousIta' ? ctx.Y - 1 : ctx.Y;
  if (provingPeriods(extractPeriods(titleish)).some((p) => coversFiscalYear(p, wanted)))
    return outcome('period', 'needs-review', {
      messages: [
        withNote(
          ctx,
          msg(
            'period.title-only',
            'error',
            `พบปี ${wanted} เฉพาะในชื่อเรื่องหรือข้อความลิงก์ ไม่พบในเนื้อหา จึงยืนยันไม่ได้ว่าเป็น${exp.th} ควรระบุปีงบประมาณในตัวเอกสาร`,
            `year ${wanted} appears only in the title or link text, not in the body, so it does not show that it covers ${exp.en}; state the fiscal year in the document`,
          ),
        ),
      ],
      years: [wanted],
      periodFailure: true,
    });
  return outcome('period', 'needs-review', {
    messages: [
      withNote(
        ctx,
        msg('period.no-date', 'error', `ไม่พบปีหรือวันที่ในเนื้อหาที่ยืนยันได้ว่าเป็น${exp.th}`, `no year or date in the body shows that it covers ${exp.en}`),
      ),
    ],
    periodFailure: true,
  });
}

/** §6.2 rule 2: inside FY Y but after the submission window, assessors of a past year never saw it. */
function lateWarning(ctx: JudgeContext, matches: FoundPeriod[]): Message[] {
  if (ctx.running || !matches.length) return [];
  const c = ctx.ruleSet.calendar.submissionEnd;
  const endKey = ctx.Y * 10000 + c.month * 100 + c.day;
  const keyOf = (p: FoundPeriod) => (p.from.m ? p.from.y * 10000 + p.from.m * 100 + (p.from.d ?? 1) : undefined);
  const allLate = matches.every((p) => {
    const k = keyOf(p);
    return k !== undefined && k > endKey;
  });
  if (!allLate) return [];
  const end = { y: ctx.Y, m: c.month, d: c.day };
  return [
    msg(
      'period.after-submission',
      'warning',
      `ลงวันที่ในปีงบประมาณ ${ctx.Y} แต่หลังช่วงส่งข้อมูล (${dateTh(end)}) ผู้ตรวจประเมินปี ${ctx.Y} จึงไม่ได้เห็นเอกสารนี้`,
      `dated in fiscal year ${ctx.Y} but after the submission window (${dateEn(end)}): the ${ctx.Y} assessors could not have seen it`,
    ),
  ];
}

const HALF_WORDS = /6\s*เดือน|หกเดือน|ครึ่งปี|ไตรมาส|รอบ\s*6|ต\.?ค\.?.{0,20}มี\.?ค/u;

/**
 * Items whose evidence states what is to be done — plans, policies, declarations, announcements, a risk
 * assessment with its measures: a year in the future tense is their content. For every other `fy` item
 * (activities, reports, statistics: O35, O38, O43 …) it must be done in FY Y, and a promise is no proof (§9.7).
 */
const FORWARD_LOOKING = /(?:plan|polic(?:y|ies)|declaration|announcements?|risk-assessment)$/;

export function futureCounts(ctx: Pick<JudgeContext, 'rule'>): boolean {
  const last = ctx.rule.semanticId.split('.').pop() ?? '';
  return FORWARD_LOOKING.test(last);
}

/** Only a promise ("จะดำเนินการในปีงบประมาณ Y") names FY Y: the activity is not shown as done. */
function plannedOnly(ctx: JudgeContext, planned: FoundPeriod[]): Outcome {
  return outcome('period', 'incomplete', {
    messages: [
      msg(
        'period.future-only',
        'error',
        `พบปีงบประมาณ ${ctx.Y} เฉพาะในข้อความที่เป็นแผน (จะดำเนินการ) ไม่ใช่หลักฐานว่าได้ดำเนินการแล้ว: "${planned[0].text}"`,
        `fiscal year ${ctx.Y} appears only as a plan (future tense), not as evidence that the work was done: "${planned[0].text}"`,
      ),
    ],
    years: [ctx.Y],
    span: planned[0].span,
    // The year may still bring the activity (§6.4 "not yet due").
    periodFailure: true,
  });
}

/** Periods that say which months a report covers; a single date is when it was signed or an event, not its span. */
const COVERAGE_KINDS: ReadonlySet<FoundPeriod['kind']> = new Set(['month', 'monthRange', 'dateRange', 'quarter']);
const FIRST_HALF_WORDS = /(?:6|หก)\s*เดือนแรก|ครึ่งปีแรก|ครึ่งแรกของปี/u;

/**
 * fyFirstHalf (§6.2): FY Y is not enough when the report says which months it covers. It must cover at least
 * one month of ต.ค. Y−1 – มี.ค. Y (a first-half, quarter 1 or 2, or monthly report); one only about เม.ย.–ก.ย. Y
 * (the second half, quarter 3 or 4) reports on another period.
 */
function outsideFirstHalf(ctx: JudgeContext, doc: JudgeDoc, matches: FoundPeriod[]): Outcome | undefined {
  const covering = matches.filter((p) => COVERAGE_KINDS.has(p.kind) && p.from.m && p.to.m);
  if (!covering.length || FIRST_HALF_WORDS.test(doc.norm)) return undefined;
  const start = monthKey({ y: ctx.Y - 1, m: 10 });
  const end = monthKey({ y: ctx.Y, m: 3 });
  const key = (x: { y: number; m?: number }) => monthKey({ y: x.y, m: x.m ?? 1 });
  if (covering.some((p) => key(p.from) <= end && key(p.to) >= start)) return undefined;
  const from = covering.reduce((a, p) => (key(p.from) < key(a) ? p.from : a), covering[0].from);
  const to = covering.reduce((a, p) => (key(p.to) > key(a) ? p.to : a), covering[0].to);
  const exp = describeExpected(ctx.rule.period.kind, ctx.Y);
  const seen = { th: `${monthTh(from.y, from.m!)} – ${monthTh(to.y, to.m!)}`, en: `${monthEn(from.y, from.m!)} – ${monthEn(to.y, to.m!)}` };
  return outcome('period', 'outdated', {
    messages: [
      withNote(
        ctx,
        msg(
          'period.other',
          'error',
          `ช่วงเวลาไม่ตรง (เป็นช่วงอื่น): ต้องเป็น${exp.th} แต่เอกสารรายงานเฉพาะช่วง ${seen.th} ซึ่งอยู่ในครึ่งหลังของปีงบประมาณ ${ctx.Y}`,
          `wrong period (another period): expected ${exp.en}, but the document reports only on ${seen.en}, the second half of fiscal year ${ctx.Y}`,
        ),
      ),
    ],
    years: [ctx.Y],
    span: covering[0].span,
    // A later part of the year is not an older document the year's one may still replace (§6.4).
    periodFailure: false,
  });
}

function checkFy(ctx: JudgeContext, doc: JudgeDoc, firstHalf: boolean): Outcome {
  const all = provingPeriods(doc.periods, ['fiscalYear', 'event', 'actionPeriod', 'planRange']);
  const forward = futureCounts(ctx);
  const ps = forward ? all : all.filter((p) => !p.future);
  const planned = forward ? [] : all.filter((p) => p.future && coversFiscalYear(p, ctx.Y));
  if (!ps.length) return planned.length ? plannedOnly(ctx, planned) : noDate(ctx, doc);
  const matches = ps.filter((p) => coversFiscalYear(p, ctx.Y));
  const found = fiscalYearsIn(ps);
  if (!matches.length) {
    const o = outdated(ctx, found, ctx.Y, { th: 'ปี', en: 'year(s)' }, ps[0]);
    if (planned.length)
      o.messages.push(
        msg(
          'period.future-only',
          'info',
          `ปีงบประมาณ ${ctx.Y} ปรากฏเฉพาะในรูปแผนที่จะดำเนินการ: "${planned[0].text}"`,
          `fiscal year ${ctx.Y} appears only as a plan: "${planned[0].text}"`,
        ),
      );
    return o;
  }
  if (firstHalf) {
    const other = outsideFirstHalf(ctx, doc, matches);
    if (other) return other;
  }
  const warnings = lateWarning(ctx, matches);
  if (firstHalf && !HALF_WORDS.test(doc.norm) && !matches.some((p) => p.from.m && p.from.m >= 10))
    warnings.push(
      msg(
        'period.half-unclear',
        'warning',
        `พบปีงบประมาณ ${ctx.Y} แต่ไม่ชัดว่าครอบคลุมรอบ 6 เดือนแรก (ต.ค. ${ctx.Y - 1} – มี.ค. ${ctx.Y})`,
        `fiscal year ${ctx.Y} found, but it is not clear that the first six months (Oct ${ctx.Y - 1} – Mar ${ctx.Y}) are covered`,
      ),
    );
  return outcome('period', 'pass', {
    messages: [msg('period.ok', 'info', `พบปีงบประมาณ ${ctx.Y} ในเนื้อหา`, `fiscal year ${ctx.Y} found in the body`)],
    warnings,
    years: [ctx.Y],
    span: spanOf(matches[0]),
  });
}

function checkPreviousFy(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  // The report's own year is the one it names most, not every year it mentions (comparisons, next year's plan).
  const fyPs = provingPeriods(doc.periods, ['fiscalYear']);
  // "…ต่อไปในปีงบประมาณถัดไป" in a report is next year's plan, not the year reported on.
  const ps = fyPs.length ? fyPs : provingPeriods(doc.periods, ['event', 'actionPeriod']).filter((p) => !p.future);
  if (!ps.length) return noDate(ctx, doc);
  const main = primary(ps, (p) => String(fiscalSpanOf(p)[1]))!;
  const year = fiscalSpanOf(main)[1];
  const found = fiscalYearsIn(ps);
  if (year === ctx.Y - 1)
    return outcome('period', 'pass', {
      messages: [msg('period.ok', 'info', `เป็นรายงานของปีงบประมาณ ${year}`, `reports on fiscal year ${year}`)],
      years: [year],
      span: main.span,
    });
  if (year >= ctx.Y) {
    const o = outdated(ctx, [year], ctx.Y - 1, { th: 'รายงานของปีงบประมาณ', en: 'a report on fiscal year' }, main);
    // §6.2 rule 4: a report on FY Y could not exist during the assessment of Y.
    o.messages.push(
      msg(
        'period.later-report',
        'info',
        `รายงานประจำปีงบประมาณ ${year} ยังไม่อาจมีในช่วงประเมิน ITA ${ctx.Y} แสดงว่าเป็นเอกสารของปีถัดไป`,
        `an annual report on fiscal year ${year} could not exist during ITA ${ctx.Y}: it belongs to a later assessment`,
      ),
    );
    return o;
  }
  return outdated(ctx, found.filter((y) => y < ctx.Y), ctx.Y - 1, { th: 'รายงานของปีงบประมาณ', en: 'a report on fiscal year' }, main);
}

function checkCoversFy(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  const ranges = provingPeriods(doc.periods, ['planRange']).filter((p) => p.to.y > p.from.y);
  if (ranges.length) {
    // A plan names its own range many times; a previous plan or a national strategy is an aside.
    const main = primary(ranges, (p) => `${p.from.y}-${p.to.y}`)!;
    const r = `${main.from.y}–${main.to.y}`;
    if (main.from.y <= ctx.Y && ctx.Y <= main.to.y)
      return outcome('period', 'pass', {
        messages: [msg('period.ok', 'info', `แผนช่วงปี พ.ศ. ${r} ครอบคลุมปี ${ctx.Y}`, `plan range ${r} includes ${ctx.Y}`)],
        years: [main.from.y, main.to.y],
        span: main.span,
      });
    const o = outdated(ctx, [main.from.y, main.to.y], ctx.Y, { th: 'แผนช่วงปี', en: 'a plan covering' }, main);
    o.messages[0] = {
      ...o.messages[0],
      th: o.messages[0].th.replace(`${main.from.y}, ${main.to.y}`, r),
      en: o.messages[0].en.replace(`${main.from.y}, ${main.to.y}`, r),
    };
    return o;
  }
  // A one-year plan naming FY Y also covers Y.
  const fys = provingPeriods(doc.periods, ['fiscalYear']);
  if (!fys.length) return noDate(ctx, doc);
  const found = fiscalYearsIn(fys);
  if (found.includes(ctx.Y))
    return outcome('period', 'pass', {
      messages: [msg('period.ok', 'info', `พบปีงบประมาณ ${ctx.Y}`, `fiscal year ${ctx.Y} found`)],
      warnings: [
        msg('period.no-range', 'warning', 'ไม่พบช่วงปีของแผน (เช่น พ.ศ. 2566–2570) พบเพียงปีงบประมาณเดียว', 'no plan year range (e.g. 2566–2570) found, only a single fiscal year'),
      ],
      years: [ctx.Y],
    });
  return outdated(ctx, found, ctx.Y, { th: 'ปี', en: 'year(s)' }, fys[0]);
}

function checkPreviousIta(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  const analysed = provingPeriods(doc.periods, ['itaAnalysed']);
  if (!analysed.length)
    return outcome('period', 'needs-review', {
      messages: [
        withNote(
          ctx,
          msg(
            'period.no-ita-year',
            'error',
            `ไม่พบว่าเอกสารวิเคราะห์ผลการประเมิน ITA ปีใด (ต้องเป็น ITA ${ctx.Y - 1})`,
            `could not tell which ITA year the document analyses (expected ITA ${ctx.Y - 1})`,
          ),
        ),
      ],
    });
  const main = primary(analysed, (p) => String(p.to.y))!;
  const year = main.to.y;
  if (year !== ctx.Y - 1) return outdated(ctx, [year], ctx.Y - 1, { th: 'การวิเคราะห์ผล ITA', en: 'an analysis of ITA' }, main);
  const warnings: Message[] = [];
  const actions = provingPeriods(doc.periods, ['actionPeriod', 'fiscalYear']);
  if (actions.length && !actions.some((p) => coversFiscalYear(p, ctx.Y)))
    warnings.push(
      msg(
        'period.action-outside',
        'warning',
        `ระยะเวลาดำเนินการตามมาตรการไม่อยู่ในปีงบประมาณ ${ctx.Y} (พบ ${yearsText(fiscalYearsIn(actions))})`,
        `the measures' action period is not in fiscal year ${ctx.Y} (found ${yearsText(fiscalYearsIn(actions))})`,
      ),
    );
  return outcome('period', 'pass', {
    messages: [
      msg('period.ok', 'info', `วิเคราะห์ผลการประเมิน ITA ${year} (ปีก่อนหน้า)`, `analyses the ITA ${year} result (the previous year)`),
    ],
    warnings,
    years: [year, ...fiscalYearsIn(actions).filter((y) => y === ctx.Y)],
    span: main.span,
  });
}

/** The period check of one candidate. monthlyFirstHalf is judged across all candidates (checks/monthly.ts). */
export function checkPeriod(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  switch (ctx.rule.period.kind) {
    case 'fy':
      return checkFy(ctx, doc, false);
    case 'fyFirstHalf':
      return checkFy(ctx, doc, true);
    case 'previousFy':
      return checkPreviousFy(ctx, doc);
    case 'coversFy':
      return checkCoversFy(ctx, doc);
    case 'previousIta':
      return checkPreviousIta(ctx, doc);
    default:
      // none / current / live / monthlyFirstHalf: nothing to check per document.
      return outcome('period', 'pass');
  }
}
