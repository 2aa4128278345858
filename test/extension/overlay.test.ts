// @vitest-environment happy-dom
// The in-page overlay: badges after item links with data-oit-item/data-oit-status on the host, the reasons in
// a shadow-root tooltip, a summary of items the page does not link, a banner on an evidence page. Crawled
// strings containing markup must stay text.
import { beforeEach, describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../checker/core/status-labels';
import type { ItemVerdict } from '../../checker/core/types';
import { STATUS_LABELS as EXTENSION_LABELS } from '../../extension/lib/i18n';
import { renderOverlay } from '../../extension/lib/overlay';
import type { SiteRecord } from '../../extension/lib/store';

const PAGE = 'http://127.0.0.1:4100/ita/index.html';

function item(id: string, status: ItemVerdict['status'], urls: string[], over: Partial<ItemVerdict> = {}): ItemVerdict {
  return {
    id,
    status,
    name: { th: `ชื่อ ${id}`, en: `name ${id}` },
    subIndicator: '9.2',
    evidence: urls.slice(0, 1).map((url) => ({ url, snippet: 'ปีงบประมาณ 2563', years: [2563] })),
    messages: [{ code: 'period.older', severity: 'error', th: 'รายงานปี 2563 แต่ต้องเป็นปี 2564', en: 'report for 2563, 2564 expected' }],
    warnings: [],
    expected: { th: 'ปีงบประมาณ พ.ศ. 2564', en: 'fiscal year 2564', kind: 'previousFy', confidence: 'unconfirmed' },
    pointCost: { indicator: 2.5, oit: 1.25, ita: 0.5 },
    candidates: urls.map((url) => ({ itemId: id, url, via: 'index-code', confidence: 0.9, reason: 'code', from: PAGE })),
    fix: { th: 'แก้', en: 'fix' },
    ...over,
  };
}

function rec(items: ItemVerdict[]): SiteRecord {
  return {
    site: 'http://127.0.0.1:4100',
    homeUrl: 'http://127.0.0.1:4100/',
    indexUrl: PAGE,
    checkedAt: new Date().toISOString(),
    year: 2565,
    ruleSetId: 'ita-2565',
    verdict: { ruleSetId: 'ita-2565', year: 2565, yearReason: { th: '', en: '' }, discovery: { indexPages: [], chosen: [], yearsSeen: [], candidates: {}, listedWithoutLink: [], mismatches: [] }, items, score: { oit: null, range: { min: 0, max: 1 }, indicators: {}, subIndicators: {}, itaShare: { min: 0, max: 0 } }, findings: [] },
    fetched: 3,
    skipped: [],
    unread: [],
    source: 'live',
  };
}

beforeEach(() => {
  document.body.innerHTML = `
    <table>
      <tr><td>O10</td><td>แผนดำเนินงาน</td><td><a id="a10" href="/ita/o10.html#top">คลิก</a></td></tr>
      <tr><td>O12</td><td>รายงานผล</td><td><a id="a12" href="o12.pdf">PDF</a></td></tr>
      <tr><td>O18</td><td>แผนการใช้จ่าย</td><td><a id="a18" href="o10.html">คลิก</a></td></tr>
      <tr><td>O23</td><td>สรุปผล</td><td>–</td></tr>
    </table>`;
  (window as unknown as { __pwned?: number }).__pwned = undefined;
});

describe('renderOverlay on the ITA page', () => {
  it('badges each linked item after its link; a shared document shows the item of its own row', () => {
    const r = rec([
      item('O10', 'pass', ['http://127.0.0.1:4100/ita/o10.html']),
      item('O12', 'outdated', ['http://127.0.0.1:4100/ita/o12.pdf']),
      item('O18', 'incomplete', ['http://127.0.0.1:4100/ita/o10.html']),
      item('O23', 'missing', [], { candidates: [], evidence: [] }),
    ]);
    const out = renderOverlay(document, r, PAGE, 'th', true);
    expect(out.badges).toBe(3);
    const b10 = document.getElementById('a10')!.nextElementSibling as HTMLElement;
    const b18 = document.getElementById('a18')!.nextElementSibling as HTMLElement;
    expect([b10.tagName.toLowerCase(), b10.dataset.oitItem, b10.dataset.oitStatus]).toEqual(['oit-badge', 'O10', 'pass']);
    expect([b18.dataset.oitItem, b18.dataset.oitStatus]).toEqual(['O18', 'incomplete']);
    expect(b10.nextElementSibling).toBeNull();
    const b12 = document.getElementById('a12')!.nextElementSibling as HTMLElement;
    expect([b12.dataset.oitItem, b12.dataset.oitStatus]).toEqual(['O12', 'outdated']);
    // The tooltip says why: expected period vs years found, and the verdict's reason.
    const tip = b12.shadowRoot!.querySelector('.tip')!.textContent!;
    expect(tip).toContain('ปีงบประมาณ พ.ศ. 2564');
    expect(tip).toContain('2563');
    expect(tip).toContain('รายงานปี 2563 แต่ต้องเป็นปี 2564');
    // Items the page does not link at all are summarised.
    expect(out.notLinked).toEqual(['O23']);
    const summary = document.querySelector('oit-summary') as HTMLElement;
    expect(summary.dataset.oitItems).toBe('O23');
    expect(summary.shadowRoot!.textContent).toContain('O23 ไม่มีลิงก์จากหน้านี้');
  });

  it('renders markup in crawled names and messages as text, never as elements', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const r = rec([item('O12', 'outdated', ['http://127.0.0.1:4100/ita/o12.pdf'], { name: { th: evil, en: evil }, messages: [{ code: 'x', severity: 'error', th: evil, en: evil }] })]);
    renderOverlay(document, r, PAGE, 'en', true);
    const b = document.querySelector('oit-badge')!;
    expect(b.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(b.shadowRoot!.textContent).toContain(evil);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('redraws instead of stacking badges, and speaks English when asked', () => {
    const r = rec([item('O12', 'outdated', ['http://127.0.0.1:4100/ita/o12.pdf'])]);
    renderOverlay(document, r, PAGE, 'th', true);
    renderOverlay(document, r, PAGE, 'en', true);
    const badges = document.querySelectorAll('oit-badge');
    expect(badges).toHaveLength(1);
    // The checker's one status wording (the report says the same).
    expect(badges[0].shadowRoot!.querySelector('.b')!.textContent).toContain(`O12 ${STATUS_LABELS.outdated.en}`);
    expect(EXTENSION_LABELS).toBe(STATUS_LABELS);
  });
});

describe('renderOverlay on an evidence page', () => {
  it('shows a banner naming the items the page serves and their verdict', () => {
    const r = rec([item('O12', 'outdated', ['http://127.0.0.1:4100/ita/o12.html']), item('O1', 'pass', ['http://127.0.0.1:4100/ita/o1.html'])]);
    const out = renderOverlay(document, r, 'http://127.0.0.1:4100/ita/o12.html', 'en', false);
    expect(out.banner).toEqual(['O12']);
    const banner = document.querySelector('oit-banner') as HTMLElement;
    expect(banner.dataset.oitStatus).toBe('outdated');
    expect(banner.shadowRoot!.textContent).toContain('This page is evidence for');
    expect(banner.shadowRoot!.textContent).toContain('O12 name O12');
    expect(document.querySelector('oit-summary')).toBeNull();
  });
});

describe('renderOverlay with a site menu', () => {
  it('badges the ITA row, not a menu link to the same page', () => {
    document.body.innerHTML = `<ul><li><a id="menu" href="/ita/o1.html">ข้อมูลพื้นฐาน</a></li></ul>
      <table><tr><td>O1</td><td>โครงสร้าง</td><td><a id="row" href="/ita/o1.html">คลิก</a></td></tr></table>`;
    const r = rec([item('O1', 'pass', ['http://127.0.0.1:4100/ita/o1.html'])]);
    expect(renderOverlay(document, r, PAGE, 'th', true).badges).toBe(1);
    expect((document.getElementById('row')!.nextElementSibling as HTMLElement).dataset.oitItem).toBe('O1');
    expect(document.getElementById('menu')!.nextElementSibling).toBeNull();
  });
});
