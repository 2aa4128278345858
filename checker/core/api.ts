// The contracts between the parts of the pure core (and what the Node edge and the extension call).
// Implementations live in checker/core/{text,dates,discover,judge,score}/; this file only declares shapes.
import type { Item, RuleSet } from '../../rules/schema';
import type { Candidate, Discovery, ItemVerdict, Snapshot } from './types';

export interface JudgeSiteInput {
  ruleSet: RuleSet;
  /** Every rule set known, so the year can be chosen from the site's index pages (§6.4). */
  ruleSets?: RuleSet[];
  /** Explicit ITA year (BE); wins over what the site shows. */
  year?: number;
  /** Everything fetched, failures included (status 0 / 4xx / 5xx with `error`). */
  snapshots: Snapshot[];
  homeUrl: string;
  /** The home page's host and its www. twin (derived from homeUrl when absent); isOwnHost also counts their subdomains. */
  siteHosts?: string[];
  /** An assessor's item → URLs map (ITAS submission): only these URLs serve the items. */
  explicitMap?: Record<string, string[]>;
  /** Wall clock for live checks and "not yet due" (Asia/Bangkok). Defaults to new Date(). */
  now?: Date;
  /** The agency's name, to flag documents naming another agency; guessed from the home page when absent. */
  agencyName?: string;
  /** IIT and EIT scores the user entered, for a projected ITA total and grade. */
  iitEit?: { iit: number; eit: number };
}

/** What judging one item needs; built by judgeSite from the discovery. */
export interface JudgeItemInput {
  rule: Item;
  ruleSet: RuleSet;
  year: number;
  /** Candidates for this item, best first (may be empty). */
  candidates: Candidate[];
  /** Snapshot lookup by URL (requested or final URL). */
  snapshot: (url: string) => Snapshot | undefined;
  /** The item has a row on the year's index page but no link (§6.3 rule 3). */
  listedWithoutLink: boolean;
  /** Candidates reachable only from another year's index page (§6.3 rule 3). */
  otherYearCandidates: Candidate[];
  /** Verdicts and chosen snapshots of the items this one depends on (judged first). */
  basis: Array<{ verdict: ItemVerdict; snapshots: Snapshot[] }>;
  now: Date;
  siteHosts: string[];
  agencyName?: string;
  pointCost: ItemVerdict['pointCost'];
}

export type DiscoverInput = Pick<JudgeSiteInput, 'ruleSet' | 'snapshots' | 'homeUrl' | 'explicitMap'> & {
  year: number;
  siteHosts: string[];
};

export type DiscoverFn = (input: DiscoverInput) => Discovery;
export type JudgeItemFn = (input: JudgeItemInput) => ItemVerdict;
