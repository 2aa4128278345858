// @vitest-environment happy-dom
// The live page in the content script: the rendered DOM (rows a script added included) is read by the CLI's own
// extractor, and the extension's overlay (badges, summary, banner) never reaches the judge.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractHtml } from '../../checker/extract/html';
import { OVERLAY_HOSTS, pageHtml, snapshotFromPage } from '../../extension/lib/html-snapshot';

const URL_ = 'http://127.0.0.1:4100/ita/2565/';

beforeEach(() => {
  document.head.innerHTML = '<title>ITA 2565 เทศบาลตำบลตัวอย่าง</title>';
  document.body.innerHTML = `
    <h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2565</h1>
    <table id="t"><tbody>
      <tr><td>O1</td><td>โครงสร้าง</td><td><a href="o1.html">คลิก</a></td></tr>
    </tbody></table>`;
});

describe('snapshotFromPage', () => {
  it('reads rows a script built after load, as the CLI reads a rendered page', () => {
    // What an agency's JavaScript does: rows appended to the DOM, never in the static HTML.
    const tbody = document.querySelector('#t tbody')!;
    for (const [id, name] of [['O2', 'ข้อมูลผู้บริหาร'], ['O12', 'รายงานผลการดำเนินงานประจำปี']]) {
      const tr = document.createElement('tr');
      tr.innerHTML = `<td>${id}</td><td>${name}</td><td><a href="${id.toLowerCase()}.html">คลิก</a></td>`;
      tbody.append(tr);
    }
    const s = snapshotFromPage(document, URL_);
    expect(s.links.find((l) => l.href === 'http://127.0.0.1:4100/ita/2565/o12.html')?.context).toBe('O12 | รายงานผลการดำเนินงานประจำปี | คลิก');
    expect(s.blocks).toContain('O2 | ข้อมูลผู้บริหาร | คลิก');
    expect([s.textSource, s.rendered, s.status, s.kind]).toEqual(['dom', true, 200, 'html']);
    expect(s.title).toBe('ITA 2565 เทศบาลตำบลตัวอย่าง');
    // Field for field what the CLI's extractor gives for the same rendered HTML.
    const ex = extractHtml(pageHtml(document), URL_);
    expect({ text: s.text, blocks: s.blocks, links: s.links, headings: s.headings }).toEqual({ text: ex.text, blocks: ex.blocks, links: ex.links, headings: ex.headings });
  });

  it('leaves the overlay out, and the page itself untouched', () => {
    const a = document.querySelector('a')!;
    const badge = document.createElement('oit-badge');
    badge.textContent = 'O1 ผ่าน 2564';
    a.after(badge);
    const summary = document.createElement('oit-summary');
    summary.innerHTML = '<a href="/ita/o99.html">O42 ไม่พบ</a>';
    document.body.append(summary);
    document.body.append(document.createElement('oit-banner'));

    const s = snapshotFromPage(document, URL_);
    expect(s.text).not.toMatch(/ผ่าน|O42|2564/);
    expect(s.links.map((l) => l.href)).toEqual(['http://127.0.0.1:4100/ita/2565/o1.html']);
    expect(s.links[0].context).toBe('O1 | โครงสร้าง | คลิก');
    for (const tag of OVERLAY_HOSTS) expect(document.querySelectorAll(tag)).toHaveLength(1);
  });
});
