// Writing a site: files by path, PDFs printed by Chromium (the way agencies "save as PDF"), checked with
// pdftotext so a font problem cannot silently turn a text PDF into a scan.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS, resolveBrowser } from '../../../checker/browser/resolve';

export type FileBody = string | Uint8Array | { pdf: string } | { png: string };

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Print-ready HTML for a PDF: Thai font from fonts-thai-tlwg, A4. */
export function printable(title: string, body: string): string {
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@page{size:A4;margin:18mm}body{font-family:"Garuda","Loma","Norasi",sans-serif;font-size:14px;line-height:1.5}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:3px 5px;vertical-align:top}h1{font-size:18px;text-align:center}
</style></head><body>${body}</body></html>`;
}

let browser: Browser | undefined;

async function pdfOf(html: string): Promise<Uint8Array> {
  browser ??= await chromium.launch({ executablePath: resolveBrowser().executablePath, args: QUIET_CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const bytes = await page.pdf({ format: 'A4', printBackground: true });
  await page.close();
  return bytes;
}

export async function writeSite(root: string, files: Record<string, FileBody>, keep: string[] = []): Promise<void> {
  const kept = keep.filter((k) => existsSync(join(root, k))).map((k) => [k, readFileSync(join(root, k))] as const);
  rmSync(root, { recursive: true, force: true });
  for (const [k, v] of kept) {
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, k), v);
  }
  for (const [path, body] of Object.entries(files)) {
    const out = join(root, path);
    mkdirSync(dirname(out), { recursive: true });
    if (typeof body === 'object' && 'png' in body) {
      browser ??= await chromium.launch({ executablePath: resolveBrowser().executablePath, args: QUIET_CHROMIUM_ARGS });
      const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
      await page.setContent(body.png, { waitUntil: 'load' });
      writeFileSync(out, await page.screenshot({ type: 'png' }));
      await page.close();
    } else if (typeof body === 'object' && 'pdf' in body) {
      writeFileSync(out, await pdfOf(body.pdf));
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
      if (text.replace(/\s/g, '').length < 20) throw new Error(`${path}: the PDF has no text layer`);
    } else writeFileSync(out, body);
  }
}

export async function done(): Promise<void> {
  await browser?.close();
}
