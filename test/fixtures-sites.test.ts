// The demo and fixture sites are test inputs for every other part: check that they are what their
// expected.json says — complete verdict lists, no accidental dead links, legacy bytes served as declared,
// and documents whose text layer (or lack of one) is real.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { execFileSync } from 'node:child_process';
import * as cheerio from 'cheerio';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { serveSite, readSiteConfig, matchPattern, type ServedSite } from '../checker/demo/static-server';

const SITES: Array<{ name: string; root: string; expected: string }> = [
  { name: 'demo', root: 'checker/demo/site', expected: 'checker/demo/expected.json' },
  ...readdirSync('test/fixtures/sites')
    .filter((n) => statSync(join('test/fixtures/sites', n)).isDirectory())
    .map((n) => ({ name: n, root: `test/fixtures/sites/${n}`, expected: `test/fixtures/sites/${n}/expected.json` })),
];
const STATUSES = ['pass', 'missing', 'outdated', 'incomplete', 'broken', 'needs-review'];
const ALL_ITEMS = Array.from({ length: 43 }, (_, i) => `O${i + 1}`);

interface Expected {
  year: number;
  items: Record<string, string>;
  reasons: Record<string, string>;
  documents: Array<{ path: string; kind: 'pdf' | 'docx' | 'xlsx' | 'scanned-pdf' | 'image'; phrase: string | null }>;
}
const expectedOf = (s: (typeof SITES)[number]) => JSON.parse(readFileSync(s.expected, 'utf8')) as Expected;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Decode a page the way a browser would: header/meta charset, else windows-874 when the bytes are not UTF-8. */
function decodePage(bytes: Buffer): string {
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (/charset=["']?(tis-620|windows-874|iso-8859-11)/i.test(head)) return new TextDecoder('windows-874').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

// pdf.js gives private-use code points for Thai marks in Chromium-made PDFs (TOOLCHAIN.md); map them back.
const PUA: Record<number, number> = {
  0xf700: 0x0e10, 0xf701: 0x0e34, 0xf702: 0x0e35, 0xf703: 0x0e36, 0xf704: 0x0e37, 0xf705: 0x0e48, 0xf706: 0x0e49, 0xf707: 0x0e4a, 0xf708: 0x0e4b,
  0xf709: 0x0e4c, 0xf70a: 0x0e48, 0xf70b: 0x0e49, 0xf70c: 0x0e4a, 0xf70d: 0x0e4b, 0xf70e: 0x0e4c, 0xf70f: 0x0e0d, 0xf710: 0x0e31, 0xf711: 0x0e4d,
  0xf712: 0x0e47, 0xf713: 0x0e48, 0xf714: 0x0e49, 0xf715: 0x0e4a, 0xf716: 0x0e4b, 0xf717: 0x0e4c, 0xf718: 0x0e38, 0xf719: 0x0e39, 0xf71a: 0x0e3a,
};
const forMatching = (s: string) =>
  s
    .replace(/[\uF700-\uF71A]/g, (c) => String.fromCharCode(PUA[c.charCodeAt(0)]!))
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .normalize('NFC')
    .replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/\s+/g, '');

describe('expected.json of every site', () => {
  it('finds the demo and the five fixture sites', () => {
    expect(SITES.map((s) => s.name).sort()).toEqual(['demo', 'hostile-markup', 'js-rendered', 'legacy-tis620', 'per-subindicator', 'wp-table']);
  });
  for (const site of SITES) {
    it(`${site.name}: lists exactly O1–O43 with valid statuses and a reason each`, () => {
      const e = expectedOf(site);
      expect(e.year).toBe(2565);
      expect(Object.keys(e.items).sort()).toEqual([...ALL_ITEMS].sort());
      for (const [id, st] of Object.entries(e.items)) {
        expect(STATUSES, `${id}: ${st}`).toContain(st);
        expect(e.reasons[id]?.length ?? 0, `reason for ${id}`).toBeGreaterThan(10);
      }
    });
  }
  it('the demo exercises each kind of defect the brief asks for', () => {
    const e = expectedOf(SITES[0]!);
    expect(e.items.O39).toBe('outdated');
    expect(e.items.O23).toBe('incomplete');
    expect(e.items.O34).toBe('needs-review');
    expect(Object.values(e.items)).toContain('broken');
    expect(Object.values(e.items)).toContain('missing');
    expect(Object.values(e.items).filter((s) => s === 'pass').length).toBeGreaterThan(30);
  });
});

describe('local links in every site resolve', () => {
  for (const site of SITES) {
    it(`${site.name}: every local href/src (pages and script data) points to a file, unless declared broken`, () => {
      const cfg = readSiteConfig(site.root);
      const declared = (p: string) =>
        Object.keys(cfg.status ?? {}).some((k) => matchPattern(k, p)) || (cfg.intentionallyMissing ?? []).some((k) => matchPattern(k, p)) || Object.keys(cfg.redirect ?? {}).some((k) => matchPattern(k, p));
      const dead: string[] = [];
      let checked = 0;
      const check = (from: string, raw: string) => {
        const ref = raw.trim();
        if (!ref || ref.startsWith('#') || /^(mailto|tel|javascript|data):/i.test(ref) || /^[a-z]+:\/\//i.test(ref) || ref.startsWith('//')) return;
        const path = ref.startsWith('/') ? ref : posix.join(posix.dirname(from), ref);
        const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
        checked++;
        let file = join(site.root, clean);
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        if (!existsSync(file) && !declared(clean)) dead.push(`${from} → ${ref}`);
      };
      for (const f of walk(site.root)) {
        const rel = '/' + f.slice(site.root.length + 1).split('\\').join('/');
        if (f.endsWith('.html')) {
          const $ = cheerio.load(decodePage(readFileSync(f)));
          $('a[href], link[href]').each((_, el) => check(rel, $(el).attr('href')!));
          $('img[src], script[src]').each((_, el) => check(rel, $(el).attr('src')!));
        } else if (f.endsWith('.js')) {
          for (const m of readFileSync(f, 'utf8').matchAll(/"href":\s*"(\/[^"]+)"/g)) check(rel, m[1]!);
        }
      }
      expect(dead).toEqual([]);
      expect(checked).toBeGreaterThan(3);
    });
  }

  it('the intentionally broken targets really are absent (so the defects stay defects)', () => {
    for (const site of SITES) {
      for (const p of readSiteConfig(site.root).intentionallyMissing ?? []) expect(existsSync(join(site.root, p)), `${site.name}${p}`).toBe(false);
    }
  });
});

describe('static server', () => {
  let legacy: ServedSite;
  let demo: ServedSite;
  let wp: ServedSite;
  beforeAll(async () => {
    legacy = await serveSite('test/fixtures/sites/legacy-tis620');
    demo = await serveSite('checker/demo/site');
    wp = await serveSite('test/fixtures/sites/wp-table');
  });
  afterAll(async () => {
    await Promise.all([legacy?.close(), demo?.close(), wp?.close()]);
  });

  it('serves the legacy home page as windows-874 bytes with the declared header', async () => {
    const r = await fetch(legacy.url + '/');
    expect(r.headers.get('content-type')).toBe('text/html; charset=windows-874');
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.includes(0xa1 + (0x0e2d - 0x0e01))).toBe(true); // อ as a single TIS-620 byte
    expect(new TextDecoder('windows-874').decode(bytes)).toContain('องค์การบริหารส่วนตำบลโคกกระบือ');
  });

  it('sends no charset for pages that rely on <meta> or on nothing at all', async () => {
    const idx = await fetch(legacy.url + '/ita/ita2565.html');
    expect(idx.headers.get('content-type')).toBe('text/html');
    const html = new TextDecoder('windows-874').decode(await idx.arrayBuffer());
    expect(html).toMatch(/<meta http-equiv="Content-Type" content="text\/html; charset=tis-620">/);
    expect(html).toContain('๐๑ <a href="/ita/65/o01.html">โครงสร้าง</a>');
    expect(html).toContain('ข้อ ๐๒๓');
    const bare = await fetch(legacy.url + '/ita/65/o03.html');
    expect(bare.headers.get('content-type')).toBe('text/html');
    const bytes = Buffer.from(await bare.arrayBuffer());
    expect(bytes.toString('latin1')).not.toMatch(/charset/i);
    expect(decodePage(bytes)).toContain('อำนาจหน้าที่');
  });

  it('answers 404 for a missing file and the declared status for a declared path', async () => {
    const miss = await fetch(legacy.url + '/ita/65/o23/2564-12.html');
    expect(miss.status).toBe(404);
    const cfg = readSiteConfig('test/fixtures/sites/wp-table');
    const [path, status] = Object.entries(cfg.status!)[0]!;
    const r = await fetch(wp.url + encodeURI(path));
    expect(r.status).toBe(status);
    expect((await fetch(demo.url + '/_site.json')).status).toBe(404);
  });

  it('decodes percent-encoded Thai paths, serves folder index pages and types', async () => {
    const pdf = await fetch(demo.url + encodeURI('/files/ita2565/O10-แผนดำเนินงาน-2565.pdf'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const dir = await fetch(demo.url + '/ita/2565', { redirect: 'manual' });
    expect(dir.status).toBe(301);
    expect(dir.headers.get('location')).toBe('/ita/2565/');
    const index = await fetch(demo.url + '/ita/2565/');
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('ITA');
    const types: Record<string, string> = {
      [encodeURI('/files/ita2565/O13-คู่มือการปฏิบัติงาน-ภาษีที่ดิน.docx')]: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      [encodeURI('/files/ita2565/O15-สถิติการให้บริการ-2565.xlsx')]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      '/images/logo.png': 'image/png',
      '/images/head.jpg': 'image/jpeg',
      '/sitemap.xml': 'application/xml; charset=utf-8',
      '/robots.txt': 'text/plain; charset=utf-8',
    };
    for (const [p, t] of Object.entries(types)) expect((await fetch(demo.url + p)).headers.get('content-type'), p).toBe(t);
  });

  it('lets a caller add routes and choose the charset', async () => {
    const s = await serveSite('test/fixtures/sites/hostile-markup', {
      routes: { '/slow': (_req, res) => res.writeHead(503).end() },
      charsetFor: () => null,
    });
    try {
      expect((await fetch(s.url + '/slow')).status).toBe(503);
      expect((await fetch(s.url + '/index.html')).headers.get('content-type')).toBe('text/html');
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await s.close();
    }
  });
});

describe('documents carry the text they claim', () => {
  const docs = SITES.flatMap((site) => expectedOf(site).documents.map((d) => ({ ...d, site: site.name, file: join(site.root, d.path) })));
  const hasPoppler = (() => {
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it('has PDFs, a scanned PDF, a DOCX and an XLSX to check', () => {
    const kinds = new Set(docs.map((d) => d.kind));
    for (const k of ['pdf', 'scanned-pdf', 'docx', 'xlsx', 'image']) expect(kinds).toContain(k);
    for (const d of docs) expect(existsSync(d.file), d.file).toBe(true);
  });

  it('every text PDF has a text layer (pdf.js via unpdf) containing its Thai phrase; the scanned one has none', async () => {
    for (const d of docs.filter((x) => x.kind === 'pdf' || x.kind === 'scanned-pdf')) {
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(d.file)));
      const { text, totalPages } = await extractText(pdf, { mergePages: true });
      expect(totalPages, d.file).toBeGreaterThan(0);
      if (d.kind === 'scanned-pdf') expect(text.trim(), d.file).toBe('');
      else expect(forMatching(text), d.file).toContain(forMatching(d.phrase!));
    }
  });

  it.skipIf(!hasPoppler)('pdftotext reads the same phrases', () => {
    for (const d of docs.filter((x) => x.kind === 'pdf' || x.kind === 'scanned-pdf')) {
      const text = execFileSync('pdftotext', [d.file, '-'], { encoding: 'utf8' });
      if (d.kind === 'scanned-pdf') expect(text.trim()).toBe('');
      else expect(forMatching(text), d.file).toContain(forMatching(d.phrase!));
    }
  });

  it('DOCX files read with mammoth and XLSX shared strings hold their phrase', async () => {
    for (const d of docs.filter((x) => x.kind === 'docx')) {
      const { value } = await mammoth.extractRawText({ path: d.file });
      expect(forMatching(value), d.file).toContain(forMatching(d.phrase!));
    }
    for (const d of docs.filter((x) => x.kind === 'xlsx')) {
      const zip = unzipSync(new Uint8Array(readFileSync(d.file)));
      expect(Object.keys(zip)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']));
      expect(strFromU8(zip['xl/sharedStrings.xml']!)).toContain(d.phrase!);
      expect(strFromU8(zip['xl/worksheets/sheet1.xml']!)).toMatch(/<c r="B3"><v>\d+<\/v><\/c>/);
    }
  });
});

describe('site content traps the checker must meet', () => {
  it('the demo wraps seeds 003 and 004 verbatim', () => {
    const o42 = readFileSync('checker/demo/site/files/ita2565/O42-มาตรการส่งเสริมคุณธรรม-2565.html', 'utf8');
    expect(o42).toContain('วิเคราะห์ผลการประเมิน ITA ของ องค์การบริหารส่วนจังหวัดลำปาง ปีงบประมาณ พ.ศ. ๒๕๖๔');
    expect(o42).toContain('ก.พ. ๖๕ – ก.ย. ๖๕');
    const o39 = readFileSync('checker/demo/site/files/anticorruption/แผนปฏิบัติการป้องกันการทุจริต-2566-2570.html', 'utf8');
    expect(o39).toContain('(พ.ศ. ๒๕๖๖ – ๒๕๗๐)');
  });

  it('the js-rendered index has no links in its static HTML', () => {
    const $ = cheerio.load(readFileSync('test/fixtures/sites/js-rendered/ita/2565/index.html', 'utf8'));
    expect($('#app').children().length).toBe(0);
    expect($('a[href*="/ita/2565/docs/"]').length).toBe(0);
    expect(readFileSync('test/fixtures/sites/js-rendered/assets/ita-app.js', 'utf8')).toContain('"href": "/ita/2565/docs/o1.html"');
  });

  it('the hostile page title carries a literal <script> and links with javascript:/data: URLs', () => {
    const $ = cheerio.load(readFileSync('test/fixtures/sites/hostile-markup/ita-2565.html', 'utf8'));
    expect($('title').text()).toContain('<script>alert(1)</script>');
    const hrefs = $('a').map((_, a) => $(a).attr('href')).get();
    expect(hrefs.some((h) => /^javascript:/i.test(h))).toBe(true);
    expect(hrefs.some((h) => h.startsWith('data:'))).toBe(true);
    expect($('a').first().text()).toContain('<script>alert(1)</script>');
  });

  it('per-subindicator keeps an ITA 2566 page under a CE slug and lower-case codes on sub pages', () => {
    expect(readFileSync('test/fixtures/sites/per-subindicator/ita2023/index.html', 'utf8')).toContain('พ.ศ. 2566');
    expect(readFileSync('test/fixtures/sites/per-subindicator/ita2565/oit-2.html', 'utf8')).toMatch(/<li>o10 <a /);
  });
});
