// O42: the agency's own analysis of ITA Y-1 and measures with responsible persons, steps and monitoring;
// pasted ITAS text alone scores zero (ita-oit.md §7.3). O43: progress on exactly those measures (§7.4).
import { fuzzyFind } from '../../text/index';
import { basisTitles } from '../basis-titles';
import type { JudgeContext, JudgeDoc } from '../context';
import { countMatches } from '../find';
import { joinEn, joinTh, msg, outcome, pass, type Outcome } from '../outcome';
import { countWords, hasWord, spanOfWord } from '../vocab';

/** Markers of text copied from the ITAS assessment system (thai-text-and-dates.md §15). */
export const ITAS_MARKERS = [
  /\(\s*อ้างอิงจาก\s*[oO0]\s*\d{1,2}\s*\)/u,
  /\(\s*จาก\s*[oO0]\s*\d{1,2}/u,
  /ผู้ตรวจประเมินมีข้อเสนอแนะ/u,
  /หน่วยงานของท่าน/u,
  /ความเห็นของผู้ตรวจ(?!สอบ)/u,
];

const PARTS = {
  deficiency: {
    words: ['ข้อบกพร่อง', 'จุดอ่อน', 'ประเด็นที่ต้องแก้ไข', 'ประเด็นที่จะต้องแก้ไข', 'แก้ไขโดยเร่งด่วน', 'ต้องแก้ไขปรับปรุง', 'ประเด็นที่ต้องปรับปรุง'],
    name: { th: 'ประเด็นข้อบกพร่องที่ต้องแก้ไข', en: 'deficiencies to fix' },
  },
  improvement: {
    words: ['ประเด็นที่จะต้องพัฒนา', 'ประเด็นที่ต้องพัฒนา', 'ข้อเสนอแนะในการพัฒนา', 'แนวทางการพัฒนา', 'พัฒนาให้ดีขึ้น', 'ข้อเสนอแนะ'],
    name: { th: 'ประเด็นที่ต้องพัฒนาให้ดีขึ้น', en: 'issues to improve' },
  },
  measures: { words: ['มาตรการ'], name: { th: 'มาตรการ/แนวทาง', en: 'measures' } },
  responsible: { words: ['ผู้รับผิดชอบ', 'ผู้ที่เกี่ยวข้อง', 'หน่วยงานที่รับผิดชอบ'], name: { th: 'ผู้รับผิดชอบ', en: 'responsible persons' } },
  steps: {
    words: ['วิธีการดำเนินการ', 'วิธีดำเนินการ', 'ขั้นตอน', 'วิธีการปฏิบัติ', 'แนวทางการดำเนินการ', 'วิธีการ'],
    name: { th: 'ขั้นตอนหรือวิธีการปฏิบัติ', en: 'steps or methods' },
  },
  monitoring: {
    words: ['การติดตามผล', 'ติดตามรายงานผล', 'การกำกับติดตาม', 'ติดตามประเมินผล', 'ติดตามผล', 'การรายงานผล'],
    name: { th: 'การกำกับติดตามและรายงานผล', en: 'monitoring and reporting' },
  },
} as const;
type Part = keyof typeof PARTS;

export function integrityMeasures(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  void ctx;
  const has = Object.fromEntries((Object.keys(PARTS) as Part[]).map((k) => [k, hasWord(doc, PARTS[k].words)])) as Record<Part, boolean>;
  const pasted = countMatches(doc.norm, ITAS_MARKERS);
  const table = (['responsible', 'steps', 'monitoring'] as const).filter((k) => has[k]).length;
  const missing = (Object.keys(PARTS) as Part[]).filter((k) => !has[k]);
  const names = { th: joinTh(missing.map((k) => PARTS[k].name.th)), en: joinEn(missing.map((k) => PARTS[k].name.en)) };
  const pastedWarning = msg(
    'o42.itas-text',
    'warning',
    'มีข้อความข้อเสนอแนะที่คัดลอกจากระบบ ITAS ตรวจสอบให้แน่ใจว่าการวิเคราะห์เป็นของหน่วยงานเอง (คัดลอกมาโดยไม่วิเคราะห์เพิ่มจะไม่ได้คะแนน)',
    "contains ITAS recommendation text: make sure the analysis is the agency's own (pasted text without further analysis scores zero)",
  );
  if (!missing.length)
    return pass('special:integrity-measures', {
      messages: [msg('o42.ok', 'info', 'มีการวิเคราะห์ข้อบกพร่อง ประเด็นที่ต้องพัฒนา และตารางมาตรการพร้อมผู้รับผิดชอบ ขั้นตอน และการติดตามผล', 'own analysis of deficiencies and improvements, with a measures table naming responsible persons, steps and monitoring')],
      warnings: pasted ? [pastedWarning] : [],
      span: spanOfWord(doc, PARTS.measures.words),
    });
  if (pasted && (table <= 1 || !has.measures))
    return outcome('special:integrity-measures', 'incomplete', {
      messages: [
        msg(
          'o42.pasted-only',
          'error',
          `มีเพียงข้อความที่คัดลอกจากระบบ ITAS โดยไม่มีมาตรการของหน่วยงานเอง (ขาด ${names.th}) จึงไม่ได้คะแนน`,
          `only text pasted from ITAS, with no measures of the agency's own (missing ${names.en}): this scores zero`,
        ),
      ],
    });
  if (pasted && table === 2)
    return outcome('special:integrity-measures', 'needs-review', {
      messages: [
        msg(
          'o42.ambiguous',
          'error',
          `มีข้อความจากระบบ ITAS และมาตรการบางส่วน (ขาด ${names.th}) ต้องให้ผู้ตรวจพิจารณาว่าวิเคราะห์เองหรือไม่`,
          `ITAS text plus part of a measures table (missing ${names.en}); a person must decide whether the analysis is the agency's own`,
        ),
      ],
      warnings: [pastedWarning],
    });
  return outcome('special:integrity-measures', 'incomplete', {
    messages: [msg('o42.parts-missing', 'error', `การวิเคราะห์และมาตรการยังขาด: ${names.th}`, `the analysis and measures lack: ${names.en}`)],
    warnings: pasted ? [pastedWarning] : [],
  });
}

const PROGRESS = ['ผลการดำเนินการ', 'ผลการดำเนินงาน', 'ความก้าวหน้า', 'ดำเนินการแล้ว', 'ร้อยละ', 'เสร็จสิ้น', 'ได้ดำเนินการ', 'รายงานผล', 'ผลการปฏิบัติ'];

export function measuresImplementation(ctx: JudgeContext, doc: JudgeDoc): Outcome {
  const progress = countWords(doc, PROGRESS);
  if (!progress)
    return outcome('special:measures-implementation', 'incomplete', {
      messages: [
        msg(
          'o43.no-progress',
          'error',
          'ไม่พบผลหรือความก้าวหน้าของการดำเนินการตามมาตรการ (เช่น ผลการดำเนินการ ความก้าวหน้า ร้อยละ) ดูเหมือนเป็นเพียงการทวนแผน',
          'no progress or results of the measures (results, progress, percentages) found: it looks like a restated plan',
        ),
      ],
    });
  const basis = ctx.input.basis.find((b) => b.verdict.id && ctx.rule.dependsOn.some((d) => d.item === b.verdict.id));
  if (basis && basis.snapshots.length) {
    const titles = basisTitles(basis.snapshots, ['มาตรการ'], 30);
    if (titles.length) {
      const matched = titles.filter((t) => fuzzyFind(doc.prepared, t, { threshold: 0.75 }));
      if (!matched.length) {
        const status = basis.verdict.status === 'pass' ? 'needs-review' : 'pass';
        const m = msg(
          'o43.no-overlap',
          status === 'pass' ? 'warning' : 'error',
          `ไม่พบชื่อมาตรการของ ${basis.verdict.id} ในรายงานผล (เช่น "${titles[0]}") ต้องแสดงผลการดำเนินการตามมาตรการในข้อ ${basis.verdict.id}`,
          `none of the ${basis.verdict.id} measure titles (e.g. "${titles[0]}") appear in the report; it must show the ${basis.verdict.id} measures being carried out`,
        );
        return outcome('special:measures-implementation', status, status === 'pass' ? { warnings: [m] } : { messages: [m] });
      }
      return pass('special:measures-implementation', {
        messages: [
          msg('o43.overlap', 'info', `พบมาตรการของ ${basis.verdict.id} ในรายงาน ${matched.length} จาก ${titles.length} มาตรการ`, `${matched.length} of ${titles.length} ${basis.verdict.id} measures appear in the report`),
        ],
      });
    }
  }
  return pass('special:measures-implementation', { span: spanOfWord(doc, PROGRESS) });
}
