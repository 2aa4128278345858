// Reads a fixture site's expected.json and computes the score it implies, independently of the core's
// scorer (ita-oit.md §8.1/§8.4): sub-indicator share passed → indicator mean → OIT mean; needs-review
// gives a range.
import { readFileSync } from 'node:fs';
import type { Report, ReportStatus } from '../../checker/core/report-schema';

export interface ExpectedSite {
  year: number;
  site: string;
  index: string;
  needsRendering: boolean;
  items: Record<string, ReportStatus>;
  reasons: Record<string, string>;
  documents: Array<{ path: string; kind: string; phrase: string | null }>;
}

export function readExpected(path: string): ExpectedSite {
  return JSON.parse(readFileSync(path, 'utf8')) as ExpectedSite;
}

export function expectedRange(expected: ExpectedSite, report: Report): { min: number; max: number } {
  const subOf = new Map(report.items.map((i) => [i.id, i.subIndicator]));
  const bySub = new Map<string, ReportStatus[]>();
  for (const [id, status] of Object.entries(expected.items)) {
    const sub = subOf.get(id)!;
    bySub.set(sub, [...(bySub.get(sub) ?? []), status]);
  }
  const indicators = new Map<string, Array<{ min: number; max: number }>>();
  for (const [sub, statuses] of bySub) {
    const pass = statuses.filter((s) => s === 'pass').length;
    const review = statuses.filter((s) => s === 'needs-review').length;
    const ind = sub.split('.')[0]!;
    indicators.set(ind, [...(indicators.get(ind) ?? []), { min: (100 * pass) / statuses.length, max: (100 * (pass + review)) / statuses.length }]);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const inds = [...indicators.values()].map((subs) => ({ min: mean(subs.map((s) => s.min)), max: mean(subs.map((s) => s.max)) }));
  return { min: mean(inds.map((i) => i.min)), max: mean(inds.map((i) => i.max)) };
}

/** Item-by-item differences, with the checker's reasons, so a failing test says what to look at. */
export function verdictDiff(expected: ExpectedSite, report: Report): Array<{ item: string; expected: string; actual: string; why: string; messages: string[] }> {
  const out = [];
  for (const [id, want] of Object.entries(expected.items)) {
    const got = report.items.find((i) => i.id === id);
    if (got?.status !== want)
      out.push({ item: id, expected: want, actual: got?.status ?? '(absent)', why: expected.reasons[id] ?? '', messages: (got?.messages ?? []).map((m) => m.en) });
  }
  return out;
}

/** Reasons the crawler may give for a URL it did not check (checker/crawl/types.ts NotCheckedReason). */
export const KNOWN_NOT_CHECKED = ['robots', 'budget', 'depth', 'timeout', 'too-large', 'off-site', 'error', 'tls', 'redirect-loop', 'render-unavailable', 'unsupported'];
