// Local-government names and types (thai-text-and-dates.md §15): whose name a document carries, and
// which vocabulary belongs to which agency type. "องค์กร…" for "องค์การ…" is a misspelling, not another agency.
import { compact, segmentWords, similarity } from '../text/index';

export type AgencyType = 'pao' | 'municipality' | 'sao';

const PREFIXES: Array<{ re: string; type: AgencyType }> = [
  { re: 'องค์(?:การ|กร)\\s?บริหาร\\s?ส่วน\\s?จังหวัด', type: 'pao' },
  { re: 'องค์(?:การ|กร)\\s?บริหาร\\s?ส่วน\\s?ตำบล', type: 'sao' },
  { re: 'เทศบาล\\s?(?:ตำบล|เมือง|นคร)', type: 'municipality' },
  { re: 'อบจ\\.\\s?', type: 'pao' },
  { re: 'อบต\\.\\s?', type: 'sao' },
  { re: 'ท[ตมน]\\.\\s?', type: 'municipality' },
];
const MENTION = new RegExp(`(${PREFIXES.map((p) => p.re).join('|')})([\\u0E01-\\u0E4E]+)`, 'gu');

/** Words that follow a type name generically ("องค์การบริหารส่วนตำบลทุกแห่ง", "เทศบาลตำบลและ…"). */
const STOP = new Set(
  'และ ทุก ใน ได้ ที่ มี ซึ่ง เป็น จะ หรือ ต่าง ต่างๆ แห่ง ของ กับ ให้ ทั่ว ทั้ง นั้น นี้ ดังกล่าว อื่น จังหวัด อำเภอ ตำบล ได้แก่ โดย เพื่อ จำนวน ต้อง แต่ละ ภายใน ไม่ ยัง ควร มา ไป'.split(' '),
);

export function agencyTypeOf(name: string | undefined): AgencyType | undefined {
  if (!name) return undefined;
  for (const p of PREFIXES) if (new RegExp(`^\\s*${p.re}`, 'u').test(name)) return p.type;
  return undefined;
}

/** The place part of an agency name: "องค์การบริหารส่วนจังหวัดลำปาง" → "ลำปาง". */
export function placeOf(name: string): string {
  for (const p of PREFIXES) {
    const m = new RegExp(`^\\s*${p.re}\\s*`, 'u').exec(name);
    if (m) return compact(name.slice(m[0].length));
  }
  return compact(name);
}

export interface AgencyMention {
  type: AgencyType;
  /** Display form: type + the words that follow. */
  text: string;
  /** Compact name part following the type (runs on into the next words). */
  rest: string;
  index: number;
  /** Written as อบจ./อบต./ทต.: agencies use their own abbreviation in project names ("อบจ.พบประชาชน"). */
  abbreviated: boolean;
  /** The type name as written, spaces removed ("องค์การบริหารส่วนตำบล", "อบต."). */
  prefix: string;
}

export function agencyMentions(norm: string): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of norm.matchAll(MENTION)) {
    const type = PREFIXES.find((p) => new RegExp(`^${p.re}$`, 'u').test(m[1]))?.type ?? 'sao';
    const rest = m[2];
    const words = segmentWords(rest);
    if (!words.length || STOP.has(words[0])) continue;
    out.push({ type, text: `${m[1]}${words.slice(0, 2).join('')}`, rest: compact(rest), index: m.index ?? 0, abbreviated: /\./.test(m[1]), prefix: m[1].replace(/\s+/g, '') });
  }
  return out;
}

/** Does a mention name this agency (same place, allowing typos)? */
export function isOwn(mention: AgencyMention, own: { type?: AgencyType; place: string }): boolean {
  if (!own.place) return true;
  const head = mention.rest.slice(0, own.place.length);
  const samePlace = head === own.place || similarity(head, own.place) >= 0.75;
  return samePlace && (!own.type || own.type === mention.type);
}

const groupKey = (m: AgencyMention) => `${m.type}:${m.rest.slice(0, 6)}`;

/** The agency a document mostly names, when the caller gave none. */
export function dominantAgency(mentions: AgencyMention[]): { type?: AgencyType; place: string } | undefined {
  const counts = new Map<string, { n: number; m: AgencyMention }>();
  for (const m of mentions) {
    const key = groupKey(m);
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, m });
  }
  let best: { n: number; m: AgencyMention } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  if (!best || best.n < 2) return undefined;
  return { type: best.m.type, place: best.m.rest.slice(0, 6) };
}

/**
 * The agency's name as a page (the home page: title and text) names it most, when the caller gave none:
 * "องค์การบริหารส่วนตำบลบ้านใหม่". The name is the shortest run after the type name among the mentions of the
 * dominant agency (a title or header ends the name with a space; body text runs on into the next words),
 * with the type spelled out where the page spells it out. Undefined when no agency is named twice.
 */
export function guessAgencyName(norm: string): string | undefined {
  const mentions = agencyMentions(norm);
  const own = dominantAgency(mentions);
  if (!own) return undefined;
  const group = mentions.filter((m) => m.type === own.type && m.rest.slice(0, 6) === own.place);
  const shortest = group.reduce((a, m) => (m.rest.length < a.rest.length ? m : a), group[0]);
  const prefix = (group.find((m) => !m.abbreviated) ?? shortest).prefix;
  // A run that never ended (no space after the name anywhere) is cut to its first words.
  const name = shortest.rest.length <= 24 ? shortest.rest : compact(segmentWords(shortest.rest).slice(0, 2).join(''));
  return `${prefix}${name}`;
}

export function ownAgency(agencyName: string | undefined): { type?: AgencyType; place: string } | undefined {
  if (!agencyName?.trim()) return undefined;
  return { type: agencyTypeOf(agencyName), place: placeOf(agencyName) };
}

/** Vocabulary that marks each agency type (thai-text-and-dates.md §15). */
export const TYPE_VOCAB: Record<AgencyType, string[]> = {
  pao: ['นายกองค์การบริหารส่วนจังหวัด', 'ปลัดองค์การบริหารส่วนจังหวัด', 'สมาชิกสภาองค์การบริหารส่วนจังหวัด'],
  municipality: ['นายกเทศมนตรี', 'ปลัดเทศบาล', 'เทศบัญญัติ', 'พนักงานเทศบาล', 'ในเขตเทศบาล', 'สมาชิกสภาเทศบาล'],
  sao: ['นายกองค์การบริหารส่วนตำบล', 'พนักงานส่วนตำบล', 'ปลัดองค์การบริหารส่วนตำบล', 'สมาชิกสภาองค์การบริหารส่วนตำบล'],
};
export const TYPE_NAME: Record<AgencyType, { th: string; en: string }> = {
  pao: { th: 'อบจ.', en: 'provincial administrative organisation' },
  municipality: { th: 'เทศบาล', en: 'municipality' },
  sao: { th: 'อบต.', en: 'sub-district administrative organisation' },
};
