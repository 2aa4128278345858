// What a response is. Magic bytes win over Content-Type: agency servers label images and HTML error pages as
// application/pdf, and Office files as application/octet-stream.
import { unzipSync } from 'fflate';
import type { DocKind } from '../core/types';

const DOC_EXT: Record<string, DocKind> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  bmp: 'image',
  tif: 'image',
  tiff: 'image',
  svg: 'image',
  htm: 'html',
  html: 'html',
  php: 'html',
  asp: 'html',
  aspx: 'html',
  jsp: 'html',
};

/** Extensions that are files, never pages: the crawler fetches them directly and never renders them. */
const FILE_EXT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|txt|zip|rar|7z|gz|png|jpe?g|gif|webp|bmp|tiff?|svg|mp[34]|avi|mov|wmv|mkv|exe|apk|iso)$/i;

export function extensionOf(url: string): string {
  try {
    const path = decodeURIComponent(new URL(url).pathname);
    const m = /\.([A-Za-z0-9]{1,5})$/.exec(path);
    return m ? m[1].toLowerCase() : '';
  } catch {
    return '';
  }
}

export function looksLikeFileUrl(url: string): boolean {
  try {
    return FILE_EXT.test(decodeURIComponent(new URL(url).pathname));
  } catch {
    return false;
  }
}

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  return sig.every((v, i) => b[at + i] === v);
}

export function isPdfBytes(b: Uint8Array): boolean {
  // The spec allows junk before the header; readers look within the first 1 KB.
  return Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 1024)).includes('%PDF-'); // a view, not a copy
}

export function imageMagic(b: Uint8Array): boolean {
  return (
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(b, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(b, [0x47, 0x49, 0x46, 0x38]) || // GIF8
    (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) || // RIFF....WEBP
    startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || // TIFF LE
    startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) // TIFF BE
  );
}

/** Office Open XML type from the zip's entry names (central directory only; nothing is inflated). */
export function zipKind(b: Uint8Array): DocKind {
  const names: string[] = [];
  try {
    unzipSync(b, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return 'other';
  }
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  return 'other';
}

function looksLikeHtml(b: Uint8Array): boolean {
  const head = Buffer.from(b.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  return /^(<!doctype html|<html|<head|<body|<meta|<title|<!--|<div|<script|<p[ >])/.test(head) || head.includes('<html');
}

export function detectKind(bytes: Uint8Array, contentType: string | undefined, url: string): DocKind {
  if (isPdfBytes(bytes)) return 'pdf';
  if (imageMagic(bytes)) return 'image';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  const ct = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (ct.startsWith('image/')) return 'image';
  if (ct === 'text/html' || ct === 'application/xhtml+xml') return 'html';
  // Claimed a document but the bytes are not one: an HTML error/landing page, or a broken file.
  if (looksLikeHtml(bytes)) return 'html';
  if (ct === 'application/pdf') return 'pdf';
  const byExt = DOC_EXT[extensionOf(url)];
  if (byExt && byExt !== 'html') return byExt;
  if (!ct && byExt === 'html') return 'html';
  return 'other';
}
