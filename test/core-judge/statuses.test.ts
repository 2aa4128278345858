// Every status on small, realistic Thai snapshots (ita-oit.md §6.3 rules 1–10, §6.4).
import { describe, expect, it } from 'vitest';
import { judgeItem } from '../../checker/core/judge/index';
import type { ItemVerdict } from '../../checker/core/types';
import { cand, codes, failed, input, link, snap, warningCodes } from './helpers';

const AG = 'องค์การบริหารส่วนจังหวัดลำปาง';
const U = (p: string) => `https://www.lampangpao.go.th/${p}`;

// A สขร.1 monthly summary (O23), with the eight columns of the Comptroller General's layout.
const sor = (month: string) => `แบบ สขร.1
สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ${month}
องค์การบริหารส่วนจังหวัดลำปาง
ลำดับที่ | งานที่ซื้อหรือจ้าง | วงเงินที่จะซื้อหรือจ้าง | ราคากลาง | วิธีซื้อหรือจ้าง | รายชื่อผู้เสนอราคาและราคาที่เสนอ | ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง | เหตุผลที่คัดเลือกโดยสรุป | เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง
1 | จัดซื้อวัสดุสำนักงาน | 12,500 | 12,500 | เฉพาะเจาะจง | ร้านลำปางเครื่องเขียน 12,400 | ร้านลำปางเครื่องเขียน 12,400 | ราคาต่ำสุด | ใบสั่งซื้อเลขที่ 15/2565`;

const MONTHS_2565 = ['ตุลาคม 2564', 'พฤศจิกายน 2564', 'ธันวาคม 2564', 'มกราคม 2565', 'กุมภาพันธ์ 2565', 'มีนาคม 2565'];

function o23Page(months: string[]) {
  return snap(
    U('o23'),
    `สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2565\n${months.map((m) => `สรุปผลการจัดซื้อจัดจ้าง เดือน${m}`).join('\n')}`,
    { links: months.map((m, i) => link(U(`files/sor1-${i}.pdf`), `สรุปผลการจัดซื้อจัดจ้าง เดือน${m}`)) },
  );
}
const monthPdfs = (months: string[]) => months.map((m, i) => snap(U(`files/sor1-${i}.pdf`), sor(m)));

const errorsOf = (v: ItemVerdict) => v.messages.filter((m) => m.severity === 'error');

describe('O23 monthly summaries (monthlyFirstHalf, parts)', () => {
  it('passes with all six months of Oct 2564 – Mar 2565', () => {
    const v = judgeItem(input({ year: 2565, id: 'O23', agencyName: AG, snaps: [o23Page(MONTHS_2565), ...monthPdfs(MONTHS_2565)], candidates: [cand('O23', U('o23'))] }));
    expect(v.status).toBe('pass');
    expect(codes(v)).toContain('monthly.ok');
  });

  it('is incomplete when months are missing, and lists them', () => {
    const have = MONTHS_2565.slice(0, 3);
    const v = judgeItem(input({ year: 2565, id: 'O23', agencyName: AG, snaps: [o23Page(have), ...monthPdfs(have)], candidates: [cand('O23', U('o23'))] }));
    expect(v.status).toBe('incomplete');
    const m = v.messages.find((x) => x.code === 'monthly.missing')!;
    expect(m.th).toContain('ม.ค. 2565');
    expect(m.th).toContain('ก.พ. 2565');
    expect(m.th).toContain('มี.ค. 2565');
    expect(m.en).not.toContain('Oct 2564');
  });

  it("is broken when one month's link on the agency's host returns 404 (rule 9), and still lists the missing ones", () => {
    const have = MONTHS_2565.slice(0, 5);
    const pdfs = monthPdfs(have);
    pdfs[1] = failed(U('files/sor1-1.pdf'), 404);
    const v = judgeItem(input({ year: 2565, id: 'O23', agencyName: AG, snaps: [o23Page(have), ...pdfs], candidates: [cand('O23', U('o23'))] }));
    expect(v.status).toBe('broken');
    expect(codes(v)).toContain('monthly.broken');
    expect(v.messages.find((m) => m.code === 'monthly.broken')!.th).toContain('พ.ย. 2564');
    expect(codes(v)).toContain('monthly.missing');
  });

  it('is outdated when only the previous fiscal year\'s months are published', () => {
    const old = ['ตุลาคม 2563', 'พฤศจิกายน 2563', 'ธันวาคม 2563'];
    const page = snap(U('o23'), `สรุปผลการจัดซื้อจัดจ้างรายเดือน\n${old.map((m) => sor(m)).join('\n')}`);
    const v = judgeItem(input({ year: 2565, id: 'O23', agencyName: AG, snaps: [page] }));
    expect(v.status).toBe('outdated');
    expect(codes(v)).toContain('period.older');
  });

  it('is needs-review "not yet due" for months still to come while the year runs (§6.4)', () => {
    const have = MONTHS_2565.slice(0, 3);
    const v = judgeItem(
      input({ year: 2565, id: 'O23', agencyName: AG, now: new Date('2022-01-20T03:00:00Z'), snaps: [o23Page(have), ...monthPdfs(have)], candidates: [cand('O23', U('o23'))] }),
    );
    expect(v.status).toBe('needs-review');
    expect(v.notYetDue?.windowEnd).toBe('2022-03-31');
  });
});

describe('O36 corruption-risk assessment (§7.2, rule 10)', () => {
  const good = `การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2565
องค์การบริหารส่วนจังหวัดลำปาง
ลำดับ | เหตุการณ์ความเสี่ยงการทุจริต | ระดับความเสี่ยง | มาตรการควบคุมความเสี่ยง
1 | เจ้าหน้าที่เรียกรับสินบนในการออกใบอนุญาต | สูง | กำหนดขั้นตอนและระยะเวลาการให้บริการให้ชัดเจน เปิดเผยต่อสาธารณะ
2 | ผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง | ปานกลาง | ให้กรรมการลงนามเปิดเผยความสัมพันธ์กับผู้เสนอราคา`;

  it('passes with corruption risk events, levels and measures', () => {
    const v = judgeItem(input({ year: 2565, id: 'O36', agencyName: AG, snaps: [snap(U('o36.pdf'), good)] }));
    expect(v.status).toBe('pass');
  });

  it('is incomplete when the agency says it assessed and found no risk', () => {
    const text = `การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2565
องค์การบริหารส่วนจังหวัดลำปาง ได้ดำเนินการประเมินความเสี่ยงการทุจริตตามมาตรการแล้ว ผลการประเมินพบว่าไม่มีความเสี่ยง`;
    const v = judgeItem(input({ year: 2565, id: 'O36', agencyName: AG, snaps: [snap(U('o36.pdf'), text)] }));
    expect(v.status).toBe('incomplete');
    expect(codes(v)).toContain('o36.no-risk');
  });

  it('is incomplete when it is only an internal-control report (ปค.๕)', () => {
    const text = `แบบ ปค.๕
องค์การบริหารส่วนจังหวัดลำปาง
รายงานการประเมินผลและการปรับปรุงการควบคุมภายใน
สำหรับระยะเวลาการดำเนินงานสิ้นสุด ณ วันที่ ๓๐ กันยายน ๒๕๖๔ ปีงบประมาณ พ.ศ. ๒๕๖๕
ภารกิจตามกฎหมายที่จัดตั้งหน่วยงานของรัฐหรือภารกิจตามแผนการดำเนินการ | ความเสี่ยง | การควบคุมภายในที่มีอยู่ | การประเมินผลการควบคุมภายใน | ความเสี่ยงที่ยังมีอยู่ | การปรับปรุงการควบคุมภายใน | ระดับความเสี่ยง
งานการเงินและบัญชี | การเบิกจ่ายล่าช้า | มีการควบคุมภายใน | เพียงพอ | ปานกลาง | จัดทำทะเบียนคุมเอกสาร | ปานกลาง`;
    const v = judgeItem(input({ year: 2565, id: 'O36', agencyName: AG, snaps: [snap(U('pk5.pdf'), text)] }));
    expect(v.status).toBe('incomplete');
    expect(codes(v)).toContain('o36.internal-control');
  });
});

describe('O35 executive participation (§7.1)', () => {
  it('is needs-review when the activity was run jointly with another agency', () => {
    const text = `โครงการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565
นายกองค์การบริหารส่วนจังหวัดลำปาง เข้าร่วมกิจกรรมรณรงค์ต่อต้านการทุจริต ร่วมกับสำนักงาน ป.ป.ช. ประจำจังหวัดลำปาง เมื่อวันที่ 9 ธันวาคม 2564 ณ ศาลากลางจังหวัดลำปาง`;
    const v = judgeItem(input({ year: 2565, id: 'O35', agencyName: AG, snaps: [snap(U('o35'), text)] }));
    expect(v.status).toBe('needs-review');
    expect(codes(v)).toContain('o35.joint-event');
    expect(v.evidence[0].snippet).toContain('ร่วมกับ');
  });

  it('passes an own activity with the head taking part in FY2565', () => {
    const text = `โครงการอบรมส่งเสริมคุณธรรมและจริยธรรมแก่บุคลากร ประจำปีงบประมาณ พ.ศ. 2565
องค์การบริหารส่วนจังหวัดลำปาง จัดกิจกรรมเมื่อวันที่ 15 มกราคม 2565 โดยนายกองค์การบริหารส่วนจังหวัดลำปาง เป็นประธานและบรรยายเรื่องความโปร่งใสและการป้องกันการทุจริต`;
    const v = judgeItem(input({ year: 2565, id: 'O35', agencyName: AG, snaps: [snap(U('o35'), text)] }));
    expect(v.status).toBe('pass');
    expect(v.evidence[0].years).toContain(2565);
  });
});

describe('what the machine cannot read (rule 4) and off-site targets (rule 8)', () => {
  it('a scanned PDF (no text layer) is needs-review, never missing or outdated', () => {
    const v = judgeItem(input({ year: 2565, id: 'O10', agencyName: AG, snaps: [snap(U('plan.pdf'), '', { kind: 'pdf', pageCount: 4 })] }));
    expect(v.status).toBe('needs-review');
    expect(codes(v)).toContain('fetch.no-text-layer');
  });

  it('an off-site Facebook link that fails is needs-review ("not verified")', () => {
    const fb = 'https://www.facebook.com/lampangpao';
    const v = judgeItem(input({ year: 2565, id: 'O9', agencyName: AG, snaps: [failed(fb, 0, 'timeout')], candidates: [cand('O9', fb)] }));
    expect(v.status).toBe('needs-review');
    expect(codes(v)).toContain('fetch.offsite-failed');
    expect(v.messages[0].en).toMatch(/not verified/);
  });

  it('an on-site page naming and linking the Facebook page passes without Facebook loading', () => {
    const fb = 'https://www.facebook.com/lampangpao';
    const page = snap(U('social'), 'Social Network\nติดตามข่าวสารองค์การบริหารส่วนจังหวัดลำปางได้ทาง Facebook: อบจ.ลำปาง', {
      links: [link(fb, 'Facebook อบจ.ลำปาง')],
    });
    const v = judgeItem(input({ year: 2565, id: 'O9', agencyName: AG, snaps: [page, snap(fb, '', { loginWall: true })], candidates: [cand('O9', U('social'))] }));
    expect(v.status).toBe('pass');
    expect(warningCodes(v)).toContain('channel.target-unverified');
  });

  it("a dead link on the agency's own host is broken; the same on another host is needs-review", () => {
    const own = judgeItem(input({ year: 2565, id: 'O10', agencyName: AG, snaps: [failed(U('plan.pdf'), 404)] }));
    expect(own.status).toBe('broken');
    expect(own.evidence[0].httpStatus).toBe(404);
    const drive = 'https://drive.google.com/file/d/abc/view';
    const off = judgeItem(input({ year: 2565, id: 'O10', agencyName: AG, snaps: [failed(drive, 403)] }));
    expect(off.status).toBe('needs-review');
  });
});

describe('period rules (§6.2) and the best candidate (rule 2)', () => {
  const plan6164 = `แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2561 – 2564)
องค์การบริหารส่วนจังหวัดลำปาง
มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต
โครงการ | งบประมาณ ปี 2561 | ปี 2562 | ปี 2563 | ปี 2564
โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร | 20,000 | 20,000 | 20,000 | 20,000
แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2561 – 2564) จัดทำขึ้นเพื่อเป็นกรอบการดำเนินงาน`;
  const plan6570 = plan6164.replace(/4 ปี \(พ\.ศ\. 2561 – 2564\)/g, '(พ.ศ. 2565 – 2570)');

  it('a plan for 2561–2564 is outdated for ITA 2565 (older)', () => {
    const v = judgeItem(input({ year: 2565, id: 'O39', agencyName: AG, snaps: [snap(U('plan-61-64.pdf'), plan6164)] }));
    expect(v.status).toBe('outdated');
    expect(codes(v)).toContain('period.older');
    expect(v.messages[0].th).toContain('2561–2564');
  });

  it('a current plan beside the archived old one passes (best candidate decides)', () => {
    const v = judgeItem(
      input({ year: 2565, id: 'O39', agencyName: AG, snaps: [snap(U('plan-61-64.pdf'), plan6164), snap(U('plan-65-70.pdf'), plan6570)] }),
    );
    expect(v.status).toBe('pass');
    expect(v.evidence[0].url).toBe(U('plan-65-70.pdf'));
    expect(codes(v)).toContain('item.other-candidates');
  });

  it('an unreadable current PDF next to an old readable one is needs-review, not outdated', () => {
    const v = judgeItem(
      input({ year: 2565, id: 'O39', agencyName: AG, snaps: [snap(U('plan-61-64.pdf'), plan6164), snap(U('scan.pdf'), '', { kind: 'pdf', pageCount: 12 })] }),
    );
    expect(v.status).toBe('needs-review');
  });

  it('an FY2563 annual report is outdated for ITA 2565, and says the period rule is unconfirmed', () => {
    const text = `รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2563
องค์การบริหารส่วนจังหวัดลำปาง
ผลการดำเนินงานตามแผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2563 จำนวน 120 โครงการ ใช้จ่ายงบประมาณ 350,000,000 บาท
ปัญหาอุปสรรค: การระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 ข้อเสนอแนะ: ควรวางแผนการเบิกจ่ายให้เร็วขึ้น`;
    const v = judgeItem(input({ year: 2565, id: 'O12', agencyName: AG, snaps: [snap(U('report-63.pdf'), text)] }));
    expect(v.status).toBe('outdated');
    expect(codes(v)).toContain('period.older');
    expect(v.messages[0].en).toMatch(/2564/);
    expect(v.messages[0].en).toMatch(/reviewer may overrule/);
  });

  it('an FY2565 annual report is outdated for ITA 2565: it signals a later year', () => {
    const text = `รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2565\nองค์การบริหารส่วนจังหวัดลำปาง\nผลการดำเนินงาน ปีงบประมาณ พ.ศ. 2565 ปัญหาอุปสรรค ข้อเสนอแนะ`;
    const v = judgeItem(input({ year: 2565, id: 'O12', agencyName: AG, snaps: [snap(U('report-65.pdf'), text)] }));
    expect(v.status).toBe('outdated');
    expect(codes(v)).toContain('period.later-report');
  });

  it('a FY2564 annual report passes O12 for 2565; the template footer date does not count', () => {
    const text = `รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2564\nองค์การบริหารส่วนจังหวัดลำปาง\nผลการดำเนินงาน ใช้จ่ายงบประมาณ ปัญหาอุปสรรค ข้อเสนอแนะ\nปรับปรุงล่าสุด 12 มีนาคม 2567`;
    const v = judgeItem(input({ year: 2565, id: 'O12', agencyName: AG, snaps: [snap(U('report-64.pdf'), text)] }));
    expect(v.status).toBe('pass');
    expect(v.evidence[0].years).toEqual([2564]);
  });
});

describe('missing (rule 3), not yet due (§6.4), dependencies (§5)', () => {
  it('listed without a link → missing, naming the old evidence seen on another year\'s page', () => {
    const old = U('ita2564/o10.pdf');
    const v = judgeItem(
      input({
        year: 2565,
        id: 'O10',
        agencyName: AG,
        listedWithoutLink: true,
        candidates: [],
        otherYearCandidates: [cand('O10', old, { indexYear: 2564 })],
        snaps: [snap(old, 'แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2564\nโครงการ | งบประมาณ | ระยะเวลาดำเนินการ\nโครงการซ่อมถนน | 500,000 | ต.ค. 2563')],
      }),
    );
    expect(v.status).toBe('missing');
    expect(codes(v)).toContain('item.listed-without-link');
    const oldMsg = v.messages.find((m) => m.code === 'item.old-evidence')!;
    expect(oldMsg.en).toContain(old);
    expect(oldMsg.en).toContain('ITA 2564');
    expect(v.evidence[0].url).toBe(old);
  });

  it('a six-month report is not yet due before 1 Apr of the running year', () => {
    const now = new Date('2023-01-10T05:00:00Z'); // FY2566 running
    const v = judgeItem(input({ year: 2566, id: 'O12', agencyName: AG, now, candidates: [] }));
    expect(v.status).toBe('needs-review');
    expect(v.notYetDue?.windowEnd).toBe('2023-03-31');
    expect(v.messages[0].en).toMatch(/not yet due \(window ends 31 Mar 2566/);
  });

  it('the same missing report is missing once the year is past', () => {
    const v = judgeItem(input({ year: 2566, id: 'O12', agencyName: AG, candidates: [] }));
    expect(v.status).toBe('missing');
    expect(v.notYetDue).toBeUndefined();
  });

  it('O43 with O42 missing is needs-review with the reason', () => {
    const o43 = `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2565
องค์การบริหารส่วนจังหวัดลำปาง
มาตรการ | ผลการดำเนินการ | ร้อยละ
มาตรการเผยแพร่ข้อมูลต่อสาธารณะ | ดำเนินการแล้ว จัดกิจกรรมเมื่อวันที่ 20 มกราคม 2565 ผู้เข้าร่วม 45 คน (ภาพกิจกรรม) | 100`;
    const o42Missing: ItemVerdict = judgeItem(input({ year: 2565, id: 'O42', candidates: [] }));
    expect(o42Missing.status).toBe('missing');
    const v = judgeItem(input({ year: 2565, id: 'O43', agencyName: AG, snaps: [snap(U('o43.pdf'), o43)], basis: [{ verdict: o42Missing, snapshots: [] }] }));
    expect(v.status).toBe('needs-review');
    const m = v.messages.find((x) => x.code === 'dependency.basis-missing')!;
    expect(m.en).toMatch(/O42 not found; cannot verify/);
    // Without the dependency the same report passes.
    expect(judgeItem(input({ year: 2565, id: 'O43', agencyName: AG, snaps: [snap(U('o43.pdf'), o43)] })).status).toBe('pass');
  });

  it('an O43 that only restates the plan is incomplete', () => {
    const text = `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565\nมาตรการเผยแพร่ข้อมูลต่อสาธารณะ จะดำเนินการภายในเดือนมีนาคม 2565`;
    const v = judgeItem(input({ year: 2565, id: 'O43', agencyName: AG, snaps: [snap(U('o43.pdf'), text)] }));
    expect(v.status).toBe('incomplete');
    expect(codes(v)).toContain('o43.no-progress');
  });
});

describe('elements and content defects', () => {
  it('a work manual without steps is incomplete, naming the element; an unconfirmed element only warns', () => {
    const text = `คู่มือการปฏิบัติงาน งานจัดเก็บรายได้\nองค์การบริหารส่วนจังหวัดลำปาง\nวัตถุประสงค์ เพื่อให้เจ้าหน้าที่กองคลังปฏิบัติงานจัดเก็บภาษีบำรุงองค์การบริหารส่วนจังหวัดจากสถานการค้าปลีกยาสูบ น้ำมัน และโรงแรม ได้ถูกต้องตามระเบียบ\nผู้รับผิดชอบ เจ้าพนักงานจัดเก็บรายได้`;
    const v = judgeItem(input({ year: 2565, id: 'O13', agencyName: AG, snaps: [snap(U('manual.pdf'), text)] }));
    expect(v.status).toBe('incomplete');
    const m = errorsOf(v).find((x) => x.code === 'element.missing')!;
    expect(m.th).toContain('ขั้นตอน');
    expect(warningCodes(v)).toContain('element.advisory-missing');
    const withSteps = text + '\nขั้นตอนการปฏิบัติงาน 1. รับแบบแสดงรายการ 2. ตรวจสอบ 3. ออกใบเสร็จรับเงิน';
    expect(judgeItem(input({ year: 2565, id: 'O13', agencyName: AG, snaps: [snap(U('manual.pdf'), withSteps)] })).status).toBe('pass');
  });

  it('flags another agency\'s name but not a misspelling of its own', () => {
    const text = `แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2565 ขององค์กรบริหารส่วนจังหวัดลำปาง
โครงการ | งบประมาณ | ระยะเวลาดำเนินการ
โครงการซ่อมถนน | 500,000 | ต.ค. 2564 – มี.ค. 2565
ลงชื่อ นายกองค์การบริหารส่วนตำบลบางจาน`;
    const v = judgeItem(input({ year: 2565, id: 'O10', agencyName: AG, snaps: [snap(U('plan65.pdf'), text)] }));
    expect(v.status).toBe('pass');
    const other = v.warnings.find((m) => m.code === 'defect.other-agency')!;
    expect(other.th).toContain('บางจาน');
    expect(other.th).not.toContain('ลำปาง');
  });

  it('evidence dated in FY Y but after the submission window passes with a warning (past year)', () => {
    const text = `ข่าวประชาสัมพันธ์\nองค์การบริหารส่วนจังหวัดลำปาง จัดกิจกรรมวันแม่แห่งชาติ เมื่อวันที่ 12 สิงหาคม 2565`;
    const v = judgeItem(input({ year: 2565, id: 'O7', agencyName: AG, snaps: [snap(U('news'), text)] }));
    expect(v.status).toBe('pass');
    expect(warningCodes(v)).toContain('period.after-submission');
  });
});
