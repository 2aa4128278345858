import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../checker/cli/csv-parse';
import { UsageError } from '../../checker/cli/errors';
import { normaliseItemId, parseItemMap } from '../../checker/cli/map-file';
import { parseFailOn, parseShard, parseSiteUrl, parseYearOption } from '../../checker/cli/options';
import { parseSites, shardOf, sitesForShard } from '../../checker/nightly/sites';

describe('item → URL map (ITAS export)', () => {
  it('reads CSV rows item,url[,url…] with a header, Thai digits, quoted multi-URL cells and extra columns', () => {
    const csv = '\uFEFFข้อ,ชื่อ,URL\r\nO1,โครงสร้าง,https://a.go.th/s.html\r\no 02,"ผู้บริหาร","https://a.go.th/e1.html\nhttps://a.go.th/e2.html"\r\nO๒๓,สขร,https://a.go.th/o23.pdf,https://a.go.th/o23-2.pdf\r\n';
    expect(parseItemMap(csv)).toEqual({
      O1: ['https://a.go.th/s.html'],
      O2: ['https://a.go.th/e1.html', 'https://a.go.th/e2.html'],
      O23: ['https://a.go.th/o23.pdf', 'https://a.go.th/o23-2.pdf'],
    });
  });

  it('reads JSON objects and arrays', () => {
    expect(parseItemMap('{"O1":"https://a.go.th/1","O2":["https://a.go.th/2"]}')).toEqual({ O1: ['https://a.go.th/1'], O2: ['https://a.go.th/2'] });
    expect(parseItemMap('[{"item":"O3","urls":["https://a.go.th/3"]}]')).toEqual({ O3: ['https://a.go.th/3'] });
  });

  it('rejects maps with no rows, bad codes or URLs without an item', () => {
    expect(() => parseItemMap('item,url\n')).toThrow(UsageError);
    expect(() => parseItemMap('{"X1":"https://a.go.th"}')).toThrow(/X1/);
    expect(() => parseItemMap('item,url\nO1,https://a.go.th/1\nhello,https://a.go.th/2\n')).toThrow(/row 3/);
    expect(normaliseItemId('I25')).toBeUndefined();
    expect(normaliseItemId('O-10')).toBe('O10');
  });
});

describe('option values', () => {
  it('URLs: adds https:// to a bare host, rejects other schemes and hostless input', () => {
    expect(parseSiteUrl('www.agency.go.th')).toBe('https://www.agency.go.th/');
    expect(parseSiteUrl('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080/x');
    expect(() => parseSiteUrl('javascript:alert(1)')).toThrow(UsageError);
    expect(() => parseSiteUrl('not a url')).toThrow(UsageError);
  });

  it('years: BE only, Thai digits accepted', () => {
    expect(parseYearOption('๒๕๖๕')).toBe(2565);
    expect(() => parseYearOption('2022')).toThrow(/2565/);
    expect(() => parseYearOption('65')).toThrow(UsageError);
  });

  it('--fail-on: any, new, statuses', () => {
    expect([...parseFailOn('any')!.statuses].sort()).toEqual(['broken', 'incomplete', 'missing', 'outdated']);
    expect(parseFailOn('new')!.newOnly).toBe(true);
    expect([...parseFailOn('missing,needs-review')!.statuses]).toEqual(['missing', 'needs-review']);
    expect(parseFailOn('none')).toBeUndefined();
    expect(() => parseFailOn('pass')).toThrow(UsageError);
  });

  it('--shard i/n is 1-based', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(() => parseShard('0/8')).toThrow(UsageError);
    expect(() => parseShard('9/8')).toThrow(UsageError);
  });
});

describe('sites list and shards', () => {
  const text = '# nightly list\nurl,name\nhttps://www.a.go.th/,อบต.ก\nb.go.th,อบต.ข\nhttps://c.go.th/ita,\n' + Array.from({ length: 60 }, (_, i) => `https://s${i}.go.th/`).join('\n');

  it('reads URLs with optional names and a header, skipping comments', () => {
    const sites = parseSites(text);
    expect(sites).toHaveLength(63);
    expect(sites[0]).toMatchObject({ url: 'https://www.a.go.th/', name: 'อบต.ก' });
    expect(sites[1]!.url).toBe('https://b.go.th/');
    expect(new Set(sites.map((s) => s.folder)).size).toBe(63);
  });

  it('splits sites deterministically: every site in exactly one shard, independent of list order', () => {
    const sites = parseSites(text);
    const n = 4;
    const parts = Array.from({ length: n }, (_, i) => sitesForShard(sites, { index: i + 1, count: n }).map((s) => s.url));
    expect(parts.flat().sort()).toEqual(sites.map((s) => s.url).sort());
    expect(parts.every((p) => p.length > 0)).toBe(true);
    const reversed = Array.from({ length: n }, (_, i) => sitesForShard([...sites].reverse(), { index: i + 1, count: n }).map((s) => s.url).sort());
    expect(reversed).toEqual(parts.map((p) => [...p].sort()));
    expect(shardOf('https://www.a.go.th/', n)).toBe(shardOf('https://a.go.th', n));
  });

  it('parses the CSV dialects Excel writes', () => {
    expect(parseCsv('a;b\n"x;y";z\n')).toEqual([['a', 'b'], ['x;y', 'z']]);
    expect(parseCsv('a,"b ""q"""\r\n')).toEqual([['a', 'b "q"']]);
  });
});
