// "Soft 404": the server answers 200 with a page that says the page does not exist (Thai CMSs do this for
// deleted news and moved ITA files). Such a link is dead for an assessor, so the snapshot carries an error and the
// judge calls an own-host target broken. Only the title/headings, or the whole text of a short page, are
// trusted: a real page may mention "ไม่พบ" in passing, and CMS templates wrap the error in long menus.
const PHRASES = [
  // "ไม่พบหน้า" then an end, "ที่…", "เว็บ", "นี้" — not "ไม่พบหน้ากาก…" (a mask) or other words starting with หน้า.
  /ไม่พบ\s*(?:หน้า|เพจ)(?=$|[\s.!,:;()\-]|ที่|ซึ่ง|เว็บ|นี้)/,
  /(?:หน้า|เพจ)\s*(?:ที่|ซึ่ง)\s*(?:คุณ|ท่าน)\s*(?:ต้องการ|ค้นหา|เรียก)\s*(?:ไม่มีอยู่|ไม่พบ|ถูกลบ)/,
  /ไม่พบ\s*(?:ข้อมูล|บทความ|ไฟล์|เอกสาร)\s*(?:ที่|ซึ่ง)\s*(?:คุณ|ท่าน)\s*(?:ต้องการ|ค้นหา|เรียก)/,
  /\b404\b.{0,30}(?:not\s*found|ไม่พบ)|(?:not\s*found|ไม่พบ).{0,30}\b404\b/i,
  /\bpage\s+(?:was\s+)?not\s+found\b|\bthe\s+page\s+you\s+(?:requested|are\s+looking\s+for)\s+(?:does\s*n[o']t|could\s+not)/i,
];

const SHORT_PAGE = 1_200;

export function softNotFound(p: { status: number; title: string; headings: Array<{ text: string }> | string[]; text: string }): string | undefined {
  if (p.status !== 200) return undefined;
  // Runs on every crawled page: no arrays built per page.
  if (matchesPhrase(p.title)) return p.title.trim();
  for (const h of p.headings) {
    const t = typeof h === 'string' ? h : h.text;
    if (matchesPhrase(t)) return t.trim();
  }
  // Collapsing whitespace shortens a text only where two whitespace characters meet (trimming by at most two): a
  // longer text without such a pair stays long, and is not copied just to find that out (runs on every page).
  if (p.text.length > SHORT_PAGE + 2 && !/\s\s/.test(p.text)) return undefined;
  const body = p.text.replace(/\s+/g, ' ').trim();
  if (body.length <= SHORT_PAGE) {
    for (const re of PHRASES) {
      const m = re.exec(body);
      if (m) return m[0];
    }
  }
  return undefined;
}

function matchesPhrase(h: string): boolean {
  return h.length <= 160 && PHRASES.some((re) => re.test(h));
}
