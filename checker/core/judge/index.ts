// judgeItem: one item's rule + its candidates' snapshots → ItemVerdict (ita-oit.md §6.3).
// Every candidate is evaluated by small checks (fetch, period, elements, disqualifiers, special checks,
// content defects); the best candidate decides and, within it, the most severe defect wins (rule 2).
import type { JudgeItemFn, JudgeItemInput } from '../api';
import type { Evidence, ItemStatus, ItemVerdict, Message } from '../types';
import { STATUS_SEVERITY } from '../types';
import { snippetAround } from '../text/index';
import { makeContext, makeDoc, type JudgeContext, type JudgeDoc } from './context';
import { describeExpected } from './expected';
import { checkFetch } from './checks/fetch';
import { checkPeriod } from './checks/period';
import { checkElements } from './checks/elements';
import { checkDisqualifiers } from './checks/disqualifiers';
import { contentDefects } from './checks/defects';
import { checkMonthlyParts } from './checks/monthly';
import { checkDependencies } from './checks/dependencies';
import { notYetDue } from './checks/notYetDue';
import { SPECIAL_CHECKS } from './special/index';
import { msg, STATUS_TH, worstStatus, type Outcome } from './outcome';
import { provingPeriods, provingYears } from '../dates/index';

export interface CandidateEvaluation {
  doc: JudgeDoc;
  outcomes: Outcome[];
  warnings: Message[];
  status: ItemStatus;
}

/**
 * Which candidate is best (§6.3 rules 2 and 3): a pass, then one the machine cannot read, then a right-period
 * one lacking parts; a dead own-host link outranks an old or newer document, since broken means "no working
 * link of the right period serves it".
 */
const CHOICE_RANK: Record<ItemStatus, number> = { pass: 0, 'needs-review': 1, incomplete: 2, broken: 3, outdated: 4, missing: 5 };

// These special checks weigh their disqualifiers themselves (O36 "no risk" and ปค. forms, O42 pasted ITAS text).
const SELF_JUDGING = new Set(['corruption-risk-assessment', 'corruption-risk-actions', 'integrity-measures']);

export function evaluateCandidate(ctx: JudgeContext, doc: JudgeDoc): CandidateEvaluation {
  const fetched = checkFetch(doc);
  if (fetched.status !== 'pass') return { doc, outcomes: [fetched], warnings: [], status: fetched.status };
  const outcomes: Outcome[] = [fetched, checkPeriod(ctx, doc), checkElements(doc, ctx.rule.elements)];
  if (!ctx.rule.specialChecks.some((s) => SELF_JUDGING.has(s))) outcomes.push(checkDisqualifiers(ctx, doc));
  for (const s of ctx.rule.specialChecks) outcomes.push(SPECIAL_CHECKS[s](ctx, doc));
  const warnings = contentDefects(ctx, doc);
  let status = worstStatus(outcomes.map((o) => o.status));
  // Linked documents that could not be read: a dead own-host file is broken (the page links evidence that
  // fails); an unreadable one means the machine cannot fail the item on what it did not read (rule 4).
  const partFailures = doc.parts.map((p) => checkFetch(p)).filter((o) => o.status !== 'pass');
  if (partFailures.length) {
    if (status === 'pass') warnings.push(...partFailures.flatMap((o) => o.messages.map((m) => ({ ...m, severity: 'warning' as const }))));
    else {
      const worstPart = partFailures.find((o) => o.status === 'broken') ?? partFailures[0];
      if (worstPart.status === 'broken' || status !== 'needs-review') outcomes.push(worstPart.status === 'broken' ? worstPart : { ...worstPart, status: 'needs-review' });
      status = worstPart.status === 'broken' ? worstStatus([status, 'broken']) : 'needs-review';
    }
  }
  return { doc, outcomes, warnings, status };
}

function evidenceOf(ev: CandidateEvaluation, decisive?: Outcome): Evidence {
  const { doc } = ev;
  const spanned = decisive?.span ?? ev.outcomes.find((o) => o.span && o.check === 'period')?.span ?? ev.outcomes.find((o) => o.span)?.span;
  const snippet = doc.text ? (spanned ? snippetAround(doc.text, spanned[0], spanned[1], 160) : snippetAround(doc.text, 0, 0, 160)) : '';
  const fromOutcomes = [...new Set(ev.outcomes.flatMap((o) => o.years ?? []))];
  const years = fromOutcomes.length ? fromOutcomes.sort((a, b) => a - b) : provingYears(doc.periods).slice(0, 8);
  return {
    url: doc.url,
    title: doc.snap?.title || doc.candidate.matchedText,
    snippet,
    years,
    periods: provingPeriods(doc.periods).slice(0, 12),
    via: doc.candidate.via,
    offSite: doc.offSite,
    httpStatus: doc.snap?.status,
  };
}

function dedupe(ms: Message[]): Message[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.code}|${m.th}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function base(input: JudgeItemInput): Omit<ItemVerdict, 'status' | 'evidence' | 'messages' | 'warnings'> {
  const r = input.rule;
  return {
    id: r.id,
    name: r.name,
    subIndicator: r.subIndicator,
    expected: { ...describeExpected(r.period.kind, input.year), kind: r.period.kind, confidence: r.period.confidence },
    pointCost: input.pointCost,
    candidates: input.candidates,
    fix: r.fix,
  };
}

/** §6.3 rule 3: nothing linked for Y → missing, naming any old evidence seen on another year's page. */
function judgeMissing(ctx: JudgeContext, input: JudgeItemInput): ItemVerdict {
  const r = input.rule;
  const messages: Message[] = [];
  messages.push(
    input.listedWithoutLink
      ? msg('item.listed-without-link', 'error', `หน้า ITA ปี ${ctx.Y} มีหัวข้อ ${r.id} ${r.name.th} แต่ไม่มีลิงก์ไปยังข้อมูล`, `the ITA ${ctx.Y} page lists ${r.id} ${r.name.en} but links to nothing`)
      : msg('item.missing', 'error', `ไม่พบ ${r.id} ${r.name.th} บนเว็บไซต์สำหรับ ITA ปี ${ctx.Y}`, `${r.id} ${r.name.en} was not found on the site for ITA ${ctx.Y}`),
  );
  const old = input.otherYearCandidates.map((c) => evaluateCandidate(ctx, makeDoc(c, input)));
  const evidence = old.slice(0, 5).map((e) => evidenceOf(e));
  if (old.length) {
    const named = old.slice(0, 3).map((e) => {
      const from = e.doc.candidate.indexYear ? `ITA ${e.doc.candidate.indexYear}` : '';
      const ys = evidenceOf(e).years;
      return { th: `${e.doc.url}${from ? ` (จากหน้า ${from}` : ' ('}${ys.length ? `${from ? ', ' : ''}ปี ${ys.join(', ')}` : ''})`, en: `${e.doc.url}${from ? ` (from the ${from} page` : ' ('}${ys.length ? `${from ? ', ' : ''}years ${ys.join(', ')}` : ''})` };
    });
    messages.push(
      msg(
        'item.old-evidence',
        'info',
        `พบเฉพาะเอกสารที่ลิงก์จากหน้า ITA ปีอื่น ซึ่งใช้แทนของปี ${ctx.Y} ไม่ได้: ${named.map((n) => n.th).join('; ')}`,
        `only evidence linked from another year's ITA page was seen, which does not serve ITA ${ctx.Y}: ${named.map((n) => n.en).join('; ')}`,
      ),
    );
    const rightPeriod = old.find((e) => e.outcomes.some((o) => o.check === 'period' && o.status === 'pass' && (o.years ?? []).length));
    if (rightPeriod)
      messages.push(
        msg(
          'item.link-from-this-year',
          'info',
          `${rightPeriod.doc.url} ดูเหมือนเป็นของช่วงเวลาที่ถูกต้อง ให้ลิงก์จากหน้า ITA ปี ${ctx.Y}`,
          `${rightPeriod.doc.url} looks like the right period: link it from the ITA ${ctx.Y} page`,
        ),
      );
  }
  const soft = notYetDue(ctx, 'missing', true);
  if (soft)
    return { ...base(input), status: 'needs-review', evidence, messages: [...soft.messages, ...messages.map((m) => ({ ...m, severity: 'info' as const }))], warnings: [], notYetDue: soft.notYetDue };
  return { ...base(input), status: 'missing', evidence, messages, warnings: [] };
}

/** Period messages of a page with no year in its body (a year in its title alone proves nothing, §7.5). */
const UNDATED_CODES = new Set(['period.no-date', 'period.title-only']);
/** Below every status a linked page can have: the page it points to decides. */
const UNDATED_POINTER_RANK = 4.5;

/**
 * A page whose only defect is that it carries no date, next to a page it links or is linked from that was
 * judged on dates: a CMS post "O7 ข่าวประชาสัมพันธ์" pointing to the news list, or one undated article under
 * a dated news list. The dated page is the evidence; the undated one's silence does not outrank it.
 */
function undatedPointer(e: CandidateEvaluation, all: CandidateEvaluation[]): boolean {
  if (e.status !== 'needs-review') return false;
  const failing = e.outcomes.filter((o) => o.status !== 'pass');
  if (!failing.length || !failing.every((o) => o.check === 'period' && o.messages.some((m) => UNDATED_CODES.has(m.code)))) return false;
  const urlOf = (x: CandidateEvaluation) => x.doc.snap?.finalUrl || x.doc.url;
  return all.some(
    (o) => o !== e && o.status !== 'needs-review' && !!o.doc.snap && (o.doc.candidate.from === urlOf(e) || e.doc.candidate.from === urlOf(o) || e.doc.candidate.from === o.doc.url),
  );
}

export const judgeItem: JudgeItemFn = (input) => {
  const ctx = makeContext(input);
  if (!input.candidates.length) return judgeMissing(ctx, input);
  const evals = input.candidates.map((c) => evaluateCandidate(ctx, makeDoc(c, input)));
  const rank = (e: CandidateEvaluation) => (undatedPointer(e, evals) ? UNDATED_POINTER_RANK : CHOICE_RANK[e.status]);
  // Best candidate first; stable for equal ranks, so discovery's order (best first) breaks ties.
  const ranked = evals
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map((x) => x.e);
  const best = ranked[0];
  // §6.3 rule 3: the year's page lists the item with nothing linked ("อยู่ระหว่างรวบรวมข้อมูล"), and all the
  // site offers elsewhere is older: the item is missing, and the message names what was seen.
  const fromYearPage = (e: CandidateEvaluation) => e.doc.candidate.via.startsWith('index') || e.doc.candidate.via === 'explicit-map';
  if (input.listedWithoutLink && best.status === 'outdated' && !evals.some(fromYearPage) && best.outcomes.some((o) => o.status === 'outdated' && o.periodFailure))
    return judgeMissing(ctx, { ...input, otherYearCandidates: [...input.candidates, ...input.otherYearCandidates] });
  const outcomes = [...best.outcomes];
  const itemLevel: Outcome[] = [];
  const periodKind = input.rule.period.kind;
  if (periodKind === 'monthlyFirstHalf' || input.rule.specialChecks.includes('monthly-parts'))
    itemLevel.push(checkMonthlyParts(ctx, evals.map((e) => e.doc)));
  const wouldPass = worstStatus([best.status, ...itemLevel.map((o) => o.status)]) === 'pass';
  itemLevel.push(checkDependencies(ctx, wouldPass, best.doc));
  outcomes.push(...itemLevel);
  // The candidate's own status already weighs its unreadable parts (rule 4); item-level checks add to it.
  let status = worstStatus([best.status, ...itemLevel.map((o) => o.status)]);
  let notYet = outcomes.find((o) => o.notYetDue)?.notYetDue;

  // §6.4: a failure that is only about the period (old or undated evidence, months to come) while the window is open.
  const failing = outcomes.filter((o) => STATUS_SEVERITY[o.status] > 0);
  const periodOnly = failing.length > 0 && failing.every((o) => o.periodFailure || o.check === 'monthly');
  const soft = status !== 'pass' ? notYetDue(ctx, status, periodOnly) : undefined;
  if (soft) {
    outcomes.push(soft);
    status = 'needs-review';
    notYet = soft.notYetDue;
  }

  // Messages: the deciding defect first, then the others it outranks (rule 2: "the message lists the others").
  const byWeight = [...outcomes].sort((a, b) => (soft && a === soft ? -1 : soft && b === soft ? 1 : STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]));
  let messages = dedupe(byWeight.flatMap((o) => o.messages));
  if (status === 'pass') messages = messages.filter((m) => m.severity !== 'error');
  const others = ranked.slice(1);
  if (others.length)
    messages.push(
      msg(
        'item.other-candidates',
        'info',
        `พิจารณาลิงก์อื่นด้วย: ${others.slice(0, 4).map((o) => `${o.doc.url} (${STATUS_TH[o.status]})`).join('; ')}`,
        `other candidates considered: ${others.slice(0, 4).map((o) => `${o.doc.url} (${o.status})`).join('; ')}`,
      ),
    );
  const warnings = dedupe([...outcomes.flatMap((o) => o.warnings), ...best.warnings]);
  const decisive = byWeight.find((o) => o.span && STATUS_SEVERITY[o.status] === STATUS_SEVERITY[status]);
  const evidence = [evidenceOf(best, decisive), ...others.slice(0, 4).map((o) => evidenceOf(o))];
  const verdict: ItemVerdict = { ...base(input), status, evidence, messages, warnings };
  if (status === 'needs-review' && notYet) verdict.notYetDue = notYet;
  return verdict;
};

export { evaluateCandidate as evaluate };
export { checkFetch, checkPeriod, checkElements, checkDisqualifiers, contentDefects, checkMonthlyParts, checkDependencies, notYetDue };
export { SPECIAL_CHECKS } from './special/index';
export { describeExpected } from './expected';
