// The rule-set schema: the single source of the types the checker and the extension use.
// A rule set is data (rules/ita-*.yaml); this file says what shape that data must have.
import { z } from 'zod';

/** How sure the domain reference is of a rule (ita-oit.md §0). */
export const Confidence = z.enum(['confirmed', 'adjacent-year', 'unconfirmed']);
export type Confidence = z.infer<typeof Confidence>;

export const Bilingual = z.object({ th: z.string().min(1), en: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof Bilingual>;

/**
 * What "current" means for an item, relative to the assessment year Y (ita-oit.md §6.2).
 * - none: no period rule
 * - current: valid at check time, must not look stale
 * - live: a working channel or service at check time
 * - fy: dated within FY Y (plans/policies: in force in FY Y)
 * - fyFirstHalf: covers 1 Oct Y-1 – 31 Mar Y
 * - monthlyFirstHalf: one part per month of the first half of FY Y
 * - previousFy: reports on FY Y-1
 * - coversFy: a plan whose year range includes Y
 * - previousIta: analyses the ITA Y-1 result, measures for FY Y
 */
export const PeriodKind = z.enum([
  'none',
  'current',
  'live',
  'fy',
  'fyFirstHalf',
  'monthlyFirstHalf',
  'previousFy',
  'coversFy',
  'previousIta',
]);
export type PeriodKind = z.infer<typeof PeriodKind>;

export const PeriodRule = z
  .object({
    kind: PeriodKind,
    confidence: Confidence,
    /** For adjacent-year rules: the ITA year whose source states it, so messages can name it. */
    sourceYear: z.number().int().min(2550).max(2700).optional(),
    note: Bilingual.optional(),
  })
  .strict();
export type PeriodRule = z.infer<typeof PeriodRule>;

/** One named expectation of an item's content: any phrase (fuzzy) or pattern satisfies it. */
export const Element = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'element ids are kebab-case'),
    name: Bilingual,
    /** Thai (or English) phrases with their common variants and typos; matched fuzzily on normalised text. */
    phrases: z.array(z.string().min(1)).min(1),
    /** Regular-expression sources applied to normalised text (Thai digits already ASCII). */
    patterns: z.array(z.string().min(1)).optional(),
    /** required: its absence makes the item incomplete (if confidence allows); advisory: a warning only. */
    required: z.boolean(),
    confidence: Confidence,
    sourceYear: z.number().int().optional(),
  })
  .strict();
export type Element = z.infer<typeof Element>;

/** Text that, when it dominates the evidence, disqualifies it (O36 "no risk", internal-control forms). */
export const Disqualifier = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    phrases: z.array(z.string().min(1)).min(1),
    message: Bilingual,
    confidence: Confidence,
    /**
     * What the disqualifier does when it dominates the evidence. Absent = 'incomplete' (O36 "no risk").
     * 'warning': only a warning on the verdict; the item's code decides (O42 pasted ITAS text, §7.3).
     */
    effect: z.enum(['incomplete', 'warning']).optional(),
  })
  .strict();
export type Disqualifier = z.infer<typeof Disqualifier>;

export const Dependency = z
  .object({
    item: z.string().regex(/^O\d{1,2}$/),
    /** strict: the dependent must follow the basis (cross-check titles); loose: annual reports closing the loop. */
    strength: z.enum(['strict', 'loose']),
    confidence: Confidence,
  })
  .strict();
export type Dependency = z.infer<typeof Dependency>;

/**
 * Item-specific judgement code in checker/core, named here so a new year can reuse it.
 * The code behind each name is a small tested check; the rule data decides which items use it.
 */
export const SpecialCheck = z.enum([
  'executive-own-activity', // O35 (2565): top executive takes part, run by the agency itself
  'corruption-risk-assessment', // O36 (2565) / O34 (2566): corruption-specific, "no risk" fails
  'corruption-risk-actions', // O37 (2565) / O35 (2566): actions on corruption risks, not general ones
  'integrity-measures', // O42: own analysis of ITA Y-1 with responsible persons, steps, follow-up
  'measures-implementation', // O43: progress in FY Y on the O42 measures
  'monthly-parts', // O23 (2565) / O21 (2566): one summary per month of the first half
  'hr-five-areas', // O27 (2565) / O25 (2566): the five HR areas
  'current-head', // O2 / O34: today's post-holders, not a former head
  'channel', // O8, O9, O17, O30, O32: a working channel or form, judged by presence
]);
export type SpecialCheck = z.infer<typeof SpecialCheck>;

const ItemId = z.string().regex(/^O\d{1,2}$/, 'item ids look like O1 … O43');
const SubIndicatorId = z.string().regex(/^\d+\.\d+$/, 'sub-indicator ids look like 9.1');

export const Item = z
  .object({
    id: ItemId,
    /** Stable meaning across years, e.g. procurement.monthly-summary (2565 O23 ≡ 2566 O21). */
    semanticId: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/),
    subIndicator: SubIndicatorId,
    /** The CMS-menu group the item sits in (ita-oit.md §2.1). */
    group: Bilingual.optional(),
    name: Bilingual,
    /** How agencies title the item on their ITA page: CMS short forms, variants, names from other years. */
    aliases: z.array(z.string().min(1)).default([]),
    description: Bilingual,
    elements: z.array(Element).default([]),
    disqualifiers: z.array(Disqualifier).default([]),
    period: PeriodRule,
    dependsOn: z.array(Dependency).default([]),
    offSite: z
      .object({
        /** May the evidence sit on another host when linked from the main website? */
        allowed: z.boolean(),
        /** Hosts commonly used for this item (facebook.com, gprocurement.go.th …). */
        hosts: z.array(z.string()).default([]),
        confidence: Confidence,
      })
      .strict(),
    specialChecks: z.array(SpecialCheck).default([]),
    /** Items of the previous rule set this item continues (2566 O11 ← 2565 O10 + O18). */
    continues: z.array(ItemId).default([]),
    /** Sources in `continues` whose link is less than confirmed (2566 O13 ← 2565 O20, "probably folded in"). */
    continuesConfidence: z.record(ItemId, Confidence).optional(),
    fix: Bilingual,
    confidence: z.object({ elements: Confidence, period: Confidence }).strict(),
    /** Citation keys from the domain reference (ita-oit.md §14). */
    sources: z.array(z.string()).default([]),
  })
  .strict();
export type Item = z.infer<typeof Item>;
export type ItemInput = z.input<typeof Item>;

export const SubIndicator = z
  .object({
    id: SubIndicatorId,
    name: Bilingual,
    groups: z.array(Bilingual).default([]),
  })
  .strict();

export const Indicator = z
  .object({
    id: z.string().regex(/^\d+$/),
    name: Bilingual,
    subIndicators: z.array(SubIndicator).min(1),
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

export const GradeBand = z.object({ grade: z.string().min(1), min: z.number().min(0).max(100) }).strict();

export const Scoring = z
  .object({
    /** Item 100 or 0; sub-indicator = share passed; indicator = mean of sub-indicators; OIT = mean of indicators. */
    model: z.literal('sub-indicator-mean'),
    /** Share of the ITA total carried by each instrument (ita-oit.md §8.1). */
    instrumentWeights: z.object({ iit: z.number(), eit: z.number(), oit: z.number() }).strict(),
    passMark: z.number(),
    /** Letter grades (used through ITA 2565); highest band first. */
    grades: z.array(GradeBand).min(1),
    /** Result levels (from about ITA 2567); optional. */
    levels: z
      .array(
        z
          .object({
            level: Bilingual,
            min: z.number(),
            /** Every instrument must reach this too (ผ่านดีเยี่ยม, ผ่านดี). */
            eachInstrumentMin: z.number().optional(),
          })
          .strict(),
      )
      .optional(),
    /** First ITA year (BE) in which `levels` replace `grades` (a rule set serving 2566 and 2567). */
    levelsFrom: z.number().int().min(2560).max(2700).optional(),
    /** How ITAS turns a score into two decimals (truncation is observed, unconfirmed). */
    rounding: z.enum(['truncate', 'round']).default('truncate'),
    confidence: Confidence,
  })
  .strict();
export type Scoring = z.infer<typeof Scoring>;

/** Month/day relative to the CE year in which ITA Y is carried out (Y − 543). */
const MonthDay = z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).strict();

export const RuleSet = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^ita-\d{4}$/),
    /** Assessment years (BE) this rule set serves. */
    years: z.array(z.number().int().min(2560).max(2700)).min(1),
    title: Bilingual,
    agencyTypes: z.array(z.enum(['general', 'lgo', 'school', 'moph', 'university'])).min(1),
    /** The rule set this one renumbers, for "O36 of 2565 is O34 of 2566". */
    previous: z.string().regex(/^ita-\d{4}$/).optional(),
    /** Items of the previous rule set with no successor here. */
    dropped: z
      .array(z.object({ item: ItemId, note: Bilingual, confidence: Confidence }).strict())
      .default([]),
    sources: z.array(z.object({ key: z.string(), ref: z.string() }).strict()).default([]),
    /** When agencies submit answers in ITAS (relative to CE year Y − 543): evidence after it was not seen. */
    calendar: z
      .object({ submissionStart: MonthDay, submissionEnd: MonthDay, confidence: Confidence })
      .strict(),
    scoring: Scoring,
    indicators: z.array(Indicator).min(1),
    items: z.array(Item).min(1),
  })
  .strict()
  .superRefine((rs, ctx) => {
    const subs = new Set(rs.indicators.flatMap((i) => i.subIndicators.map((s) => s.id)));
    const ids = new Set<string>();
    rs.items.forEach((item, i) => {
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate item id ${item.id}` });
      ids.add(item.id);
      if (!subs.has(item.subIndicator))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'subIndicator'], message: `unknown sub-indicator ${item.subIndicator}` });
    });
    rs.items.forEach((item, i) => {
      for (const src of Object.keys(item.continuesConfidence ?? {}))
        if (!item.continues.includes(src))
          ctx.addIssue({ code: 'custom', path: ['items', i, 'continuesConfidence', src], message: `${src} is not in continues` });
    });
    rs.items.forEach((item, i) =>
      item.dependsOn.forEach((d, j) => {
        if (!ids.has(d.item))
          ctx.addIssue({ code: 'custom', path: ['items', i, 'dependsOn', j, 'item'], message: `depends on unknown item ${d.item}` });
      }),
    );
    for (const s of subs)
      if (!rs.items.some((it) => it.subIndicator === s))
        ctx.addIssue({ code: 'custom', path: ['indicators'], message: `sub-indicator ${s} has no items` });
  });
export type RuleSet = z.infer<typeof RuleSet>;
export type RuleSetInput = z.input<typeof RuleSet>;
