// Document text in the extension, with the CLI's own readers where they run in a browser: XLSX through
// checker/extract/xlsx.ts, DOCX through mammoth (the CLI's engine, browser build) after the CLI's zip-bomb
// guard (checker/extract/zip.ts), PDFs through pdf.js (unpdf's serverless build runs without a worker or DOM,
// so it works in the service worker). Where the text comes out garbled the core's quality check turns the item
// into needs-review and we point to the CLI, which has poppler for the PDFs pdf.js misreads (ARCHITECTURE.md).
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { textQuality, type QualityKind } from '../../checker/core/text/quality';
import { extractXlsx } from '../../checker/extract/xlsx';
import { DEFAULT_ZIP_CAP, safeUnzip, ZipBombError } from '../../checker/extract/zip';

export interface DocText {
  text: string;
  pageCount?: number;
  readable: boolean;
  reasons: string[];
  /** The document could not be opened at all: 'zip-bomb' | 'corrupt' (the CLI's snapshot error for it). */
  error?: string;
}

export async function pdfText(bytes: Uint8Array): Promise<DocText> {
  const pdf = await getDocumentProxy(bytes, { isEvalSupported: false, useSystemFonts: false });
  try {
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    const joined = (text as string[]).join('\n\f\n');
    return withQuality(joined, 'pdf', totalPages);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/**
 * checker/extract/docx.ts (extractDocx) hands mammoth a Node Buffer, which a service worker does not have; this
 * is the same guard and the same call with the bytes in the form each mammoth build reads: `arrayBuffer` (browser
 * build, the extension) and `buffer` (Node build, the unit tests).
 */
export async function docxText(bytes: Uint8Array, cap = DEFAULT_ZIP_CAP): Promise<DocText> {
  try {
    safeUnzip(bytes, () => false, cap);
  } catch (e) {
    return unreadable(e instanceof ZipBombError ? 'zip-bomb' : 'corrupt');
  }
  try {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const r = await mammoth.extractRawText({ arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer });
    return withQuality(r.value.replace(/\n{3,}/g, '\n\n').trim(), 'docx');
  } catch {
    return unreadable('corrupt');
  }
}

/** The CLI's reader as is: a "[sheet name]" line per sheet, then one row per line, cells joined with " | ". */
export function xlsxText(bytes: Uint8Array, cap = DEFAULT_ZIP_CAP): DocText {
  const o = extractXlsx(bytes, cap);
  if (o.error) return unreadable(o.error);
  return withQuality(o.text, 'xlsx', o.pageCount);
}

function unreadable(error: string): DocText {
  return { text: '', readable: false, reasons: [error], error };
}

function withQuality(text: string, kind: QualityKind, pageCount?: number): DocText {
  const q = textQuality(text, { kind, pageCount });
  return { text, pageCount, readable: q.readable, reasons: q.reasons };
}
