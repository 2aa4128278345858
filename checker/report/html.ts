// report.html: one self-contained page (no external assets) in Thai with an English switch, for the
// agency's webmaster. Every crawled string goes through escapeHtml; only http(s) URLs become links.
import { fixFirst, statusCounts, type Report, type ReportItem } from '../core/report-schema';
import { escapeHtml as esc, linkHtml } from './escape';
import { STATUS_LABEL, STATUS_ORDER, enDateTime, fmt2, rangeText, reasonLabel, thaiDateTime } from './labels';

/** Both languages in the page; CSS shows the one chosen (Thai by default, also without JavaScript). */
function bi(th: string, en: string): string {
  return `<span lang="th">${esc(th)}</span><span lang="en">${esc(en)}</span>`;
}

function badge(status: ReportItem['status']): string {
  const l = STATUS_LABEL[status];
  return `<span class="badge s-${esc(status)}" data-status="${esc(status)}">${bi(l.th, l.en)}</span>`;
}

const CSS = `
:root{--pass:#1b7f3b;--missing:#b3261e;--broken:#8e24aa;--outdated:#c75b00;--incomplete:#a07000;--review:#1f5fa8;--line:#ddd;--muted:#666}
*{box-sizing:border-box}body{font-family:"Sarabun","Noto Sans Thai","Loma","Garuda",system-ui,sans-serif;margin:0;color:#1d1d1d;background:#fafafa;line-height:1.5}
header,main,footer{max-width:1100px;margin:0 auto;padding:1rem 1.25rem}header{background:#123;color:#fff;max-width:none}header .in{max-width:1100px;margin:0 auto}
header a{color:#cde}h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.2rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
html[data-lang=th] [lang=en]{display:none}html[data-lang=en] [lang=th]{display:none}
#lang{float:right;background:#fff;color:#123;border:0;border-radius:4px;padding:.3rem .7rem;cursor:pointer;font:inherit}
.score{display:flex;flex-wrap:wrap;gap:1rem}.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;flex:1 1 220px}
.big{font-size:2rem;font-weight:700}.muted{color:var(--muted);font-size:.9rem}
.bar{position:relative;height:1.1rem;background:#eee;border-radius:3px;overflow:hidden;margin:.15rem 0 .6rem}
.bar .min{position:absolute;left:0;top:0;bottom:0;background:var(--pass)}.bar .max{position:absolute;left:0;top:0;bottom:0;background:repeating-linear-gradient(45deg,#9cd3ae,#9cd3ae 4px,#c8e9d2 4px,#c8e9d2 8px)}
.badge{display:inline-block;border-radius:3px;padding:0 .45rem;color:#fff;font-size:.85rem;white-space:nowrap}
.s-pass{background:var(--pass)}.s-missing{background:var(--missing)}.s-broken{background:var(--broken)}.s-outdated{background:var(--outdated)}.s-incomplete{background:var(--incomplete)}.s-needs-review{background:var(--review)}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.93rem}th{background:#f0f2f5}
.item{background:#fff;border:1px solid var(--line);border-left:6px solid #999;border-radius:4px;margin:.5rem 0;padding:.6rem .9rem}
.item.s-pass{border-left-color:var(--pass)}.item.s-missing{border-left-color:var(--missing)}.item.s-broken{border-left-color:var(--broken)}.item.s-outdated{border-left-color:var(--outdated)}.item.s-incomplete{border-left-color:var(--incomplete)}.item.s-needs-review{border-left-color:var(--review)}
.item .head{display:flex;gap:.6rem;align-items:baseline;flex-wrap:wrap}.item .code{font-weight:700;min-width:2.6rem}.item .cost{margin-left:auto}
.item dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.2rem .8rem;margin:.5rem 0 0}.item dt{color:var(--muted)}.item dd{margin:0}
.snippet{font-size:.85rem;color:#444;background:#f6f6f6;padding:.2rem .4rem;border-radius:3px;display:block;margin:.15rem 0;white-space:pre-wrap;word-break:break-word}
ul.msgs{margin:.2rem 0;padding-left:1.1rem}.sev-warning{color:#8a5a00}.sev-error{color:var(--missing)}
.finding{background:#fff4e5;border:1px solid #f0c36d;border-radius:4px;padding:.5rem .8rem;margin:.4rem 0}
.nolink{color:#555;text-decoration:line-through dotted}a{word-break:break-all}
.counts span.badge{margin-right:.3rem}
@media print{#lang{display:none}.item{break-inside:avoid}}
`;

const SCRIPT = `(function(){var h=document.documentElement,b=document.getElementById('lang');
function set(l){h.setAttribute('data-lang',l);h.setAttribute('lang',l);b.textContent=l==='th'?'English':'ภาษาไทย';try{localStorage.setItem('oit-lang',l)}catch(e){}}
var saved=null;try{saved=localStorage.getItem('oit-lang')}catch(e){}
if(saved==='en'||location.hash==='#en')set('en');else set('th');
b.addEventListener('click',function(){set(h.getAttribute('data-lang')==='th'?'en':'th')});})();`;

function subIndicatorNames(report: Report): Map<string, { th: string; en: string }> {
  const m = new Map<string, { th: string; en: string }>();
  for (const ind of report.ruleSet.indicators ?? []) for (const s of ind.subIndicators) m.set(s.id, s.name);
  return m;
}

function yearsFound(item: ReportItem): number[] {
  return [...new Set(item.evidence.flatMap((e) => e.years))].sort((a, b) => a - b);
}

/** Percent-encoded Thai file names are unreadable: show the decoded address (the link keeps the real one). */
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function messagesHtml(list: ReportItem['messages']): string {
  if (!list.length) return '';
  return `<ul class="msgs">${list.map((m) => `<li class="sev-${esc(m.severity)}" data-code="${esc(m.code)}">${bi(m.th, m.en)}</li>`).join('')}</ul>`;
}

function evidenceHtml(item: ReportItem): string {
  if (!item.evidence.length) return bi('ไม่พบหลักฐาน', 'no evidence found');
  return item.evidence
    .map((e) => {
      const path = e.clickPath?.length ? `<div class="muted">${bi(['หน้าหลัก', ...e.clickPath].join(' > '), ['Home', ...e.clickPath].join(' > '))}</div>` : '';
      const years = e.years.length ? ` <span class="muted">(${bi('ปี', 'years')} ${esc(e.years.join(', '))})</span>` : '';
      const http = e.httpStatus && e.httpStatus >= 400 ? ` <span class="sev-error">HTTP ${esc(e.httpStatus)}</span>` : '';
      const snippet = e.snippet ? `<span class="snippet">${esc(e.snippet.slice(0, 400))}</span>` : '';
      const readable = readableUrl(e.url);
      return `<div class="ev">${linkHtml(e.url, e.title || readable)}${years}${http}${e.title ? `<div class="muted url">${esc(readable)}</div>` : ''}${path}${snippet}</div>`;
    })
    .join('');
}

function itemHtml(item: ReportItem): string {
  const found = yearsFound(item);
  const due = item.notYetDue ? `<dt>${bi('ยังไม่ถึงกำหนด', 'Not yet due')}</dt><dd>${bi(`หน้าต่างเวลาสิ้นสุด ${item.notYetDue.windowEnd}`, `window ends ${item.notYetDue.windowEnd}`)}</dd>` : '';
  const warnings = item.warnings.length ? `<dt>${bi('ข้อสังเกต', 'Warnings')}</dt><dd>${messagesHtml(item.warnings)}</dd>` : '';
  const fix = item.status !== 'pass' ? `<dt>${bi('วิธีแก้ไข', 'How to fix')}</dt><dd>${bi(item.fix.th, item.fix.en)}</dd>` : '';
  return `<section class="item s-${esc(item.status)}" id="item-${esc(item.id)}" data-item="${esc(item.id)}">
<div class="head"><span class="code">${esc(item.id)}</span><span class="name">${bi(item.name.th, item.name.en)}</span>${badge(item.status)}<span class="cost muted">${bi(`คะแนน OIT ที่เสีย ${fmt2(item.pointCost.oit)}`, `OIT points at stake ${fmt2(item.pointCost.oit)}`)}</span></div>
<dl>
<dt>${bi('ช่วงเวลาที่ต้องการ', 'Expected period')}</dt><dd>${bi(item.expected.th, item.expected.en)}</dd>
<dt>${bi('ปีที่พบ', 'Years found')}</dt><dd>${found.length ? esc(found.join(', ')) : bi('ไม่พบปี', 'none')}</dd>
${due}
<dt>${bi('เหตุผล', 'Why')}</dt><dd>${messagesHtml(item.messages) || bi('—', '—')}</dd>
${warnings}
<dt>${bi('หลักฐาน', 'Evidence')}</dt><dd>${evidenceHtml(item)}</dd>
${fix}
</dl></section>`;
}

function scoreHtml(report: Report): string {
  const s = report.score;
  const review = report.items.filter((i) => i.status === 'needs-review').length;
  const oit = s.oit !== null ? fmt2(s.oit) : rangeText(s.range);
  const note = s.oit === null
    ? `<div class="muted">${bi(`ช่วงคะแนน: ${review} ข้อที่ต้องตรวจสอบเองนับเป็น 0 ถึง 100`, `range: ${review} item(s) needing review counted as 0 to 100`)}</div>`
    : '';
  const grade = s.projected
    ? `<div class="card"><div class="muted">${bi('คะแนน ITA รวมที่คาดการณ์', 'Projected ITA total')}</div><div class="big">${esc(rangeText(s.projected.total))}</div>
<div>${bi('ระดับ', 'Grade')}: <b>${esc(s.projected.grade.min === s.projected.grade.max ? s.projected.grade.min : `${s.projected.grade.min}–${s.projected.grade.max}`)}</b>${
        s.projected.level ? ` · ${bi(s.projected.level.min.th === s.projected.level.max.th ? s.projected.level.min.th : `${s.projected.level.min.th}–${s.projected.level.max.th}`, s.projected.level.min.en === s.projected.level.max.en ? s.projected.level.min.en : `${s.projected.level.min.en}–${s.projected.level.max.en}`)}` : ''
      }</div>
<div class="muted">${bi(`จาก IIT ${fmt2(s.projected.iit)} และ EIT ${fmt2(s.projected.eit)} ที่ผู้ใช้ระบุ`, `from IIT ${fmt2(s.projected.iit)} and EIT ${fmt2(s.projected.eit)} entered by the user`)}</div></div>`
    : `<div class="card"><div class="muted">${bi('ระดับผลการประเมิน', 'Grade')}</div><div>${bi('ไม่แสดงระดับจาก OIT อย่างเดียว: ระบุคะแนน IIT และ EIT (--iit, --eit) เพื่อคาดการณ์คะแนนรวม', 'No grade from the OIT alone: give IIT and EIT scores (--iit, --eit) for a projected total')}</div></div>`;
  const counts = statusCounts(report);
  return `<div class="score">
<div class="card"><div class="muted">${bi('คะแนน OIT (คาดการณ์)', 'OIT score (predicted)')}</div><div class="big" id="oit-score">${esc(oit)}</div>${note}</div>
<div class="card"><div class="muted">${bi('สัดส่วนในคะแนน ITA รวม (40%)', 'Share of the ITA total (40%)')}</div><div class="big">${esc(rangeText(s.itaShare))}</div><div class="muted">${bi('จาก 40 คะแนน', 'out of 40 points')}</div></div>
${grade}
</div>
<p class="counts">${STATUS_ORDER.map((st) => `${badge(st)} <b>${counts[st]}</b>`).join(' &nbsp; ')}</p>`;
}

function barsHtml(report: Report): string {
  const names = subIndicatorNames(report);
  const rows = Object.entries(report.score.subIndicators).map(([id, r]) => {
    const n = names.get(id);
    return `<div class="sub" data-sub="${esc(id)}"><b>${esc(id)}</b> ${n ? bi(n.th, n.en) : ''} — ${esc(rangeText(r))} <span class="muted">(${bi(`ผ่าน ${r.passed}/${r.total}`, `${r.passed}/${r.total} passed`)}${r.unknown ? `, ${bi(`ต้องตรวจสอบ ${r.unknown}`, `${r.unknown} to review`)}` : ''})</span>
<div class="bar" role="img" aria-label="${esc(`${id}: ${rangeText(r)}`)}"><div class="max" style="width:${Math.max(0, Math.min(100, r.max)).toFixed(2)}%"></div><div class="min" style="width:${Math.max(0, Math.min(100, r.min)).toFixed(2)}%"></div></div></div>`;
  });
  const inds = Object.entries(report.score.indicators)
    .map(([id, r]) => `<li>${bi(`ตัวชี้วัดที่ ${id}`, `Indicator ${id}`)}: <b>${esc(rangeText(r))}</b></li>`)
    .join('');
  return `<ul>${inds}</ul>${rows.join('\n')}`;
}

function fixFirstHtml(report: Report): string {
  const list = fixFirst(report);
  if (!list.length) return `<p>${bi('ผ่านทุกข้อ', 'Every item passes')}</p>`;
  return `<table id="fix-first"><thead><tr><th>${bi('ข้อ', 'Item')}</th><th>${bi('ชื่อ', 'Name')}</th><th>${bi('สถานะ', 'Status')}</th><th>${bi('คะแนน OIT ที่เสีย', 'OIT points')}</th><th>${bi('คะแนน ITA ที่เสีย', 'ITA points')}</th></tr></thead><tbody>
${list.map((i) => `<tr><td><a href="#item-${esc(i.id)}">${esc(i.id)}</a></td><td>${bi(i.name.th, i.name.en)}</td><td>${badge(i.status)}</td><td>${fmt2(i.pointCost.oit)}</td><td>${fmt2(i.pointCost.ita)}</td></tr>`).join('\n')}
</tbody></table>`;
}

function itemsHtml(report: Report): string {
  const names = subIndicatorNames(report);
  const groups = new Map<string, ReportItem[]>();
  for (const i of report.items) groups.set(i.subIndicator, [...(groups.get(i.subIndicator) ?? []), i]);
  return [...groups.entries()]
    .map(([sub, items]) => {
      const n = names.get(sub);
      return `<h3>${esc(sub)} ${n ? bi(n.th, n.en) : ''}</h3>\n${items.map(itemHtml).join('\n')}`;
    })
    .join('\n');
}

function pagesHtml(report: Report): string {
  const p = report.pages;
  const summary = `<p>${bi(`ตรวจแล้ว ${p.fetched} หน้า อ่านเอกสาร ${p.documents} ไฟล์`, `${p.fetched} pages fetched, ${p.documents} documents read`)}${p.rendered ? ` · ${bi(`แสดงผลด้วยเบราว์เซอร์ ${p.rendered} หน้า`, `${p.rendered} rendered in a browser`)}` : ''}</p>`;
  if (!p.notChecked.length) return summary + `<p>${bi('ไม่มีหน้าที่ข้ามไป', 'No page was skipped')}</p>`;
  const shown = p.notChecked.slice(0, 500);
  return `${summary}<table id="not-checked"><thead><tr><th>URL</th><th>${bi('เหตุผล', 'Reason')}</th><th>${bi('รายละเอียด', 'Detail')}</th></tr></thead><tbody>
${shown.map((n) => { const l = reasonLabel(n.reason); return `<tr><td>${linkHtml(n.url, readableUrl(n.url))}</td><td>${bi(l.th, l.en)}</td><td>${esc(n.detail ?? '')}</td></tr>`; }).join('\n')}
</tbody></table>${p.notChecked.length > shown.length ? `<p class="muted">${bi(`และอีก ${p.notChecked.length - shown.length} รายการ (ดู report.json)`, `and ${p.notChecked.length - shown.length} more (see report.json)`)}</p>` : ''}`;
}

function findingsHtml(report: Report): string {
  if (!report.findings.length) return '';
  return `<section id="findings">${report.findings.map((f) => `<div class="finding sev-${esc(f.severity)}" data-code="${esc(f.code)}">${bi(f.th, f.en)}</div>`).join('\n')}</section>`;
}

function baselineHtml(report: Report): string {
  const b = report.baseline;
  if (!b) return '';
  const list = (entries: typeof b.newFailures, empty: [string, string]) =>
    entries.length
      ? `<ul>${entries.map((e) => `<li><a href="#item-${esc(e.item)}">${esc(e.item)}</a> ${e.previousStatus ? `${badge(e.previousStatus)} → ` : ''}${badge(e.status)}</li>`).join('')}</ul>`
      : `<p class="muted">${bi(...empty)}</p>`;
  return `<h2>${bi('เทียบกับการตรวจครั้งก่อน', 'Compared with the baseline')}</h2>
<p class="muted">${esc(b.against)}${b.againstCheckedAt ? ` · ${esc(thaiDateTime(b.againstCheckedAt))}` : ''}</p>
<h3>${bi(`ปัญหาใหม่ (${b.newFailures.length})`, `New failures (${b.newFailures.length})`)}</h3>${list(b.newFailures, ['ไม่มี', 'none'])}
<h3>${bi(`แก้ไขแล้ว (${b.fixed.length})`, `Fixed (${b.fixed.length})`)}</h3>${list(b.fixed, ['ไม่มี', 'none'])}
<p class="muted">${bi(`ปัญหาเดิม ${b.unchanged.length} ข้อ`, `${b.unchanged.length} unchanged failure(s)`)}</p>`;
}

function discoveryHtml(report: Report): string {
  const d = report.discovery;
  const rows = d.indexPages.slice(0, 20).map((p) => {
    const chosen = d.chosen.some((c) => c.url === p.url);
    return `<tr><td>${linkHtml(p.url, readableUrl(p.url))}</td><td>${esc(p.year ?? '')}</td><td>${esc(p.itemCount)}</td><td>${chosen ? bi('ใช้', 'used') : ''}</td><td>${esc(p.reason)}</td></tr>`;
  });
  return `<p>${bi(`ปีที่พบหน้ารวม ITA: ${d.yearsSeen.join(', ') || '—'}`, `ITA years with an index page: ${d.yearsSeen.join(', ') || '—'}`)}</p>
${rows.length ? `<table id="index-pages"><thead><tr><th>URL</th><th>${bi('ปี', 'Year')}</th><th>${bi('จำนวนข้อ', 'Items')}</th><th></th><th>${bi('เหตุผล', 'Why')}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>` : `<p>${bi('ไม่พบหน้ารวมข้อมูล ITA', 'No ITA index page found')}</p>`}`;
}

export function renderHtml(report: Report): string {
  const year = report.ruleSet.year;
  const checked = report.site.checkedAt;
  const title = `OIT ${year} — ${report.site.agencyName ?? report.site.url}`;
  return `<!doctype html>
<html lang="th" data-lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><div class="in">
<button id="lang" type="button">English</button>
<h1>${bi(`ผลตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ITA ${year}`, `OIT disclosure check, ITA ${year}`)}</h1>
<div>${report.site.agencyName ? `${esc(report.site.agencyName)} · ` : ''}${linkHtml(report.site.url)}</div>
<div class="muted" style="color:#cde">${bi(`ตรวจเมื่อ ${thaiDateTime(checked)}`, `Checked ${enDateTime(checked)}`)} · ${bi(report.ruleSet.yearReason.th, report.ruleSet.yearReason.en)}</div>
</div></header>
<main>
${findingsHtml(report)}
<h2>${bi('คะแนน', 'Score')}</h2>
${scoreHtml(report)}
<p class="muted">${bi('คะแนนเป็นการคาดการณ์จากเว็บไซต์ ผลจริงขึ้นกับผู้ตรวจประเมินใน ITAS', 'A prediction from the website; the assessors in ITAS decide the real result')}</p>
<h2>${bi('คะแนนรายตัวชี้วัดย่อย', 'Sub-indicators')}</h2>
${barsHtml(report)}
${baselineHtml(report)}
<h2>${bi('ควรแก้ไขก่อน (เรียงตามคะแนนที่เสีย)', 'Fix first (by points at stake)')}</h2>
${fixFirstHtml(report)}
<h2>${bi(`รายการ ${report.items.length} ข้อ`, `All ${report.items.length} items`)}</h2>
<div id="items">
${itemsHtml(report)}
</div>
<h2>${bi('หน้าที่ตรวจ และหน้าที่ไม่ได้ตรวจ', 'Pages checked and not checked')}</h2>
${pagesHtml(report)}
<h2>${bi('หน้ารวมข้อมูล ITA ที่พบ', 'ITA index pages found')}</h2>
${discoveryHtml(report)}
</main>
<footer class="muted">
${bi('เครื่องมือ', 'Tool')}: ${esc(report.tool.name)} ${esc(report.tool.version)} · ${bi('ชุดเกณฑ์', 'Rule set')}: ${esc(report.ruleSet.id)}${report.ruleSet.title ? ` (${bi(report.ruleSet.title.th, report.ruleSet.title.en)})` : ''} · ${bi('รูปแบบรายงาน', 'Report schema')} ${esc(report.schemaVersion)}
</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
