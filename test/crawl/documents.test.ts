// Documents fetched from a local server: a Chromium-made Thai PDF, DOCX, XLSX, a zip bomb, broken PDFs.
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOrSkip } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';
import { LOOPBACK_ONLY_ARGS, QUIET_CHROMIUM_ARGS } from '../../checker/browser/resolve';
import { fetchDocument, fetchSnapshot } from '../../checker/crawl/snapshot';
import { closeHttpAgents } from '../../checker/fetch/http';
import { extractPdf } from '../../checker/extract/pdf';
import { popplerAvailable } from '../../checker/extract/poppler';
import { normalizeThai } from '../../checker/core/text/normalize';
import { makeDocx, makeEncryptedPdf, makeXlsx, makeZipBomb, PNG_1PX } from './docs-fixtures';

const PHRASE = 'รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๕';
const PHRASE2 = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
const { browser, skipReason } = browserOrSkip();

const files = new Map<string, { type: string; body: Buffer | Uint8Array }>();
let srv: TestServer;
let thaiPdf: Buffer | undefined;

beforeAll(async () => {
  if (browser) {
    const b = await chromium.launch({ executablePath: browser.executablePath, args: [...QUIET_CHROMIUM_ARGS, ...LOOPBACK_ONLY_ARGS] });
    const page = await b.newPage();
    const paras = Array.from({ length: 60 }, (_, i) => `<p>${i % 2 ? PHRASE : PHRASE2} ข้อที่ ${i + 1} ผู้บริหารท้องถิ่นกำกับติดตามการดำเนินงาน</p>`).join('');
    await page.setContent(`<html lang="th"><body style="font-family: Garuda, Loma, sans-serif"><h1>${PHRASE2}</h1>${paras}</body></html>`);
    thaiPdf = await page.pdf({ format: 'A4' });
    await b.close();
    files.set('/thai.pdf', { type: 'application/pdf', body: thaiPdf });
    files.set('/truncated.pdf', { type: 'application/pdf', body: thaiPdf.subarray(0, Math.floor(thaiPdf.length / 3)) });
  }
  files.set('/empty.pdf', { type: 'application/pdf', body: Buffer.alloc(0) });
  files.set('/photo.pdf', { type: 'application/pdf', body: PNG_1PX });
  files.set('/error-page.pdf', { type: 'application/pdf', body: Buffer.from('<!DOCTYPE html><html><body><h1>ไม่พบไฟล์</h1></body></html>') });
  files.set('/encrypted.pdf', { type: 'application/pdf', body: makeEncryptedPdf() });
  files.set('/plan.docx', { type: 'application/octet-stream', body: makeDocx([PHRASE2, 'แผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. 2565']) });
  files.set('/bomb.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', body: makeZipBomb(60) });
  files.set('/o11.xlsx', { type: 'application/octet-stream', body: makeXlsx([['ลำดับ', 'งานที่จัดซื้อ', 'วงเงิน'], ['1', 'จัดซื้อวัสดุสำนักงาน', '15000']]) });
  files.set('/old.doc', { type: 'application/msword', body: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]) });
  srv = await startServer((req, res) => {
    const f = files.get(req.url ?? '');
    if (!f) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': f.type, 'content-length': f.body.length }).end(f.body);
  });
});

afterAll(async () => {
  await srv?.close();
  await closeHttpAgents();
});

describe('PDF', () => {
  it.skipIf(!browser)('reads a Chromium-made Thai PDF (primary path) to the exact phrase after core normalisation', async () => {
    const s = await fetchSnapshot(`${srv.url}/thai.pdf`);
    expect(s.kind).toBe('pdf');
    expect(s.error).toBeUndefined();
    expect(s.pageCount).toBeGreaterThanOrEqual(2);
    expect(normalizeThai(s.text).includes(normalizeThai(PHRASE))).toBe(true);
    expect(normalizeThai(s.text).includes(normalizeThai(PHRASE2))).toBe(true);
    expect(s.textSource).toBe((await popplerAvailable()) ? 'poppler' : 'pdfjs');
  });

  it.skipIf(!browser)('reads the same PDF with pdf.js alone (no poppler) after core normalisation', async () => {
    const p = await extractPdf(thaiPdf!, { noPoppler: true });
    expect(p.textSource).toBe('pdfjs');
    expect(p.error).toBeUndefined();
    expect(normalizeThai(p.text).includes(normalizeThai(PHRASE))).toBe(true);
    // Raw pdf.js text carries private-use tone marks; only the core's normalisation makes it match.
    expect(p.text.includes(PHRASE2)).toBe(false);
  });

  it.skipIf(!browser)('honours the page cap', async () => {
    const p = await extractPdf(thaiPdf!, { noPoppler: true, maxPages: 1 });
    const all = await extractPdf(thaiPdf!, { noPoppler: true });
    expect(p.pageCount).toBe(all.pageCount);
    expect(p.text.length).toBeLessThan(all.text.length);
  });

  it.skipIf(!browser)('survives a truncated PDF', async () => {
    const s = await fetchSnapshot(`${srv.url}/truncated.pdf`);
    expect(s.kind).toBe('pdf');
    expect(typeof s.text).toBe('string');
    if (!s.text) expect(s.error).toMatch(/^pdf:/);
  });

  it('turns a 0-byte PDF into an error snapshot', async () => {
    const s = await fetchSnapshot(`${srv.url}/empty.pdf`);
    expect(s.kind).toBe('pdf');
    expect(s.status).toBe(200);
    expect(s.text).toBe('');
    expect(s.error).toBe('pdf:empty');
  });

  it('reports an encrypted PDF without crashing', async () => {
    const s = await fetchSnapshot(`${srv.url}/encrypted.pdf`);
    expect(s.kind).toBe('pdf');
    expect(s.text).toBe('');
    expect(s.error).toBe('pdf:encrypted');
  });

  it('treats an image served as application/pdf as an image', async () => {
    const s = await fetchSnapshot(`${srv.url}/photo.pdf`);
    expect(s.kind).toBe('image');
    expect(s.text).toBe('');
    expect(s.error).toBeUndefined();
  });

  it('treats an HTML error page served as application/pdf as HTML', async () => {
    const s = await fetchSnapshot(`${srv.url}/error-page.pdf`);
    expect(s.kind).toBe('html');
    expect(s.text).toContain('ไม่พบไฟล์');
  });
});

describe('Office files', () => {
  it('reads a DOCX (sniffed from the zip, not the content type) with mammoth', async () => {
    const s = await fetchSnapshot(`${srv.url}/plan.docx`);
    expect(s.kind).toBe('docx');
    expect(s.textSource).toBe('mammoth');
    expect(s.text).toContain(PHRASE2);
    expect(s.text).toContain('แผนปฏิบัติการป้องกันการทุจริต ประจำปี พ.ศ. 2565');
  });

  it('refuses a zip bomb', async () => {
    const o = await fetchDocument(`${srv.url}/bomb.docx`);
    expect(o.snapshot.kind).toBe('docx');
    expect(o.snapshot.error).toBe('zip-bomb');
    expect(o.snapshot.text).toBe('');
    expect(o.notChecked?.reason).toBe('too-large');
  });

  it('reads XLSX cells as rows', async () => {
    const s = await fetchSnapshot(`${srv.url}/o11.xlsx`);
    expect(s.kind).toBe('xlsx');
    expect(s.pageCount).toBe(1);
    expect(s.text).toContain('[สรุปผล]');
    expect(s.text).toContain('1 | จัดซื้อวัสดุสำนักงาน | 15000');
  });

  it('lists a legacy .doc as unsupported', async () => {
    const o = await fetchDocument(`${srv.url}/old.doc`);
    expect(o.snapshot.kind).toBe('other');
    expect(o.notChecked?.reason).toBe('unsupported');
  });
});

if (skipReason) it.skip(skipReason, () => undefined);
