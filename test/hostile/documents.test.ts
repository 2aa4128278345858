// The hostile site's documents one by one through fetchDocument (what the crawl calls per URL): what the
// snapshot holds for each, beyond the report's notChecked list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument } from '../../checker/crawl';
import { hostileFiles, startHostileSite, type HostileSite } from './hostile-site';

let site: HostileSite;
const get = (path: string) => fetchDocument(site.url + path, { render: 'never', timeoutMs: 1_500, retries: 1, retryBaseMs: 50, maxBytes: 8 * 1024 * 1024 });

beforeAll(async () => {
  site = await startHostileSite(hostileFiles());
});
afterAll(async () => {
  await site?.close();
});

describe('hostile documents', () => {
  it('decodes a TIS-620 page sent without any charset', async () => {
    const { snapshot } = await get('/tis620');
    expect(snapshot.title).toBe('ข้อมูลการติดต่อ');
    expect(snapshot.text).toContain('องค์การบริหารส่วนตำบลทดสอบ');
  });

  it('decodes a TIS-620 page that claims UTF-8, and flags the mislabel', async () => {
    const out = await get('/wrong-charset');
    expect(out.snapshot.text).toContain('พระราชบัญญัติสภาตำบล');
    expect(out.charsetCorrected).toMatch(/874|tis|620/i);
  });

  it('reads the first 300 pages of a 2,000-page PDF and knows its length', async () => {
    const { snapshot, notChecked } = await get('/files/long-report.pdf');
    expect(notChecked).toBeUndefined();
    expect(snapshot.pageCount).toBe(2000);
    expect(snapshot.text).toContain('page 300 of the long report');
    expect(snapshot.text).not.toContain('page 301 of the long report');
  });

  it('says why an empty, a truncated and an encrypted PDF give no text', async () => {
    for (const [path, why] of [['/files/empty.pdf', /empty/], ['/files/encrypted.pdf', /encrypted/]] as const) {
      const out = await get(path);
      expect(out.snapshot.error).toMatch(why);
      expect(out.notChecked?.detail).toMatch(why);
    }
    const cut = await get('/files/truncated.pdf');
    // Cut before its first page finished: nothing to read, and it says so.
    expect(cut.snapshot.text.trim()).toBe('');
    expect(cut.notChecked?.reason).toBe('error');
  });

  it('sees an image served as application/pdf as an image, not a broken PDF', async () => {
    const { snapshot, notChecked } = await get('/files/scan.pdf');
    expect(snapshot.kind).toBe('image');
    expect(snapshot.error).toBeUndefined();
    expect(notChecked).toBeUndefined();
  });

  it('stops both zip bombs at the cap', async () => {
    for (const path of ['/files/bomb.docx', '/files/bomb-declared.docx']) {
      const out = await get(path);
      expect(out.snapshot.error).toBe('zip-bomb');
      expect(out.notChecked?.reason).toBe('too-large');
    }
  });

  it('extracts text and links from malformed HTML', async () => {
    const { snapshot } = await get('/malformed');
    expect(snapshot.links.map((l) => new URL(l.href).pathname)).toEqual(expect.arrayContaining(['/malformed-child', '/ita/2565/o20.html']));
    expect(snapshot.text).toContain('ข่าว 1');
  });

  it('cuts an endless response at maxBytes', async () => {
    const out = await get('/forever');
    expect(out.notChecked?.reason).toBe('too-large');
    expect(out.bytes).toBeGreaterThan(8 * 1024 * 1024);
    expect(out.bytes).toBeLessThan(16 * 1024 * 1024);
  });
});
