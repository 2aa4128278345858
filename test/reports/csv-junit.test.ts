import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../checker/cli/csv-parse';
import { buildReport } from '../../checker/core/report-schema';
import { CSV_HEADER, renderCsv } from '../../checker/report/csv';
import { renderJunit } from '../../checker/report/junit';
import { INDICATORS, sampleVerdict } from './sample-verdict';

// sax (strict mode) is a real well-formedness checker; it ships without types, so a minimal one here.
interface SaxParser {
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
  onerror: (e: Error) => void;
  write(s: string): { close(): void };
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser };

const meta = { tool: { name: 'oit-checker', version: '1.0.0' }, siteUrl: 'http://127.0.0.1:8080/', checkedAt: '2022-04-15T03:00:00.000Z', indicators: INDICATORS };
const report = () => {
  const { verdict, crawl } = sampleVerdict();
  return buildReport(verdict, crawl, meta);
};

describe('report.csv (ITAS-ready)', () => {
  it('starts with a UTF-8 BOM, uses CRLF, and has the ITAS columns for 43 items', () => {
    const csv = renderCsv(report());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(44);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
  });

  it('answers มี with the URL and a click path for passing items, ไม่มี with the reason otherwise', () => {
    const rows = parseCsv(renderCsv(report()));
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byId.get('O1')).toEqual(['O1', 'ชื่อข้อ O1', 'มี', 'http://127.0.0.1:8080/ita/o1.html', 'หน้าหลัก > ITA 2565 > O1 ชื่อข้อ O1', 'ผ่าน (pass)']);
    expect(byId.get('O42')!.slice(2, 6)).toEqual(['ไม่มี', '', 'เหตุผล O42', 'ไม่พบ (missing)']);
    // needs review with evidence: answer มี, the reason kept beside the path
    expect(byId.get('O43')![2]).toBe('มี');
    expect(byId.get('O43')![4]).toContain('(เหตุผล O43)');
  });

  it('neutralises spreadsheet formulas coming from crawled text', () => {
    const rows = parseCsv(renderCsv(report()));
    const o12 = rows.find((r) => r[0] === 'O12')!;
    expect(o12[4]).toBe(`'=HYPERLINK("http://evil")`);
  });
});

describe('junit.xml', () => {
  it('is well-formed XML with one testcase per item: failures for failing statuses, skipped for needs-review', () => {
    const xml = renderJunit(report());
    const parser = sax.parser(true);
    const cases: Array<{ name: string; child?: string }> = [];
    let suites = 0;
    parser.onopentag = (tag) => {
      if (tag.name === 'testsuite') suites++;
      if (tag.name === 'testcase') cases.push({ name: String(tag.attributes.name) });
      if ((tag.name === 'failure' || tag.name === 'skipped') && cases.length) cases[cases.length - 1]!.child = tag.name;
    };
    parser.onerror = (e) => {
      throw e;
    };
    parser.write(xml).close();
    expect(suites).toBe(7);
    expect(cases).toHaveLength(43);
    const byId = new Map(cases.map((c) => [c.name.split(' ')[0], c.child]));
    expect(byId.get('O1')).toBeUndefined();
    for (const id of ['O12', 'O23', 'O30', 'O42']) expect(byId.get(id)).toBe('failure');
    expect(byId.get('O43')).toBe('skipped');
    expect(xml).toMatch(/<testsuites [^>]*tests="43" failures="4" errors="0" skipped="1"/);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const { verdict, crawl } = sampleVerdict();
    verdict.items[41]!.messages[0]!.th = 'a <b> & "q" \u0001\u0008 end';
    const xml = renderJunit(buildReport(verdict, crawl, meta));
    const parser = sax.parser(true);
    parser.onerror = (e) => {
      throw e;
    };
    parser.write(xml).close();
    expect(xml).toContain('a &lt;b&gt; &amp; &quot;q&quot;  end');
  });
});
