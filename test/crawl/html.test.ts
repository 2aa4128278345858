// HTML extraction on real markup shapes of Thai agency sites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractHtml } from '../../checker/extract/html';
import { fetchDocument } from '../../checker/crawl/snapshot';
import { closeHttpAgents } from '../../checker/fetch/http';
import { startServer, type TestServer } from '../helpers/server';

const INDEX = `<!doctype html><html><head><title> ITA 2565 </title><base href="/th/"><style>.x{color:red}</style>
<script>var t = "ไม่ใช่ข้อความ";</script></head><body>
<h1>การเปิดเผยข้อมูลสาธารณะ</h1>
<table><tr><td>O10</td><td>แผนดำเนินงานประจำปี</td><td><a href="docs/plan 2565.pdf">คลิก</a></td></tr>
<tr><td>O11</td><td>รายงานการกำกับติดตาม<br>รอบ 6 เดือน</td><td><a href="/ข้อมูล/o11.pdf"><img src="pdf.png" alt="ดาวน์โหลด"></a></td></tr></table>
<ul><li>ข่าว <a href="?p=12#top" title="ข่าวล่าสุด"></a></li></ul>
<div class="menu"><a href="javascript:void(0)">เมนู</a><a href="mailto:a@b.go.th">อีเมล</a>
<a href="#" onclick="window.open('/popup/o12.php?id=3')">O12</a></div>
<iframe src="https://drive.google.com/file/d/abc/preview" title="O13 Drive"></iframe>
<dl><dt>O14</dt><dd>รายงานผล <a href="o14.html">ดู</a></dd></dl>
</body></html>`;

describe('extractHtml', () => {
  const ex = extractHtml(INDEX, 'http://agency.go.th/ita/index.php');

  it('takes title, headings and text without scripts or styles', () => {
    expect(ex.title).toBe('ITA 2565');
    expect(ex.headings).toEqual(['การเปิดเผยข้อมูลสาธารณะ']);
    expect(ex.text).not.toContain('ไม่ใช่ข้อความ');
    expect(ex.text).not.toContain('color:red');
    expect(ex.text.split('\n')).toContain('O10 | แผนดำเนินงานประจำปี | คลิก');
  });

  it('resolves against <base>, encodes Thai and spaces, drops non-http links', () => {
    const hrefs = ex.links.map((l) => l.href);
    expect(hrefs).toContain('http://agency.go.th/th/docs/plan%202565.pdf');
    expect(hrefs).toContain('http://agency.go.th/%E0%B8%82%E0%B9%89%E0%B8%AD%E0%B8%A1%E0%B8%B9%E0%B8%A5/o11.pdf');
    expect(hrefs).toContain('http://agency.go.th/th/?p=12#top');
    expect(hrefs.some((h) => h.startsWith('javascript') || h.startsWith('mailto'))).toBe(false);
  });

  it('gives each link its row as context and a text from alt/title', () => {
    const o11 = ex.links.find((l) => l.href.endsWith('/o11.pdf'))!;
    expect(o11.text).toBe('ดาวน์โหลด');
    expect(o11.context).toBe('O11 | รายงานการกำกับติดตาม รอบ 6 เดือน | ดาวน์โหลด');
    expect(ex.links.find((l) => l.href.includes('?p=12'))!.text).toBe('ข่าวล่าสุด');
    expect(ex.links.find((l) => l.href.endsWith('o14.html'))!.context).toBe('รายงานผล ดู');
  });

  it('keeps onclick popups and embedded documents as links', () => {
    expect(ex.links.find((l) => l.href === 'http://agency.go.th/popup/o12.php?id=3')?.text).toBe('O12');
    expect(ex.links.find((l) => l.href.startsWith('https://drive.google.com/'))?.text).toBe('O13 Drive');
  });

  it('lists row-like blocks in order', () => {
    expect(ex.blocks.slice(0, 3)).toEqual(['การเปิดเผยข้อมูลสาธารณะ', 'O10 | แผนดำเนินงานประจำปี | คลิก', 'O11 | รายงานการกำกับติดตาม รอบ 6 เดือน | ดาวน์โหลด']);
    expect(ex.blocks).toContain('O14');
  });

  it('tells a login wall from a sidebar login box', () => {
    const wall = extractHtml('<html><body><form><h2>เข้าสู่ระบบ</h2><input name="u"><input type="password" name="p"><button>Login</button></form></body></html>', 'http://x.go.th/');
    expect(wall.loginWall).toBe(true);
    const long = 'ข่าวประชาสัมพันธ์ขององค์การบริหารส่วนตำบล '.repeat(40);
    const sidebar = extractHtml(`<html><body><main><p>${long}</p></main><aside><form><input type="password"></form></aside></body></html>`, 'http://x.go.th/');
    expect(sidebar.loginWall).toBe(false);
  });

  it('flags JavaScript shells for rendering, not server-rendered pages', () => {
    expect(extractHtml('<html><body><div id="root"></div><script src="/app.js"></script></body></html>', 'http://x/').renderReason).toMatch(/#root/);
    expect(extractHtml('<html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{}</script></body></html>', 'http://x/').renderReason).toBeTruthy();
    expect(extractHtml('<html><body><noscript>กรุณาเปิดใช้งาน JavaScript</noscript><div></div><script>1</script></body></html>', 'http://x/').renderReason).toBeTruthy();
    expect(ex.renderReason).toBeUndefined();
  });

  it('reads meta refresh targets', () => {
    const r = extractHtml('<html><head><meta http-equiv="Refresh" content="0; URL=\'/th/index.php\'"></head><body></body></html>', 'http://x.go.th/');
    expect(r.metaRefresh).toEqual({ url: 'http://x.go.th/th/index.php', delay: 0 });
  });
});

describe('meta refresh through fetchDocument', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      if (req.url === '/') res.end('<meta http-equiv="refresh" content="0;url=/home.php">');
      else if (req.url === '/a') res.end('<meta http-equiv="refresh" content="0;url=/b">');
      else if (req.url === '/b') res.end('<meta http-equiv="refresh" content="0;url=/a">');
      else res.end('<title>หน้าหลัก</title><p>ยินดีต้อนรับ</p>');
    });
  });
  afterAll(async () => {
    await srv.close();
    await closeHttpAgents();
  });

  it('follows a refresh to the real home page', async () => {
    const o = await fetchDocument(`${srv.url}/`, { render: 'never' });
    expect(o.snapshot.url).toBe(`${srv.url}/`);
    expect(o.snapshot.finalUrl).toBe(`${srv.url}/home.php`);
    expect(o.snapshot.title).toBe('หน้าหลัก');
  });

  it('stops a refresh loop', async () => {
    const o = await fetchDocument(`${srv.url}/a`, { render: 'never' });
    expect(o.snapshot.error).toBe('redirect-loop');
    expect(o.notChecked?.reason).toBe('redirect-loop');
  });
});

describe('site chrome', () => {
  const page = (main: string) => `<html><head><title>รายงานผล | อบต.ทดสอบ</title></head><body>
<header><a href="/">องค์การบริหารส่วนตำบลทดสอบ</a></header>
<nav><ul><li><a href="/ita/">ITA 2566</a></li></ul></nav>
<main>${main}</main>
<footer>ปรับปรุงข้อมูลล่าสุด 2 พฤษภาคม 2566 · <a href="/contact.html">ติดต่อเรา</a></footer></body></html>`;

  it('leaves the header, menu and footer date out of the judged text but keeps their links', () => {
    const body = '<h1>รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2564</h1>' + '<p>ผลการดำเนินงานตามแผนพัฒนาท้องถิ่น โครงการทั้งสิ้น 54 โครงการ</p>'.repeat(4);
    const x = extractHtml(page(body), 'http://127.0.0.1/report.html');
    expect(x.text).toContain('ปีงบประมาณ พ.ศ. 2564');
    expect(x.text).not.toContain('ปรับปรุงข้อมูลล่าสุด');
    expect(x.text).not.toContain('ITA 2566');
    expect(x.links.map((l) => l.href)).toEqual(['http://127.0.0.1/', 'http://127.0.0.1/ita/', 'http://127.0.0.1/contact.html']);
  });

  it('keeps everything when the content itself sits in the chrome', () => {
    const x = extractHtml(page(''), 'http://127.0.0.1/x.html');
    expect(x.text).toContain('ปรับปรุงข้อมูลล่าสุด 2 พฤษภาคม 2566');
  });
});

describe('sidebars and short CMS posts', () => {
  const html = `<html><head><meta charset="utf-8"><title>O12</title></head><body><nav><a href="/ita/">ITA</a></nav>
<article><h1>ข้อ o12 รายงานผลการดำเนินงานประจำปี ๒๕๖๓</h1><p>ไฟล์แนบ: <a href="/f.pdf">PDF</a></p></article>
<aside class="sidebar"><h3>เรื่องล่าสุด</h3><ul><li><a href="/p/1/">O42 มาตรการ… ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</a></li></ul></aside>
<div id="secondary" class="widget-area"><a href="/p/2/">O36 ปีงบประมาณ ๒๕๖๕</a></div><footer>ปรับปรุงล่าสุด 3 มกราคม 2567</footer></body></html>`;
  const x = extractHtml(html, 'https://www.pao-x.go.th/home/post/243/');
  it('leaves sidebar widgets and the menu out of a short post\'s text, but keeps their links', () => {
    expect(x.text).toContain('๒๕๖๓');
    expect(x.text).not.toContain('๒๕๖๕');
    expect(x.text).not.toContain('2567');
    expect(x.links.map((l) => l.href)).toContain('https://www.pao-x.go.th/p/2/');
  });
});
