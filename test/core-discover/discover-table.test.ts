import { describe, expect, it } from 'vitest';
import { discover, siteHostsFrom } from '../../checker/core/discover';
import type { Snapshot } from '../../checker/core/types';
import { ITEMS_2565, ruleSetSources } from './helpers/rulesets';
import { doc, lgoPage, page } from './helpers/snap';

const HOST = 'www.tambon-a.go.th';
const HOME = `https://${HOST}/`;

/** The 2565 index as a table (code · title · link · explanation), with the quirks real pages have. */
function index2565(): Snapshot {
  const rows = ITEMS_2565.map(([id, , th]) => {
    const n = id.slice(1);
    switch (id) {
      case 'O10':
        return `<tr><td>${id}</td><td>เเผนดำเนินงานประจำปี</td><td><a href="/files/2565/o10.pdf">คลิก</a></td><td>แผนดำเนินงาน ปีงบประมาณ 2565</td></tr>`;
      case 'O12':
        return `<tr><td>${id}</td><td>${th}</td><td>อยู่ระหว่างรวบรวมข้อมูล</td><td></td></tr>`;
      case 'O13':
        return `<tr><td>${id}</td><td>${th}</td><td>–</td><td></td></tr>`;
      case 'O14':
        return `<tr><td>${id}</td><td>คู่มือหรือมาตราฐานการให้บริการ</td><td><a href="/files/2565/o14.pdf">ดาวน์โหลด</a></td><td>คู่มือสำหรับประชาชน</td></tr>`;
      case 'O21':
        // The 2566 number of the procurement plan, left over from a template: the title decides.
        return `<tr><td>O19</td><td>${th}</td><td><a href="/files/2565/procurement-plan.pdf">คลิก</a></td><td>แผนจัดซื้อ ปี 2565</td></tr>`;
      default:
        return `<tr><td>${id}</td><td>${th}</td><td><a href="/files/2565/o${n}.pdf">คลิก</a></td><td>ข้อมูลปีงบประมาณ 2565</td></tr>`;
    }
  }).join('\n');
  const body = `<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2565</h2>
  <h3>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)</h3>
  <table><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>URL</th><th>คำอธิบาย</th></tr></thead><tbody>
  ${rows}
  <tr><td>I ๒๕</td><td>ผลการประเมิน IIT</td><td><a href="/files/2565/iit25.pdf">คลิก</a></td><td>แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน</td></tr>
  <tr><td>E๑๒</td><td>ผลการประเมิน EIT</td><td><a href="/files/2565/eit12.pdf">คลิก</a></td><td></td></tr>
  </tbody></table>`;
  return page(`https://${HOST}/ita-2565`, lgoPage(HOST, 'ITA 2565', body));
}

/** Last year's page, still online: a list of titles with links to the 2564 files. */
function index2564(): Snapshot {
  const items = ITEMS_2565.map(([id, , th]) => `<li>${id} ${th} <a href="/files/2564/o${id.slice(1)}.pdf">ดูข้อมูล</a></li>`).join('\n');
  return page(`https://${HOST}/ita-2564`, lgoPage(HOST, 'ITA 2564', `<h2>ITA ปี 2564</h2><ul>${items}</ul>`));
}

function home(): Snapshot {
  return page(
    HOME,
    lgoPage(HOST, 'หน้าแรก', `<section><h2>ITA</h2><ul><li><a href="/ita-2565">ITA 2565</a></li><li><a href="/ita-2564">ITA 2564</a></li></ul></section>`),
  );
}

const others = () => [
  page(`https://${HOST}/news`, lgoPage(HOST, 'ข่าวกิจกรรม', '<h2>ข่าวกิจกรรม</h2><p>ประชุมประจำเดือน</p>')),
  page(`https://${HOST}/contact`, lgoPage(HOST, 'ติดต่อเรา', '<h2>ติดต่อเรา</h2><p>ที่อยู่ 99 หมู่ 1</p>')),
  page(`https://${HOST}/about/history`, lgoPage(HOST, 'ประวัติความเป็นมา', '<h2>ประวัติ</h2>')),
];

for (const { source, rs65: rs } of await ruleSetSources())
describe(`with the ${source} rule set`, () => {
const run = (snapshots: Snapshot[], year = 2565) =>
  discover({ ruleSet: rs, snapshots, homeUrl: HOME, year, siteHosts: siteHostsFrom(HOME) });

describe('discovery: table index page with O-codes, older year kept online', () => {
  const snaps = [home(), index2565(), index2564(), ...others(), doc(`https://${HOST}/files/2565/o1.pdf`, 'แผนผังโครงสร้าง')];
  const d = run(snaps);

  it('sees both years and chooses the 2565 page', () => {
    expect(d.yearsSeen).toEqual([2565, 2564]);
    expect(d.chosen.map((p) => p.url)).toEqual([`https://${HOST}/ita-2565`]);
    expect(d.chosen[0].year).toBe(2565);
    expect(d.chosen[0].shape).toBe('table');
    expect(d.chosen[0].itemCount).toBeGreaterThanOrEqual(40);
    expect(d.olderIndexOnly).toBeUndefined();
    expect(d.indexPages.map((p) => p.url)).toContain(`https://${HOST}/ita-2564`);
  });

  it('maps a coded row to its item, code and title agreeing', () => {
    const c = d.candidates.O1[0];
    expect(c.url).toBe(`https://${HOST}/files/2565/o1.pdf`);
    expect(c.via).toBe('index-code-title');
    expect(c.indexYear).toBe(2565);
    expect(c.confidence).toBeGreaterThanOrEqual(0.9);
    expect(c.from).toBe(`https://${HOST}/ita-2565`);
    expect(c.matchedText).toContain('โครงสร้าง');
    expect(d.candidates.O43[0].url).toBe(`https://${HOST}/files/2565/o43.pdf`);
  });

  it('reads typo titles (มาตราฐาน, เเ) and a generic link text through the row', () => {
    expect(d.candidates.O14[0]).toMatchObject({ url: `https://${HOST}/files/2565/o14.pdf`, via: 'index-code-title' });
    expect(d.candidates.O10[0]).toMatchObject({ url: `https://${HOST}/files/2565/o10.pdf`, via: 'index-code-title' });
  });

  it('rows listed without a link are reported, and last year’s link is kept apart', () => {
    expect(d.listedWithoutLink).toEqual(['O12', 'O13']);
    const current = d.candidates.O12.filter((c) => c.indexYear === undefined || c.indexYear === 2565);
    expect(current).toEqual([]);
    const old = d.candidates.O12.find((c) => c.indexYear === 2564);
    expect(old?.url).toBe(`https://${HOST}/files/2564/o12.pdf`);
  });

  it('trusts the title when the code disagrees, and records the mismatch', () => {
    expect(d.mismatches).toHaveLength(1);
    expect(d.mismatches[0]).toMatchObject({ url: `https://${HOST}/files/2565/procurement-plan.pdf`, assignedTo: 'O21' });
    expect(d.mismatches[0].code).toContain('O19');
    expect(d.candidates.O21[0]).toMatchObject({ url: `https://${HOST}/files/2565/procurement-plan.pdf`, via: 'index-title' });
    const o19 = d.candidates.O19.filter((c) => c.indexYear === 2565).map((c) => c.url);
    expect(o19).toEqual([`https://${HOST}/files/2565/o19.pdf`]);
  });

  it('ignores IIT/EIT question codes', () => {
    const all = Object.values(d.candidates).flat().map((c) => c.url);
    expect(all.some((u) => u.includes('iit25') || u.includes('eit12'))).toBe(false);
  });

  it('gives every 2565 item a candidate from the chosen page except the unlinked rows', () => {
    const served = Object.entries(d.candidates)
      .filter(([, cs]) => cs.some((c) => c.indexYear === 2565))
      .map(([id]) => id);
    expect(served).toHaveLength(41);
  });
});

describe('discovery: only an older year’s index page', () => {
  const d = run([home(), index2564(), ...others()]);
  it('sets olderIndexOnly and keeps its links as other-year candidates only', () => {
    expect(d.chosen).toEqual([]);
    expect(d.olderIndexOnly?.year).toBe(2564);
    expect(d.olderIndexOnly?.url).toBe(`https://${HOST}/ita-2564`);
    expect(d.candidates.O1.map((c) => c.indexYear)).toContain(2564);
    expect(d.candidates.O1.every((c) => c.indexYear === 2564 || c.via === 'site-title' || c.via === 'page-content')).toBe(true);
    expect(d.listedWithoutLink).toEqual([]);
  });
  it('judging 2564 against the same site chooses that page', () => {
    const d64 = run([home(), index2564(), ...others()], 2564);
    expect(d64.chosen.map((p) => p.year)).toEqual([2564]);
    expect(d64.candidates.O1[0]).toMatchObject({ url: `https://${HOST}/files/2564/o1.pdf`, via: 'index-code-title', indexYear: 2564 });
  });
});
});
