// The worker's view of a fetched page and documents (the CLI's own extractors, so both faces read a page the
// same) and the link triage that spends the request budget: an ITA index row ties code and title to a link
// even when the link says "คลิก".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { extractDocx } from '../../checker/extract/docx';
import { extractHtml } from '../../checker/extract/html';
import { extractXlsx } from '../../checker/extract/xlsx';
import { DEFAULT_ZIP_CAP } from '../../checker/extract/zip';
import { snapshotFromHtml } from '../../extension/lib/html-snapshot';
import { codesIn, indexScore, isDocumentLink, isItaCue, isItemLink, looksLikeIndex, nameMatcher } from '../../extension/lib/triage';
import { decodeHtml, fetchSnapshot, kindOf } from '../../extension/lib/fetch-snapshot';
import { docxText, xlsxText } from '../../extension/lib/documents';
import { startServer, type TestServer } from '../helpers/server';

const INDEX = `<!doctype html><html><head><title>ITA 2565 | เทศบาลตำบลพอกน้อย</title><script>window.__pwned=1</script></head>
<body><nav><a href="/">หน้าหลัก</a></nav>
<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๕</h1>
<table>
<tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>
<tr><td>O1</td><td>โครงสร้าง</td><td><a href="o1.html">คลิก</a></td></tr>
<tr><td>๐๒</td><td>ข้อมูลผู้บริหาร</td><td><a href="/ita/o2.html">คลิก</a></td></tr>
<tr><td>O 12</td><td>รายงานผลการดำเนินงานประจำปี</td><td>–</td></tr>
<tr><td>O-23</td><td>สรุปผลการจัดซื้อจัดจ้าง</td><td><a href="docs/O23.pdf">PDF</a></td></tr>
<tr><td>O35</td><td>&lt;img src=x onerror=alert(1)&gt; การมีส่วนร่วมของผู้บริหาร</td><td><a href="o35.html"><b>&lt;script&gt;</b>กิจกรรม</a></td></tr>
</table>
<p>โทร 081-234-5678 จาก 042-111-222</p>
</body></html>`;

const DEMO_FILES = join(__dirname, '../../checker/demo/site/files/ita2565');

describe('snapshotFromHtml (the CLI extractor, as in the worker)', () => {
  const url = 'http://127.0.0.1:9/ita/index.html';
  const s = snapshotFromHtml(INDEX, { url, status: 200, contentType: 'text/html' });

  it('reads title, headings, rows and text with cells joined by " | " and no script text', () => {
    expect(s.title).toBe('ITA 2565 | เทศบาลตำบลพอกน้อย');
    expect(s.headings).toEqual(['การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๕']);
    expect(s.blocks).toContain('O 12 | รายงานผลการดำเนินงานประจำปี | –');
    expect(s.text).toContain('O1 | โครงสร้าง | คลิก');
    expect(s.text).not.toContain('__pwned');
    expect([s.kind, s.textSource, s.rendered, s.error]).toEqual(['html', 'html', undefined, undefined]);
  });

  it('is exactly what the CLI extracts from the same HTML', () => {
    const ex = extractHtml(INDEX, url);
    expect({ title: s.title, headings: s.headings, text: s.text, blocks: s.blocks, links: s.links, loginWall: !!s.loginWall }).toEqual({
      title: ex.title,
      headings: ex.headings,
      text: ex.text,
      blocks: ex.blocks,
      links: ex.links,
      loginWall: ex.loginWall,
    });
  });

  it('resolves links against the page and gives each the row it sits in', () => {
    const o1 = s.links.find((l) => l.href.endsWith('/ita/o1.html'));
    expect(o1).toMatchObject({ href: 'http://127.0.0.1:9/ita/o1.html', text: 'คลิก', context: 'O1 | โครงสร้าง | คลิก' });
    expect(s.links.find((l) => l.text === 'PDF')?.href).toBe('http://127.0.0.1:9/ita/docs/O23.pdf');
    // Markup inside text stays text.
    const o35 = s.links.find((l) => l.href.endsWith('o35.html'))!;
    expect(o35.text).toBe('<script>กิจกรรม');
    expect(o35.context).toContain('<img src=x onerror=alert(1)>');
  });

  it('is recognised as an index page; a plain page is not', () => {
    expect(indexScore(s)).toBeGreaterThanOrEqual(5);
    expect(looksLikeIndex(s)).toBe(true);
    const plain = snapshotFromHtml('<html><body><p>ข่าว O1 วันนี้</p><a href="/x">x</a></body></html>', { url: 'http://h/' });
    expect(looksLikeIndex(plain)).toBe(false);
  });

  it('marks a 200 page that says "ไม่พบหน้า" as a soft 404, as the CLI does', () => {
    const gone = snapshotFromHtml('<html><head><title>ไม่พบหน้าที่คุณต้องการ</title></head><body><p>ขออภัย</p></body></html>', { url: 'http://h/x' });
    expect(gone.error).toBe('soft-404');
  });
});

describe('triage (through the core: findItemCodes, itaCue, isDocumentUrl)', () => {
  it('recognises the item-code notations agencies use (§12.2) and not phone numbers', () => {
    expect(codesIn('O35')).toEqual(['O35']);
    expect(codesIn('o 1 โครงสร้าง')).toEqual(['O1']);
    expect(codesIn('O-10 แผน')).toEqual(['O10']);
    expect(codesIn('O01')).toEqual(['O1']);
    expect(codesIn('๐๑ โครงสร้าง')).toEqual(['O1']);
    expect(codesIn('015 ข้อมูลเชิงสถิติการให้บริการ')).toEqual(['O15']);
    expect(codesIn('โทร จาก 081-234-5678')).toEqual([]);
    expect(codesIn('FOO12')).toEqual([]);
  });

  it('picks item links by code, by row, by URL and by item name; documents by extension', () => {
    const names = nameMatcher([
      { items: [{ name: { th: 'รายงานผลการดำเนินงานประจำปี' }, aliases: ['รายงานประจำปี'] }] } as never,
    ]);
    expect(isItemLink({ href: 'http://h/x', text: 'คลิก', context: 'O12 | รายงาน' }, names)).toBe(true);
    expect(isItemLink({ href: 'http://h/ITA/O17MC66.html', text: 'ดู', context: '' }, names)).toBe(true);
    expect(isItemLink({ href: 'http://h/oit-3-อำนาจหน้าที่', text: 'ดู', context: '' }, names)).toBe(true);
    expect(isItemLink({ href: 'http://h/p?id=9', text: 'รายงานผลการดำเนินงาน ประจำปี', context: '' }, names)).toBe(true);
    expect(isItemLink({ href: 'http://h/contact', text: 'ติดต่อเรา', context: 'เมนู' }, names)).toBe(false);
    // A host that looks like a code is not one.
    expect(isItemLink({ href: 'http://o2.example.co.th/contact', text: 'ติดต่อเรา', context: '' }, names)).toBe(false);
    expect(isDocumentLink({ href: 'http://h/uploads/O23_ต.ค.pdf', text: '', context: '' })).toBe(true);
    expect(isDocumentLink({ href: 'http://h/uploads/%E0%B8%81.XLSX?v=2', text: '', context: '' })).toBe(true);
    expect(isDocumentLink({ href: 'https://drive.google.com/uc?id=abc&export=download', text: '', context: '' })).toBe(true);
    expect(isDocumentLink({ href: 'http://h/page', text: '', context: '' })).toBe(false);
  });

  it('follows ITA cues in link texts and paths, not an item title that contains the words', () => {
    expect(isItaCue({ href: 'http://h/ita/index.html', text: 'ดูเพิ่มเติม', context: '' })).toBe(true);
    expect(isItaCue({ href: 'http://h/page?id=4', text: 'การประเมินคุณธรรมและความโปร่งใส ๒๕๖๕', context: '' })).toBe(true);
    expect(isItaCue({ href: 'http://h/news/1', text: 'ข่าวประชาสัมพันธ์', context: 'ข่าว' })).toBe(false);
    // O42's title "มาตรการส่งเสริมคุณธรรมและความโปร่งใส" names an item, not the assessment.
    expect(isItaCue({ href: 'http://h/p/42', text: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', context: '' })).toBe(false);
  });
});

describe('fetched bytes', () => {
  it('decodes legacy TIS-620 / windows-874 pages by header or <meta>, UTF-8 otherwise', () => {
    // "ข้อมูล" in windows-874: Thai U+0E01–U+0E5B map to 0xA1–0xFB.
    const thai = 'ข้อมูล';
    const bytes = new Uint8Array([...'<meta charset="tis-620"><p>'].map((c) => c.charCodeAt(0)).concat([...thai].map((c) => c.codePointAt(0)! - 0x0e01 + 0xa1)));
    expect(decodeHtml(bytes)).toContain(thai);
    expect(decodeHtml(bytes.slice(26), 'text/html; charset=windows-874')).toContain(thai);
    expect(decodeHtml(new TextEncoder().encode('<p>ข้อมูล</p>'), 'text/html')).toContain(thai);
    // No charset anywhere (header or <meta>): not UTF-8, so windows-874 is sniffed.
    expect(decodeHtml(bytes.slice(26), 'text/html')).toContain(thai);
  });

  it('names the kind from Content-Type or the file name', () => {
    expect(kindOf('application/pdf', 'http://h/x')).toBe('pdf');
    expect(kindOf(undefined, 'http://h/docs/%E0%B8%81.PDF')).toBe('pdf');
    expect(kindOf('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'http://h/a')).toBe('docx');
    expect(kindOf('application/octet-stream', 'http://h/a.xlsx')).toBe('xlsx');
    expect(kindOf('image/jpeg', 'http://h/a')).toBe('image');
    expect(kindOf('text/html; charset=utf-8', 'http://h/a.php')).toBe('html');
  });

  it('reads the demo DOCX and XLSX to the same text as the CLI', async () => {
    const docx = new Uint8Array(readFileSync(join(DEMO_FILES, 'O13-คู่มือการปฏิบัติงาน-ภาษีที่ดิน.docx')));
    const d = await docxText(docx);
    expect(d.text).toContain('ขั้นตอนการปฏิบัติงาน');
    expect(d.text).toBe((await extractDocx(docx)).text);
    expect([d.readable, d.error]).toEqual([true, undefined]);
    const xlsx = new Uint8Array(readFileSync(join(DEMO_FILES, 'O15-สถิติการให้บริการ-2565.xlsx')));
    const x = xlsxText(xlsx);
    expect(x.text).toContain('ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ');
    expect(x.text).toBe(extractXlsx(xlsx).text);
    expect(x.pageCount).toBe(extractXlsx(xlsx).pageCount);
  });
});

/** A DOCX/XLSX-shaped zip whose one XML part inflates past the cap from a few dozen kilobytes. */
function zipBomb(part: string): Uint8Array {
  const payload = new Uint8Array(DEFAULT_ZIP_CAP + 1024 * 1024).fill(0x20);
  payload.set(strToU8('<x>'), 0);
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [part]: payload }, { level: 9 });
}

describe('zip bombs are refused in the extension path', () => {
  const docBomb = zipBomb('word/document.xml');
  const sheetBomb = zipBomb('xl/worksheets/sheet1.xml');
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      const bomb = req.url?.endsWith('.docx') ? docBomb : sheetBomb;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
  });
  afterAll(() => server.close());

  it('small on the wire, refused before it is inflated', async () => {
    expect(docBomb.length).toBeLessThan(1024 * 1024);
    const d = await docxText(docBomb);
    expect([d.text, d.readable, d.error]).toEqual(['', false, 'zip-bomb']);
    const x = xlsxText(sheetBomb);
    expect([x.text, x.readable, x.error]).toEqual(['', false, 'zip-bomb']);
  });

  it('a fetched bomb becomes a snapshot with the CLI error and is listed as unread', async () => {
    for (const name of ['report.docx', 'stats.xlsx']) {
      const r = await fetchSnapshot(`${server.url}/files/${name}`);
      expect(r.snapshot).toMatchObject({ status: 200, error: 'zip-bomb', text: '', textSource: 'none' });
      expect(r.unread).toEqual([`${server.url}/files/${name}`]);
    }
  });
});

describe('a <meta refresh> home page', () => {
  let server: TestServer;
  const requested: string[] = [];
  beforeAll(async () => {
    server = await startServer((req, res) => {
      requested.push(req.url ?? '');
      const pages: Record<string, string> = {
        '/': '<html><head><meta http-equiv="refresh" content="0; url=/th/index.php"></head><body></body></html>',
        '/th/index.php': '<html><head><title>เทศบาลตำบลตัวอย่าง</title></head><body><a href="/ita/">ITA 2565</a></body></html>',
        '/a': '<meta http-equiv="refresh" content="0;URL=\'/b\'">',
        '/b': '<meta http-equiv="refresh" content="1; url=/a">',
      };
      const body = pages[req.url ?? ''];
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body ?? 'not found');
    });
  });
  afterAll(() => server.close());

  it('is followed to the page it sends the visitor to, as the CLI does', async () => {
    const r = await fetchSnapshot(`${server.url}/`);
    expect(r.snapshot).toMatchObject({ url: `${server.url}/`, finalUrl: `${server.url}/th/index.php`, status: 200, title: 'เทศบาลตำบลตัวอย่าง' });
    expect(r.snapshot.links.map((l) => l.href)).toEqual([`${server.url}/ita/`]);
  });

  it('stops on a refresh loop with the CLI error', async () => {
    requested.length = 0;
    const r = await fetchSnapshot(`${server.url}/a`);
    expect(r.snapshot.error).toBe('redirect-loop');
    expect(requested).toEqual(['/a', '/b']);
  });
});
