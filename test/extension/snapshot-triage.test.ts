// The worker's view of a fetched page (linkedom, as in the service worker) and the link triage that spends
// the request budget: an ITA index row ties code and title to a link even when the link says "คลิก".
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom/worker';
import { snapshotFromDocument } from '../../extension/lib/snapshot-dom';
import { codesIn, indexScore, isDocumentLink, isItemLink, looksLikeIndex, nameMatcher } from '../../extension/lib/triage';
import { decodeHtml, kindOf } from '../../extension/lib/fetch-snapshot';
import { docxText, xlsxText } from '../../extension/lib/documents';
import { zipSync, strToU8 } from 'fflate';

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

describe('snapshotFromDocument (linkedom, as in the worker)', () => {
  const { document } = parseHTML(INDEX);
  const s = snapshotFromDocument(document as unknown as Document, { url: 'http://127.0.0.1:9/ita/index.html' });

  it('reads title, headings, rows and text with cells joined by " | " and no script text', () => {
    expect(s.title).toBe('ITA 2565 | เทศบาลตำบลพอกน้อย');
    expect(s.headings).toEqual(['การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๕']);
    expect(s.blocks).toContain('O 12 | รายงานผลการดำเนินงานประจำปี | –');
    expect(s.text).toContain('O1 | โครงสร้าง | คลิก');
    expect(s.text).not.toContain('__pwned');
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
    const plain = snapshotFromDocument(parseHTML('<html><body><p>ข่าว O1 วันนี้</p><a href="/x">x</a></body></html>').document as unknown as Document, { url: 'http://h/' });
    expect(looksLikeIndex(plain)).toBe(false);
  });
});

describe('triage', () => {
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
    expect(isDocumentLink({ href: 'http://h/uploads/O23_ต.ค.pdf', text: '', context: '' })).toBe(true);
    expect(isDocumentLink({ href: 'http://h/page', text: '', context: '' })).toBe(false);
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

  it('reads DOCX paragraphs and XLSX rows (shared and inline strings)', () => {
    const docx = zipSync({
      'word/document.xml': strToU8(
        '<w:document><w:body><w:p><w:r><w:t>แผนการจัดซื้อจัดจ้าง</w:t></w:r><w:r><w:t xml:space="preserve"> ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</w:t></w:r></w:p><w:p><w:r><w:t>A &amp; B</w:t></w:r></w:p></w:body></w:document>',
      ),
    });
    const d = docxText(docx);
    expect(d.text.split('\n').filter(Boolean)).toEqual(['แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕', 'A & B']);
    expect(d.readable).toBe(true);
    const xlsx = zipSync({
      'xl/sharedStrings.xml': strToU8('<sst><si><t>เดือน</t></si><si><t>ตุลาคม 2564</t></si></sst>'),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>จำนวนเงิน</t></is></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>12500</v></c></row></sheetData></worksheet>'),
    });
    expect(xlsxText(xlsx).text).toBe('เดือน | จำนวนเงิน\nตุลาคม 2564 | 12500');
  });
});
