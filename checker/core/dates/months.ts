// Month tables from thai-text-and-dates.md §4 (built here, not from Intl output at run time).
export const MONTHS: ReadonlyArray<{ full: string; abbr: string; extra: string[] }> = [
  { full: 'มกราคม', abbr: 'ม.ค.', extra: ['มกรา'] },
  { full: 'กุมภาพันธ์', abbr: 'ก.พ.', extra: ['กุมภา', 'กุมภาพันธ'] },
  { full: 'มีนาคม', abbr: 'มี.ค.', extra: ['มีนา'] },
  { full: 'เมษายน', abbr: 'เม.ย.', extra: ['เมษา'] },
  { full: 'พฤษภาคม', abbr: 'พ.ค.', extra: ['พฤษภา'] },
  { full: 'มิถุนายน', abbr: 'มิ.ย.', extra: ['มิถุนา'] },
  { full: 'กรกฎาคม', abbr: 'ก.ค.', extra: ['กรกฎา', 'กรกฏาคม'] },
  { full: 'สิงหาคม', abbr: 'ส.ค.', extra: ['สิงหา'] },
  { full: 'กันยายน', abbr: 'ก.ย.', extra: ['กันยา'] },
  { full: 'ตุลาคม', abbr: 'ต.ค.', extra: ['ตุลา'] },
  { full: 'พฤศจิกายน', abbr: 'พ.ย.', extra: ['พฤศจิกา'] },
  { full: 'ธันวาคม', abbr: 'ธ.ค.', extra: ['ธันวา'] },
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Full and informal names (distinctive enough to match anywhere). */
const NAMES = MONTHS.flatMap((mo) => [mo.full, ...mo.extra]).sort((a, b) => b.length - a.length);
/** Abbreviations with optional dots and optional space after a dot: ม.ค. ม.ค มค. มค "ม. ค." */
const ABBRS = MONTHS.map((mo) => mo.abbr)
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/\.$/, '').split('.').map(esc).join('\\.?\\s?') + '\\.?');

/**
 * One month token. Abbreviations must not follow a Thai letter or a dotted abbreviation (อ.ก.พ.), and must
 * not be followed by "<Thai letter>." (ก.พ.ร., ก.ค.ศ.) — thai-text-and-dates.md §9.1.
 */
export const MONTH_SRC =
  `(?:เดือน\\s?)?(?:(${NAMES.map(esc).join('|')})|(?<![\\u0E01-\\u0E4E.])(${ABBRS.join('|')}))(?!\\s?[\\u0E01-\\u0E2E]\\.)(?![\\u0E01-\\u0E2E\\u0E30-\\u0E4E])`;

const lookup = new Map<string, number>();
MONTHS.forEach((mo, i) => {
  lookup.set(mo.full, i + 1);
  for (const e of mo.extra) lookup.set(e, i + 1);
  lookup.set(mo.abbr.replace(/[.\s]/g, ''), i + 1);
});

/** Month number (1..12) of a month token (any accepted spelling), or undefined. */
export function monthNumber(token: string): number | undefined {
  const t = token.replace(/^เดือน\s?/, '');
  return lookup.get(t) ?? lookup.get(t.replace(/[.\s]/g, ''));
}
