// The bench's PDF corpus: Thai documents of 5–60 pages rendered by Chromium's page.pdf() (the way agencies'
// "save as PDF" documents are made), cached under bench/.work/pdfs. Without a browser the corpus falls back to
// tiny-pdf (Latin text) and says so, since the ratio to pdftotext is then measured on simpler files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS, LOOPBACK_ONLY_ARGS, resolveBrowser } from '../../checker/browser/resolve';
import { ruleSetForYear } from '../../rules/registry';
import { esc, paragraphs, rng } from './thai-text';
import { tinyPdf } from './tiny-pdf';
import type { PdfDoc } from './site-gen';

const CORPUS_VERSION = 2;

export function pagesFor(i: number): number {
  return 5 + ((i * 37) % 56); // 5..60, spread
}

export async function ensurePdfCorpus(dir: string, count: number, log: (s: string) => void): Promise<{ docs: PdfDoc[]; source: 'chromium' | 'tiny-pdf' }> {
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { v: number; docs: PdfDoc[]; source: 'chromium' | 'tiny-pdf' };
    if (m.v === CORPUS_VERSION && m.docs.length === count) return m;
  }
  mkdirSync(dir, { recursive: true });
  const names = ruleSetForYear(2565)!.items.map((it) => it.name.th);
  const docs: PdfDoc[] = [];
  let source: 'chromium' | 'tiny-pdf' = 'chromium';
  let exe: string | undefined;
  try {
    exe = resolveBrowser().executablePath;
  } catch {
    source = 'tiny-pdf';
  }
  const started = Date.now();
  if (exe) {
    const browser = await chromium.launch({ executablePath: exe, args: [...QUIET_CHROMIUM_ARGS, ...LOOPBACK_ONLY_ARGS] });
    try {
      const page = await browser.newPage();
      for (let i = 0; i < count; i++) {
        const r = rng(1000 + i);
        const title = `${names[i % names.length]} ประจำปีงบประมาณ พ.ศ. 2565 (ฉบับที่ ${i + 1})`;
        const n = pagesFor(i);
        const sections: string[] = [];
        for (let p = 0; p < n; p++)
          sections.push(`<section style="page-break-after:always"><h2>${esc(title)} หน้า ${p + 1}</h2>${paragraphs(r, 4).map((x) => `<p>${x}</p>`).join('')}</section>`);
        await page.setContent(`<!doctype html><html lang="th"><head><meta charset="utf-8"><style>body{font-family:'Loma','Garuda',sans-serif;font-size:15pt}</style></head><body><h1>${esc(title)}</h1>${sections.join('')}</body></html>`);
        const buf = await page.pdf({ format: 'A4' });
        const file = `doc-${String(i + 1).padStart(3, '0')}.pdf`;
        writeFileSync(join(dir, file), buf);
        docs.push({ file, title, pages: n });
      }
    } finally {
      await browser.close();
    }
  } else {
    log('no Chromium: the PDF corpus is written with tiny-pdf (Latin text); the PDF ratio is measured on simpler files');
    for (let i = 0; i < count; i++) {
      const n = pagesFor(i);
      const title = `ITA 2565 document ${i + 1}`;
      const pages = Array.from({ length: n }, (_, p) => [title, `page ${p + 1}`, 'Annual procurement plan, fiscal year 2565', 'Report of operations, 1 October 2564 - 31 March 2565']);
      const file = `doc-${String(i + 1).padStart(3, '0')}.pdf`;
      writeFileSync(join(dir, file), tinyPdf({ pages }));
      docs.push({ file, title, pages: n });
    }
  }
  log(`generated ${count} PDFs (${docs.reduce((a, d) => a + d.pages, 0)} pages) with ${source} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  writeFileSync(manifest, JSON.stringify({ v: CORPUS_VERSION, docs, source }));
  return { docs, source };
}
