// One reader of a basis document's project / measure titles (ita-oit.md §5): the strict-dependency check and
// O43's "the O42 measures are carried out" check use the same one.
import { describe, expect, it } from 'vitest';
import { basisTitles } from '../../checker/core/judge/basis-titles';
import { judgeItem } from '../../checker/core/judge/index';
import type { ItemVerdict } from '../../checker/core/types';
import { codes, input, snap } from './helpers';

const AG = 'องค์การบริหารส่วนจังหวัดลำปาง';
const U = (p: string) => `https://www.lampangpao.go.th/${p}`;

// An O42 measures table numbered in Thai digits, as agencies type it in Word.
const O42 = `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕
มาตรการ/แนวทาง | วิธีการดำเนินการ | ผู้รับผิดชอบ | ระยะเวลาดำเนินการ | การติดตามผล
๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ | ปรับปรุงหน้า ITA | สำนักปลัด | ต.ค. ๖๔ – ก.ย. ๖๕ | รายงานทุกไตรมาส
๒. มาตรการป้องกันการรับสินบนทุกรูปแบบ | ประกาศเจตนารมณ์ | กองการเจ้าหน้าที่ | ต.ค. ๖๔ – ก.ย. ๖๕ | รายงานทุกไตรมาส
๓. โครงการอบรมคุณธรรมจริยธรรมบุคลากร | จัดอบรม | กองการเจ้าหน้าที่ | ม.ค. ๖๕ | รายงานผล`;

describe('basisTitles', () => {
  const s = [snap(U('o42.pdf'), O42)];

  it('reads measure titles numbered in Thai digits, without the column header', () => {
    expect(basisTitles(s, ['มาตรการ'])).toEqual(['มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์', 'มาตรการป้องกันการรับสินบนทุกรูปแบบ']);
  });

  it('reads projects and activities too by default, at most `limit`', () => {
    expect(basisTitles(s)).toContain('โครงการอบรมคุณธรรมจริยธรรมบุคลากร');
    expect(basisTitles(s, undefined, 1)).toHaveLength(1);
  });
});

describe('O43 against the O42 measures it must carry out (§7.4)', () => {
  const o42: ItemVerdict = judgeItem(input({ year: 2565, id: 'O42', agencyName: AG, snaps: [snap(U('o42.pdf'), O42)] }));
  const basis = [{ verdict: { ...o42, status: 'pass' as const }, snapshots: [snap(U('o42.pdf'), O42)] }];
  const report = (measure: string) => `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2565
${AG}
มาตรการ | ผลการดำเนินการ | ร้อยละ
${measure} | ดำเนินการแล้ว จัดกิจกรรมเมื่อวันที่ 20 มกราคม 2565 ผู้เข้าร่วม 45 คน | 100`;

  it('passes when the report carries out a measure of O42', () => {
    const v = judgeItem(input({ year: 2565, id: 'O43', agencyName: AG, snaps: [snap(U('o43.pdf'), report('มาตรการป้องกันการรับสินบนทุกรูปแบบ'))], basis }));
    expect(v.status).toBe('pass');
    expect(codes(v)).toContain('o43.overlap');
  });

  it('is needs-review when it reports on none of them, naming one', () => {
    const v = judgeItem(input({ year: 2565, id: 'O43', agencyName: AG, snaps: [snap(U('o43.pdf'), report('มาตรการลดการใช้กระดาษในสำนักงาน'))], basis }));
    expect(v.status).toBe('needs-review');
    expect(v.messages.find((m) => m.code === 'o43.no-overlap')!.en).toContain('มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์');
  });
});
