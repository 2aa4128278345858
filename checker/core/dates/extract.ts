// Every date and period a Thai text states (thai-text-and-dates.md §5, §8, §9), with the role of each year.
// Patterns run over the normalised text (Thai digits → ASCII, offsets kept), most specific first; a span
// taken by one pattern is not re-read by a later one.
import type { FoundPeriod } from '../types';
import { normalizeWithOffsets } from '../text/normalize';
import { MONTH_SRC, monthNumber } from './months';
import { ERA_SRC, eraOf, toBE } from './years';
import { fiscalYearOfBE, lastDayOf, quarterWindow } from './fiscal';

type Role = FoundPeriod['role'];
type Kind = FoundPeriod['kind'];
type YMD = { y: number; m?: number; d?: number };

interface Raw {
  kind: Kind;
  from: YMD;
  to: YMD;
  a: number;
  b: number;
  /** Which wording produced it, for role classification. */
  how: 'iso' | 'numeric' | 'fullDate' | 'dayRange' | 'monthRange' | 'month' | 'yearRange' | 'fy' | 'fyRelative' | 'ita' | 'quarter' | 'plainYear' | 'eraYear' | 'bare';
  role?: Role;
}

export interface ExtractOptions {
  /** BE fiscal year the document is about, to resolve "ปีงบประมาณถัดไป", a quarter without a year, … */
  anchorYear?: number;
}

const DASH = '\\s*(?:[-–—~]|ถึง(?:วันที่)?|จนถึง(?:วันที่)?)\\s*';
const YR = (n: string) => `${ERA_SRC.replace('(?:(', `(?:(?<e${n}>`)}?(?<y${n}>\\d{4}|\\d{2})(?![\\d]|[.,]\\d)`;
const MO = (n: string) => `(?<m${n}>${MONTH_SRC})`;
const DAY = (n: string) => `(?<![\\d.,/])(?<d${n}>\\d{1,2})`;
const WANTI = '(?:(?:ตั้งแต่\\s*)?วันที่\\s*)?';

const RE = {
  iso: /(?<![\d/.-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d])/g,
  numeric: /(?<![\d/.:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|[.-]\d)/g,
  dayRange2: new RegExp(`${WANTI}${DAY('1')}\\s*${MO('1')}\\s*(?:${YR('1')})?${DASH}(?:วันที่\\s*)?${DAY('2')}\\s*${MO('2')}\\s*${YR('2')}`, 'g'),
  dayRange1: new RegExp(`${WANTI}${DAY('1')}${DASH}${DAY('2')}\\s*${MO('1')}\\s*${YR('1')}`, 'g'),
  monthRange: new RegExp(`${MO('1')}\\s*(?:${YR('1')})?${DASH}${MO('2')}\\s*${YR('2')}`, 'g'),
  yearRange: new RegExp(`(?<![\\d.,/])${YR('1')}${DASH}${YR('2')}`, 'g'),
  fullDate: new RegExp(`${WANTI}${DAY('1')}\\s*${MO('1')}\\s*${YR('1')}`, 'g'),
  quarter: new RegExp(`ไตรมาส(?:ที่)?\\s*(?<q>[1-4])(?!\\d)(?:\\s*(?:/|ปี\\s?(?:งบ(?:ประมาณ)?)?|ประจำปี\\s?(?:งบ(?:ประมาณ)?)?)?\\s*${YR('1')})?`, 'g'),
  ita: new RegExp(`(?<![A-Za-z])(?:ITA|OIT|ita|Ita|oit)\\)?\\s*(?:ประจำ)?\\s*(?:ปี)?\\s*(?:งบ\\s?ประมาณ)?\\s*${ERA_SRC.replace('(?:(', '(?:(?<e1>')}?(?<y1>\\d{4})(?!\\d)`, 'g'),
  fy: new RegExp(`(?:ประจำ\\s?)?(?:ตลอด|ภายใน|ใน)?\\s?ป[ีิ]\\s?งบ(?:\\s?ประมาณ)?\\s*${YR('1')}`, 'g'),
  fyRelative: /(?:ใน)?ป[ีิ]\s?งบ(?:\s?ประมาณ)?\s*(?<rel>ถัดไป|ต่อไป|หน้า|ปัจจุบัน|นี้|ที่ผ่านมา|ก่อน|ที่แล้ว)/g,
  month: new RegExp(`${MO('1')}\\s*${YR('1')}`, 'g'),
  plainYear: new RegExp(`(?:ประจำ\\s?)?ปี\\s*${ERA_SRC.replace('(?:(', '(?:(?<e1>')}?(?<y1>\\d{4})(?![\\d]|[.,]\\d)`, 'g'),
  eraYear: new RegExp(`${ERA_SRC.replace('(?:(', '(?:(?<e1>')}(?<y1>\\d{4})(?![\\d]|[.,]\\d)`, 'g'),
  bare: /(?<![\d,.\/:-])(?<y1>2[45]\d{2})(?![\d]|[.,:\/]\d|\s*(?:บาท|คน|ราย|คะแนน|%|ครั้ง|แห่ง|เมตร|ตร|กม|ชม))/g,
};

/** A number before a month is not a day after ที่ (สมัยที่ 2 ก.ค.2565 is a session number), ข้อ, ม. … */
const NOT_A_DAY_BEFORE = /(?:(?<!วัน)ที่|สมัย|ครั้ง|ฉบับ|ข้อ|ลำดับ|หมู่|ม\.|ชั้น|มาตรา|รุ่น|งวด|เลข|จำนวน|No\.?)\s*$/;
/** "สำนักงาน ก.พ. 2565", "ระเบียบ ก.พ.", "มติ ก.พ." — the Civil Service Commission, not February. */
const AGENCY_BEFORE = /(?:สำนักงาน|ระเบียบ|มติ|ประกาศ|กรรมการ|หนังสือ|คณะ|อ\.|ของ|โดย|ตาม)\s*$/;

const LAW = /พ\.\s?ร\.\s?บ|พ\.\s?ร\.\s?ฎ|พระราชบัญญัติ|พระราชกฤษฎีกา|ระเบียบ|กฎหมาย|กฎกระทรวง|รัฐธรรมนูญ|ประมวลกฎหมาย|ว่าด้วย|แก้ไขเพิ่มเติม|\(ฉบับที่\s*\d+\)|ฉบับที่\s*\d+/;
const STRATEGY_SRC = 'ยุทธศาสตร์ชาติ|แผนแม่บท|แม่บทฯ|ระยะที่\\s*\\d|เป้าหมาย|แผนพัฒนาเศรษฐกิจ|แผนการปฏิรูป|แผนปฏิรูป|20\\s*ปี';
const STRATEGY = new RegExp(STRATEGY_SRC, 'g');
const STRATEGY_ANY = new RegExp(STRATEGY_SRC);
const PLAN = /แผน(?!แม่บท|\s*แม่บท|พัฒนาเศรษฐกิจ|การปฏิรูป|ปฏิรูป)/g;
// A real ITA cue: the code, or the assessment's own name. "การประเมิน" alone is not one — internal-control
// reports (ปค.๕ "รายงานการประเมินผลและการปรับปรุงการควบคุมภายใน"), HR appraisals and satisfaction surveys all
// "assess" something, and their fiscal year is the content's year, not an analysed ITA year.
const ITA_STRONG_SRC =
  '(?<![A-Za-z])(?:ITA|ITAS|OIT|Ita|ita)(?![A-Za-z])|ประเมิน\\s?คุณธรรม\\s?(?:และ|เเละ|เละ)\\s?ความโปร่งใส|คุณธรรม\\s?(?:และ|เเละ|เละ)\\s?ความโปร่งใส\\s?ในการดำเนินงานของ\\s?หน่วยงานภาครัฐ';
const ITA_STRONG = new RegExp(ITA_STRONG_SRC, 'g');
/** "ผลการประเมิน", "ข้อบกพร่องจากการประเมิน", "ผลการประเมินฯ" right before the year: ITA only when the paragraph names ITA. */
const ITA_WEAK_BEFORE = /(?:ผล|จาก|ของ)?การประเมิน(?:ฯ)?\s*(?:ใน|ของ|ประจำ)?\s*$/;
/** Wording of other assessments: the year that follows belongs to them, whatever ITA cue sits further back. */
const NOT_ITA = /ควบคุมภายใน|ปค\.?\s?\d|การประเมินผลการปฏิบัติ|ความพึงพอใจ|ความเสี่ยง|ประเมินผลและการปรับปรุง/;

/**
 * Is the year at `a` the analysed ITA year? Only when a real ITA cue attaches to it: the cue is close and no
 * other year sits between cue and year ("ผลการประเมิน ITA ของ เทศบาล… ปีงบประมาณ 2564"), or a bare
 * "ผลการประเมิน" stands right before it in a paragraph that names ITA.
 */
function itaAttached(s: string, a: number, b: number, near: string): boolean {
  const self = s.slice(a, b);
  if (new RegExp(ITA_STRONG_SRC).test(self)) return true;
  const cue = lastIndexWithEnd(ITA_STRONG, near);
  if (cue) {
    const between = near.slice(cue.end);
    if (!/(?<![\d.,])\d{4}(?![\d.,])/.test(between) && !NOT_ITA.test(between)) return true;
  }
  // The heading that names ITA is often a paragraph or two above "๑. ผลการประเมิน ประจำปีงบประมาณ 2565".
  const wide = s.slice(Math.max(0, a - 400), a);
  if (ITA_WEAK_BEFORE.test(wide.slice(-30)) && lastIndexWithEnd(ITA_STRONG, wide) && !NOT_ITA.test(wide.slice(-100))) return true;
  return false;
}

function lastIndexWithEnd(re: RegExp, s: string): { index: number; end: number } | undefined {
  re.lastIndex = 0;
  let last: { index: number; end: number } | undefined;
  for (const m of s.matchAll(re)) last = { index: m.index, end: m.index + m[0].length };
  return last;
}

// Future tense (thai-text-and-dates.md §9.7): "จะได้ดำเนินการในปีงบประมาณ พ.ศ. 2565" is a plan, not work done.
// The "จะ" must govern this year: in the same line, with only the verb phrase (no other year) in between.
// "จะเห็นได้ว่า", "จะพบว่า" are discourse markers ("it can be seen that"), not tense.
const FUTURE_CUE = /จะ(?!เห็น|พบ|ทราบ)|มีแผน|คาดว่า|เตรียมการ|กำหนด(?:การ)?จัด/g;
/** Thai runs a clause on without punctuation: the verb phrase may be long, but few spaces and no digits. */
const GOVERNED = /^[^\n|\d]{0,80}$/;
const FUTURE_AFTER = /^\s*(?:ต่อไป|ที่จะถึง(?:นี้)?|ที่กำลังจะมาถึง|ข้างหน้า)/;

function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

export function extractPeriods(text: string, opts: ExtractOptions = {}): FoundPeriod[] {
  const norm = normalizeWithOffsets(text, { keepLines: true });
  const s = norm.text;
  const raws: Raw[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const push = (r: Raw) => {
    raws.push(r);
    taken.push([r.a, r.b]);
  };
  const before = (a: number, n: number) => {
    const chunk = s.slice(Math.max(0, a - n), a);
    const nl = chunk.lastIndexOf('\n');
    return nl >= 0 ? chunk.slice(nl + 1) : chunk;
  };
  const year2ok = (d: string | undefined) => d === undefined || d.length === 4 || Number(d) >= 40;
  const yearOf = (g: Record<string, string | undefined>, n: string, allowCE = true) => {
    const d = g[`y${n}`];
    if (d === undefined || !year2ok(d)) return null;
    return toBE(d, eraOf(g[`e${n}`]), allowCE);
  };
  /** A month token, rejecting abbreviations that name an agency (สำนักงาน ก.พ.). */
  const monthAt = (g: Record<string, string | undefined>, n: string, at: number): number | undefined => {
    const tok = g[`m${n}`];
    if (!tok) return undefined;
    const m = monthNumber(tok);
    if (m && tok.includes('.') && AGENCY_BEFORE.test(before(at, 30))) return undefined;
    return m;
  };
  const dayOk = (d: number, y: number, m: number) => d >= 1 && d <= lastDayOf(y, m);
  const groupStart = (m: RegExpMatchArray, name: string) => {
    // Offset of a named group inside the match (indices flag is avoided for older engines).
    const v = m.groups?.[name];
    return v === undefined ? m.index! : m.index! + m[0].indexOf(v);
  };

  const run = (re: RegExp, fn: (m: RegExpMatchArray, a: number, b: number) => void) => {
    for (const m of s.matchAll(re)) {
      const a = m.index;
      const b = a + m[0].length;
      if (free(a, b)) fn(m, a, b);
    }
  };

  run(RE.iso, (m, a, b) => {
    const y = Number(m[1]) + 543;
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && dayOk(d, y, mo)) push({ kind: 'date', from: { y, m: mo, d }, to: { y, m: mo, d }, a, b, how: 'iso' });
  });
  run(RE.dayRange2, (m, a, b) => {
    const g = m.groups!;
    const m1 = monthAt(g, '1', groupStart(m, 'm1'));
    const m2 = monthAt(g, '2', groupStart(m, 'm2'));
    const y2 = yearOf(g, '2');
    if (!m1 || !m2 || !y2) return;
    let y1 = yearOf(g, '1') ?? (m1 > m2 ? y2 - 1 : y2);
    const d1 = Number(g.d1);
    const d2 = Number(g.d2);
    if (NOT_A_DAY_BEFORE.test(before(groupStart(m, 'd1'), 20))) return;
    if (!dayOk(d1, y1, m1) || !dayOk(d2, y2, m2)) return;
    push({ kind: 'dateRange', from: { y: y1, m: m1, d: d1 }, to: { y: y2, m: m2, d: d2 }, a, b, how: 'dayRange' });
  });
  run(RE.dayRange1, (m, a, b) => {
    const g = m.groups!;
    const mo = monthAt(g, '1', groupStart(m, 'm1'));
    const y = yearOf(g, '1');
    const d1 = Number(g.d1);
    const d2 = Number(g.d2);
    if (!mo || !y || d2 <= d1 || !dayOk(d1, y, mo) || !dayOk(d2, y, mo)) return;
    if (NOT_A_DAY_BEFORE.test(before(a, 20))) return;
    push({ kind: 'dateRange', from: { y, m: mo, d: d1 }, to: { y, m: mo, d: d2 }, a, b, how: 'dayRange' });
  });
  run(RE.monthRange, (m, a, b) => {
    const g = m.groups!;
    const m1 = monthAt(g, '1', groupStart(m, 'm1'));
    const m2 = monthAt(g, '2', groupStart(m, 'm2'));
    const y2 = yearOf(g, '2');
    if (!m1 || !m2 || !y2) return;
    const y1 = yearOf(g, '1') ?? (m1 > m2 ? y2 - 1 : y2);
    if (y1 > y2 || (y1 === y2 && m1 > m2) || y2 - y1 > 5) return;
    push({ kind: 'monthRange', from: { y: y1, m: m1 }, to: { y: y2, m: m2 }, a, b, how: 'monthRange' });
  });
  run(RE.numeric, (m, a, b) => {
    const [, ds, sep, ms, ys] = m;
    if (sep === '.' && ys.length !== 4) return;
    if (ys.length === 2 && !year2ok(ys)) return;
    const y = toBE(ys, undefined);
    const d = Number(ds);
    const mo = Number(ms);
    if (!y || mo < 1 || mo > 12 || !dayOk(d, y, mo)) return;
    push({ kind: 'date', from: { y, m: mo, d }, to: { y, m: mo, d }, a, b, how: 'numeric' });
  });
  run(RE.yearRange, (m, a, b) => {
    const g = m.groups!;
    if (g.y1.length !== 4) return;
    // A bare "2566-70" needs an era marker or a fiscal-year word to be a range.
    const y1 = toBE(g.y1, eraOf(g.e1), !!g.e1);
    const y2 = g.y2.length === 2 && y1 ? Math.floor(y1 / 100) * 100 + Number(g.y2) : toBE(g.y2, eraOf(g.e2) ?? eraOf(g.e1), !!(g.e1 || g.e2));
    if (!y1 || !y2 || y2 <= y1 || y2 - y1 > 30) return;
    if (g.y2.length === 2 && !g.e1 && !/ป[ีิ]\s?งบ(?:ประมาณ)?\s*$|ปี\s*$/.test(before(a, 20))) return;
    push({ kind: 'yearRange', from: { y: y1 }, to: { y: y2 }, a, b, how: 'yearRange' });
  });
  run(RE.fullDate, (m, a, b) => {
    const g = m.groups!;
    const mo = monthAt(g, '1', groupStart(m, 'm1'));
    const y = yearOf(g, '1');
    const d = Number(g.d1);
    if (!mo || !y || !dayOk(d, y, mo)) return;
    if (NOT_A_DAY_BEFORE.test(before(groupStart(m, 'd1'), 20))) return; // the month-year pattern reads it
    push({ kind: 'date', from: { y, m: mo, d }, to: { y, m: mo, d }, a, b, how: 'fullDate' });
  });
  run(RE.ita, (m, a, b) => {
    const g = m.groups!;
    const y = toBE(g.y1, eraOf(g.e1));
    if (y) push({ kind: 'itaYear', from: { y }, to: { y }, a, b, how: 'ita' });
  });
  run(RE.quarter, (m, a, b) => {
    const g = m.groups!;
    const q = Number(g.q) as 1 | 2 | 3 | 4;
    let fy = yearOf(g, '1');
    let end = b;
    if (!fy) {
      // "ไตรมาสที่ 2 (1 ม.ค. 66 - 31 มี.ค. 66)": the dated range that follows tells the year.
      const next = raws.find((r) => r.a >= b && r.a - b <= 40 && r.from.m);
      if (next?.from.m) fy = fiscalYearOfBE(next.from.y, next.from.m);
      else fy = opts.anchorYear ?? null;
      end = a + m[0].replace(/\s+$/, '').length;
    }
    if (!fy) return;
    const w = quarterWindow(fy, q);
    push({ kind: 'quarter', from: w.from, to: w.to, a, b: end, how: 'quarter' });
  });
  run(RE.fy, (m, a, b) => {
    const y = yearOf(m.groups!, '1');
    if (y) push({ kind: 'fiscalYear', from: { y }, to: { y }, a, b, how: 'fy' });
  });
  run(RE.fyRelative, (m, a, b) => {
    if (!opts.anchorYear) return; // left unresolved without an anchor (§9.8)
    const rel = m.groups!.rel;
    const y = opts.anchorYear + (/ถัดไป|ต่อไป|หน้า/.test(rel) ? 1 : /ผ่านมา|ก่อน|แล้ว/.test(rel) ? -1 : 0);
    push({ kind: 'fiscalYear', from: { y }, to: { y }, a, b, how: 'fyRelative' });
  });
  run(RE.month, (m, a, b) => {
    const g = m.groups!;
    const mo = monthAt(g, '1', groupStart(m, 'm1'));
    const y = yearOf(g, '1');
    if (!mo || !y) return;
    push({ kind: 'month', from: { y, m: mo }, to: { y, m: mo }, a, b, how: 'month' });
  });
  run(RE.plainYear, (m, a, b) => {
    const g = m.groups!;
    const y = toBE(g.y1, eraOf(g.e1), !!g.e1);
    if (y) push({ kind: 'year', from: { y }, to: { y }, a, b, how: 'plainYear' });
  });
  run(RE.eraYear, (m, a, b) => {
    const g = m.groups!;
    const y = toBE(g.y1, eraOf(g.e1));
    if (y) push({ kind: 'year', from: { y }, to: { y }, a, b, how: 'eraYear' });
  });
  run(RE.bare, (m, a, b) => {
    const y = Number(m.groups!.y1);
    if (y >= 2400 && y <= 2650) push({ kind: 'year', from: { y }, to: { y }, a, b, how: 'bare' });
  });

  raws.sort((x, y) => x.a - y.a);
  markHeaderRows(raws, s);
  markPublicationDates(raws, s);
  return raws.map((r) => {
    const start = norm.toOriginal(r.a);
    const end = r.b >= s.length ? text.length : norm.toOriginal(r.b - 1) + 1;
    let role = r.role ?? classify(r, s);
    const future = isFuture(r, s) && FUTURE_ROLES.has(role);
    // A promised date is when something is to be done: an action period, never a dated fact (§9.7).
    if (future && (role === 'fiscalYear' || role === 'event')) role = 'actionPeriod';
    const out: FoundPeriod = {
      kind: r.kind,
      from: r.from,
      to: r.to,
      role,
      text: text.slice(start, end),
      span: [start, end] as [number, number],
    };
    if (future) out.future = true;
    return out;
  });
}

/** Roles a future tense can qualify; law, strategy and target years are not claims of work at all. */
const FUTURE_ROLES: ReadonlySet<Role> = new Set<Role>(['fiscalYear', 'event', 'actionPeriod', 'planRange']);

function isFuture(r: Raw, s: string): boolean {
  if (r.how === 'fyRelative' && /ถัดไป|ต่อไป|หน้า/.test(s.slice(r.a, r.b))) return true;
  // A match may begin with the line break before "ปีงบประมาณ": the line starts after it.
  const a = r.a + (/^\s*/.exec(s.slice(r.a, r.b))?.[0].length ?? 0);
  const line = s.lastIndexOf('\n', a - 1);
  const pre = s.slice(Math.max(line + 1, a - 100), a);
  const cue = lastIndexWithEnd(FUTURE_CUE, pre);
  if (cue) {
    const between = pre.slice(cue.end);
    if (GOVERNED.test(between) && (between.match(/\s+/g)?.length ?? 0) <= 2) return true;
  }
  return FUTURE_AFTER.test(s.slice(r.b, r.b + 24));
}

// CMS labels before a date (thai-text-and-dates.md §5): when a page was posted or edited, not what it covers.
const EDITED_LABEL = /(?:แก้ไข|ปรับปรุง|อัป?เดต)(?:ข้อมูล)?(?:ล่าสุด)?\s*(?:เมื่อ)?\s*(?:วันที่)?\s*:?\s*$|last\s*(?:updated|modified)\s*:?\s*$/i;
const POSTED_LABEL = /(?:โพสต์|เผยแพร่|ลงประกาศ)\s*(?:เมื่อ|วันที่)\s*(?:วันที่)?\s*:?\s*$|วันที่ลงประกาศ\s*:?\s*$|posted\s*(?:on)?\s*:?\s*$/i;

/**
 * §6.3 rule 5: an edit date never dates the content. A posting date does only in a list of posts (a news
 * page: each post's date is that news item's date); a page with one posting date is a single post (a CMS item
 * page that carries a report or points to the news list), and its posting date says nothing about the period.
 */
function markPublicationDates(raws: Raw[], s: string): void {
  const posted: Raw[] = [];
  for (const r of raws) {
    if (r.kind !== 'date' || r.role) continue;
    const line = s.slice(Math.max(0, s.lastIndexOf('\n', r.a - 1) + 1, r.a - 40), r.a);
    if (EDITED_LABEL.test(line)) r.role = 'other';
    else if (POSTED_LABEL.test(line)) posted.push(r);
  }
  if (posted.length === 1) posted[0].role = 'other';
}

/** Column headers "ปี ๒๕๖๖ | ปี ๒๕๖๗ | … | ปี ๒๕๗๐" of a multi-year plan: the plan's range, not fiscal years. */
function markHeaderRows(raws: Raw[], s: string): void {
  let run: Raw[] = [];
  const flush = () => {
    if (run.length >= 3) for (const r of run) r.role = 'planRange';
    run = [];
  };
  for (const r of raws) {
    if (r.how !== 'plainYear') {
      flush();
      continue;
    }
    const prev = run[run.length - 1];
    if (prev && r.from.y === prev.from.y + 1 && r.a - prev.b <= 24 && !s.slice(prev.b, r.a).includes('\n')) run.push(r);
    else {
      flush();
      run = [r];
    }
  }
  flush();
}

function classify(r: Raw, s: string): Role {
  // Context runs back to the previous paragraph break: PDF and DOCX text wraps sentences over lines.
  const para = s.lastIndexOf('\n\n', r.a - 1);
  const ctx = s.slice(Math.max(para < 0 ? 0 : para + 2, r.a - 250), r.a);
  const near = ctx.slice(-100);
  const pre = ctx.slice(-24);
  const self = s.slice(r.a, r.b);
  const acting = /ดำเนินการ\s*(?:ใน|ภายใน|ตลอด)?\s*$/.test(pre) || /ระยะเวลา(?:ดำเนินการ|ในการดำเนินการ)?\s*[:：]?\s*$/.test(pre);

  switch (r.how) {
    case 'ita':
      return 'itaAnalysed';
    case 'yearRange': {
      if (r.to.y - r.from.y >= 15) return 'strategy';
      const st = lastIndex(STRATEGY, ctx);
      const pl = lastIndex(PLAN, ctx);
      if (st > pl) return 'strategy';
      if (pl < 0 && LAW.test(near)) return 'law';
      return 'planRange';
    }
    case 'monthRange':
    case 'dayRange':
      if (LAW.test(pre)) return 'law';
      return 'actionPeriod';
    case 'fy':
    case 'fyRelative':
    case 'quarter':
      if (acting) return 'actionPeriod';
      if (itaAttached(s, r.a, r.b, near)) return 'itaAnalysed';
      return 'fiscalYear';
    case 'plainYear':
    case 'eraYear':
    case 'bare': {
      if (/คำนวณจาก\s*(?:ปี)?\s*$|ฐาน(?:ปี)?\s*$|ข้อมูล(?:ปี)?\s*$/.test(pre)) return 'other';
      if (/CPI|ดัชนีการรับรู้/.test(near)) return 'other';
      if (acting) return 'actionPeriod';
      if (/(?:จาก|กว่า|เทียบกับ|ก่อน)\s*(?:ปี)?\s*$/.test(pre)) return 'other';
      if (r.how !== 'plainYear' ? LAW.test(near) && !/ป[ีิ]\s?งบ/.test(near.slice(-30)) : !/^ประจำ/.test(self) && LAW.test(near.slice(-50))) return 'law';
      if (/(?:ใน|ภายใน)\s*(?:ปี\s*(?:พ\.?\s?ศ\.?)?)?\s*$/.test(pre)) {
        return STRATEGY_ANY.test(ctx) ? 'strategy' : 'other';
      }
      if (STRATEGY_ANY.test(near)) return 'strategy';
      if (itaAttached(s, r.a, r.b, near)) return 'itaAnalysed';
      if (r.how === 'plainYear') return 'fiscalYear';
      if (/(?:วันที่|ณ|เมื่อ|ลงวันที่|ประกาศ)\s*(?:พ\.?\s?ศ\.?)?\s*$/.test(pre)) return 'event';
      return 'other';
    }
    default:
      // Single dates and months: events, unless they date a law.
      if (LAW.test(near.slice(-40)) && !/ป[ีิ]\s?งบ/.test(near.slice(-40))) return 'law';
      return 'event';
  }
}
