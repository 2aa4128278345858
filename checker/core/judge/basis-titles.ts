// Titles of the projects, activities or measures a basis document lists (ita-oit.md §5): a dependent item
// (a follow-up report, O43's progress on O42's measures) should name them again.
import type { Snapshot } from '../types';

/** Column headers ("มาตรการ/แนวทาง", "โครงการ/กิจกรรม") are not titles. */
const HEADER = /^(?:โครงการ|กิจกรรม|มาตรการ)\s*\/?\s*(?:แนวทาง|กิจกรรม|โครงการ)?\s*$/u;

/**
 * Lines or table cells of the snapshots that start with one of `heads` followed directly by a name
 * ("มาตรการส่งเสริม…", "โครงการอบรม…"), numbering stripped, at most `limit`.
 */
export function basisTitles(snaps: readonly Snapshot[], heads: readonly string[] = ['โครงการ', 'กิจกรรม', 'มาตรการ'], limit = 40): string[] {
  const start = new RegExp(`^(?:${heads.join('|')})\\S`, 'u');
  const out = new Set<string>();
  const clean = (raw: string) => raw.replace(/^[\s\d.)\-•๐-๙]+/, '').trim();
  for (const s of snaps) {
    // The document's own heading ("มาตรการส่งเสริมคุณธรรม… ประจำปี…") names the item, not one of its measures.
    const own = new Set([s.title, ...(s.headings ?? []), s.text.split('\n').find((l) => l.trim()) ?? ''].map(clean));
    // Table rows come as "cell | cell | …" in blocks and text alike: each cell is read on its own.
    for (const raw of [...(s.blocks ?? []), ...s.text.split('\n')].flatMap((b) => b.split('|'))) {
      const l = clean(raw);
      if (l.length < 12 || l.length > 160 || !start.test(l) || HEADER.test(l) || own.has(l)) continue;
      out.add(l.slice(0, 80));
      if (out.size >= limit) return [...out];
    }
  }
  return [...out];
}
