// XLSX → text: shared strings + each sheet's cells, one row per line ("a | b | c"), a sheet name line before
// each sheet. Stored values are kept as stored (date serials stay numbers; thai-text-and-dates.md §12.1).
import { load } from 'cheerio';
import { strFromU8 } from 'fflate';
import type { OfficeText } from './docx';
import { DEFAULT_ZIP_CAP, safeUnzip, ZipBombError } from './zip';

function sheetOrder(name: string): number {
  return Number(/sheet(\d+)\.xml$/.exec(name)?.[1] ?? 0);
}

export function extractXlsx(bytes: Uint8Array, cap = DEFAULT_ZIP_CAP): OfficeText {
  let files: Map<string, Uint8Array>;
  try {
    files = safeUnzip(bytes, (n) => n === 'xl/sharedStrings.xml' || n === 'xl/workbook.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(n), cap);
  } catch (e) {
    return { text: '', error: e instanceof ZipBombError ? 'zip-bomb' : 'corrupt' };
  }
  try {
    const shared: string[] = [];
    const ss = files.get('xl/sharedStrings.xml');
    if (ss) {
      const $ = load(strFromU8(ss), { xml: true });
      $('si').each((_, si) => {
        // Rich text keeps each run in its own <t>; phonetic runs (<rPh>) are not part of the value.
        shared.push($(si).find('t').not('rPh t').toArray().map((t) => $(t).text()).join(''));
      });
    }
    const names: string[] = [];
    const wb = files.get('xl/workbook.xml');
    if (wb) {
      const $ = load(strFromU8(wb), { xml: true });
      $('sheet').each((_, s) => {
        names.push($(s).attr('name') ?? '');
      });
    }
    const sheets = [...files.keys()].filter((n) => n.startsWith('xl/worksheets/')).sort((a, b) => sheetOrder(a) - sheetOrder(b));
    const lines: string[] = [];
    sheets.forEach((name, i) => {
      const $ = load(strFromU8(files.get(name)!), { xml: true });
      lines.push(names[i] ? `[${names[i]}]` : `[sheet ${i + 1}]`);
      $('row').each((_, row) => {
        const cells: string[] = [];
        $(row)
          .children('c')
          .each((_, c) => {
            const t = $(c).attr('t');
            let v: string;
            if (t === 's') v = shared[Number($(c).children('v').text())] ?? '';
            else if (t === 'inlineStr') v = $(c).find('is t').toArray().map((x) => $(x).text()).join('');
            else v = $(c).children('v').text();
            v = v.replace(/\s+/g, ' ').trim();
            if (v) cells.push(v);
          });
        if (cells.length) lines.push(cells.join(' | '));
      });
    });
    return { text: lines.join('\n'), pageCount: sheets.length };
  } catch {
    return { text: '', error: 'corrupt' };
  }
}
