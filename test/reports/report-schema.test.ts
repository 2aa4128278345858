import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION, buildReport, clickPaths, parseReport, ReportParseError } from '../../checker/core/report-schema';
import { REPORT_SCHEMA_PATH, reportJsonSchemaText } from '../../checker/report/json-schema';
import { INDICATORS, sampleVerdict } from './sample-verdict';

const meta = { tool: { name: 'oit-checker', version: '9.9.9' }, siteUrl: 'http://127.0.0.1:8080/', checkedAt: '2022-04-15T03:00:00.000Z', indicators: INDICATORS };

function built() {
  const { verdict, crawl } = sampleVerdict();
  return buildReport(verdict, crawl, meta);
}

describe('report schema', () => {
  it('checker/report.schema.json is in sync with the zod schema (run: npx tsx checker/report/json-schema.ts)', () => {
    expect(readFileSync(REPORT_SCHEMA_PATH, 'utf8')).toBe(reportJsonSchemaText());
  });

  it('a built report validates against the published JSON Schema with ajv', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')));
    const report = JSON.parse(JSON.stringify(built()));
    const ok = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // and the schema is not vacuous: a report without items or with an unknown status fails
    const broken = structuredClone(report);
    delete broken.items;
    expect(validate(broken)).toBe(false);
    const badStatus = structuredClone(report);
    badStatus.items[0].status = 'great';
    expect(validate(badStatus)).toBe(false);
  });

  it('carries versions, the 43 items, the score range, pages not checked and the discovery', () => {
    const r = built();
    expect(r.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(r.tool).toEqual({ name: 'oit-checker', version: '9.9.9' });
    expect(r.ruleSet).toMatchObject({ id: 'ita-2565', year: 2565 });
    expect(r.items).toHaveLength(43);
    expect(r.items.map((i) => i.id).slice(0, 3)).toEqual(['O1', 'O2', 'O3']);
    expect(r.score.oit).toBeNull(); // O43 needs review
    expect(r.score.range.max).toBeGreaterThan(r.score.range.min);
    expect(r.pages.notChecked.map((n) => n.reason)).toEqual(['too-large', 'unsupported-type']);
    expect(r.discovery.yearsSeen).toEqual([2564, 2565]);
    expect(r.site.hosts).toEqual(['127.0.0.1']);
    expect(r.items.find((i) => i.id === 'O43')!.notYetDue).toEqual({ windowEnd: '2022-09-30' });
  });

  it('records the click path from the home page to each evidence URL', () => {
    const r = built();
    expect(r.items.find((i) => i.id === 'O1')!.evidence[0]!.clickPath).toEqual(['ITA 2565', 'O1 ชื่อข้อ O1']);
    // a link that only says "คลิก" is named by its row, and the way goes through the index page it was found on
    expect(r.items.find((i) => i.id === 'O3')!.evidence[0]!.clickPath).toEqual(['ITA 2565', 'O3 ชื่อข้อ O3 คลิก']);
    const { crawl } = sampleVerdict();
    const paths = clickPaths(crawl.snapshots, 'http://127.0.0.1:8080/');
    expect(paths.get('http://127.0.0.1:8080/ita/')).toEqual(['ITA 2565']);
    expect(paths.get('http://127.0.0.1:8080/nowhere.html')).toBeUndefined();
  });

  it('parseReport round-trips report.json and rejects what is not a report', () => {
    const r = built();
    expect(parseReport(JSON.stringify(r))).toEqual(r);
    expect(parseReport('\uFEFF' + JSON.stringify(r))).toEqual(r);
    expect(() => parseReport('{ not json')).toThrow(ReportParseError);
    expect(() => parseReport({ ...r, items: 'x' })).toThrow(/items/);
    expect(() => parseReport({ ...r, schemaVersion: '2.0.0' })).toThrow(/schemaVersion/);
    // a later minor version with extra fields is still readable
    expect(parseReport({ ...r, schemaVersion: '1.4.0', extra: { x: 1 } }).items).toHaveLength(43);
  });
});
