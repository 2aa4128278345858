// poppler-utils as the primary PDF path when installed. Measured here (27-page Chromium-made Thai PDF):
// `pdftotext -raw` 0.02 s with exact Thai, pdf.js in-process ~0.3 s with private-use tone marks; on
// LibreOffice/Word PDFs that carry clusters in /ActualText pdf.js garbles half the lines and poppler does not
// (TOOLCHAIN.md). It also runs in a child process, so crawling is not blocked: a worker pool for pdf.js was
// not needed to reach the bench target. pdf.js stays as the fallback where poppler is absent or fails.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let available: Promise<boolean> | undefined;

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number; stdout: string; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string; killed?: boolean }) | null;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, stdout: stdout ?? '', stderr: stderr ?? '', killed: !!e?.killed });
    });
  });
}

export function popplerAvailable(): Promise<boolean> {
  if (process.env.OIT_NO_POPPLER) return Promise.resolve(false);
  return (available ??= run('pdftotext', ['-v'], 5_000).then((r) => r.code === 0 || /pdftotext version/i.test(r.stderr)));
}

export interface PopplerText {
  text: string;
  pageCount: number;
  error?: 'encrypted' | 'timeout' | 'unreadable';
}

export async function popplerText(bytes: Uint8Array, maxPages: number, timeoutMs: number): Promise<PopplerText> {
  const dir = await mkdtemp(join(tmpdir(), 'oit-pdf-'));
  const file = join(dir, 'doc.pdf');
  try {
    await writeFile(file, bytes);
    const r = await run('pdftotext', ['-raw', '-enc', 'UTF-8', '-l', String(maxPages), file, '-'], timeoutMs);
    if (r.killed) return { text: '', pageCount: 0, error: 'timeout' };
    if (/Incorrect password/i.test(r.stderr)) return { text: '', pageCount: 0, error: 'encrypted' };
    // pdftotext ends every page with a form feed, so it counts the pages it read; pdfinfo (one more process per
    // document, which the bench's PDF ratio paid for) is asked only when the page cap may have hidden the rest.
    let pages = r.stdout.match(/\f/g)?.length ?? 0;
    if (r.code !== 0 || pages >= maxPages) {
      const info = await run('pdfinfo', [file], timeoutMs);
      pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? pages);
    }
    if (r.code !== 0) return { text: r.stdout, pageCount: pages, error: 'unreadable' };
    // Form feeds separate pages; newlines are clearer for the core's line-based matching.
    return { text: r.stdout.replace(/\f/g, '\n'), pageCount: pages };
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
