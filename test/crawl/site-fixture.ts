// A small Thai agency site (and an "off-site" host on localhost) for crawl tests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startServer, type TestServer } from '../helpers/server';
import type { Snapshot } from '../../checker/core/types';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

function nextMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export interface SiteFixture {
  main: TestServer;
  other: TestServer;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export const THAI_SLUG = 'ข้อมูลพื้นฐาน';

export async function startThaiSite(opts: { pdf?: Buffer } = {}): Promise<SiteFixture> {
  const hits = new Map<string, number>();
  const other = await startServer((req, res) => {
    const url = req.url ?? '/';
    hits.set(`other${url}`, (hits.get(`other${url}`) ?? 0) + 1);
    if (url === '/robots.txt') return void res.writeHead(404).end();
    if (url.endsWith('.pdf')) return void res.writeHead(200, { 'content-type': 'application/pdf' }).end(opts.pdf ?? Buffer.from('%PDF-1.4\n%%EOF'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('เว็บไซต์อื่น', `<a href="/deeper">ลึกลงไป</a>`));
  });
  const otherBase = `http://localhost:${other.port}`;
  const main = await startServer((req: IncomingMessage, res: ServerResponse) => {
    const url = decodeURIComponent(req.url ?? '/');
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const html = (title: string, body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(title, body));
    if (url === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\nSitemap: /sitemap.xml\n');
    if (url === '/sitemap.xml')
      return void res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${mainBase()}/sitemap-pages.xml</loc></sitemap></sitemapindex>`);
    if (url === '/sitemap-pages.xml')
      return void res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${mainBase()}/only-in-sitemap</loc></url><url><loc>${otherBase}/not-ours</loc></url></urlset>`);
    if (url === '/')
      return html(
        'องค์การบริหารส่วนตำบลทดสอบ',
        `<ul>
          <li><a href="/calendar/2024-01">ปฏิทินกิจกรรม</a></li>
          <li><a href="/about">เกี่ยวกับเรา</a></li>
          <li><a href="/${encodeURIComponent(THAI_SLUG)}">${THAI_SLUG}</a></li>
          <li><a href="/private/secret">ผู้ดูแล</a></li>
          <li><a href="/menu/ita">การเปิดเผยข้อมูลสาธารณะ (OIT) ITA 2565</a></li>
          <li><a href="${otherBase}/elsewhere">ลิงก์ภายนอก</a></li>
          <li><a href="mailto:saraban@example.go.th">อีเมล</a></li>
        </ul>`,
      );
    if (url === '/about') return html('เกี่ยวกับเรา', '<p>ประวัติความเป็นมา</p><a href="/">หน้าหลัก</a>');
    if (url === `/${THAI_SLUG}`) return html(THAI_SLUG, '<p>จำนวนประชากร 5,000 คน</p>');
    if (url === '/only-in-sitemap') return html('หน้าที่อยู่ในแผนผังเว็บไซต์เท่านั้น', '<p>ข่าวประชาสัมพันธ์</p>');
    if (url === '/private/secret') return html('ลับ', '<p>ไม่ควรเห็น</p>');
    if (url === '/menu/ita')
      return html(
        'ITA 2565 การประเมินคุณธรรมและความโปร่งใส',
        `<table>
          <tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>
          <tr><td>O1</td><td>โครงสร้าง</td><td><a href="/o1">คลิก</a></td></tr>
          <tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="${otherBase}/o2.pdf">ดาวน์โหลด</a></td></tr>
          <tr><td>O3</td><td>อำนาจหน้าที่</td><td>–</td></tr>
        </table>`,
      );
    if (url === '/o1') return html('O1 โครงสร้าง', `<p><a href="/files/o1.pdf">แผนผังโครงสร้าง (PDF)</a></p><p><a href="${otherBase}/drive/o1-extra.pdf">สำรองบน Drive</a></p>`);
    if (url === '/files/o1.pdf') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end(opts.pdf ?? Buffer.from('%PDF-1.4\n%%EOF'));
    const cal = /^\/calendar\/(\d{4}-\d{2})(-\d{2})?$/.exec(url);
    if (cal) {
      const days = Array.from({ length: 5 }, (_, i) => `<a href="/calendar/${cal[1]}-${String(i + 1).padStart(2, '0')}">${i + 1}</a>`).join(' ');
      return html(`ปฏิทิน ${cal[1]}`, `<p>${days}</p><p><a href="/calendar/${nextMonth(cal[1])}">เดือนถัดไป</a></p>`);
    }
    res.writeHead(404, { 'content-type': 'text/html' }).end(page('ไม่พบหน้า', ''));
  });
  const mainBase = () => main.url;
  return {
    main,
    other,
    hits,
    close: async () => {
      await main.close();
      await other.close();
    },
  };
}

/** Stand-in for the core's discovery helpers: ITA-looking links from any page; item links from an index table. */
export function testPrioritize(s: Snapshot): { urls: string[]; isIndex?: boolean } {
  const rows = s.links.filter((l) => /^O\d+\b/.test(l.context));
  if (rows.length >= 2) return { urls: rows.map((l) => l.href), isIndex: true };
  return { urls: s.links.filter((l) => /\bITA\b|OIT/.test(l.text)).map((l) => l.href) };
}
