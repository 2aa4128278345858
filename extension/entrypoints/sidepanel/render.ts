// Renders one site record: score per §8.4 (a range while items need review; a grade only with IIT and EIT),
// then the items grouped by sub-indicator. Every crawled string is set as text, never as HTML.
import { scoreVerdicts } from '../../../checker/core/score/index';
import type { ItemVerdict, Score } from '../../../checker/core/types';
import type { RuleSet } from '../../../rules/schema';
import { STATUS_COLOR, STATUS_LABELS, T, t, type Lang } from '../../lib/i18n';
import type { SiteRecord } from '../../lib/store';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

const fmt = (x: number) => x.toFixed(2);
const range = (r: { min: number; max: number }) => (r.min === r.max ? fmt(r.min) : `${fmt(r.min)}–${fmt(r.max)}`);

export function scoreOf(rec: SiteRecord, ruleSet: RuleSet | undefined, iitEit?: { iit: number; eit: number }): Score {
  if (!ruleSet) return rec.verdict.score;
  return scoreVerdicts(ruleSet, rec.verdict.items, { iitEit, year: rec.year });
}

export function renderScore(box: HTMLElement, projected: HTMLElement, score: Score, lang: Lang): void {
  box.replaceChildren();
  box.dataset.oitScoreMin = fmt(score.range.min);
  box.dataset.oitScoreMax = fmt(score.range.max);
  box.append(el('div', t(T.oitScore, lang)));
  box.append(el('div', range(score.range), 'big'));
  if (score.range.min !== score.range.max) box.append(el('div', t(T.range, lang), 'detail'));
  box.append(el('div', `${t(T.itaShare, lang)}: ${range(score.itaShare)}`, 'detail'));
  projected.replaceChildren();
  if (score.projected) {
    const p = score.projected;
    const grade = p.grade.min === p.grade.max ? p.grade.min : `${p.grade.min}–${p.grade.max}`;
    projected.append(el('span', `${t(T.projected, lang)}: ${range(p.total)} · ${t(T.grade, lang)}: ${grade}`));
    if (p.level) projected.append(el('span', ` · ${p.level.min[lang]}${p.level.min[lang] !== p.level.max[lang] ? `–${p.level.max[lang]}` : ''}`));
    projected.dataset.oitGrade = grade;
  } else {
    projected.append(el('span', t(T.gradeNeedsIitEit, lang), 'detail'));
    delete projected.dataset.oitGrade;
  }
}

function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function itemRow(it: ItemVerdict, lang: Lang): HTMLLIElement {
  const li = el('li', undefined, 'item');
  li.dataset.oitItem = it.id;
  li.dataset.oitStatus = it.status;
  const pill = el('span', STATUS_LABELS[it.status][lang], 'pill');
  pill.style.background = STATUS_COLOR[it.status];
  li.append(pill, el('span', it.id, 'id'), el('span', it.name[lang]));
  if (it.status !== 'pass') li.append(el('span', ` (${t(T.pointCost, lang)} ${fmt(it.pointCost.oit)})`, 'cost'));
  const years = [...new Set(it.evidence.flatMap((e) => e.years))].sort();
  li.append(el('div', `${t(T.expected, lang)}: ${it.expected[lang]} · ${years.length ? `${t(T.yearsFound, lang)}: ${years.join(', ')}` : t(T.noYears, lang)}`, 'detail'));
  // A passing item needs only its evidence link; reasons are for the items to fix.
  if (it.status !== 'pass') for (const m of [...it.messages, ...it.warnings].slice(0, 5)) li.append(el('div', m[lang], 'detail'));
  for (const e of it.evidence.slice(0, 3)) {
    const d = el('div', `${t(T.evidence, lang)}: `, 'detail');
    const href = safeHref(e.url);
    if (href) {
      const a = el('a', e.title || e.url);
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      d.append(a);
    } else d.append(el('span', e.url));
    if (e.snippet) d.append(el('span', ` — ${e.snippet}`));
    li.append(d);
  }
  if (it.status !== 'pass' && it.fix?.[lang]) li.append(el('div', it.fix[lang], 'detail'));
  return li;
}

export function renderItems(main: HTMLElement, rec: SiteRecord, ruleSet: RuleSet | undefined, lang: Lang): void {
  main.replaceChildren();
  const items = rec.verdict.items;
  const groups: Array<{ id: string; name: string }> = [];
  if (ruleSet) for (const ind of ruleSet.indicators) for (const s of ind.subIndicators) groups.push({ id: s.id, name: s.name[lang] });
  for (const id of new Set(items.map((i) => i.subIndicator))) if (!groups.some((g) => g.id === id)) groups.push({ id, name: '' });
  for (const g of groups) {
    const members = items.filter((i) => i.subIndicator === g.id);
    if (!members.length) continue;
    const sec = el('section');
    sec.dataset.oitSub = g.id;
    const passed = members.filter((m) => m.status === 'pass').length;
    sec.append(el('h2', `${g.id} ${g.name} (${passed}/${members.length})`));
    const ul = el('ul', undefined, 'items');
    for (const it of members) ul.append(itemRow(it, lang));
    sec.append(ul);
    main.append(sec);
  }
}
