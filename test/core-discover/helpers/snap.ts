// Snapshots built the way the crawler builds them: the real HTML extractor (cheerio, Node edge) over Thai
// HTML strings, so discovery is tested on the links, contexts and blocks a real page yields.
import { extractHtml } from '../../../checker/extract/html';
import type { DocKind, Snapshot } from '../../../checker/core/types';

export function page(url: string, html: string, extra: Partial<Snapshot> = {}): Snapshot {
  const x = extractHtml(html.includes('<html') ? html : `<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`, url);
  return {
    url,
    finalUrl: url,
    status: 200,
    kind: 'html',
    contentType: 'text/html; charset=utf-8',
    title: x.title,
    headings: x.headings,
    text: x.text,
    blocks: x.blocks,
    links: x.links,
    textSource: 'html',
    ...extra,
  };
}

export function doc(url: string, text: string, kind: DocKind = 'pdf', extra: Partial<Snapshot> = {}): Snapshot {
  return {
    url,
    finalUrl: url,
    status: 200,
    kind,
    title: '',
    headings: [],
    text,
    blocks: text.split(/\n+/).filter(Boolean),
    links: [],
    pageCount: 1,
    textSource: kind === 'pdf' ? 'pdfjs' : 'html',
    ...extra,
  };
}

export function failed(url: string, status: number, error?: string): Snapshot {
  return { url, finalUrl: url, status, ...(error ? { error } : {}), kind: 'other', title: '', headings: [], text: '', blocks: [], links: [] };
}

/** A Thai LGO page around some content: the site menu every page carries (so discovery sees a template). */
export function lgoPage(host: string, title: string, body: string, opts: { menu?: string } = {}): string {
  const menu =
    opts.menu ??
    `<nav><ul>
      <li><a href="https://${host}/">หน้าแรก</a></li>
      <li><a href="https://${host}/about/history">ประวัติความเป็นมา</a></li>
      <li><a href="https://${host}/news">ข่าวกิจกรรม</a></li>
      <li><a href="https://${host}/contact">ติดต่อเรา</a></li>
      <li><a href="https://${host}/webboard">เว็บบอร์ด</a></li>
    </ul></nav>`;
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${title} - องค์การบริหารส่วนตำบลตัวอย่าง</title></head>
<body><header><h1 class="site">องค์การบริหารส่วนตำบลตัวอย่าง</h1></header>${menu}<main>${body}</main>
<footer><p>องค์การบริหารส่วนตำบลตัวอย่าง โทร 0-4212-3456 ปรับปรุงล่าสุด 12 มี.ค. 2565</p></footer></body></html>`;
}
