// `oit page`: one document of the demo site — which item it serves, the years it states, and the verdict.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type ServedSite } from '../../checker/demo/static-server';
import { runOit } from '../cli/run-cli';
import { readExpected } from './expected';

let site: ServedSite;
beforeAll(async () => {
  site = await serveSite('checker/demo/site');
});
afterAll(async () => site?.close());

const expected = readExpected('checker/demo/expected.json');

describe('oit page', () => {
  it('names the item a PDF serves, the years it states, and judges it for --item', async () => {
    const url = `${site.url}/files/ita2565/O10-แผนดำเนินงาน-2565.pdf`;
    const r = await runOit(['page', url, '--item', 'O10', '--year', '2565', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.kind).toBe('pdf');
    expect(out.years.proving).toContain(2565);
    expect(out.serves.map((s: { item: string }) => s.item)).toContain('O10');
    expect(out.verdict.id).toBe('O10');
    expect(out.verdict.status).toBe(expected.items.O10);
  }, 120_000);

  it('recognises the ITA index page and lists the items it links', async () => {
    const r = await runOit(['page', `${site.url}/ita/2565/`, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.index.year).toBe(2565);
    expect(new Set(out.index.links.map((l: { item: string }) => l.item)).size).toBeGreaterThanOrEqual(40);
  }, 120_000);

  it('exits 2 for an item code the year does not have', async () => {
    const r = await runOit(['page', `${site.url}/`, '--item', 'O99', '--year', '2565']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/O99/);
  });
});
