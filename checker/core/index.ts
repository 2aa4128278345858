// The public face of the pure core: what the Node CLI, the extension and tests import. No Node or DOM
// imports anywhere below this file (test/core-purity.test.ts bundles it for the browser to prove it).
export * from './types';
export type * from './api';
export { judgeSite, dependencyOrder } from './judge-site';
export { STATUS_LABELS } from './status-labels';
export { itemsServedBy, type ServedItem } from './discover/items-served';
export { chooseYear, ruleSetForYear, type YearChoice, type YearChoiceInput } from './choose-year';
export {
  discover,
  findIndexPages,
  isIndexPageCandidate,
  itemLinksOf,
  readIndexPage,
  itaCue,
  pageYear,
  yearOfLabel,
  TitleMatcher,
  canonicalUrl,
  hostOf,
  isOwnHost,
  siteHostsFrom,
  yearFromUrl,
  isDocumentUrl,
  isGenericText,
  type IndexPageCandidate,
  type IndexPageOptions,
  type ItemLinksOptions,
  type PageRows,
  type TitleHit,
} from './discover';
export { scoreVerdicts, pointCosts, decideGrade, gradeOf, levelOf, toTwoDecimals, instrumentWeights, type PointCost, type ScoreOptions, type GradeDecision } from './score';
export { judgeItem } from './judge';
export * as text from './text';
export * as dates from './dates';
export * from './text';
export * from './dates';
