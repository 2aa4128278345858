import { describe, expect, it } from 'vitest';
import { findItemCodes } from '../../checker/core/text';

const items = (s: string, o?: Parameters<typeof findItemCodes>[1]) => findItemCodes(s, o).map((h) => h.item);

describe('findItemCodes (ita-oit.md §12.2)', () => {
  it.each([
    ['O35 ข้อมูลการดำเนินงาน', [35], 'letter'],
    ['(อ้างอิงจาก o39)', [39], 'letter'],
    ['O 1 โครงสร้าง', [1], 'letter'],
    ['O-10 แผนดำเนินงาน', [10], 'letter'],
    ['O01 โครงสร้าง', [1], 'letter'],
    ['O.1 โครงสร้าง', [1], 'letter'],
    ['ข้อ ๐ ๔๒', [42], 'zero'],
    ['ในข้อ - ๐๔๒', [42], 'zero'],
    ['(จาก ๐๓๔, ๐๓๕)', [34, 35], 'zero'],
    ['(จาก ๐๘)', [8], 'zero'],
    ['(019-022) รายงาน', [19, 20, 21, 22], 'range'],
    ['O19-O22', [19, 20, 21, 22], 'range'],
    ['https://police.go.th/015-สรุปผลการดำเนินงาน', [15], 'url'],
    ['O17MC66.html', [17], 'url'],
    ['https://sites.google.com/view/bwit/oit-3-อำนาจหนาท', [3], 'url'],
    ['/ITA/O17', [17], 'letter'],
  ] as const)('%s → %j', (text, expected, form) => {
    const hits = findItemCodes(text);
    expect(hits.map((h) => h.item)).toEqual(expected);
    expect(hits.every((h) => h.form === form)).toBe(true);
  });

  it('reads a leading zero-for-O only at a row start', () => {
    expect(items('๐๑ โครงสร้าง', { rowStart: true })).toEqual([1]);
    expect(items('015 ข้อมูลเชิงสถิติการให้บริการ', { rowStart: true })).toEqual([15]);
    expect(items('015 ข้อมูลเชิงสถิติการให้บริการ')).toEqual([]);
    expect(items('แถว\n๐๒ ข้อมูลผู้บริหาร', { rowStart: true })).toEqual([2]);
    expect(findItemCodes('๐๑ โครงสร้าง', { rowStart: true })[0].form).toBe('zero');
  });

  it.each([
    ['I ๒๕'],
    ['E๑๒'],
    ['ข้อ 1๒๓'],
    ['โทร จาก 081-234-5678'],
    ['ติดต่อ จาก 02-123-4567'],
    ['ลำดับที่ 01'],
    ['ลำดับที่ 01', { rowStart: false }],
    ['CO2 และ PO10'],
    ['01/02/2565', { rowStart: true }],
    ['O99'],
    ['OIT 2565'],
  ] as const)('rejects %s', (text, o?: { rowStart?: boolean }) => {
    expect(findItemCodes(text, o)).toEqual([]);
  });

  it('gives original offsets for raw Thai-digit input', () => {
    const s = 'ผลการประเมิน (จาก ๐๓๖) และ O35';
    const hits = findItemCodes(s);
    expect(hits.map((h) => s.slice(h.start, h.end))).toEqual(['๐๓๖', 'O35']);
  });

  it('marks every hit as url when asked', () => {
    expect(findItemCodes('https://x.go.th/ITA/O17', { url: true }).map((h) => [h.item, h.form])).toEqual([[17, 'url']]);
  });

  it('finds the codes pasted into seed 001 ("อ้างอิงจาก o39")', async () => {
    const { SEED } = await import('./seeds');
    const hits = findItemCodes(SEED.s001);
    expect(hits.some((h) => h.item === 39 && SEED.s001.slice(h.start, h.end).toLowerCase() === 'o39')).toBe(true);
  });
});
