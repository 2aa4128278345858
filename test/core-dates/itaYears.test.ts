import { describe, expect, it } from 'vitest';
import { findItaYears } from '../../checker/core/dates';

describe('findItaYears', () => {
  it.each<[string, number[]]>([
    ['ITA 2565', [2565]],
    ['ita2565', [2565]],
    ['ita-2565', [2565]],
    ['OIT ๒๕๖๕', [2565]],
    ['ITA ประจำปี พ.ศ. 2566', [2566]],
    ['https://sites.google.com/view/pracharath/ita2023/o1', [2566]],
    ['https://www.example.go.th/ita-2565/moit-1/', [2565]],
    ['oit66', [2566]],
    ['/ita_67/', [2567]],
    ['การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567', [2567]],
    ['การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ปีงบประมาณ ๒๕๖๖', [2566]],
    ['https://x.go.th/%E0%B8%9B%E0%B8%B5%E0%B8%87%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%B2%E0%B8%93-2566-ita', [2566]],
  ])('%s → %j', (t, want) => expect(findItaYears(t)).toEqual(want));

  it.each([
    'ITA ๙๐ คะแนนขึ้นไป',
    'ปีงบประมาณ 2566 แผนการจัดซื้อจัดจ้าง',
    'ข่าวประชาสัมพันธ์ 2565',
    'https://x.go.th/wp-content/uploads/2022/03/file.pdf',
    'ITA 98.02',
  ])('%s → none', (t) => expect(findItaYears(t)).toEqual([]));
});
