import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../checker/core/report-schema';
import { escapeHtml, safeHttpUrl } from '../../checker/report/escape';
import { renderHtml } from '../../checker/report/html';
import { HOSTILE_TITLE, INDICATORS, JS_URL, sampleVerdict } from './sample-verdict';

const meta = { tool: { name: 'oit-checker', version: '1.2.3' }, siteUrl: 'http://127.0.0.1:8080/', checkedAt: '2022-04-15T03:00:00.000Z', indicators: INDICATORS };

function page(statuses?: Record<string, 'pass' | 'missing'>) {
  const { verdict, crawl } = sampleVerdict({ statuses });
  const report = buildReport(verdict, crawl, meta);
  return { report, html: renderHtml(report) };
}

describe('report.html', () => {
  it('escapes crawled text: a <script> title and an onerror snippet stay text', () => {
    const { html } = page();
    const $ = cheerio.load(html);
    expect($('script')).toHaveLength(1); // only the language switch
    expect($('script').text()).not.toContain('pwned');
    expect($('img')).toHaveLength(0);
    expect(html).toContain(escapeHtml(HOSTILE_TITLE));
    expect($('#item-O13').text()).toContain('<script>alert("pwned")</script>');
    // a finding with markup is text too
    expect($('#findings b')).toHaveLength(0);
  });

  it('links only http(s) URLs: javascript: evidence and not-checked URLs are plain text', () => {
    const { html } = page();
    const $ = cheerio.load(html);
    const hrefs = $('a[href]').map((_, a) => $(a).attr('href')!).get();
    expect(hrefs.length).toBeGreaterThan(40);
    for (const h of hrefs) expect(h.startsWith('http://') || h.startsWith('https://') || h.startsWith('#')).toBe(true);
    expect($('#item-O14 .nolink').text()).toContain(JS_URL);
    expect($('#item-O14 a[href^="javascript"]')).toHaveLength(0);
    expect($('#not-checked a')).toHaveLength(1);
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/x'])
      expect(safeHttpUrl(bad)).toBeUndefined();
    expect(safeHttpUrl('https://www.agency.go.th/ita/%E0%B8%81.pdf')).toBe('https://www.agency.go.th/ita/%E0%B8%81.pdf');
  });

  it('shows the 43 items grouped by sub-indicator with status badges, bars, fix-first and versions', () => {
    const { html, report } = page();
    const $ = cheerio.load(html);
    expect($('section.item')).toHaveLength(43);
    expect($('h3').filter((_, h) => $(h).text().startsWith('9.1')).length).toBe(1);
    expect($('#item-O42 [data-status]').attr('data-status')).toBe('missing');
    expect($('#item-O43 [data-status]').attr('data-status')).toBe('needs-review');
    expect($('.sub')).toHaveLength(7);
    // fix first: failing items, the costliest (10.2, 12.5 OIT points) first
    const order = $('#fix-first tbody tr td:first-child').map((_, td) => $(td).text()).get();
    expect(order[0]).toBe('O42');
    expect(order).toHaveLength(report.items.filter((i) => i.status !== 'pass').length);
    expect(html).toContain('ita-2565');
    expect(html).toContain('1.2.3');
    // both languages present, Thai shown by default
    expect($('html').attr('data-lang')).toBe('th');
    expect($('[lang=en]').length).toBeGreaterThan(100);
    expect($('#lang')).toHaveLength(1);
    // click path and years found
    expect($('#item-O1').text()).toContain('หน้าหลัก > ITA 2565 > O1 ชื่อข้อ O1');
    expect($('#item-O12').text()).toContain('2563');
  });

  it('shows no grade from the OIT alone, and a grade once IIT and EIT are given', () => {
    const { verdict, crawl } = sampleVerdict();
    const plain = renderHtml(buildReport(verdict, crawl, meta));
    expect(plain).toContain('ไม่แสดงระดับจาก OIT อย่างเดียว');
    verdict.score.projected = { iit: 90, eit: 90, total: { min: 85.1, max: 88.2 }, grade: { min: 'A', max: 'A' } };
    const graded = cheerio.load(renderHtml(buildReport(verdict, crawl, meta)));
    expect(graded('body').text()).toContain('85.10–88.20');
    expect(graded('body').text()).not.toContain('ไม่แสดงระดับจาก OIT อย่างเดียว');
  });

  it('is self-contained: no external script, style, image or font', () => {
    const { html } = page();
    const $ = cheerio.load(html);
    expect($('link[rel=stylesheet], script[src], img[src], iframe')).toHaveLength(0);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/);
  });
});
