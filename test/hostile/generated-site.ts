// The bench's agency-site generator, small and browser-free (tiny-pdf documents), served with per-path hit
// counts so tests can tell what the checker requested.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { generateSite, type PdfDoc } from '../../bench/lib/site-gen';
import { tinyPdf } from '../../bench/lib/tiny-pdf';
import { startServer, type TestServer } from '../helpers/server';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf', '.txt': 'text/plain', '.css': 'text/css' };

export function makeSite(root: string, pages: number, pdfCount = 5): string {
  const pdfDir = join(root, 'pdfs');
  mkdirSync(pdfDir, { recursive: true });
  const docs: PdfDoc[] = Array.from({ length: pdfCount }, (_, i) => {
    const file = `doc-${i + 1}.pdf`;
    const n = 2 + i;
    writeFileSync(join(pdfDir, file), tinyPdf({ pages: Array.from({ length: n }, (_, p) => [`ITA 2565 document ${i + 1}`, `page ${p + 1}`, 'fiscal year 2565']) }));
    return { file, title: `เอกสารประกอบ ${i + 1} ประจำปี 2565`, pages: n };
  });
  const site = join(root, 'site');
  generateSite(site, pages, pdfDir, docs);
  return site;
}

export async function serveCounting(dir: string): Promise<{ server: TestServer; url: string; hits: Map<string, number>; close(): Promise<void> }> {
  const hits = new Map<string, number>();
  const server = await startServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end('not found');
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  return { server, url: server.url, hits, close: () => server.close() };
}
