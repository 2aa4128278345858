// Shapes from test/unseen (ita-oit.md §12.1): a CMS whose "recent posts" sidebar repeats coded post titles on
// every page, and an accordion whose headings own "คลิกที่นี่" links — including two rows with identical
// text, a link to a site-menu page, and a heading that carries an old template's code.
import { describe, expect, it } from 'vitest';
import { discover, isIndexPageCandidate, siteHostsFrom } from '../../checker/core/discover';
import type { Snapshot } from '../../checker/core/types';
import { ruleSetSources } from './helpers/rulesets';
import { doc, page } from './helpers/snap';

const { rs65 } = (await ruleSetSources())[0]!;
const run = (host: string, snapshots: Snapshot[]) =>
  discover({ ruleSet: rs65, snapshots, homeUrl: `https://${host}/`, year: 2565, siteHosts: siteHostsFrom(`https://${host}/`) });

describe('a CMS category with a coded "recent posts" sidebar on every page', () => {
  const H = 'www.pao-x.go.th';
  const POSTS = [
    [11, 'O.1 โครงสร้าง'],
    [12, 'o2 ข้อมูลผู้บริหาร'],
    [13, 'O 3 อำนาจหน้าที่'],
    [14, 'O5 ข้อมูลการติดต่อ'],
    [15, 'O7 ข่าวประชาสัมพันธ์'],
  ] as const;
  const sidebar = `<aside class="sidebar"><h3>เรื่องล่าสุด</h3><ul>${POSTS.map(([id, t]) => `<li><a href="https://${H}/home/post/${id}/">${t}</a></li>`).join('')}</ul></aside>`;
  const menu = `<nav><a href="https://${H}/">หน้าหลัก</a> <a href="https://${H}/home/category/news/">ข่าวประชาสัมพันธ์</a></nav>`;
  const wrap = (title: string, main: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${menu}<main>${main}</main>${sidebar}</body></html>`;
  const cat = page(`https://${H}/home/category/ita/ita2565/`, wrap('ita2565', POSTS.map(([id, t]) => `<article><h2><a href="https://${H}/home/post/${id}/">${t}</a></h2></article>`).join('')));
  const posts = POSTS.map(([id, t]) =>
    page(`https://${H}/home/post/${id}/`, wrap(t, `<h1>${t}</h1><p>โพสต์เมื่อ 12 มีนาคม 2565</p>${id === 15 ? `<p><a href="https://${H}/home/category/news/">ข่าวประชาสัมพันธ์</a></p>` : ''}`)),
  );
  const news = page(`https://${H}/home/category/news/`, wrap('ข่าวประชาสัมพันธ์', '<ul><li>ข่าว ก โพสต์เมื่อ 1 ก.ย. 2563</li></ul>'));
  const snaps = [cat, ...posts, news];

  it('does not take a post page for an index page because of the sidebar', () => {
    const templateLinks = new Set(POSTS.map(([id]) => `https://${H}/home/post/${id}/`));
    expect(isIndexPageCandidate(posts[0], { templateLinks }).isIndex).toBe(false);
    expect(isIndexPageCandidate(cat, { templateLinks }).isIndex).toBe(true);
  });

  it('chooses only the category page and keeps the posts as evidence', () => {
    const d = run(H, snaps);
    expect(d.chosen.map((c) => c.url)).toEqual([cat.url]);
    expect(d.candidates.O1[0]?.url).toBe(`https://${H}/home/post/11/`);
    expect(d.candidates.O3[0]?.url).toBe(`https://${H}/home/post/13/`);
  });

  it('follows the O7 post to the news list even though the site menu links it too', () => {
    const d = run(H, snaps);
    expect(d.candidates.O7.map((c) => c.url)).toContain(`https://${H}/home/category/news/`);
  });
});

describe('an accordion with headings over "คลิกที่นี่" links', () => {
  const H = 'www.tessaban-y.go.th';
  const menu = `<nav><a href="https://${H}/">หน้าแรก</a> <a href="https://${H}/news/">ข่าวสาร</a> <a href="https://${H}/oit/">ข้อมูล OIT เดิม</a></nav>`;
  const rows = [
    ['O1', 'โครงสร้าง', 'แผนผังโครงสร้างองค์กร', `https://${H}/u/o1.pdf`],
    ['O3', 'อำนาจหน้าที่', 'อำนาจหน้าที่', `https://${H}/u/o3.html`],
    ['O5', 'ข้อมูลการติดต่อ', 'ข้อมูลการติดต่อ', `https://${H}/u/o5.html`],
    ['O10', 'แผนดำเนินงานประจำปี', 'แผนดำเนินงานประจำปี ๒๕๖๕', `https://${H}/u/o10.pdf`],
    ['O7', 'ข่าวประชาสัมพันธ์', 'ข่าวสารของเทศบาล', `https://${H}/news/`],
    ['O20', 'รายงานผลการใช้จ่ายงบประมาณประจำปี', 'Google Drive', 'https://drive.google.com/file/d/AAA/view'],
    ['O19', 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', 'แบบ สขร.1', `https://${H}/u/skr1-10.pdf`],
    ['O27', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 'Google Drive', 'https://drive.google.com/file/d/BBB/view'],
  ];
  const body = rows.map(([c, t, note, href]) => `<h6>${c} ${t}</h6><p>${note} <a href="${href}">คลิกที่นี่</a></p>`).join('');
  const wrap = (title: string, main: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${menu}<main>${main}</main></body></html>`;
  const idx = page(`https://${H}/ita2022/`, wrap('การเปิดเผยข้อมูลสาธารณะ (OIT)', body));
  const old = page(`https://${H}/oit/`, wrap('ข้อมูล OIT', '<ul><li>O1 โครงสร้าง <a href="/o1.pdf">ดู</a></li><li>O2 ข้อมูลผู้บริหาร <a href="/o2.pdf">ดู</a></li><li>O3 อำนาจหน้าที่ <a href="/o3.pdf">ดู</a></li><li>O5 ข้อมูลการติดต่อ <a href="/o5.pdf">ดู</a></li><li>O6 กฎหมายที่เกี่ยวข้อง <a href="/o6.pdf">ดู</a></li></ul>'));
  const news = page(`https://${H}/news/`, wrap('ข่าวสาร', '<p>ข่าว</p>'));
  const d = run(H, [page(`https://${H}/`, wrap('หน้าแรก', '<p>ยินดีต้อนรับ</p>')), idx, old, news, doc(`https://${H}/u/skr1-10.pdf`, 'สขร.1 ตุลาคม 2564')]);

  it('takes the year from the CE slug and not from a menu link for the undated older page', () => {
    expect(d.chosen.map((c) => c.url)).toEqual([idx.url]);
    expect(d.indexPages.find((p) => p.url === old.url)?.year).toBeUndefined();
  });

  it('gives each identical "Google Drive คลิกที่นี่" row its own link', () => {
    expect(d.candidates.O20.map((c) => c.url)).toEqual(['https://drive.google.com/file/d/AAA/view']);
    expect(d.candidates.O27.map((c) => c.url)).toEqual(['https://drive.google.com/file/d/BBB/view']);
  });

  it('keeps a "คลิกที่นี่" link to a site-menu page as the row\'s evidence', () => {
    expect(d.candidates.O7.map((c) => c.url)).toContain(`https://${H}/news/`);
    expect(d.listedWithoutLink).not.toContain('O7');
  });

  it('trusts the heading\'s title over its old code and records the mismatch', () => {
    expect(d.candidates.O23.map((c) => c.url)).toContain(`https://${H}/u/skr1-10.pdf`);
    expect(d.candidates.O19).toEqual([]);
    expect(d.mismatches).toEqual([expect.objectContaining({ url: `https://${H}/u/skr1-10.pdf`, assignedTo: 'O23', code: 'O19' })]);
  });
});
