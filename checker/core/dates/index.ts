// Dates layer of the pure core: fiscal arithmetic, Thai date extraction with roles, ITA years.
export {
  fiscalYearOf,
  fiscalYearOfBE,
  fyWindow,
  firstHalf,
  secondHalf,
  quarterOf,
  quarterWindow,
  bangkokDate,
  currentFiscalYear,
  beToIso,
  lastDayOf,
} from './fiscal';
export { extractPeriods, type ExtractOptions } from './extract';
export { findItaYears } from './itaYears';
export { provingYears, provingPeriods, fiscalYearsOf, fiscalYearsIn, fiscalSpanOf, coversFiscalYear, PROVING_ROLES, type PeriodRole } from './proving';
export { MONTHS, monthNumber } from './months';
export { toBE } from './years';
