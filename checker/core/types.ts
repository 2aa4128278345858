// Types shared by the pure core, the Node edge and the extension. No runtime imports here.
import type { Bilingual, Confidence, PeriodKind } from '../../rules/schema';

export type DocKind = 'html' | 'pdf' | 'docx' | 'xlsx' | 'image' | 'other';

export interface SnapshotLink {
  /** Absolute URL (resolved against the page's final URL). */
  href: string;
  /** The link's visible text (or its title/alt when it has none). */
  text: string;
  /**
   * Text of the row, list item or paragraph that holds the link: an ITA index row
   * "O1 | โครงสร้าง | [link]" gives the code and the title even when the link text says "คลิก".
   */
  context: string;
}

/**
 * What one fetched URL looked like: the artifact the core judges (Lighthouse's "gather once, audit many").
 * Built by the Node crawler (HTTP + cheerio, Playwright, PDF/Office extractors) or, in the extension,
 * from the live DOM and from fetched documents.
 */
export interface Snapshot {
  url: string;
  finalUrl: string;
  /** HTTP status; 0 when no response arrived (see `error`). */
  status: number;
  /** Why the fetch failed or was cut: 'timeout', 'ECONNRESET', 'too-large', 'redirect-loop', 'tls:…', … */
  error?: string;
  kind: DocKind;
  contentType?: string;
  title: string;
  headings: string[];
  /** Whole extracted text (original characters; the core normalises a copy for matching). */
  text: string;
  /**
   * Row-like blocks (tr, li, p, dt/dd, headings) in document order, as text. Lets discovery see index rows
   * that carry no link ("O12 รายงานผล… –").
   */
  blocks: string[];
  links: SnapshotLink[];
  /** Pages of a PDF; sheets of a workbook. */
  pageCount?: number;
  /** Which extractor produced `text`. */
  textSource?: 'html' | 'dom' | 'pdfjs' | 'poppler' | 'mammoth' | 'xlsx' | 'none';
  /** True when the text came from a browser-rendered page. */
  rendered?: boolean;
  /** The page shows a login form instead of content. */
  loginWall?: boolean;
  /** Depth from the start URL (0 = home). */
  depth?: number;
  /** ISO timestamp of the fetch. */
  fetchedAt?: string;
}

export type ItemStatus = 'pass' | 'missing' | 'outdated' | 'incomplete' | 'broken' | 'needs-review';
export const ITEM_STATUSES: readonly ItemStatus[] = ['pass', 'missing', 'outdated', 'incomplete', 'broken', 'needs-review'];
/** §6.3 rule 2: the most severe defect wins. */
export const STATUS_SEVERITY: Record<ItemStatus, number> = {
  missing: 5,
  broken: 4,
  outdated: 3,
  incomplete: 2,
  'needs-review': 1,
  pass: 0,
};

export interface Message extends Bilingual {
  /** Stable key (e.g. 'period.older', 'element.missing'), for tests, baselines and translations. */
  code: string;
  severity: 'error' | 'warning' | 'info';
}

/** A date or period found in a text, with where it stands and what it is about. */
export interface FoundPeriod {
  kind: 'date' | 'month' | 'monthRange' | 'dateRange' | 'fiscalYear' | 'yearRange' | 'year' | 'quarter' | 'itaYear';
  /** Inclusive span as BE year and month (1–12); day when known. */
  from: { y: number; m?: number; d?: number };
  to: { y: number; m?: number; d?: number };
  /** What the year says: fiscal year of the content, event date, plan range, ITA analysed, or no proof of currency. */
  role: 'fiscalYear' | 'event' | 'planRange' | 'itaAnalysed' | 'actionPeriod' | 'law' | 'strategy' | 'other';
  /** The original text of the match. */
  text: string;
  /** Offsets in the original text. */
  span: [number, number];
  /**
   * Stated in the future tense ("จะได้ดำเนินการในปีงบประมาณ 2565", "ในปีงบประมาณถัดไป"): a plan, not evidence
   * that the work was done (thai-text-and-dates.md §9.7). Absent when not future.
   */
  future?: boolean;
}

export interface Evidence {
  url: string;
  title?: string;
  /** Short original-text excerpt that made the decision (escaped when rendered). */
  snippet: string;
  /** BE years that prove (or disprove) currency, e.g. [2565] or [2566, 2570] for a plan range. */
  years: number[];
  periods?: FoundPeriod[];
  /** How the URL was tied to the item. */
  via?: CandidateVia;
  offSite?: boolean;
  httpStatus?: number;
}

export type CandidateVia = 'explicit-map' | 'index-code' | 'index-title' | 'index-code-title' | 'site-title' | 'page-content';

/** A URL that may serve an item, with why we think so. */
export interface Candidate {
  itemId: string;
  url: string;
  via: CandidateVia;
  /** 0–1. */
  confidence: number;
  reason: string;
  /** The link text / row text that matched. */
  matchedText?: string;
  /** The index page the link was found on. */
  from?: string;
  /** ITA year of the index page it came from, when known. */
  indexYear?: number;
}

export interface ItemVerdict {
  id: string;
  status: ItemStatus;
  name: Bilingual;
  subIndicator: string;
  evidence: Evidence[];
  /** Why this status: expected vs found, in Thai and English. */
  messages: Message[];
  /** Content defects and soft-rule findings that do not change the status. */
  warnings: Message[];
  /** What the period rule asks, e.g. { th: 'ปีงบประมาณ พ.ศ. 2565', en: 'fiscal year 2565' }. */
  expected: Bilingual & { kind: PeriodKind; confidence: Confidence };
  /** Points this item costs when it fails: of its indicator, of the OIT, of the ITA total. */
  pointCost: { indicator: number; oit: number; ita: number };
  /** Candidates considered, best first. */
  candidates: Candidate[];
  /** Set when a needs-review is only because the item's window is still open. */
  notYetDue?: { windowEnd: string };
  /** How to fix it (from the rules file). */
  fix: Bilingual;
}

export interface ScoreRange {
  /** Every needs-review item scored 0. */
  min: number;
  /** Every needs-review item scored 100. */
  max: number;
}

export interface Score {
  /** The OIT score when no item needs review; otherwise null and `range` is the answer. */
  oit: number | null;
  range: ScoreRange;
  indicators: Record<string, ScoreRange>;
  subIndicators: Record<string, ScoreRange & { passed: number; unknown: number; total: number }>;
  /** OIT's share of the ITA total (0.40 × OIT), as a range. */
  itaShare: ScoreRange;
  /** Only when the user gave IIT and EIT scores (§8.4): never a grade from the OIT alone. */
  projected?: {
    iit: number;
    eit: number;
    total: ScoreRange;
    grade: { min: string; max: string };
    level?: { min: Bilingual; max: Bilingual };
    /** How the total was cut to two decimals before reading the grade; `boundary` says when the other rule differs. */
    rounding?: { rule: 'truncate' | 'round'; printed: ScoreRange; boundary?: Bilingual & { other: string } };
  };
}

export interface IndexPageInfo {
  url: string;
  /** ITA year (BE) the page is for, when it says. */
  year?: number;
  /** Why it looks like an index page. */
  reason: string;
  /** How many distinct items it lists. */
  itemCount: number;
  shape?: 'table' | 'list' | 'per-sub-indicator' | 'per-item' | 'other';
}

export interface Discovery {
  /** All index pages seen, best first. */
  indexPages: IndexPageInfo[];
  /** Index page(s) chosen for the year judged (per-sub-indicator sites have several). */
  chosen: IndexPageInfo[];
  /** Only an older year's index page exists. */
  olderIndexOnly?: IndexPageInfo;
  /** Years for which the site has index pages. */
  yearsSeen: number[];
  candidates: Record<string, Candidate[]>;
  /** Items listed on the chosen index page with no link ("–", "อยู่ระหว่างรวบรวมข้อมูล"). */
  listedWithoutLink: string[];
  /** Codes whose title disagreed with the item's name (code trusted less than title, §12.2). */
  mismatches: Array<{ url: string; code: string; title: string; assignedTo: string }>;
}

export interface SiteVerdict {
  ruleSetId: string;
  year: number;
  /** How the year was chosen. */
  yearReason: Bilingual;
  discovery: Discovery;
  items: ItemVerdict[];
  score: Score;
  /** Site-level findings (certificate problems, newer ITA year than the rules know, …). */
  findings: Message[];
}
