// DOCX → text with mammoth (exact Thai, runs of a paragraph joined), after the zip-bomb guard.
import mammoth from 'mammoth';
import { DEFAULT_ZIP_CAP, safeUnzip, ZipBombError } from './zip';

export interface OfficeText {
  text: string;
  pageCount?: number;
  /** 'zip-bomb' | 'corrupt' */
  error?: string;
}

export async function extractDocx(bytes: Uint8Array, cap = DEFAULT_ZIP_CAP): Promise<OfficeText> {
  try {
    safeUnzip(bytes, () => false, cap);
  } catch (e) {
    return { text: '', error: e instanceof ZipBombError ? 'zip-bomb' : 'corrupt' };
  }
  try {
    const r = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { text: r.value.replace(/\n{3,}/g, '\n\n').trim() };
  } catch {
    return { text: '', error: 'corrupt' };
  }
}
