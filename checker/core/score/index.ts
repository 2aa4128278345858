// OIT scoring (ita-oit.md §8): item 100/0 → sub-indicator share passed → indicator mean → OIT mean,
// plus the ITA share and, only with user-given IIT and EIT, a projected total and grade.
// Everything is derived from the rule set's membership and weights; nothing here knows 2565 or 2566.
import type { Bilingual, RuleSet } from '../../../rules/schema';
import type { ItemVerdict, Score, ScoreRange } from '../types';

export interface PointCost {
  /** Points of the item's indicator lost when the item fails. */
  indicator: number;
  /** Points of the OIT score. */
  oit: number;
  /** Points of the ITA total (OIT weight × OIT points). */
  ita: number;
}

export interface ScoreOptions {
  /** IIT and EIT instrument scores (0–100) the user entered: enables the projected total and grade. */
  iitEit?: { iit: number; eit: number };
  /** ITA year judged: decides whether result levels apply (`scoring.levelsFrom`). */
  year?: number;
}

/**
 * Instrument weights as fractions. Rule files may write 0.4 or 40; both mean 40 %.
 */
export function instrumentWeights(ruleSet: RuleSet): { iit: number; eit: number; oit: number } {
  const w = ruleSet.scoring.instrumentWeights;
  const sum = w.iit + w.eit + w.oit;
  const k = sum > 1.5 ? 100 : 1;
  return { iit: w.iit / k, eit: w.eit / k, oit: w.oit / k };
}

function itemsBySub(ruleSet: RuleSet): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const it of ruleSet.items) {
    const list = m.get(it.subIndicator) ?? [];
    list.push(it.id);
    m.set(it.subIndicator, list);
  }
  return m;
}

/** What one failing item costs, from sub-indicator membership (§8.3): never hard-coded. */
export function pointCosts(ruleSet: RuleSet): Record<string, PointCost> {
  const bySub = itemsBySub(ruleSet);
  const nIndicators = ruleSet.indicators.length;
  const wOit = instrumentWeights(ruleSet).oit;
  const out: Record<string, PointCost> = {};
  for (const ind of ruleSet.indicators) {
    const nSubs = ind.subIndicators.length;
    for (const sub of ind.subIndicators) {
      const members = bySub.get(sub.id) ?? [];
      for (const id of members) {
        const indicator = 100 / members.length / nSubs;
        const oit = indicator / nIndicators;
        out[id] = { indicator, oit, ita: oit * wOit };
      }
    }
  }
  return out;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const meanRange = (rs: ScoreRange[]): ScoreRange => ({ min: mean(rs.map((r) => r.min)), max: mean(rs.map((r) => r.max)) });

/** Two decimals the way ITAS prints them: truncation is observed (§8.4), 'round' is the alternative. */
export function toTwoDecimals(x: number, rule: 'truncate' | 'round'): number {
  // The epsilon keeps 98.025 (binary 98.02499…) from truncating to 98.02 when it is meant as 98.025.
  const scaled = x * 100;
  const v = rule === 'round' ? Math.round(scaled + 1e-9) : Math.floor(scaled + 1e-9);
  return v / 100;
}

export function gradeOf(ruleSet: RuleSet, score: number): string {
  const bands = [...ruleSet.scoring.grades].sort((a, b) => b.min - a.min);
  return (bands.find((b) => score >= b.min) ?? bands[bands.length - 1]).grade;
}

export function levelOf(
  ruleSet: RuleSet,
  total: number,
  each: { iit: number; eit: number; oit: number },
): Bilingual | undefined {
  const levels = ruleSet.scoring.levels;
  if (!levels?.length) return undefined;
  const sorted = [...levels].sort((a, b) => b.min - a.min);
  const lowestEach = Math.min(each.iit, each.eit, each.oit);
  const hit = sorted.find((l) => total >= l.min && (l.eachInstrumentMin === undefined || lowestEach >= l.eachInstrumentMin));
  return (hit ?? sorted[sorted.length - 1]).level;
}

export interface GradeDecision {
  grade: string;
  level?: Bilingual;
  /** The two-decimal total the grade was read from. */
  printed: number;
  /** Set when truncating and rounding would give different grades or levels. */
  boundary?: Bilingual & { other: string };
}

/** Grade (and level) of one total, saying which rounding rule decided when the total sits on a boundary. */
export function decideGrade(
  ruleSet: RuleSet,
  total: number,
  each: { iit: number; eit: number; oit: number },
  withLevel: boolean,
): GradeDecision {
  const rule = ruleSet.scoring.rounding;
  const other = rule === 'truncate' ? 'round' : 'truncate';
  const printed = toTwoDecimals(total, rule);
  const alt = toTwoDecimals(total, other);
  const grade = gradeOf(ruleSet, printed);
  const level = withLevel ? levelOf(ruleSet, printed, each) : undefined;
  const altGrade = gradeOf(ruleSet, alt);
  const altLevel = withLevel ? levelOf(ruleSet, alt, each) : undefined;
  const d: GradeDecision = { grade, printed, ...(level ? { level } : {}) };
  if (altGrade !== grade || (level && altLevel && altLevel.th !== level.th)) {
    const ruleTh = rule === 'truncate' ? 'ตัดทศนิยม' : 'ปัดเศษ';
    const otherTh = other === 'truncate' ? 'ตัดทศนิยม' : 'ปัดเศษ';
    const shown = altGrade !== grade ? `${grade} / ${altGrade}` : `${level!.th} / ${altLevel!.th}`;
    const shownEn = altGrade !== grade ? `${grade} / ${altGrade}` : `${level!.en} / ${altLevel!.en}`;
    d.boundary = {
      other: altGrade !== grade ? altGrade : altLevel!.th,
      th: `คะแนนรวม ${total.toFixed(4)} อยู่ที่ขอบเกณฑ์: ใช้การ${ruleTh}เป็นทศนิยม 2 ตำแหน่ง (${printed.toFixed(2)}) ถ้า${otherTh}จะได้ ${alt.toFixed(2)} (${shown})`,
      en: `Total ${total.toFixed(4)} sits on a boundary: ${rule === 'truncate' ? 'truncated' : 'rounded'} to two decimals (${printed.toFixed(2)}); ${other === 'truncate' ? 'truncating' : 'rounding'} would give ${alt.toFixed(2)} (${shownEn})`,
    };
  }
  return d;
}

/**
 * The OIT score from item verdicts. `pass` = 100; missing/outdated/incomplete/broken = 0; needs-review
 * (and any rule-set item with no verdict) is unknown, so every level is a range: min scores unknowns 0,
 * max scores them 100.
 */
export function scoreVerdicts(ruleSet: RuleSet, verdicts: ItemVerdict[], opts: ScoreOptions = {}): Score {
  const byId = new Map(verdicts.map((v) => [v.id, v]));
  const bySub = itemsBySub(ruleSet);
  const subIndicators: Score['subIndicators'] = {};
  const indicators: Score['indicators'] = {};
  const indicatorRanges: ScoreRange[] = [];
  for (const ind of ruleSet.indicators) {
    const subRanges: ScoreRange[] = [];
    for (const sub of ind.subIndicators) {
      const members = bySub.get(sub.id) ?? [];
      let passed = 0;
      let unknown = 0;
      for (const id of members) {
        const st = byId.get(id)?.status;
        if (st === 'pass') passed++;
        else if (st === undefined || st === 'needs-review') unknown++;
      }
      const total = members.length;
      const r = { min: total ? (100 * passed) / total : 0, max: total ? (100 * (passed + unknown)) / total : 0 };
      subIndicators[sub.id] = { ...r, passed, unknown, total };
      subRanges.push(r);
    }
    indicators[ind.id] = meanRange(subRanges);
    indicatorRanges.push(indicators[ind.id]);
  }
  const range = meanRange(indicatorRanges);
  const w = instrumentWeights(ruleSet);
  const exact = Math.abs(range.max - range.min) < 1e-9;
  const score: Score = {
    oit: exact ? range.min : null,
    range,
    indicators,
    subIndicators,
    itaShare: { min: w.oit * range.min, max: w.oit * range.max },
  };
  if (opts.iitEit) {
    const { iit, eit } = opts.iitEit;
    const total = { min: w.iit * iit + w.eit * eit + w.oit * range.min, max: w.iit * iit + w.eit * eit + w.oit * range.max };
    const levelsFrom = ruleSet.scoring.levelsFrom;
    const withLevel = !!ruleSet.scoring.levels?.length && (levelsFrom === undefined || (opts.year ?? 0) >= levelsFrom);
    const lo = decideGrade(ruleSet, total.min, { iit, eit, oit: range.min }, withLevel);
    const hi = decideGrade(ruleSet, total.max, { iit, eit, oit: range.max }, withLevel);
    score.projected = {
      iit,
      eit,
      total,
      grade: { min: lo.grade, max: hi.grade },
      ...(lo.level && hi.level ? { level: { min: lo.level, max: hi.level } } : {}),
      rounding: {
        rule: ruleSet.scoring.rounding,
        printed: { min: lo.printed, max: hi.printed },
        ...(lo.boundary || hi.boundary ? { boundary: (lo.boundary ?? hi.boundary)! } : {}),
      },
    };
  }
  return score;
}
