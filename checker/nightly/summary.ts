// summary.json and index.html across every site folder under <out>/sites (so shards that share a folder
// each leave a complete summary), with new and fixed items against each site's previous run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statusCounts, type Report, type ReportStatus } from '../core/report-schema';
import { escapeHtml as esc, linkHtml } from '../report/escape';
import { STATUS_LABEL, STATUS_ORDER, fmt2, rangeText, thaiDateTime } from '../report/labels';
import { writeFileAtomic } from '../report/write';
import { SITES_DIR, readLatest } from './store';

export interface SiteSummary {
  folder: string;
  url: string;
  name?: string;
  checkedAt?: string;
  year?: number;
  oit?: number | null;
  range?: { min: number; max: number };
  counts?: Record<ReportStatus, number>;
  newFailures: Array<{ item: string; status: ReportStatus; previousStatus?: ReportStatus }>;
  fixed: Array<{ item: string; previousStatus?: ReportStatus }>;
  notChecked?: number;
  /** The last attempt failed; the other fields (if any) are from the last success. */
  error?: { at: string; message: string };
}

export interface NightlySummary {
  generatedAt: string;
  sites: SiteSummary[];
  totals: { sites: number; failedRuns: number; newFailures: number; fixed: number; counts: Record<ReportStatus, number> };
}

function siteSummary(dir: string, folder: string, names: Map<string, string>): SiteSummary | undefined {
  const report: Report | undefined = readLatest(dir);
  let error: SiteSummary['error'];
  const errFile = join(dir, 'error.json');
  if (existsSync(errFile)) {
    try {
      const e = JSON.parse(readFileSync(errFile, 'utf8')) as { at: string; message: string; url?: string };
      error = { at: e.at, message: e.message };
      if (!report) return { folder, url: e.url ?? folder, newFailures: [], fixed: [], error, ...(names.get(folder) ? { name: names.get(folder) } : {}) };
    } catch {
      /* unreadable error file: ignore */
    }
  }
  if (!report) return undefined;
  const name = names.get(folder) ?? report.site.agencyName;
  return {
    folder,
    url: report.site.url,
    ...(name ? { name } : {}),
    checkedAt: report.site.checkedAt,
    year: report.ruleSet.year,
    oit: report.score.oit,
    range: report.score.range,
    counts: statusCounts(report),
    newFailures: (report.baseline?.newFailures ?? []).map((e) => ({ item: e.item, status: e.status, ...(e.previousStatus ? { previousStatus: e.previousStatus } : {}) })),
    fixed: (report.baseline?.fixed ?? []).map((e) => ({ item: e.item, ...(e.previousStatus ? { previousStatus: e.previousStatus } : {}) })),
    notChecked: report.pages.notChecked.length,
    ...(error ? { error } : {}),
  };
}

export function buildSummary(outDir: string, now: Date, names = new Map<string, string>()): NightlySummary {
  const root = join(outDir, SITES_DIR);
  const folders = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  const sites = folders.map((f) => siteSummary(join(root, f), f, names)).filter((s): s is SiteSummary => !!s);
  const counts = { pass: 0, missing: 0, outdated: 0, incomplete: 0, broken: 0, 'needs-review': 0 } as Record<ReportStatus, number>;
  for (const s of sites) for (const k of STATUS_ORDER) counts[k] += s.counts?.[k] ?? 0;
  return {
    generatedAt: now.toISOString(),
    sites,
    totals: {
      sites: sites.length,
      failedRuns: sites.filter((s) => s.error).length,
      newFailures: sites.reduce((n, s) => n + s.newFailures.length, 0),
      fixed: sites.reduce((n, s) => n + s.fixed.length, 0),
      counts,
    },
  };
}

function bi(th: string, en: string): string {
  return `<span lang="th">${esc(th)}</span><span lang="en">${esc(en)}</span>`;
}

export function renderSummaryHtml(summary: NightlySummary): string {
  const rows = summary.sites.map((s) => {
    const score = s.range ? (s.oit != null ? fmt2(s.oit) : rangeText(s.range)) : '—';
    const news = s.newFailures.map((e) => `<span class="new">${esc(e.item)} ${esc(STATUS_LABEL[e.status].th)}</span>`).join(' ');
    const fixed = s.fixed.map((e) => `<span class="fixed">${esc(e.item)}</span>`).join(' ');
    const counts = s.counts ? STATUS_ORDER.map((k) => `<td>${s.counts![k]}</td>`).join('') : STATUS_ORDER.map(() => '<td></td>').join('');
    return `<tr data-folder="${esc(s.folder)}"><td>${s.name ? `${esc(s.name)}<br>` : ''}${linkHtml(s.url)}</td><td>${esc(s.year ?? '')}</td><td><a href="${esc(encodeURI(`${SITES_DIR}/${s.folder}/report.html`))}">${esc(score)}</a></td>${counts}<td>${news}</td><td>${fixed}</td><td>${s.error ? `<span class="err">${esc(s.error.message.slice(0, 200))}</span>` : ''}</td></tr>`;
  });
  const t = summary.totals;
  return `<!doctype html>
<html lang="th" data-lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>OIT — สรุปผลการตรวจ / summary</title>
<style>body{font-family:"Sarabun","Noto Sans Thai","Loma",system-ui,sans-serif;margin:1rem 2rem;color:#1d1d1d}
html[data-lang=th] [lang=en]{display:none}html[data-lang=en] [lang=th]{display:none}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.92rem}th{background:#f0f2f5}
.new{background:#fde2e1;border-radius:3px;padding:0 .3rem;margin-right:.2rem;white-space:nowrap}.fixed{background:#dff3e4;border-radius:3px;padding:0 .3rem;margin-right:.2rem}.err{color:#b3261e}
#lang{float:right}</style></head><body>
<button id="lang" type="button">English</button>
<h1>${bi('สรุปผลการตรวจ OIT รายหน่วยงาน', 'OIT check summary per agency')}</h1>
<p>${bi(`สร้างเมื่อ ${thaiDateTime(summary.generatedAt)}`, `Generated ${summary.generatedAt}`)} · ${bi(`${t.sites} เว็บไซต์`, `${t.sites} sites`)} · ${bi(`ปัญหาใหม่ ${t.newFailures}`, `${t.newFailures} new failures`)} · ${bi(`แก้ไขแล้ว ${t.fixed}`, `${t.fixed} fixed`)} · ${bi(`ตรวจไม่สำเร็จ ${t.failedRuns}`, `${t.failedRuns} failed runs`)}</p>
<table id="sites"><thead><tr><th>${bi('หน่วยงาน', 'Agency')}</th><th>ITA</th><th>OIT</th>${STATUS_ORDER.map((k) => `<th>${bi(STATUS_LABEL[k].th, STATUS_LABEL[k].en)}</th>`).join('')}<th>${bi('ปัญหาใหม่', 'New')}</th><th>${bi('แก้ไขแล้ว', 'Fixed')}</th><th>${bi('ข้อผิดพลาด', 'Error')}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
<script>(function(){var h=document.documentElement,b=document.getElementById('lang');b.addEventListener('click',function(){var l=h.getAttribute('data-lang')==='th'?'en':'th';h.setAttribute('data-lang',l);h.setAttribute('lang',l);b.textContent=l==='th'?'English':'ภาษาไทย';});})();</script>
</body></html>
`;
}

export function writeSummary(outDir: string, now: Date, names?: Map<string, string>): NightlySummary {
  const summary = buildSummary(outDir, now, names);
  writeFileAtomic(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileAtomic(join(outDir, 'index.html'), renderSummaryHtml(summary));
  return summary;
}
