// The extractor parses with htmlparser2 only where it builds the same tree as parse5 (the spec parser browsers
// follow); these tests hold the fast path to parse5's result on every fixture page and on mutated copies of them
// (unclosed tags, stray end tags, misnesting, CRLF, entities: the breakage real agency CMS output has).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../checker/extract/html';
import { parseHtml } from '../../checker/extract/html-parse';
import { decodeHtml } from '../../checker/fetch/charset';

const ROOTS = ['test/fixtures/sites', 'test/unseen/sites', 'checker/demo/site'];
function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) htmlFiles(p, out);
    else if (/\.(html?|php)$/i.test(f)) out.push(p);
  }
  return out;
}
const files = ROOTS.flatMap((r) => htmlFiles(r));
const pages = files.map((f) => ({ file: f, html: decodeHtml(readFileSync(f)).text }));
const URL_ = 'https://www.abt-test.go.th/ita/2565/index.html';
const same = (html: string) => expect(extractHtml(html, URL_)).toEqual(extractHtml(html, URL_, { parser: 'parse5' }));

describe('htmlparser2 fast path', () => {
  it('gives parse5’s extraction on every fixture page, and most of them take the fast path', () => {
    expect(pages.length).toBeGreaterThan(100);
    let fast = 0;
    for (const p of pages) {
      if (parseHtml(p.html).parser === 'htmlparser2') fast++;
      expect(extractHtml(p.html, URL_), p.file).toEqual(extractHtml(p.html, URL_, { parser: 'parse5' }));
    }
    expect(fast / pages.length).toBeGreaterThan(0.8);
  });

  it('gives parse5’s extraction on mutated fixture pages (seeded, 600 mutants)', () => {
    let seed = 20260101;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T,>(a: T[]): T => a[Math.floor(rnd() * a.length)]!;
    const snippets = ['<p>', '</p>', '<li>', '</li>', '<a href="/z">', '</a>', '<b>', '</b>', '<div>', '</div>', '<td>', '<tr>', '</td>', '<table>', '</table>',
      '<h2>', '</h2>', '</h3>', '</br>', '</body>', '<body>', '<option>', '<select><option>x', '<textarea>&nbsp</textarea>', '&nbsp', '\r\n', '<!-->',
      '<svg><title>t<a href=/s>s</a></svg>', '<noscript><a href=/n>n</a></noscript>', '<p><a href=/q>q', '<tr><td><p>O5<td>', '<dl><dt>x<dd>'];
    let fast = 0;
    for (let i = 0; i < 600; i++) {
      let html = pick(pages).html;
      const tags = [...html.matchAll(/<\/?[a-zA-Z][^>]*>/g)];
      const op = rnd();
      if (op < 0.4 && tags.length) {
        const t = pick(tags);
        html = html.slice(0, t.index) + html.slice(t.index! + t[0].length); // drop a tag
      } else {
        const at = html.lastIndexOf('>', Math.floor(rnd() * html.length)) + 1;
        html = html.slice(0, at) + pick(snippets) + html.slice(at);
      }
      if (parseHtml(html).parser === 'htmlparser2') fast++;
      same(html);
    }
    expect(fast).toBeGreaterThan(100); // the comparison above covered the fast path, not only the fallback
  });

  it('hands broken markup that htmlparser2 would nest differently to parse5', () => {
    const cases: Array<[string, string]> = [
      ['<html><body><ul><li><a href="/a">หนึ่ง<li><a href="/b">สอง</ul></body></html>', 'unclosed <a> in a menu item'],
      ['<html><body><table><tr><td><p>O1<td><p>โครงสร้าง<td><a href="/o1">คลิก</a><tr><td><p>O2<td>ผู้บริหาร<td><a href="/o2">คลิก</a></table></body></html>', '<p> left open in cells'],
      ['<html><head><title>ITA</title><table><tr><td>O1</td><td><a href="o1.pdf">โครงสร้าง</a></td></tr></table></html>', 'content in an unclosed <head>'],
      ['<html><head><meta charset="utf-8"></body><title>หน้า</title></head><body><p>x</p></body></html>', 'stray </body> in <head>'],
      ['<html><body><h1></h2>หัวเรื่อง</h1><p>x</p></body></html>', 'mismatched heading end tag'],
      ['<html><body><p><b>ตัวหนา<div>บล็อก</div>ต่อ</b></p></body></html>', 'block inside an open <p>'],
      ['<html><body><form><textarea>&nbsp;</textarea></form></body></html>', 'character reference in <textarea>'],
      ['<html><body><p>ก<option><label>x</label><button>ส่ง</button></body></html>', 'form control closing an <option>'],
      ['<html><body><form><label><li>ชื่อ <input name="n"></label><button>ส่ง</button></form></body></html>', '</label> over an open <li>'],
      ['<html><body><table><tr><td><a href="/a">ก</a></tbody><a href="/b">ข</a></td></tr></table></body></html>', '</tbody> parse5 implied'],
      ['<html><body><table><tr><th>เดือน</th><th><col>จำนวน</th></tr></table></body></html>', '<col> in a cell'],
    ];
    for (const [html, why] of cases) {
      expect(parseHtml(html).parser, why).toBe('parse5');
      same(html);
    }
  });

  it('decodes character references in text and attributes as parse5 does (legacy names, no semicolon, in URLs)', () => {
    const html = `<!DOCTYPE html><html><head><title>ITA &copy 2565 &amp; &nbsp;</title></head><body>
<p><a href="list.php?id=1&section=2&copy=3&lang=th&amp;x=4&not=1&notin;" title="O1 &amp; O2 &notit;">&#3585;&#x0E01; &#128; &amp test &ampx</a></p></body></html>`;
    expect(parseHtml(html).parser).toBe('htmlparser2');
    same(html);
    expect(extractHtml(html, URL_).links[0]!.href).toContain('?id=1&section=2&copy=3&lang=th&x=4&not=1');
  });

  it('reads a well-formed CMS page with htmlparser2', () => {
    const html = `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ITA 2565</title></head><body>
<nav><ul><li><a href="/">หน้าหลัก</a></li></ul></nav><main><h1>การเปิดเผยข้อมูลสาธารณะ</h1>
<table><tbody><tr><td>O1</td><td><a href="/o1.pdf">โครงสร้าง</a></td></tr></tbody></table></main></body></html>`;
    expect(parseHtml(html).parser).toBe('htmlparser2');
    same(html);
    expect(extractHtml(html, URL_).links.find((l) => l.href.endsWith('/o1.pdf'))?.context).toBe('O1 | โครงสร้าง');
  });
});
