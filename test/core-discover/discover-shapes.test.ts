import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discover, isIndexPageCandidate, itemLinksOf, siteHostsFrom, TitleMatcher, yearFromUrl } from '../../checker/core/discover';
import { findItemCodes } from '../../checker/core/text';
import type { Snapshot } from '../../checker/core/types';
import { ITEMS_2566, ruleSetSources } from './helpers/rulesets';
import { doc, lgoPage, page } from './helpers/snap';

for (const { source, rs65, rs66 } of await ruleSetSources())
describe(`with the ${source} rule set`, () => {
const run = (host: string, snapshots: Snapshot[], year: number, rs = rs65, explicitMap?: Record<string, string[]>) =>
  discover({ ruleSet: rs, snapshots, homeUrl: `https://${host}/`, year, siteHosts: siteHostsFrom(`https://${host}/`), ...(explicitMap ? { explicitMap } : {}) });

describe('list with Thai-digit codes', () => {
  const HOST = 'www.tambon-b.go.th';
  const rows = [
    ['๐๑', 'โครงสร้าง'],
    ['๐๒', 'ข้อมูลผู้บริหาร'],
    ['๐๓', 'อำนาจหน้าที่'],
    ['๐๔', 'แผนพัฒนาท้องถิ่น'],
    ['๐๕', 'ข้อมูลการติดต่อ'],
    ['๐๙', 'Social Network'],
    ['๐๑๐', 'แผนดำเนินงานประจำปี'],
  ];
  const body = `<h2>OIT ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</h2><ul>
    ${rows.map(([c, t], i) => `<li>${c} ${t} <a href="/doc/${i + 1}.pdf">ดาวน์โหลด</a></li>`).join('\n')}
    <li>สอบถามเพิ่มเติม โทร ๐๘๑-๒๓๔-๕๖๗๘ <a href="/contact-form">ติดต่อ</a></li></ul>`;
  const idx = page(`https://${HOST}/index.php?r=oit`, lgoPage(HOST, 'การเปิดเผยข้อมูลสาธารณะ', body));
  const d = run(HOST, [idx], 2565);

  it('reads ๐๑ as O1 and the year from the Thai-digit heading', () => {
    expect(d.chosen[0]?.year).toBe(2565);
    expect(d.candidates.O1[0]).toMatchObject({ url: `https://${HOST}/doc/1.pdf`, via: 'index-code-title' });
    expect(d.candidates.O4[0]).toMatchObject({ url: `https://${HOST}/doc/4.pdf`, via: 'index-code-title' });
    expect(d.candidates.O9[0]).toMatchObject({ url: `https://${HOST}/doc/6.pdf`, via: 'index-code-title' });
    expect(d.candidates.O10[0]).toMatchObject({ url: `https://${HOST}/doc/7.pdf` });
  });
  it('does not read a phone number as an item code', () => {
    const all = Object.values(d.candidates).flat();
    expect(all.some((c) => c.url.endsWith('/contact-form'))).toBe(false);
  });
});

describe('one page per sub-indicator, linked from a year hub (2566)', () => {
  const HOST = 'www.school-c.ac.th';
  const subPage = (id: string, items: string[][], title: string) =>
    page(
      `https://${HOST}/oit66/${id.replace('.', '-')}.htm`,
      lgoPage(HOST, title, `<h2>${title}</h2><ul>${items.map(([code, th]) => `<li><a href="/oit66/files/${code}.pdf">${code} ${th}</a></li>`).join('')}</ul>`),
    );
  const pick = (ids: string[]) => ITEMS_2566.filter(([id]) => ids.includes(id)).map(([id, , th]) => [id, th]);
  const hub = page(
    `https://${HOST}/oit66/index.htm`,
    lgoPage(
      HOST,
      'OIT 2566',
      `<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2566</h2><ul>
        <li><a href="/oit66/9-1.htm">9.1 ข้อมูลพื้นฐาน</a></li>
        <li><a href="/oit66/9-4.htm">9.4 การบริหารและพัฒนาทรัพยากรบุคคล</a></li>
        <li><a href="/oit66/10-1.htm">10.1 การดำเนินการเพื่อป้องกันการทุจริต</a></li>
        <li><a href="/oit66/10-2.htm">10.2 มาตรการภายในเพื่อป้องกันการทุจริต</a></li></ul>`,
    ),
  );
  const s91 = subPage('9.1', pick(['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10']), 'ข้อมูลพื้นฐาน');
  const s94 = subPage('9.4', pick(['O23', 'O24', 'O25', 'O26']), 'การบริหารและพัฒนาทรัพยากรบุคคล');
  const s101 = subPage('10.1', pick(['O31', 'O32', 'O33', 'O34', 'O35', 'O36', 'O37', 'O38']), 'การป้องกันการทุจริต');
  const s102 = subPage('10.2', pick(['O42', 'O43']), 'มาตรการภายใน');
  const home = page(`https://${HOST}/`, lgoPage(HOST, 'หน้าแรก', '<a href="/oit66/index.htm">ITA 2566</a>'));
  const d = run(HOST, [home, hub, s91, s94, s101, s102], 2566, rs66);

  it('chooses the hub and every sub page, years inherited from the hub', () => {
    const urls = d.chosen.map((p) => p.url).sort();
    expect(urls).toEqual([hub.url, s101.url, s102.url, s91.url, s94.url].sort());
    expect(d.chosen.every((p) => p.year === 2566)).toBe(true);
    expect(d.chosen.find((p) => p.url === s102.url)?.shape).toBe('per-sub-indicator');
  });
  it('maps items from a sub page with only two items and no ITA word in its title', () => {
    expect(d.candidates.O42[0]).toMatchObject({ url: `https://${HOST}/oit66/files/O42.pdf`, via: 'index-code-title', indexYear: 2566 });
    expect(d.candidates.O43[0]).toMatchObject({ url: `https://${HOST}/oit66/files/O43.pdf` });
    expect(d.candidates.O10[0].url).toBe(`https://${HOST}/oit66/files/O10.pdf`);
  });
  it('does not take the hub’s sub-indicator links as item evidence', () => {
    const all = Object.values(d.candidates).flat().map((c) => c.url);
    expect(all.some((u) => /\/oit66\/\d+-\d\.htm$/.test(u))).toBe(false);
  });
});

describe('index page on Google Sites with a CE year slug (ita2023 → 2566)', () => {
  const HOST = 'www.pracharath-x.ac.th';
  const GS = 'https://sites.google.com/pracharath-x.ac.th/ita/ita2023';
  const home = page(`https://${HOST}/`, lgoPage(HOST, 'หน้าแรก', `<p><a href="${GS}">ITA / OIT</a></p>`));
  const gs = page(
    GS,
    `<html><head><title>OIT</title></head><body><h1>ข้อมูลการเปิดเผยข้อมูลสาธารณะ</h1><table>
      <tr><td>O1</td><td>โครงสร้าง</td><td><a href="${GS}/o1">คลิก</a></td></tr>
      <tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="${GS}/o2">คลิก</a></td></tr>
      <tr><td>O10</td><td>นโยบายคุ้มครองข้อมูลส่วนบุคคล</td><td><a href="https://${HOST}/privacy">คลิก</a></td></tr>
      </table></body></html>`,
  );
  const o1 = page(`${GS}/o1`, `<html><head><title>O1 โครงสร้าง</title></head><body><h1>โครงสร้าง</h1><a href="https://drive.google.com/file/d/abc/view">แผนผังโครงสร้าง.pdf</a></body></html>`);
  const d = run(HOST, [home, gs, o1], 2566, rs66);

  it('reads 2566 from the CE slug and follows the off-host index (one hop from the main site)', () => {
    expect(yearFromUrl(GS)).toBe(2566);
    expect(d.chosen.map((p) => [p.url, p.year])).toEqual([[GS, 2566]]);
    expect(d.candidates.O2[0]).toMatchObject({ url: `${GS}/o2`, via: 'index-code-title', indexYear: 2566 });
    expect(d.candidates.O10[0].url).toBe(`https://${HOST}/privacy`);
  });
  it('adds the documents of a per-item page as candidates', () => {
    const urls = d.candidates.O1.map((c) => c.url);
    expect(urls[0]).toBe(`${GS}/o1`);
    expect(urls).toContain('https://drive.google.com/file/d/abc/view');
  });
  it('ignores an index page not reached from the main website', () => {
    const stray = page('https://sites.google.com/other/ita/ita2023', gs.text ? `<html><head><title>OIT 2566</title></head><body><table>
      <tr><td>O1</td><td>โครงสร้าง</td><td><a href="https://x.example/o1">คลิก</a></td></tr><tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="https://x.example/o2">คลิก</a></td></tr>
      <tr><td>O3</td><td>อำนาจหน้าที่</td><td><a href="https://x.example/o3">คลิก</a></td></tr></table></body></html>` : '');
    const d2 = run(HOST, [home, stray], 2566, rs66);
    expect(d2.indexPages).toEqual([]);
  });
});

describe('one page per item (noenkum-style /o2-… pages linked from a year page)', () => {
  const HOST = 'www.police-g.go.th';
  const f = (p: string) => `https://${HOST}${p}`;
  const items = [
    ['O1', 'โครงสร้าง'],
    ['O2', 'ข้อมูลผู้บริหาร'],
    ['O3', 'อำนาจหน้าที่'],
    ['O23', 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน'],
  ];
  const year = page(f('/ita-2565'), lgoPage(HOST, 'ITA 2565', `<h2>ITA 2565</h2><ul>${items.map(([c, t]) => `<li><a href="/${c.toLowerCase()}-page">${c} ${t}</a></li>`).join('')}</ul>`));
  const itemPages = items.map(([c, t]) =>
    page(f(`/${c.toLowerCase()}-page`), lgoPage(HOST, `${c} ${t}`, `<h2>${t}</h2><p><a href="/wp-content/uploads/ita2565/${c}/${c}_1.pdf">${t} ไตรมาสที่ 1</a></p><p><a href="/wp-content/uploads/ita2565/${c}/${c}.xlsx">ข้อมูล Excel</a></p>`)),
  );
  const d = run(HOST, [year, ...itemPages], 2565);
  it('labels the shape and reads each item page’s documents as the item’s evidence', () => {
    expect(d.chosen[0]).toMatchObject({ url: year.url, year: 2565, shape: 'per-item' });
    expect(d.candidates.O23.map((c) => c.url)).toEqual([
      f('/o23-page'),
      f('/wp-content/uploads/ita2565/O23/O23_1.pdf'),
      f('/wp-content/uploads/ita2565/O23/O23.xlsx'),
    ]);
    expect(d.candidates.O23[1].reason).toContain('linked from the item');
    expect(d.candidates.O2.map((c) => c.url)).not.toContain(f('/wp-content/uploads/ita2565/O23/O23_1.pdf'));
  });
});

describe('accordion: an item heading over month links (WordPress-style)', () => {
  const HOST = 'www.tambon-h.go.th';
  const f = (p: string) => `https://${HOST}${p}`;
  const months = ['ตุลาคม 2564', 'พฤศจิกายน 2564', 'ธันวาคม 2564', 'มกราคม 2565', 'กุมภาพันธ์ 2565', 'มีนาคม 2565'];
  const body = `<h2>ITA 2565</h2>
    <h3>O22 ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</h3><p><a href="/egp">ประกาศจัดซื้อจัดจ้าง</a></p>
    <h3>O23 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน</h3>
    <ul>${months.map((m, i) => `<li><a href="/files/o23-${i + 1}.pdf">${m}</a></li>`).join('')}</ul>
    <ul><li>O24 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี
      <ul><li><a href="/files/o24.pdf">รายงานประจำปี 2564</a></li></ul></li></ul>
    <table><tr><td>O12</td><td>รายงานผลการดำเนินงานประจำปี</td><td>–</td></tr>
    <tr><td>I ๒๕</td><td>ผลการประเมิน</td><td><a href="/files/iit.pdf">คลิก</a></td></tr></table>`;
  const d = run(HOST, [page(f('/ita-2565'), lgoPage(HOST, 'ITA 2565', body))], 2565);
  it('gives the month links to the item of the heading above them', () => {
    expect(d.candidates.O23.map((c) => c.url)).toEqual(months.map((_, i) => f(`/files/o23-${i + 1}.pdf`)));
    expect(d.candidates.O22.map((c) => c.url)).toEqual([f('/egp')]);
    expect(d.candidates.O24.map((c) => c.url)).toEqual([f('/files/o24.pdf')]);
    expect(d.listedWithoutLink).toEqual(['O12']);
  });
  it('a placeholder row does not adopt the next row’s link', () => {
    expect(Object.values(d.candidates).flat().some((c) => c.url.endsWith('/files/iit.pdf'))).toBe(false);
  });
});

describe('title-only rows with overlapping titles: one row serves one item (longest match)', () => {
  const HOST = 'www.tambon-d.go.th';
  const body = `<h2>ITA 2565</h2><table>
    <tr><td>นโยบายการบริหารทรัพยากรบุคคล</td><td><a href="/f/hr-policy.pdf">คลิก</a></td></tr>
    <tr><td>การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล</td><td><a href="/f/hr-actions.pdf">คลิก</a></td></tr>
    <tr><td>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</td><td><a href="/f/measures.pdf">คลิก</a></td></tr>
    <tr><td>การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</td><td><a href="/f/measures-done.pdf">คลิก</a></td></tr>
    <tr><td>โครงสร้าง</td><td><a href="/f/structure.pdf">คลิก</a></td></tr>
    <tr><td>ข้อมูลผู้บริหาร</td><td><a href="/f/executives">คลิก</a></td></tr>
    <tr><td>แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต</td><td><a href="/f/complaint-guide.pdf">คลิก</a></td></tr>
    </table>`;
  const idx = page(`https://${HOST}/ita`, lgoPage(HOST, 'ITA', body));
  const d = run(HOST, [idx], 2565);
  const urls = (id: string) => d.candidates[id].map((c) => c.url.replace(`https://${HOST}`, ''));

  it('O26 gets its row only; O25 gets its own', () => {
    expect(urls('O25')).toEqual(['/f/hr-policy.pdf']);
    expect(urls('O26')).toEqual(['/f/hr-actions.pdf']);
    expect(d.candidates.O26[0].via).toBe('index-title');
  });
  it('O43 gets its row only; O42 gets its own', () => {
    expect(urls('O42')).toEqual(['/f/measures.pdf']);
    expect(urls('O43')).toEqual(['/f/measures-done.pdf']);
  });
  it('matches a CMS short form (O29 without "และประพฤติมิชอบ")', () => {
    expect(urls('O29')).toEqual(['/f/complaint-guide.pdf']);
    expect(urls('O30')).toEqual([]);
  });
  it('the TitleMatcher ranks the fuller title first', () => {
    const hits = new TitleMatcher(rs65).match('การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล');
    expect(hits.map((h) => h.itemId).slice(0, 2)).toEqual(['O26', 'O25']);
  });
});

describe('fallback when the site has no index page', () => {
  const HOST = 'www.tambon-e.go.th';
  const menu = `<nav><ul><li><a href="https://${HOST}/">หน้าแรก</a></li><li><a href="https://${HOST}/structure">โครงสร้างองค์กร</a></li>
    <li><a href="https://${HOST}/executives">ข้อมูลผู้บริหาร</a></li><li><a href="https://${HOST}/news">ข่าวประชาสัมพันธ์</a></li></ul></nav>`;
  const p = (path: string, title: string, body: string) => page(`https://${HOST}${path}`, lgoPage(HOST, title, body, { menu }));
  const snaps = [
    p('/', 'หน้าแรก', '<p>ยินดีต้อนรับ</p><p><a href="/content/77">อ่านต่อ</a></p>'),
    p('/structure', 'โครงสร้างองค์กร', '<h2>โครงสร้างองค์กร</h2><img alt="แผนผัง">'),
    p('/executives', 'ข้อมูลผู้บริหาร', '<h2>คณะผู้บริหาร</h2>'),
    p('/news', 'ข่าวประชาสัมพันธ์', '<h2>ข่าว</h2>'),
    p('/content/77', 'แผนปฏิบัติการป้องกันการทุจริต', '<h2>แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2565 - 2568)</h2>'),
  ];
  const d = run(HOST, snaps, 2565);

  it('finds items by link titles across the site, with lower confidence', () => {
    expect(d.indexPages).toEqual([]);
    expect(d.chosen).toEqual([]);
    expect(d.olderIndexOnly).toBeUndefined();
    expect(d.candidates.O1[0]).toMatchObject({ url: `https://${HOST}/structure`, via: 'site-title' });
    expect(d.candidates.O1[0].confidence).toBeLessThan(0.7);
    expect(d.candidates.O2[0].url).toBe(`https://${HOST}/executives`);
    expect(d.candidates.O7[0].url).toBe(`https://${HOST}/news`);
  });
  it('finds a page whose heading is the item name (page content)', () => {
    expect(d.candidates.O39[0]).toMatchObject({ url: `https://${HOST}/content/77`, via: 'page-content' });
    expect(d.candidates.O39[0].confidence).toBeLessThan(0.5);
  });
  it('leaves items nothing names without candidates', () => {
    expect(d.candidates.O42).toEqual([]);
  });
});

describe('a page linked only from another year’s index page (§6.3 rule 3)', () => {
  const HOST = 'www.tambon-k.go.th';
  const f = (p: string) => `https://${HOST}${p}`;
  const idx66 = page(f('/ita2023/'), lgoPage(HOST, 'OIT', '<h2>ITA</h2><ul><li>O17 <a href="/uploads/2566/satisfaction.html">รายงานผลการสำรวจความพึงพอใจการให้บริการ</a></li><li>O1 โครงสร้าง <a href="/s">คลิก</a></li><li>O2 ข้อมูลผู้บริหาร <a href="/e">คลิก</a></li></ul>'));
  const report = page(f('/uploads/2566/satisfaction.html'), lgoPage(HOST, 'รายงานผลการสำรวจความพึงพอใจการให้บริการ', '<h2>รายงานผลการสำรวจความพึงพอใจการให้บริการ ประจำปีงบประมาณ 2565</h2>'));
  const idx65 = page(f('/ita-2565/'), lgoPage(HOST, 'ITA 2565', '<ul><li>O1 โครงสร้าง <a href="/s">คลิก</a></li><li>O2 ข้อมูลผู้บริหาร <a href="/e">คลิก</a></li><li>O3 อำนาจหน้าที่ <a href="/a">คลิก</a></li></ul>'));
  it('is not found again by its title as this year’s evidence; it stays an other-year candidate', () => {
    const d = run(HOST, [idx65, idx66, report], 2565);
    expect(d.yearsSeen).toEqual([2566, 2565]);
    expect(d.candidates.O16.map((c) => [c.url, c.indexYear])).toEqual([[report.url, 2566]]);
  });
});

describe('explicit item → URL map (assessor mode)', () => {
  const HOST = 'www.tambon-f.go.th';
  const idx = page(`https://${HOST}/ita-2565`, lgoPage(HOST, 'ITA 2565', '<ul><li>O1 โครงสร้าง <a href="/a.pdf">คลิก</a></li><li>O2 ข้อมูลผู้บริหาร <a href="/b">คลิก</a></li><li>O3 อำนาจหน้าที่ <a href="/c">คลิก</a></li></ul>'));
  it('uses only the mapped URLs, at confidence 1', () => {
    const d = run(HOST, [idx], 2565, rs65, { O1: [`https://${HOST}/submitted/o1.pdf`], O42: [`https://${HOST}/m.pdf`, `https://${HOST}/m2.pdf`] });
    expect(d.candidates.O1).toEqual([
      { itemId: 'O1', url: `https://${HOST}/submitted/o1.pdf`, via: 'explicit-map', confidence: 1, reason: expect.any(String) },
    ]);
    expect(d.candidates.O42.map((c) => c.url)).toEqual([`https://${HOST}/m.pdf`, `https://${HOST}/m2.pdf`]);
    expect(d.candidates.O2).toEqual([]);
    expect(d.indexPages).toHaveLength(1);
  });
});

describe('what is not an index page', () => {
  it('a document citing many item codes (seed 001 as an HTML page) is not one', () => {
    const text = readFileSync('/work/shared/seeds/001_fc853cc8a657a5d4.txt', 'utf8');
    const html = `<html><head><title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ITA 2565</title></head><body>${text
      .split('\n')
      .map((l) => `<p>${l.replace(/</g, '&lt;')}</p>`)
      .join('')}</body></html>`;
    const s = page('https://www.poknoi.go.th/news/123', html);
    expect(new Set(findItemCodes(text).map((h) => h.item)).size).toBeGreaterThan(5);
    expect(isIndexPageCandidate(s).isIndex).toBe(false);
    const asPdf = doc('https://www.poknoi.go.th/m.pdf', text);
    expect(isIndexPageCandidate(asPdf).isIndex).toBe(false);
  });
  it('a site menu of item titles without an ITA cue is not one', () => {
    const s = page('https://www.x.go.th/', '<ul><li><a href="/1">โครงสร้าง</a></li><li><a href="/2">ข้อมูลผู้บริหาร</a></li><li><a href="/3">อำนาจหน้าที่</a></li><li><a href="/4">ข่าวประชาสัมพันธ์</a></li><li><a href="/5">กฎหมายที่เกี่ยวข้อง</a></li></ul>');
    expect(isIndexPageCandidate(s, { titles: new TitleMatcher(rs65) }).isIndex).toBe(false);
  });
  it('itemLinksOf reads one page for the crawler', () => {
    const s = page('https://www.x.go.th/ita-2565', '<h1>ITA 2565</h1><ul><li><a href="/o1">O1 โครงสร้าง</a></li><li><a href="/o2">O 2 ข้อมูลผู้บริหาร</a></li><li><a href="/o3">O.3 อำนาจหน้าที่</a></li><li><a href="/o12">ข้อ o12 รายงานผลการดำเนินงานประจำปี</a></li></ul>');
    const c = itemLinksOf(s, rs65, 2565, { pageYear: 2565 });
    expect(c.map((x) => [x.itemId, x.url.replace('https://www.x.go.th', '')]).sort()).toEqual([
      ['O1', '/o1'],
      ['O12', '/o12'],
      ['O2', '/o2'],
      ['O3', '/o3'],
    ]);
    const r = isIndexPageCandidate(s);
    expect(r).toMatchObject({ isIndex: true, year: 2565 });
  });
});

});

describe('years in URLs', () => {
  it.each([
    ['https://a.go.th/ita-2565/', 2565],
    ['https://a.go.th/ita2566', 2566],
    ['https://sites.google.com/x.ac.th/1060220400-2566/ita2023/94', 2566],
    ['https://a.ac.th/oit66/9-3.htm', 2566],
    ['https://a.go.th/รายงาน-ita-2565/', 2565],
    ['https://www.lpc.ac.th/ita/ita-%E0%B8%9B%E0%B8%B5-2563/', 2563],
    ['https://a.go.th/home/category/ita/ita2563/', 2563],
    ['https://a.go.th/wp-content/uploads/2022/03/ita.pdf', undefined],
    ['https://a.go.th/ITA/O17', undefined],
    ['https://a.go.th/news/2565/12', undefined],
  ])('%s → %s', (u, y) => {
    expect(yearFromUrl(u)).toBe(y);
  });
});
