// Era of a year number (thai-text-and-dates.md §3): two digits are BE (2500 + yy); four digits ≥ 2400 are BE;
// 1900–2099 are CE when a year at all; ค.ศ. marks CE explicitly.

export type Era = 'BE' | 'CE' | undefined;

export function eraOf(marker: string | undefined): Era {
  if (!marker) return undefined;
  return /^ค/.test(marker) ? 'CE' : 'BE';
}

/** BE year of a year token, or null when it cannot be a year. `allowCE`: accept unmarked 1900–2099 as CE. */
export function toBE(digits: string, era: Era, allowCE = true): number | null {
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  if (digits.length === 2) return era === 'CE' ? 2000 + n + 543 : 2500 + n;
  if (digits.length !== 4) return null;
  if (era === 'CE') return n >= 1900 && n <= 2099 ? n + 543 : null;
  if (n >= 2400 && n <= 2700) return n;
  if (era === 'BE') return null;
  if (allowCE && n >= 1900 && n <= 2099) return n + 543;
  return null;
}

/** Regex source of an era marker: พ.ศ. / พ.ศ / พศ. / ค.ศ. (spaces tolerated). */
export const ERA_SRC = '(?:(พ\\.?\\s?ศ\\.?|ค\\.?\\s?ศ\\.?)\\s*)';
