// Generates an agency-like static site for the bench: a home page with a CMS menu, category listings with
// Thai-slug-free paths (one URL pattern per category, as real CMSs have), news articles, an ITA 2565 index
// table (O1–O43) whose item pages link to the PDFs, and a documents page listing the rest. Exactly `pages`
// HTML files; the PDFs are hard-linked from one shared folder so every site size serves the same documents.
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleSetForYear } from '../../rules/registry';
import { esc, paragraphs, rng, thaiDate } from './thai-text';

export const SITE_VERSION = 3;

const CATEGORIES: Array<[string, string]> = [
  ['news', 'ข่าวประชาสัมพันธ์'],
  ['activity', 'ภาพกิจกรรม'],
  ['procurement', 'ข่าวจัดซื้อจัดจ้าง'],
  ['announce', 'ประกาศ'],
  ['knowledge', 'สาระน่ารู้'],
  ['tourism', 'แหล่งท่องเที่ยว'],
  ['otop', 'ผลิตภัณฑ์ชุมชน'],
  ['health', 'งานสาธารณสุข'],
  ['education', 'งานการศึกษา'],
  ['council', 'กิจการสภา'],
];

export interface PdfDoc {
  file: string;
  title: string;
  pages: number;
}

function shell(title: string, body: string): string {
  const menu = CATEGORIES.map(([slug, th]) => `<li><a href="/${slug}/">${th}</a></li>`).join('');
  return (
    `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>${esc(title)} | องค์การบริหารส่วนตำบลบ้านทดสอบ</title>` +
    `<link rel="stylesheet" href="/style.css"></head><body><header><a href="/">หน้าหลัก</a><nav><ul>${menu}` +
    `<li><a href="/ita/2565/">การเปิดเผยข้อมูลสาธารณะ (OIT) ITA 2565</a></li><li><a href="/documents/">เอกสารเผยแพร่</a></li></ul></nav></header>` +
    `<main><h1>${esc(title)}</h1>${body}</main><footer>องค์การบริหารส่วนตำบลบ้านทดสอบ โทร ๐-๔๔๑๑-๒๒๓๓</footer></body></html>`
  );
}

/** Writes the site into `dir` (skipped when a matching marker says it is already there). */
export function generateSite(dir: string, pages: number, pdfDir: string, pdfs: PdfDoc[]): void {
  const marker = join(dir, '.generated.json');
  const want = JSON.stringify({ v: SITE_VERSION, pages, pdfs: pdfs.length });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = rng(pages * 7919);
  const write = (path: string, html: string) => {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, html);
  };
  const items = ruleSetForYear(2565)!.items;
  const fixed = 1 + 1 + items.length + CATEGORIES.length + 1;
  const articles = Math.max(0, pages - fixed);

  // Documents: item i gets PDF i; the rest go to the documents page.
  mkdirSync(join(dir, 'files'), { recursive: true });
  for (const p of pdfs) {
    const to = join(dir, 'files', p.file);
    try {
      linkSync(join(pdfDir, p.file), to);
    } catch {
      copyFileSync(join(pdfDir, p.file), to);
    }
  }
  const itemRows = items.map((it, i) => {
    const n = Number(it.id.slice(1));
    return `<tr><td>${it.id}</td><td><a href="/ita/2565/item-${n}.html">${esc(it.name.th)}</a></td><td>ดูรายละเอียด</td></tr>`;
  });
  write('ita/2565/index.html', shell('การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปี 2565',
    `<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2565</p>` +
    `<table border="1"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>รายละเอียด</th></tr></thead><tbody>${itemRows.join('')}</tbody></table>`));
  items.forEach((it, i) => {
    const n = Number(it.id.slice(1));
    const doc = pdfs[i];
    const body =
      `<p>${esc(it.id)} ${esc(it.name.th)} ประจำปีงบประมาณ พ.ศ. 2565</p>` +
      paragraphs(r, 2).map((p) => `<p>${p}</p>`).join('') +
      (doc ? `<p><a href="/files/${doc.file}">${esc(doc.title)} (PDF ${doc.pages} หน้า)</a></p>` : '') +
      `<p>วันที่ปรับปรุงข้อมูล ${thaiDate(r)}</p>`;
    write(`ita/2565/item-${n}.html`, shell(`${it.id} ${it.name.th}`, body));
  });
  const rest = pdfs.slice(items.length);
  write('documents/index.html', shell('เอกสารเผยแพร่', `<ul>${rest.map((p) => `<li><a href="/files/${p.file}">${esc(p.title)}</a></li>`).join('')}</ul>`));

  // Articles, round-robin over the categories.
  const perCat: string[][] = CATEGORIES.map(() => []);
  for (let a = 0; a < articles; a++) {
    const c = a % CATEGORIES.length;
    const idx = perCat[c]!.length + 1;
    perCat[c]!.push(`item-${idx}.html`);
  }
  CATEGORIES.forEach(([slug, th], c) => {
    const list = perCat[c]!;
    write(`${slug}/index.html`, shell(th, `<ul>${list.map((f, i) => `<li><a href="/${slug}/${f}">${th} เรื่องที่ ${i + 1}</a> <span>${thaiDate(r)}</span></li>`).join('')}</ul>`));
    list.forEach((f, i) => {
      const prev = i > 0 ? `<a href="/${slug}/${list[i - 1]}">ก่อนหน้า</a>` : '';
      const next = i + 1 < list.length ? `<a href="/${slug}/${list[i + 1]}">ถัดไป</a>` : '';
      const body = paragraphs(r, 3 + Math.floor(r() * 4)).map((p) => `<p>${p}</p>`).join('') + `<p>${prev} ${next}</p>`;
      write(`${slug}/${f}`, shell(`${th} เรื่องที่ ${i + 1} ประจำวันที่ ${thaiDate(r)}`, body));
    });
  });
  write('index.html', shell('องค์การบริหารส่วนตำบลบ้านทดสอบ', paragraphs(r, 3).map((p) => `<p>${p}</p>`).join('') +
    CATEGORIES.map(([slug, th]) => `<h2><a href="/${slug}/">${th}</a></h2>`).join('')));
  writeFileSync(join(dir, 'style.css'), 'body{font-family:sans-serif}');
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow:\n');
  writeFileSync(marker, want);
}

export const htmlPagesOf = (pages: number) => pages;
