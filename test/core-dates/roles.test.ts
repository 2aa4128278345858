// Roles that decide what a year proves: the analysed ITA year needs a real ITA cue (not any "การประเมิน"),
// and a year in the future tense is a plan, not work done (thai-text-and-dates.md §8 step 4, §9.7).
import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../checker/core/dates';
import type { FoundPeriod } from '../../checker/core/types';
import { SEED } from '../core-text/seeds';

const roles = (text: string) => extractPeriods(text).map((p) => `${p.role}${p.future ? '+future' : ''}:${p.from.y}`);

describe('itaAnalysed needs a real ITA cue', () => {
  it.each<[string, string[]]>([
    // ปค.๕ internal-control report: "การประเมินผล" is not ITA — the fiscal year is the content's year
    [
      'รายงานการประเมินผลและการปรับปรุงการควบคุมภายใน สำหรับระยะเวลาดำเนินงานสิ้นสุด ณ วันที่ ๓๐ กันยายน ๒๕๖๔ ปีงบประมาณ พ.ศ. ๒๕๖๕',
      ['event:2564', 'fiscalYear:2565'],
    ],
    ['ผลการประเมินความพึงพอใจ ประจำปีงบประมาณ 2565', ['fiscalYear:2565']],
    ['การประเมินผลการปฏิบัติงาน ปีงบประมาณ 2565', ['fiscalYear:2565']],
    ['รายงานผลการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2565', ['fiscalYear:2565']],
    ['ผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2565', ['fiscalYear:2565']],
    ['การประเมินผล ปีงบประมาณ 2565', ['fiscalYear:2565']],
    // the measures' own title names the action year, not the analysed one (ita-oit.md §7.5)
    ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๕', ['fiscalYear:2565']],
    // an ITA cue far back, with an internal-control report in between, does not reach the year
    ['ตามแนวทาง ITA หน่วยงานได้จัดทำรายงานการควบคุมภายใน ประจำปีงบประมาณ 2565', ['fiscalYear:2565']],
    // the cue belongs to the first year after it, not to every later one
    ['จากผลการประเมิน ITA ปี 2564 หน่วยงานจึงกำหนดมาตรการ ประจำปีงบประมาณ 2565', ['itaAnalysed:2564', 'fiscalYear:2565']],
    // real cues
    ['ผลการประเมิน ITA ของ องค์การบริหารส่วนจังหวัดลำปาง ปีงบประมาณ พ.ศ. ๒๕๖๔', ['itaAnalysed:2564']],
    ['ผลคะแนน ITA ปีงบประมาณ พ.ศ. 2564 ได้ 93.75 คะแนน', ['itaAnalysed:2564']],
    ['การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2565', ['itaAnalysed:2565']],
    ['ผลการประเมินคุณธรรมเละความโปร่งใส ปีงบประมาณ 2564', ['itaAnalysed:2564']],
    // a bare "ผลการประเมิน" under a heading that names ITA a paragraph above
    [
      'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\nประจำปีงบประมาณ พ.ศ. 2565\n\n๑. ผลการประเมิน  ประจำปีงบประมาณ พ.ศ. 2565',
      ['itaAnalysed:2565', 'itaAnalysed:2565'],
    ],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it('keeps the seeds’ analysed ITA years and does not invent one in the action plan', () => {
    const ita = (t: string) => [...new Set(extractPeriods(t).filter((p) => p.role === 'itaAnalysed').map((p) => p.from.y))];
    expect(ita(SEED.s004)).toEqual([2564]);
    expect(ita(SEED.s001)).toEqual([2565]);
    expect(ita(SEED.s003)).toEqual([]);
  });
});

describe('future tense: a plan, not work done (§9.7)', () => {
  it.each<[string, string[]]>([
    ['ทั้งนี้ จะได้ดำเนินการในปีงบประมาณ พ.ศ. 2565 ที่หน่วยงานได้ดำเนินการเอง', ['actionPeriod+future:2565']],
    ['ผู้บริหารจะเข้าร่วมกิจกรรมในวันที่ 5 มกราคม 2565', ['actionPeriod+future:2565']],
    ['และจะขยายผลในปีงบประมาณ 2566 ต่อไป', ['actionPeriod+future:2566']],
    ['มีแผนจะจัดอบรม ต.ค. 65 - ธ.ค. 65', ['actionPeriod+future:2565']],
    ['กำหนดจัดกิจกรรม วันที่ 12 สิงหาคม 2565', ['actionPeriod+future:2565']],
    // past or neutral wording stays a fact
    ['ได้ดำเนินการในปีงบประมาณ พ.ศ. 2565', ['actionPeriod:2565']],
    ['เมื่อวันที่ 5 มกราคม 2565 นายกเป็นประธาน', ['event:2565']],
    ['จะเห็นได้ว่าในปีงบประมาณ 2565 มีผู้ร้องเรียนลดลง', ['fiscalYear:2565']],
    // "จะ" on an earlier line does not govern the year on the next one
    ['หน่วยงานจะดำเนินการตามแผน\nปีงบประมาณ 2565 ผลการดำเนินงาน', ['fiscalYear:2565']],
    // a future tense never turns a law or a national target into a claim of work
    ['อันจะนำไปสู่เป้าหมายของแผนแม่บทภายใต้ยุทธศาสตร์ชาติ (พ.ศ. ๒๕๖๑ – ๒๕๘๐)', ['strategy:2561']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it('marks "ในปีงบประมาณถัดไป" as future when the anchor resolves it', () => {
    const [p] = extractPeriods('ในปีงบประมาณถัดไป', { anchorYear: 2565 });
    expect(p).toMatchObject<Partial<FoundPeriod>>({ from: { y: 2566 }, future: true });
  });

  it('flags the stale promise in seed 001 and nothing else there', () => {
    const fut = extractPeriods(SEED.s001).filter((p) => p.future);
    expect(fut.map((p) => [p.role, p.from.y])).toEqual([['actionPeriod', 2565]]);
    expect(SEED.s001.slice(fut[0].span[0] - 30, fut[0].span[1])).toMatch(/จะได้ดำเนินการในปีงบประมาณ พ\.ศ\. 2565$/);
  });
});
