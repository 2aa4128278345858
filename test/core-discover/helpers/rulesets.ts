// Small but real-shaped rule sets for discovery and scoring tests: the official 2565 and 2566 item names
// and sub-indicator membership (ita-oit.md §2.1, §4, §9), stub content rules. Used until (and beside) the
// bundled rules/ita-*.yaml files, and validated through the real schema so they cannot drift from it.
import { validateRuleSet } from '../../../rules/parse';
import type { RuleSet, RuleSetInput } from '../../../rules/schema';

type Row = [id: string, sub: string, th: string, aliases?: string[]];

export const ITEMS_2565: Row[] = [
  ['O1', '9.1', 'โครงสร้าง'],
  ['O2', '9.1', 'ข้อมูลผู้บริหาร'],
  ['O3', '9.1', 'อำนาจหน้าที่'],
  ['O4', '9.1', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', ['แผนพัฒนาท้องถิ่น']],
  ['O5', '9.1', 'ข้อมูลการติดต่อ'],
  ['O6', '9.1', 'กฎหมายที่เกี่ยวข้อง'],
  ['O7', '9.1', 'ข่าวประชาสัมพันธ์'],
  ['O8', '9.1', 'Q&A', ['ถาม-ตอบ', 'กระดานถาม-ตอบ']],
  ['O9', '9.1', 'Social Network'],
  ['O10', '9.2', 'แผนดำเนินงานประจำปี'],
  ['O11', '9.2', 'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน'],
  ['O12', '9.2', 'รายงานผลการดำเนินงานประจำปี'],
  ['O13', '9.2', 'คู่มือหรือมาตรฐานการปฏิบัติงาน'],
  ['O14', '9.2', 'คู่มือหรือมาตรฐานการให้บริการ'],
  ['O15', '9.2', 'ข้อมูลเชิงสถิติการให้บริการ'],
  ['O16', '9.2', 'รายงานผลการสำรวจความพึงพอใจการให้บริการ'],
  ['O17', '9.2', 'E-Service'],
  ['O18', '9.3', 'แผนการใช้จ่ายงบประมาณประจำปี'],
  ['O19', '9.3', 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน'],
  ['O20', '9.3', 'รายงานผลการใช้จ่ายงบประมาณประจำปี'],
  ['O21', '9.3', 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ'],
  ['O22', '9.3', 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ'],
  ['O23', '9.3', 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน'],
  ['O24', '9.3', 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี'],
  ['O25', '9.4', 'นโยบายการบริหารทรัพยากรบุคคล'],
  ['O26', '9.4', 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล'],
  ['O27', '9.4', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล'],
  ['O28', '9.4', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี'],
  ['O29', '9.5', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', ['แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต']],
  ['O30', '9.5', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ'],
  ['O31', '9.5', 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี'],
  ['O32', '9.5', 'ช่องทางการรับฟังความคิดเห็น'],
  ['O33', '9.5', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม'],
  ['O34', '10.1', 'เจตจำนงสุจริตของผู้บริหาร'],
  ['O35', '10.1', 'การมีส่วนร่วมของผู้บริหาร'],
  ['O36', '10.1', 'การประเมินความเสี่ยงการทุจริตประจำปี'],
  ['O37', '10.1', 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต'],
  ['O38', '10.1', 'การเสริมสร้างวัฒนธรรมองค์กร', ['การส่งเสริมวัฒนธรรมองค์กร']],
  ['O39', '10.1', 'แผนปฏิบัติการป้องกันการทุจริต'],
  ['O40', '10.1', 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน'],
  ['O41', '10.1', 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี'],
  ['O42', '10.2', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'],
  ['O43', '10.2', 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'],
];

export const ITEMS_2566: Row[] = [
  ...ITEMS_2565.slice(0, 9),
  ['O10', '9.1', 'นโยบายคุ้มครองข้อมูลส่วนบุคคล'],
  ['O11', '9.2', 'แผนดำเนินงานและการใช้งบประมาณประจำปี'],
  ['O12', '9.2', 'รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณประจำปี รอบ 6 เดือน'],
  ['O13', '9.2', 'รายงานผลการดำเนินงานประจำปี'],
  ['O14', '9.2', 'คู่มือหรือมาตรฐานการปฏิบัติงาน'],
  ['O15', '9.2', 'คู่มือหรือมาตรฐานการให้บริการ'],
  ['O16', '9.2', 'ข้อมูลเชิงสถิติการให้บริการ'],
  ['O17', '9.2', 'รายงานผลการสำรวจความพึงพอใจการให้บริการ'],
  ['O18', '9.2', 'E-Service'],
  ['O19', '9.3', 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ'],
  ['O20', '9.3', 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ'],
  ['O21', '9.3', 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน'],
  ['O22', '9.3', 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี'],
  ['O23', '9.4', 'นโยบายหรือแผนการบริหารทรัพยากรบุคคล'],
  ['O24', '9.4', 'การดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล'],
  ['O25', '9.4', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล'],
  ['O26', '9.4', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี'],
  ['O27', '9.5', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ'],
  ['O28', '9.5', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ'],
  ['O29', '9.5', 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ'],
  ['O30', '9.5', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม'],
  ['O31', '10.1', 'ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่'],
  ['O32', '10.1', 'การสร้างวัฒนธรรม No Gift Policy'],
  ['O33', '10.1', 'รายงานผลตามนโยบาย No Gift Policy'],
  ['O34', '10.1', 'การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปี'],
  ['O35', '10.1', 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ'],
  ['O36', '10.1', 'แผนปฏิบัติการป้องกันการทุจริต'],
  ['O37', '10.1', 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน'],
  ['O38', '10.1', 'รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี'],
  ['O39', '10.2', 'ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ'],
  ['O40', '10.2', 'การขับเคลื่อนจริยธรรม'],
  ['O41', '10.2', 'การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ'],
  ['O42', '10.2', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'],
  ['O43', '10.2', 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'],
];

const SUBS: Array<[string, string[]]> = [
  ['9', ['9.1', '9.2', '9.3', '9.4', '9.5']],
  ['10', ['10.1', '10.2']],
];

const DEPS_2565: Record<string, string> = { O11: 'O10', O19: 'O18', O40: 'O39', O43: 'O42', O26: 'O25', O37: 'O36' };
const DEPS_2566: Record<string, string> = { O12: 'O11', O24: 'O23', O37: 'O36', O43: 'O42' };

const b = (th: string, en = th) => ({ th, en });

function make(id: string, years: number[], rows: Row[], deps: Record<string, string>, extra: Partial<RuleSetInput['scoring']> = {}): RuleSet {
  const input: RuleSetInput = {
    id,
    years,
    title: b(`ITA ${years[0]} (test)`),
    agencyTypes: ['general', 'lgo'],
    calendar: { submissionStart: { month: 3, day: 1 }, submissionEnd: { month: 4, day: 30 }, confidence: 'confirmed' },
    scoring: {
      model: 'sub-indicator-mean',
      instrumentWeights: { iit: 0.3, eit: 0.3, oit: 0.4 },
      passMark: 85,
      grades: [
        { grade: 'AA', min: 95 },
        { grade: 'A', min: 85 },
        { grade: 'B', min: 75 },
        { grade: 'C', min: 65 },
        { grade: 'D', min: 55 },
        { grade: 'E', min: 50 },
        { grade: 'F', min: 0 },
      ],
      rounding: 'truncate',
      confidence: 'adjacent-year',
      ...extra,
    },
    indicators: SUBS.map(([ind, subs]) => ({
      id: ind,
      name: b(`ตัวชี้วัด ${ind}`, `indicator ${ind}`),
      subIndicators: subs.map((s) => ({ id: s, name: b(`ตัวชี้วัดย่อย ${s}`, `sub-indicator ${s}`) })),
    })),
    items: rows.map(([itemId, sub, th, aliases]) => ({
      id: itemId,
      semanticId: `test.${itemId.toLowerCase()}`,
      subIndicator: sub,
      name: b(th, `item ${itemId}`),
      aliases: aliases ?? [],
      description: b(th),
      period: { kind: 'none', confidence: 'unconfirmed' },
      dependsOn: deps[itemId] ? [{ item: deps[itemId], strength: 'strict', confidence: 'adjacent-year' }] : [],
      offSite: { allowed: false, confidence: 'unconfirmed' },
      fix: b(`เผยแพร่${th}`, `publish ${itemId}`),
      confidence: { elements: 'unconfirmed', period: 'unconfirmed' },
    })),
  };
  return validateRuleSet(input, `${id} (test fixture)`);
}

export const ruleSet2565 = (): RuleSet => make('ita-2565', [2565], ITEMS_2565, DEPS_2565);
export const ruleSet2566 = (extra: Partial<RuleSetInput['scoring']> = {}): RuleSet =>
  make('ita-2566', [2566, 2567], ITEMS_2566, DEPS_2566, extra);

/**
 * The rule sets discovery tests run against: the small fixture above and the bundled rule files
 * (rules/ita-2565.yaml, rules/ita-2566.yaml), so aliases added to the real data are tested too.
 */
export async function ruleSetSources(): Promise<Array<{ source: string; rs65: RuleSet; rs66: RuleSet }>> {
  const out = [{ source: 'fixture', rs65: ruleSet2565(), rs66: ruleSet2566() }];
  try {
    const { loadBundledRuleSets } = await import('../../../rules/registry');
    const sets = loadBundledRuleSets();
    const rs65 = sets.find((r) => r.years.includes(2565));
    const rs66 = sets.find((r) => r.years.includes(2566));
    if (rs65 && rs66) out.push({ source: 'bundled', rs65, rs66 });
  } catch (e) {
    // The bundled files are another helper's work in progress: a broken file must not hide these tests,
    // but it must be visible.
    console.warn(`bundled rule sets not loaded: ${(e as Error).message}`);
  }
  return out;
}
