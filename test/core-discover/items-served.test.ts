// itemsServedBy: which items a lone document serves, from its own title, headings, file name and first lines.
// Inputs are the real agency documents in /work/shared/seeds and the bundled rule sets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itemsServedBy } from '../../checker/core';
import { doc, failed, page } from './helpers/snap';
import { ruleSet } from '../core-judge/helpers';

const seed = (file: string) => readFileSync(`/work/shared/seeds/${file}.txt`, 'utf8');
const SITE = 'https://www.pao-lampang.go.th';
const rs65 = ruleSet(2565);
const rs66 = ruleSet(2566);
const ids = (r: ReturnType<typeof itemsServedBy>) => r.map((s) => s.itemId);

describe('itemsServedBy: a document with no link pointing at it', () => {
  it('a PDF with no title and a meaningless file name: its first lines name the item (seed 004 → O42)', () => {
    const snap = doc(`${SITE}/uploads/2565/file_20220301.pdf`, seed('004_8ef762bd39961dbd'));
    const served = itemsServedBy(snap, rs65, 2565);
    expect(served[0]?.itemId).toBe('O42');
    expect(served[0]!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(served[0]!.reason).toMatch(/first lines/);
    // O43 (carrying out the measures) shares words with O42, but the document is the measures themselves
    expect(ids(served).indexOf('O43')).not.toBe(0);
  });

  it('an anti-corruption action plan (seed 003, Thai digits, bold markup) serves O39', () => {
    const snap = doc(`${SITE}/download/แผนปฏิบัติการป้องกันการทุจริต-๒๕๖๖-๒๕๗๐.pdf`, seed('003_a7f2549b583db1a8'));
    const served = itemsServedBy(snap, rs65, 2565);
    expect(served[0]?.itemId).toBe('O39');
    // the file name carries the full name: the document's own label outranks a body line
    expect(served[0]!.confidence).toBe(1);
    expect(served[0]!.reason).toMatch(/file name/);
  });

  it('a file name with the item code and the item name: code confirmed by the title', () => {
    const snap = doc(`${SITE}/files/ita2565/O10-${encodeURIComponent('แผนดำเนินงาน')}-2565.pdf`, 'ลำดับ โครงการ งบประมาณ\n1. โครงการซ่อมถนน 250,000 บาท');
    const served = itemsServedBy(snap, rs65, 2565);
    expect(served[0]!.itemId).toBe('O10');
    expect(served[0]!.confidence).toBeGreaterThanOrEqual(0.95);
    expect(served[0]!.reason).toMatch(/O10 and the item's name/);
  });

  it('a bare code counts weakly on the judged year’s document, and not on another year’s (codes were renumbered in 2566)', () => {
    const snap = doc(`${SITE}/ita2565/O10.pdf`, 'ลำดับ รายการ จำนวน');
    expect(itemsServedBy(snap, rs65, 2565)).toEqual([expect.objectContaining({ itemId: 'O10', confidence: 0.6 })]);
    // The same file read for ITA 2566: 2566's O10 is the personal-data policy, not this 2565 document.
    expect(rs66.items.find((i) => i.id === 'O10')!.name.th).not.toBe(rs65.items.find((i) => i.id === 'O10')!.name.th);
    expect(ids(itemsServedBy(snap, rs66, 2566))).not.toContain('O10');
  });

  it('a title that clearly names another item beats the code beside it', () => {
    // A 2566 page title read with 2565 rules: "O17" there is the satisfaction survey, 2565's O16, not E-Service.
    const snap = page(`${SITE}/ita/survey.html`, '<html><head><meta charset="utf-8"><title>O17 รายงานผลการสำรวจความพึงพอใจการให้บริการ</title></head><body><p>ผลการสำรวจ</p></body></html>');
    const served = itemsServedBy(snap, rs65, 2565);
    expect(served[0]?.itemId).toBe('O16');
    expect(ids(served)).not.toContain('O17');
  });

  it('a code cited in the body is a reference, not a label', () => {
    const snap = doc(`${SITE}/uploads/report.pdf`, 'ตามที่ได้เผยแพร่ไว้ในข้อ O23 ของปีที่แล้ว\nรายละเอียดทั่วไป');
    expect(ids(itemsServedBy(snap, rs65, 2565))).not.toContain('O23');
  });

  it('a page that did not load serves nothing', () => {
    expect(itemsServedBy(failed(`${SITE}/files/O10-แผนดำเนินงาน.pdf`, 404), rs65, 2565)).toEqual([]);
  });
});
