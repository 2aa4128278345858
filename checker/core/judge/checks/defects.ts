// Copy-paste and template defects (thai-text-and-dates.md §15): warnings only, never a status change.
import type { Message } from '../../types';
import { agencyMentions, agencyTypeOf, dominantAgency, isOwn, ownAgency, TYPE_NAME, TYPE_VOCAB, type AgencyType } from '../agency';
import type { JudgeContext, JudgeDoc } from '../context';
import { msg } from '../outcome';
import { ITAS_MARKERS } from '../special/measures';
import { countWords } from '../vocab';
import { snippetAround } from '../../text/index';

const quote = (s: string) => `"${s.trim().slice(0, 70)}"`;

/** Another agency's name left in the document (compared fuzzily with the site's agency). */
export function otherAgencyNames(ctx: JudgeContext, doc: JudgeDoc): Message[] {
  const mentions = agencyMentions(doc.norm);
  const own = ownAgency(ctx.agencyName) ?? dominantAgency(mentions);
  if (!own) return [];
  const others = [
    ...new Set(mentions.filter((m) => !isOwn(m, own) && !(m.abbreviated && m.type === own.type)).map((m) => m.text)),
  ];
  if (!others.length) return [];
  return [
    msg(
      'defect.other-agency',
      'warning',
      `เอกสารมีชื่อหน่วยงานอื่น: ${others.slice(0, 3).map(quote).join(', ')} (อาจคัดลอกมาจากเอกสารของหน่วยงานอื่น)`,
      `the document names another agency: ${others.slice(0, 3).map(quote).join(', ')} (probably copied from another agency's document)`,
    ),
  ];
}

// "ระบุ…" as a slot, not as the verb in "พร้อมระบุผู้รับผิดชอบ" or "โดยระบุขั้นตอน".
const PLACEHOLDER_RES: RegExp[] = [
  /(?<!พร้อม|โดย|ให้|ต้อง|การ|ควร|และ|หรือ|ไม่|ได้|ซึ่ง|ที่|จะ|มี|ไว้|ชัดเจน|ระบุ)\s?ระบุ\s?(?:จำนวน|ชื่อ|วันที่|เดือน|งบประมาณ|ตำแหน่ง|สถานที่|ปี)/gu,
  /\(\s?ระบุ[^)]{0,30}\)/gu,
  /(?<![A-Za-z])[Xx]{3,}(?![A-Za-z])/g,
  /…{2,}|\.{3}\s?…/g,
  /\(\s?ชื่อ(?:หน่วยงาน|องค์กร|อปท|ส่วนราชการ|-?สกุล)[^)]{0,20}\)/gu,
  /\[\s?(?:ชื่อ|ระบุ)[^\]]{0,30}\]/gu,
];

export function placeholders(doc: JudgeDoc): Message[] {
  const found: string[] = [];
  for (const re of PLACEHOLDER_RES)
    for (const m of doc.norm.matchAll(re)) {
      const i = m.index ?? 0;
      found.push(snippetAround(doc.norm, i, i + m[0].length, m[0].length + 48).replace(/…/g, ''));
      if (found.length >= 3) break;
    }
  if (!found.length) return [];
  return [
    msg(
      'defect.placeholder',
      'warning',
      `มีช่องว่างของแบบฟอร์มที่ยังไม่ได้กรอก: ${found.slice(0, 3).map(quote).join(', ')}`,
      `unfilled template placeholders: ${found.slice(0, 3).map(quote).join(', ')}`,
    ),
  ];
}

const SLOT = /\(?\s?(?:อบจ|อบต|เทศบาล|ทต|ทม|อปท)\.?\s?\/\s?(?:อบจ|อบต|เทศบาล|ทต|ทม|อปท)\.?(?:\s?\/\s?(?:อบจ|อบต|เทศบาล|ทต|ทม|อปท)\.?)*\s?\)?/gu;

export function templateSlots(doc: JudgeDoc): Message[] {
  const m = doc.norm.match(SLOT);
  if (!m) return [];
  return [
    msg(
      'defect.template-slot',
      'warning',
      `มีช่องตัวเลือกประเภทหน่วยงานจากแบบฟอร์มที่ยังไม่ได้เลือก: ${quote(m[0])}`,
      `a template slot listing agency types was left as is: ${quote(m[0])}`,
    ),
  ];
}

export function wrongTypeVocabulary(ctx: JudgeContext, doc: JudgeDoc): Message[] {
  const type: AgencyType | undefined = agencyTypeOf(ctx.agencyName) ?? dominantAgency(agencyMentions(doc.norm))?.type;
  if (!type) return [];
  const out: Message[] = [];
  for (const other of Object.keys(TYPE_VOCAB) as AgencyType[]) {
    if (other === type) continue;
    const words = TYPE_VOCAB[other].filter((w) => countWords(doc, [w]) > 0);
    if (!words.length) continue;
    out.push(
      msg(
        'defect.wrong-type-vocabulary',
        'warning',
        `เอกสารของ${TYPE_NAME[type].th}ใช้คำของ${TYPE_NAME[other].th}: ${words.slice(0, 3).map(quote).join(', ')} (อาจคัดลอกจากแม่แบบของหน่วยงานประเภทอื่น)`,
        `a ${TYPE_NAME[type].en} document uses ${TYPE_NAME[other].en} vocabulary: ${words.slice(0, 3).map(quote).join(', ')} (probably copied from another type's template)`,
      ),
    );
  }
  return out;
}

export function pastedItasText(doc: JudgeDoc): Message[] {
  const hits = ITAS_MARKERS.map((re) => re.exec(doc.norm)).filter((m): m is RegExpExecArray => !!m);
  if (!hits.length) return [];
  return [
    msg(
      'defect.itas-text',
      'warning',
      `มีข้อความที่คัดลอกจากระบบ ITAS: ${quote(hits[0][0])}`,
      `contains text pasted from the ITAS system: ${quote(hits[0][0])}`,
    ),
  ];
}

const DUP = /(?<![\u0E01-\u0E4E])([\u0E01-\u0E4E]{4,})\s+\1/u;

export function duplicatedWords(doc: JudgeDoc): Message[] {
  const heads = [doc.snap?.title ?? '', ...(doc.snap?.headings ?? []), doc.norm.slice(0, 300)];
  for (const h of heads) {
    const m = DUP.exec(h);
    if (m)
      return [
        msg('defect.duplicated-words', 'warning', `คำซ้ำในชื่อเรื่อง: ${quote(m[0])}`, `duplicated words in the title: ${quote(m[0])}`),
      ];
  }
  return [];
}

export function contentDefects(ctx: JudgeContext, doc: JudgeDoc): Message[] {
  if (!doc.text.trim()) return [];
  return [
    ...otherAgencyNames(ctx, doc),
    ...placeholders(doc),
    ...templateSlots(doc),
    ...wrongTypeVocabulary(ctx, doc),
    // O42's own check already weighs pasted ITAS text (§7.3).
    ...(ctx.rule.specialChecks.includes('integrity-measures') ? [] : pastedItasText(doc)),
    ...duplicatedWords(doc),
  ];
}
