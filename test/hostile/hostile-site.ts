// A hostile agency website on 127.0.0.1: every way a real server or file has broken a crawler, each linked from
// an ITA 2565 index page so the check has to face it. Hit counts per path let tests see what was requested.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { strToU8, zipSync } from 'fflate';
import { ruleSetForYear } from '../../rules/registry';
import { tinyPdf } from '../../bench/lib/tiny-pdf';
import { startServer, type TestServer } from '../helpers/server';

export const XSS_TITLE = '<script>window.__pwned=1</script>';
export const SOFT_404_TEXT = 'ไม่พบหน้าที่คุณต้องการ';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

/** TIS-620: Thai letters U+0E01–U+0E5B sit at 0xA1–0xFB; ASCII stays. */
export function tis620(s: string): Buffer {
  return Buffer.from([...s].map((c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x80) return cp;
    if (cp >= 0x0e01 && cp <= 0x0e5b) return cp - 0x0e01 + 0xa1;
    return 0x3f;
  }));
}

/**
 * A DOCX-shaped zip whose document.xml inflates to `realBytes` of zeros. `declaredBytes` rewrites the sizes the
 * zip states (local header and central directory): a small lie hides a real bomb, a huge one is the declared-size
 * trick (4 GB claimed, nothing allocated to check it).
 */
export function zipBomb(realBytes: number, declaredBytes?: number): Buffer {
  const buf = Buffer.from(
    zipSync({
      '[Content_Types].xml': [strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), { level: 1 }],
      'word/document.xml': [new Uint8Array(realBytes), { level: 1 }],
    }),
  );
  if (declaredBytes !== undefined) {
    for (let i = 0; i + 30 < buf.length; i++) {
      const sig = buf.readUInt32LE(i);
      if (sig === 0x04034b50) {
        const nameLen = buf.readUInt16LE(i + 26);
        if (buf.toString('latin1', i + 30, i + 30 + nameLen) === 'word/document.xml') buf.writeUInt32LE(declaredBytes >>> 0, i + 22);
      } else if (sig === 0x02014b50) {
        const nameLen = buf.readUInt16LE(i + 28);
        if (buf.toString('latin1', i + 46, i + 46 + nameLen) === 'word/document.xml') buf.writeUInt32LE(declaredBytes >>> 0, i + 24);
      }
    }
  }
  return buf;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

export interface HostileSite {
  server: TestServer;
  url: string;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export interface HostileFiles {
  encrypted: Buffer;
  empty: Buffer;
  truncated: Buffer;
  big: Buffer;
  bombReal: Buffer;
  bombDeclared: Buffer;
}

export function hostileFiles(): HostileFiles {
  const threePages = tinyPdf({ pages: [1, 2, 3].map((p) => [`Procurement plan 2565 page ${p}`, 'Annual report of operations'.repeat(3)]) });
  return {
    encrypted: tinyPdf({ pages: [['secret plan']], encrypt: true }),
    empty: Buffer.alloc(0),
    truncated: threePages.subarray(0, Math.floor(threePages.length * 0.45)),
    big: tinyPdf({ pages: Array.from({ length: 2000 }, (_, i) => [`page ${i + 1} of the long report`]) }),
    bombReal: zipBomb(96 * 1024 * 1024, 1_000),
    bombDeclared: zipBomb(1024 * 1024, 0xfffffff0),
  };
}

/** Item → hostile target, in ITA index order; the other items get a plain page. */
export const TARGETS: Record<string, string> = {
  O1: '/soft404',
  O3: '/files/encrypted.pdf',
  O4: '/files/empty.pdf',
  O5: '/files/truncated.pdf',
  O6: '/files/long-report.pdf',
  O7: '/files/bomb.docx',
  O8: '/files/bomb-declared.docx',
  O9: '/files/scan.pdf',
  O10: '/forever',
  O11: '/drip',
  O12: '/reset',
  O13: '/loop-a',
  O14: '/chain/0',
  O15: '/busy',
  O16: '/tis620',
  O17: '/wrong-charset',
  O18: '/malformed',
  O19: 'javascript:window.__pwned=1',
};

export async function startHostileSite(files: HostileFiles, opts: { robots?: string } = {}): Promise<HostileSite> {
  const hits = new Map<string, number>();
  const items = ruleSetForYear(2565)!.items;
  let busyServed = 0;
  const server = await startServer((req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? '/';
    const path = raw.split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const html = (body: string, type = 'text/html; charset=utf-8') => void res.writeHead(200, { 'content-type': type }).end(body);
    const bin = (body: Buffer, type: string) => void res.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body);
    const redirect = (to: string) => void res.writeHead(302, { location: to }).end();

    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(opts.robots ?? 'User-agent: *\nDisallow:\n');
    if (path === '/') {
      return html(page('องค์การบริหารส่วนตำบลทดสอบความทนทาน', `<ul>
        <li><a href="/ita/2565/">การเปิดเผยข้อมูลสาธารณะ (OIT) ITA 2565</a></li>
        <li><a href="/calendar?ym=2565-01">ปฏิทินกิจกรรม</a></li>
        <li><a href="/list?page=1">รายการข่าว</a></li>
        <li><a href="/search?q=%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E">ค้นหา &lt;script&gt;</a></li>
      </ul>`));
    }
    if (path === '/ita/2565/') {
      const rows = items.map((it) => {
        const target = TARGETS[it.id] ?? `/ita/2565/${it.id.toLowerCase()}.html`;
        const text = it.id === 'O2' ? XSS_TITLE : it.name.th;
        return `<tr><td>${it.id}</td><td>${esc(it.name.th)}</td><td><a href="${esc(target)}">${esc(text)}</a></td></tr>`;
      });
      return html(page('การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2565', `<p>การประเมินคุณธรรมและความโปร่งใส ITA 2565</p><table><tbody>${rows.join('')}</tbody></table>`));
    }
    const item = /^\/ita\/2565\/(o\d+)\.html$/.exec(path);
    if (item) {
      const it = items.find((i) => i.id.toLowerCase() === item[1]);
      const title = it?.id === 'O2' ? `${esc(XSS_TITLE)} ข้อมูลผู้บริหาร` : esc(`${it?.id} ${it?.name.th ?? ''}`);
      return html(page(title, `<p>${title} ประจำปีงบประมาณ พ.ศ. 2565</p><p>&lt;img src=x onerror=window.__pwned=1&gt; &amp;amp; &#x3C;b&#x3E;</p>`));
    }
    if (path === '/soft404')
      return html(page(`${SOFT_404_TEXT} ${esc(XSS_TITLE)}`, `<p>${SOFT_404_TEXT} กรุณาตรวจสอบ URL อีกครั้ง</p><a href="/">กลับหน้าหลัก</a>`));
    if (path === '/files/encrypted.pdf') return bin(files.encrypted, 'application/pdf');
    if (path === '/files/empty.pdf') return bin(files.empty, 'application/pdf');
    if (path === '/files/truncated.pdf') return bin(files.truncated, 'application/pdf');
    if (path === '/files/long-report.pdf') return bin(files.big, 'application/pdf');
    if (path === '/files/bomb.docx') return bin(files.bombReal, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    if (path === '/files/bomb-declared.docx') return bin(files.bombDeclared, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    if (path === '/files/scan.pdf') return bin(PNG, 'application/pdf');
    if (path === '/forever') {
      // An endless body: only the client's size cap ends it.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const chunk = Buffer.from('<p>' + 'ข้อมูล'.repeat(10_000) + '</p>');
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      return pump();
    }
    if (path === '/drip') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write('.')), 1_000);
      res.on('close', () => clearInterval(t));
      return;
    }
    if (path === '/reset') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': '100000' });
      res.write('<html><body>' + 'ก'.repeat(1000));
      setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    if (path === '/loop-a') return redirect('/loop-b');
    if (path === '/loop-b') return redirect('/loop-a');
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) return Number(chain[1]) < 30 ? redirect(`/chain/${Number(chain[1]) + 1}`) : html(page('ปลายทาง', '<p>สุดทาง</p>'));
    if (path === '/busy') {
      if (busyServed++ === 0) return void res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('slow down');
      return html(page('Q&A ถาม-ตอบ', '<p>ช่องทางถามตอบ ประจำปี 2565</p>'));
    }
    if (path === '/tis620') {
      // No charset in the header, no <meta>: the bytes are all there is.
      return bin(tis620(`<html><head><title>ข้อมูลการติดต่อ</title></head><body><h1>ข้อมูลการติดต่อ</h1><p>ที่อยู่ องค์การบริหารส่วนตำบลทดสอบ โทรศัพท์ 044-111-222</p></body></html>`), 'text/html');
    }
    if (path === '/wrong-charset') {
      return bin(tis620(`<html><head><meta charset="utf-8"><title>กฎหมายที่เกี่ยวข้อง</title></head><body><p>พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537</p></body></html>`), 'text/html; charset=utf-8');
    }
    if (path === '/malformed') {
      return html(`<html><head><title>ข่าว<b>ประชาสัมพันธ์</title><body><div><table><tr><td>ข่าว 1<td><a href="/malformed-child">อ่านต่อ<p>ย่อหน้า</div></div></span>\u0000<<<>>><a href=/ita/2565/o20.html>O20</a><!-- unclosed comment`);
    }
    if (path === '/malformed-child') return html(page('ข่าวย่อย', '<p>เนื้อหา</p>'));
    if (path === '/calendar') {
      // The next month, forever.
      const ym = new URL(raw, 'http://x').searchParams.get('ym') ?? '2565-01';
      const [y, m] = ym.split('-').map(Number) as [number, number];
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      return html(page(`ปฏิทิน ${ym}`, `<a href="/calendar?ym=${next}">เดือนถัดไป</a>`));
    }
    if (path === '/list') {
      // Facets: every page links to more combinations of sort/filter/page.
      const q = new URL(raw, 'http://x').searchParams;
      const n = Number(q.get('page') ?? 1);
      const links = ['sort=asc', 'sort=desc', 'cat=1', 'cat=2', 'view=grid', 'lang=th', 'tag=a', 'per=50', 'order=x', 'dir=up']
        .map((f, i) => `<a href="/list?page=${n + 1}&${f}&f${n}=${i}">หน้า ${n + 1}</a>`);
      return html(page(`รายการข่าว ${n}`, links.join(' ')));
    }
    if (path === '/search') return html(page('ผลการค้นหา', '<p>ไม่มีผลลัพธ์</p>'));
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page('404', 'Not found'));
  });
  return { server, url: server.url, hits, close: () => server.close() };
}
