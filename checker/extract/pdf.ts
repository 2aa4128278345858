// PDF → text. Poppler first when installed (see poppler.ts for the measurement), pdf.js (unpdf) otherwise or
// when poppler's text is unreadable; the core's textQuality decides which text layer to trust. Broken,
// encrypted and empty PDFs come back with `error` and empty text, never as an exception.
import { getDocumentProxy } from 'unpdf';
import { popplerAvailable, popplerText } from './poppler';
import { pdfTextQuality } from './quality';

export interface PdfOptions {
  /** Pages read at most (the rest are ignored). Default 300. */
  maxPages?: number;
  /** Per extractor. Default 30 s. */
  timeoutMs?: number;
  /** Skip poppler (tests, or to match the extension's pdf.js output). */
  noPoppler?: boolean;
}

export interface PdfText {
  text: string;
  pageCount: number;
  textSource: 'pdfjs' | 'poppler' | 'none';
  /** 'empty' | 'encrypted' | 'timeout' | 'corrupt' | 'unreadable-text' */
  error?: string;
  /** Why the chosen text is still not trustworthy (core quality codes), when it is not. */
  quality?: string[];
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

export async function pdfjsText(bytes: Uint8Array, maxPages: number, timeoutMs: number): Promise<{ text: string; pageCount: number; error?: string }> {
  let doc: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const work = (async () => {
    // pdf.js detaches the buffer it is given; copy so the caller's bytes stay usable.
    doc = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, verbosity: 0 } as never);
    const pageCount = doc.numPages;
    const pages: string[] = [];
    for (let i = 1; i <= Math.min(pageCount, maxPages); i++) {
      if (timedOut) break;
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      let s = '';
      for (const it of content.items as TextItemLike[]) {
        s += it.str ?? '';
        if (it.hasEOL) s += '\n';
      }
      pages.push(s);
      page.cleanup();
    }
    return { text: pages.join('\n'), pageCount };
  })();
  const timeout = new Promise<{ text: string; pageCount: number; error: string }>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve({ text: '', pageCount: 0, error: 'timeout' });
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (e) {
    const name = (e as { name?: string })?.name ?? '';
    return { text: '', pageCount: 0, error: name === 'PasswordException' ? 'encrypted' : 'corrupt' };
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
    await (doc as { destroy?: () => Promise<void> } | undefined)?.destroy?.().catch(() => undefined);
  }
}

export async function extractPdf(bytes: Uint8Array, opts: PdfOptions = {}): Promise<PdfText> {
  const maxPages = opts.maxPages ?? 300;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  if (!bytes.length) return { text: '', pageCount: 0, textSource: 'none', error: 'empty' };

  let first: PdfText | undefined;
  if (!opts.noPoppler && (await popplerAvailable())) {
    const p = await popplerText(bytes, maxPages, timeoutMs);
    if (p.error === 'encrypted') return { text: '', pageCount: p.pageCount, textSource: 'none', error: 'encrypted' };
    if (!p.error) {
      const q = pdfTextQuality(p.text, p.pageCount);
      if (q.readable) return { text: p.text, pageCount: p.pageCount, textSource: 'poppler' };
      first = { text: p.text, pageCount: p.pageCount, textSource: 'poppler', quality: q.reasons };
    }
  }
  const j = await pdfjsText(bytes, maxPages, timeoutMs);
  if (j.error) {
    if (first) return first;
    return { text: '', pageCount: j.pageCount, textSource: 'none', error: j.error };
  }
  const q = pdfTextQuality(j.text, j.pageCount);
  if (q.readable) return { text: j.text, pageCount: j.pageCount, textSource: 'pdfjs' };
  // Neither reads well: keep the longer text; the core will say needs-review from its own quality check.
  if (first && first.text.replace(/\s+/g, '').length >= j.text.replace(/\s+/g, '').length) return first;
  return { text: j.text, pageCount: j.pageCount, textSource: 'pdfjs', quality: q.reasons };
}
