// Which ITA year a page title, heading or URL is for (ita-oit.md §12.1): "ITA 2565", "ita2565", "ita-2565",
// "OIT ๒๕๖๕", CE slugs "ita2023" → 2566, "oit66", and fiscal-year phrases next to ITA/OIT/คุณธรรมและความโปร่งใส.
import { normalizeThai } from '../text/normalize';
import { toBE } from './years';

// "ita2565", "ITA 2565", "ita-2023", "ITA ประจำปี พ.ศ. 2565", "/ita_66/", "(ITA) ประจำปีงบประมาณ 2566"
const CODE_YEAR =
  /(?<![a-z])(?:ita|oit|itas)\)?[\s\-_/.]*(?:ประจำ\s?)?(?:ปี\s?)?(?:งบ\s?ประมาณ\s?)?(?:พ\.?\s?ศ\.?\s?)?(\d{4}|\d{2})(?!\d|\s*คะแนน|\s*%|\.\d)/g;
const CUE = /(?<![a-z])(?:ita|oit)(?![a-z])|คุณธรรมและความโปร่งใส|การเปิดเผยข้อมูลสาธารณะ|แบบตรวจการเปิดเผยข้อมูล/g;
const FY_PHRASE = /(?:ป[ีิ]\s?งบ(?:\s?ประมาณ)?|ประจำปี|ปี)[\s\-_]*(?:พ\.?\s?ศ\.?\s*)?(\d{4})(?!\d)|พ\.?\s?ศ\.?\s*(\d{4})(?!\d)/g;

/** ITA years (BE) the text names, in order of appearance, without duplicates. */
export function findItaYears(text: string): number[] {
  let s = text;
  // URLs carry percent-encoded Thai; decode when it is safe so "ปีงบประมาณ" in a slug is readable.
  if (/%[0-9A-Fa-f]{2}/.test(s)) {
    try {
      s = decodeURIComponent(s);
    } catch {
      /* keep as is */
    }
  }
  s = normalizeThai(s).toLowerCase();
  const found: Array<[number, number]> = [];
  for (const m of s.matchAll(CODE_YEAR)) {
    const d = m[1];
    // Two digits only glued to the code ("oit66", "ita-66"), never "ITA 90 คะแนน".
    if (d.length === 2 && !/(?:ita|oit|itas)[-_]?\d{2}$/.test(m[0])) continue;
    if (d.length === 2 && Number(d) < 50) continue;
    const y = toBE(d, undefined);
    if (y && y >= 2550 && y <= 2650) found.push([m.index, y]);
  }
  const cues = [...s.matchAll(CUE)].map((m) => m.index);
  if (cues.length) {
    for (const m of s.matchAll(FY_PHRASE)) {
      const y = toBE(m[1] ?? m[2], 'BE');
      if (!y || y < 2550 || y > 2650) continue;
      if (cues.some((c) => Math.abs(c - m.index) <= 120)) found.push([m.index, y]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  return [...new Set(found.map(([, y]) => y))];
}
