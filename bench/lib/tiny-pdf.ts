// A minimal, valid PDF writer (Helvetica, WinAnsi text) for documents Chromium is not needed for: thousands
// of tiny pages, a PDF-shaped file with an /Encrypt dictionary, a fallback bench corpus without a browser.
// Offsets in the xref table are exact, so poppler and pdf.js read the files without repair.
export interface TinyPdfOptions {
  /** Text lines per page (ASCII). */
  pages: string[][];
  /** Adds an /Encrypt dictionary (standard security handler, RC4 40-bit) to the trailer. */
  encrypt?: boolean;
}

const escText = (s: string) => s.replace(/[\\()]/g, (c) => '\\' + c).replace(/[^\x20-\x7e]/g, '?');

export function tinyPdf(opts: TinyPdfOptions): Buffer {
  const objs: string[] = [];
  const n = opts.pages.length;
  // 1 catalog, 2 pages, 3 font, then (page, content) pairs, then optional encrypt dict.
  const pageIds = opts.pages.map((_, i) => 4 + i * 2);
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${n} >>`;
  objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  opts.pages.forEach((lines, i) => {
    const stream = `BT /F1 12 Tf 14 TL 50 780 Td ${lines.map((l) => `(${escText(l)}) Tj T*`).join(' ')} ET`;
    objs[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objs[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  let encryptId: number | undefined;
  if (opts.encrypt) {
    encryptId = 4 + n * 2;
    // Owner/user password hashes of 32 bytes each; the content is not actually encrypted, but every reader
    // must treat the document as protected and ask for a password it cannot be given.
    const o = 'A'.repeat(64);
    const u = 'B'.repeat(64);
    objs[encryptId] = `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${o}> /U <${u}> /P -44 >>`;
  }
  const parts: string[] = ['%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'];
  const offsets: number[] = [];
  let pos = Buffer.byteLength(parts[0]!, 'latin1');
  for (let id = 1; id < objs.length; id++) {
    const body = `${id} 0 obj\n${objs[id]}\nendobj\n`;
    offsets[id] = pos;
    parts.push(body);
    pos += Buffer.byteLength(body, 'latin1');
  }
  const xref = ['xref', `0 ${objs.length}`, '0000000000 65535 f '];
  for (let id = 1; id < objs.length; id++) xref.push(`${String(offsets[id]).padStart(10, '0')} 00000 n `);
  const trailer =
    `trailer\n<< /Size ${objs.length} /Root 1 0 R` +
    (encryptId ? ` /Encrypt ${encryptId} 0 R /ID [<${'0'.repeat(32)}> <${'0'.repeat(32)}>]` : '') +
    ` >>\nstartxref\n${pos}\n%%EOF\n`;
  parts.push(xref.join('\n') + '\n', trailer);
  return Buffer.from(parts.join(''), 'latin1');
}
