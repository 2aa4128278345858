// Document text in the extension: PDFs through pdf.js (unpdf's serverless build runs without a worker or
// DOM, so it works in the service worker), DOCX and XLSX by unzipping their XML with fflate. Where the text
// comes out garbled the core's quality check turns the item into needs-review and we point to the CLI,
// which has poppler for the PDFs pdf.js misreads (ARCHITECTURE.md).
import { unzipSync, strFromU8 } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { textQuality, type QualityKind } from '../../checker/core/text/quality';

export interface DocText {
  text: string;
  pageCount?: number;
  readable: boolean;
  reasons: string[];
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

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return XML_ENTITIES[e] ?? m;
  });
}

/** word/document.xml: paragraphs (w:p) become lines, tabs stay tabs, runs (w:t) are concatenated. */
export function docxText(bytes: Uint8Array): DocText {
  const files = unzipSync(bytes, { filter: (f) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(f.name) });
  const xml = files['word/document.xml'];
  if (!xml) return withQuality('', 'docx');
  const body = strFromU8(xml)
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g, '\u0001$1\u0002')
    .replace(/<[^>]+>/g, '')
    .replace(/\u0001([^\u0002]*)\u0002/g, '$1');
  return withQuality(decodeXml(body), 'docx');
}

/** Shared strings plus inline strings and numbers, row by row, cells joined with " | ". */
export function xlsxText(bytes: Uint8Array): DocText {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name) });
  const shared: string[] = [];
  const ss = files['xl/sharedStrings.xml'];
  if (ss)
    for (const si of strFromU8(ss).match(/<si>[\s\S]*?<\/si>/g) ?? [])
      shared.push(decodeXml((si.match(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')));
  const lines: string[] = [];
  const sheets = Object.keys(files).filter((n) => n.startsWith('xl/worksheets/')).sort();
  for (const name of sheets) {
    for (const row of strFromU8(files[name]).match(/<row[\s\S]*?<\/row>/g) ?? []) {
      const cells: string[] = [];
      for (const c of row.match(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? []) {
        const type = /\bt="(\w+)"/.exec(c)?.[1];
        const v = /<v>([^<]*)<\/v>/.exec(c)?.[1];
        const inline = /<t(?:\s[^>]*)?>([^<]*)<\/t>/.exec(c)?.[1];
        if (type === 's' && v !== undefined) cells.push(shared[Number(v)] ?? '');
        else if (inline !== undefined) cells.push(decodeXml(inline));
        else if (v !== undefined) cells.push(decodeXml(v));
      }
      if (cells.some((x) => x.trim())) lines.push(cells.join(' | '));
    }
  }
  return { ...withQuality(lines.join('\n'), 'xlsx'), pageCount: sheets.length };
}

function withQuality(text: string, kind: QualityKind, pageCount?: number): DocText {
  const q = textQuality(text, { kind, pageCount });
  return { text, pageCount, readable: q.readable, reasons: q.reasons };
}
