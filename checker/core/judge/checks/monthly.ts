// Items made of parts, one per month of the first half of FY Y (O23 in 2565, O21 in 2566; ita-oit.md §6.2,
// §6.3 rules 5 and 9). Months are gathered across every candidate: the text of each document, the link
// texts of a month list, and the candidate's own link text. A month whose link fails is broken, which
// outranks a missing month; months still to come while Y runs are "not yet due" (§6.4).
import { beToIso, extractPeriods, fiscalYearsIn, lastDayOf, provingPeriods } from '../../dates/index';
import type { FoundPeriod } from '../../types';
import type { JudgeContext, JudgeDoc } from '../context';
import { isOwnHost } from '../../discover/urls';
import { firstHalfMonths, monthEn, monthTh } from '../expected';
import { fetchFailure } from './fetch';
import { joinEn, joinTh, msg, outcome, type Outcome } from '../outcome';
import { monthKey, monthsOf } from '../periods';
import { todayBE } from '../clock';

type MonthState = 'present' | 'broken';

function monthsIn(text: string): Array<{ y: number; m: number }> {
  const out: Array<{ y: number; m: number }> = [];
  for (const p of provingPeriods(extractPeriods(text), ['event', 'actionPeriod', 'fiscalYear', 'other'])) {
    const ms = monthsOf(p);
    if (ms && ms.length <= 12) out.push(...ms);
  }
  return out;
}

export function checkMonthlyParts(ctx: JudgeContext, docs: JudgeDoc[]): Outcome {
  const Y = ctx.Y;
  const half = firstHalfMonths(Y);
  const inWindow = new Set(half.map(monthKey));
  const state = new Map<number, MonthState>();
  const brokenUrls = new Map<number, string>();
  const otherMonths: FoundPeriod[] = [];
  const linkedDead = new Set<number>();
  const mark = (k: number, s: MonthState, url?: string) => {
    if (!inWindow.has(k)) return;
    // A working copy of a month anywhere serves it; a dead link only counts when nothing else does.
    if (s === 'present' || !state.has(k)) state.set(k, s);
    if (s === 'broken' && url) brokenUrls.set(k, url);
  };

  for (const doc of docs) {
    const failed = doc.snap ? fetchFailure(doc) : undefined;
    const ownFails = !!failed && !doc.offSite;
    // The candidate's link text names its month ("สขร.1 ต.ค. 64"): the document is that month's part.
    for (const mo of monthsIn(doc.candidate.matchedText ?? '')) mark(monthKey(mo), ownFails ? 'broken' : 'present', doc.url);
    if (!doc.snap || failed) continue;
    // A month list: each link's text or row names the month; its target decides present or broken.
    for (const link of doc.snap.links ?? []) {
      const ms = monthsIn(`${link.text} ${link.context}`).filter((mo) => inWindow.has(monthKey(mo)));
      if (!ms.length) continue;
      const target = ctx.input.snapshot(link.href);
      const dead = target ? fetchFailure({ snap: target }) : undefined;
      const st: MonthState = dead && isOwnHost(target?.finalUrl || link.href, ctx.input.siteHosts) ? 'broken' : 'present';
      for (const mo of ms) {
        mark(monthKey(mo), st, link.href);
        if (st === 'broken') linkedDead.add(monthKey(mo));
      }
    }
    // Months named in the text (the page's own list, or inside readable linked files). A month whose only
    // link is dead stays broken: the list naming it is not the summary (§6.3 rule 9).
    for (const p of provingPeriods(doc.periods, ['event', 'actionPeriod', 'fiscalYear', 'other'])) {
      const ms = monthsOf(p);
      if (!ms || ms.length > 6) continue;
      let any = false;
      for (const mo of ms)
        if (inWindow.has(monthKey(mo))) {
          any = true;
          if (!linkedDead.has(monthKey(mo)) || partsNaming(doc, mo)) mark(monthKey(mo), 'present');
        }
      if (!any) otherMonths.push(p);
    }
  }

  const today = todayBE(ctx.now);
  const todayKey = today.y * 100 + today.m;
  // A month is due once it has ended (its summary can only follow it).
  const due = (mo: { y: number; m: number }) => !ctx.running || monthKey(mo) < todayKey;
  const broken = half.filter((mo) => state.get(monthKey(mo)) === 'broken');
  const missing = half.filter((mo) => !state.has(monthKey(mo)) && due(mo));
  const notYet = half.filter((mo) => !state.has(monthKey(mo)) && !due(mo));
  const present = half.filter((mo) => state.get(monthKey(mo)) === 'present');
  const list = (ms: typeof half) => ({ th: joinTh(ms.map((m) => monthTh(m.y, m.m))), en: joinEn(ms.map((m) => monthEn(m.y, m.m))) });
  const messages = [];
  let status: Outcome['status'] = 'pass';

  if (!present.length && !broken.length) {
    if (otherMonths.length) {
      const found = fiscalYearsIn(otherMonths);
      const newer = Math.min(...found) > Y;
      if (!notYet.length || newer)
        return outcome('monthly', 'outdated', {
          messages: [
            msg(
              newer ? 'period.newer' : 'period.older',
              'error',
              `ไม่พบสรุปผลของเดือนใดในช่วง ต.ค. ${Y - 1} – มี.ค. ${Y} พบเฉพาะของปีงบประมาณ ${found.join(', ')}`,
              `no summary for any month of Oct ${Y - 1} – Mar ${Y}; only fiscal year(s) ${found.join(', ')} found`,
            ),
          ],
          years: found,
          periodFailure: !newer,
        });
    }
  }
  if (broken.length) {
    status = 'broken';
    const b = list(broken);
    messages.push(
      msg('monthly.broken', 'error', `ลิงก์ของเดือน ${b.th} เสีย (${[...new Set(broken.map((m) => brokenUrls.get(monthKey(m))))].join(', ')})`, `the link for ${b.en} is broken (${[...new Set(broken.map((m) => brokenUrls.get(monthKey(m))))].join(', ')})`),
    );
  }
  if (missing.length) {
    if (status === 'pass') status = 'incomplete';
    const l = list(missing);
    messages.push(msg('monthly.missing', 'error', `ไม่พบสรุปผลของเดือน ${l.th}`, `no summary found for ${l.en}`));
  }
  if (notYet.length) {
    const l = list(notYet);
    messages.push(msg('monthly.not-yet-due', 'info', `เดือน ${l.th} ยังไม่ถึงกำหนด`, `${l.en}: not yet due`));
  }
  if (status === 'pass' && present.length === half.length)
    messages.push(msg('monthly.ok', 'info', `พบสรุปผลครบทั้ง 6 เดือน (ต.ค. ${Y - 1} – มี.ค. ${Y})`, `all six months found (Oct ${Y - 1} – Mar ${Y})`));
  const o = outcome('monthly', status, { messages, years: present.length ? [Y] : [] });
  if (status === 'pass' && notYet.length) {
    const last = notYet[notYet.length - 1];
    o.status = 'needs-review';
    o.notYetDue = { windowEnd: beToIso(last.y, last.m, lastDayOf(last.y, last.m)) };
  }
  return o;
}

/** A readable linked file of the candidate names this month (a working copy beside a dead link). */
function partsNaming(doc: JudgeDoc, mo: { y: number; m: number }): boolean {
  return doc.parts.some(
    (p) => p.snap && !fetchFailure(p) && p.periods.some((q) => (monthsOf(q) ?? []).some((x) => monthKey(x) === monthKey(mo))),
  );
}
