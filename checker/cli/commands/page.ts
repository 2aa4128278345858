// `oit page <url>`: one page or document — which item(s) it can serve, the years it states, and the
// verdict for a named item with the reasons. Same fetcher and core as `oit check`.
import type { Command } from 'commander';
import type { RuleSet } from '../../../rules/schema';
import { fetchSnapshot } from '../../crawl';
import { extractPeriods, isIndexPageCandidate, itemLinksOf, itemsServedBy, judgeSite, pageYear, provingYears, ruleSetForYear } from '../../core';
import type { ItemVerdict, Snapshot } from '../../core/types';
import { STATUS_LABEL } from '../../report/labels';
import { EXIT_OK, UsageError } from '../errors';
import { normaliseItemId } from '../map-file';
import { parseNowOption, parseRender, parseSiteUrl, parseYearOption } from '../options';
import { browserArgsFor } from '../pipeline';
import { assertYearKnown, loadRuleSets } from '../rulesets';
import { toolInfo } from '../version';
import { handleCommandError } from './errors';

interface PageCliOptions {
  item?: string;
  year?: string;
  json?: boolean;
  render?: string;
  insecure?: boolean;
  rules?: string;
  now?: string;
}

export interface PageResult {
  url: string;
  finalUrl: string;
  status: number;
  error?: string;
  kind: Snapshot['kind'];
  title: string;
  textSource?: string;
  textLength: number;
  ruleSet: string;
  year: number;
  /** Years the text states (BE), and those that prove a period (fiscal years, plan ranges, ITA analysed). */
  years: { stated: number[]; proving: number[]; periods: Array<{ text: string; role: string; from: number; to: number }> };
  /** Items this page can serve, best first. */
  serves: Array<{ item: string; name: string; via: string; confidence: number; reason: string; status?: ItemVerdict['status'] }>;
  /** When the page is an ITA index page: the items it links. */
  index?: { year?: number; itemCount: number; reason: string; links: Array<{ item: string; url: string }> };
  verdict?: ItemVerdict;
}

function sameUrl(a: string, s: Snapshot): boolean {
  const strip = (u: string) => u.replace(/#.*$/, '');
  return strip(a) === strip(s.url) || strip(a) === strip(s.finalUrl);
}

export async function inspectPage(url: string, snapshot: Snapshot, ruleSets: RuleSet[], year: number | undefined, item: string | undefined, now?: Date): Promise<PageResult> {
  const own = pageYear(snapshot);
  const chosenYear = year ?? (own && ruleSetForYear(ruleSets, own.year) ? own.year : Math.max(...ruleSets.flatMap((r) => r.years)));
  const ruleSet = ruleSetForYear(ruleSets, chosenYear)!;
  const base = { ruleSet, ruleSets: [ruleSet], year: chosenYear, snapshots: [snapshot], homeUrl: url, ...(now ? { now } : {}) };

  // What the core's discovery ties this URL to, with no map: the items it can serve.
  const open = judgeSite(base);
  const serves = Object.entries(open.discovery.candidates)
    .flatMap(([id, cands]) => cands.filter((c) => sameUrl(c.url, snapshot)).slice(0, 1).map((c) => ({ id, c: { via: c.via as string, confidence: c.confidence, reason: c.reason } })))
    .sort((a, b) => b.c.confidence - a.c.confidence);
  // A lone document has no link text pointing at it: the core reads its own title, headings, file name and first lines.
  if (!serves.length)
    for (const s of itemsServedBy(snapshot, ruleSet, chosenYear)) serves.push({ id: s.itemId, c: { via: 'page-content', confidence: s.confidence, reason: s.reason } });
  const servable = serves.map((s) => s.id);
  const wanted = item ? [...new Set([item, ...servable])] : servable;
  // Judge the page as if it were submitted for those items (ITAS: a URL per item).
  const mapped = wanted.length ? judgeSite({ ...base, explicitMap: Object.fromEntries(wanted.map((id) => [id, [url]])) }) : undefined;
  const verdictOf = (id: string) => mapped?.items.find((v) => v.id === id);
  const nameOf = (id: string) => ruleSet.items.find((i) => i.id === id)?.name.th ?? id;

  const periods = snapshot.text ? extractPeriods(snapshot.text) : [];
  const idx = isIndexPageCandidate(snapshot);
  return {
    url,
    finalUrl: snapshot.finalUrl,
    status: snapshot.status,
    ...(snapshot.error ? { error: snapshot.error } : {}),
    kind: snapshot.kind,
    title: snapshot.title,
    ...(snapshot.textSource ? { textSource: snapshot.textSource } : {}),
    textLength: snapshot.text.length,
    ruleSet: ruleSet.id,
    year: chosenYear,
    years: {
      stated: [...new Set(periods.flatMap((p) => [p.from.y, p.to.y]))].sort((a, b) => a - b),
      proving: provingYears(periods),
      periods: periods.slice(0, 30).map((p) => ({ text: p.text, role: p.role, from: p.from.y, to: p.to.y })),
    },
    serves: serves.map(({ id, c }) => ({
      item: id,
      name: nameOf(id),
      via: c.via,
      confidence: c.confidence,
      reason: c.reason,
      ...(verdictOf(id) ? { status: verdictOf(id)!.status } : {}),
    })),
    ...(idx.isIndex
      ? {
          index: {
            ...(idx.year !== undefined ? { year: idx.year } : {}),
            itemCount: idx.itemCount,
            reason: idx.reason,
            links: itemLinksOf(snapshot, ruleSetForYear(ruleSets, idx.year ?? chosenYear) ?? ruleSet, idx.year ?? chosenYear).map((c) => ({ item: c.itemId, url: c.url })),
          },
        }
      : {}),
    ...(item && verdictOf(item) ? { verdict: verdictOf(item)! } : {}),
  };
}

/** Percent-encoded Thai paths are unreadable in a terminal: show them decoded. */
function shown(u: string): string {
  try {
    return decodeURI(u);
  } catch {
    return u;
  }
}

function print(r: PageResult): void {
  const out = (s = '') => console.log(s);
  out(`${shown(r.url)}${r.finalUrl && r.finalUrl !== r.url ? ` → ${shown(r.finalUrl)}` : ''}`);
  out(`  HTTP ${r.status || '—'}${r.error ? ` (${r.error})` : ''} · ${r.kind}${r.textSource ? ` via ${r.textSource}` : ''} · ${r.textLength} ตัวอักษร/chars · "${r.title}"`);
  out(`  ชุดเกณฑ์/rules ${r.ruleSet} · ITA ${r.year}`);
  out(`ปีที่ระบุในเนื้อหา / years stated: ${r.years.stated.join(', ') || '—'}  (ใช้พิสูจน์ช่วงเวลา / proving: ${r.years.proving.join(', ') || '—'})`);
  if (r.index) {
    out(`หน้ารวมข้อมูล ITA${r.index.year ? ` ${r.index.year}` : ''} / ITA index page: ${r.index.itemCount} ข้อ/items (${r.index.reason})`);
    for (const l of r.index.links.slice(0, 60)) out(`  ${l.item.padEnd(4)} ${shown(l.url)}`);
  }
  if (r.serves.length) {
    out('ใช้เป็นหลักฐานของข้อ / can serve:');
    for (const s of r.serves) out(`  ${s.item.padEnd(4)} ${s.name} · ${s.via} ${s.confidence.toFixed(2)}${s.status ? ` · ${STATUS_LABEL[s.status].th} (${s.status})` : ''}`);
  } else out('ไม่ตรงกับข้อใด / serves no item by its title or content');
  if (r.verdict) {
    const v = r.verdict;
    out(`\n${v.id} ${v.name.th} / ${v.name.en}: ${STATUS_LABEL[v.status].th} (${v.status})`);
    out(`  ต้องการ / expected: ${v.expected.th} / ${v.expected.en}`);
    for (const m of v.messages) out(`  - ${m.th} / ${m.en}`);
    for (const w of v.warnings) out(`  ! ${w.th} / ${w.en}`);
    for (const e of v.evidence) out(`  ${shown(e.url)}${e.years.length ? ` (ปี/years ${e.years.join(', ')})` : ''}${e.snippet ? `\n    “${e.snippet.slice(0, 200)}”` : ''}`);
    if (v.status !== 'pass') out(`  วิธีแก้ / fix: ${v.fix.th}`);
  }
}

export function registerPage(program: Command): void {
  program
    .command('page')
    .description('ตรวจหน้าเว็บหรือเอกสารเดียว / check one page or document')
    .argument('<url>', 'page or document URL')
    .option('--item <code>', 'judge the page for this item, e.g. O23')
    .option('--year <BE>', 'ITA year (default: the year the page names, else the newest rule set)')
    .option('--render <mode>', 'auto|never|always', 'auto')
    .option('--insecure', 'accept invalid TLS certificates')
    .option('--rules <file>', 'an extra rule-set file')
    .option('--now <iso-date>', 'judge as if today were this date')
    .option('--json', 'print JSON')
    .action(async (rawUrl: string, o: PageCliOptions) => {
      try {
        const url = parseSiteUrl(rawUrl);
        const year = parseYearOption(o.year);
        const item = o.item !== undefined ? normaliseItemId(o.item) : undefined;
        if (o.item !== undefined && !item) throw new UsageError({ th: `--item "${o.item}" ไม่ใช่รหัสข้อ เช่น O23`, en: `--item "${o.item}" is not an item code like O23` });
        const ruleSets = await loadRuleSets(o.rules);
        assertYearKnown(ruleSets, year);
        const now = parseNowOption(o.now);
        if (item) {
          const y = year ?? Math.max(...ruleSets.flatMap((r) => r.years));
          if (!ruleSetForYear(ruleSets, y)?.items.some((i) => i.id === item))
            throw new UsageError({ th: `--item ${item}: ไม่มีข้อนี้ใน ITA ${y}`, en: `--item ${item}: no such item in ITA ${y}` });
        }
        const snapshot = await fetchSnapshot(url, {
          render: parseRender(o.render),
          insecure: !!o.insecure,
          userAgent: `${toolInfo().name}/${toolInfo().version} (+OIT transparency check)`,
          browserArgs: browserArgsFor(),
        });
        const result = await inspectPage(url, snapshot, ruleSets, year, item, now);
        if (o.json) console.log(JSON.stringify(result, null, 2));
        else print(result);
        process.exitCode = EXIT_OK;
      } catch (e) {
        process.exitCode = handleCommandError(e, 'page');
      }
    });
}
