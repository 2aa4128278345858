// The assessor's item → URL(s) map (ITAS submission, §12.5): CSV rows "item,url[,url…]" (a header row and
// extra columns such as the item name or มี/ไม่มี are ignored) or JSON {"O1": "url" | ["url", …]} or
// [{item, url|urls}]. Only these URLs are checked, as ITAS clarification re-checks only submitted links.
import { parseCsv } from './csv-parse';
import { UsageError, readUserFile } from './errors';

const THAI_DIGITS = /[๐-๙]/g;
const toAscii = (s: string) => s.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));

/** "O1", "o 01", "O-1", "๐๑"-free forms → "O1"; undefined for anything else. */
export function normaliseItemId(cell: string): string | undefined {
  const m = /^\s*[Oo]\s*[-–.]?\s*0*(\d{1,2})\s*$/.exec(toAscii(cell));
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= 99 ? `O${n}` : undefined;
}

function urlsIn(cell: string): string[] {
  return cell.match(/https?:\/\/[^\s,;"'<>]+/gi) ?? [];
}

function add(map: Record<string, string[]>, item: string, urls: string[]) {
  const list = (map[item] ??= []);
  for (const u of urls) {
    try {
      const href = new URL(u).href;
      if (!list.includes(href)) list.push(href);
    } catch {
      throw new UsageError({ th: `--map: "${u}" ของข้อ ${item} ไม่ใช่ URL ที่ถูกต้อง`, en: `--map: "${u}" for ${item} is not a valid URL` });
    }
  }
}

export function parseItemMap(text: string, file = 'map'): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      throw new UsageError({ th: `--map ${file}: ไม่ใช่ JSON ที่ถูกต้อง (${(e as Error).message})`, en: `--map ${file}: not valid JSON (${(e as Error).message})` });
    }
    const entries: Array<[string, unknown]> = Array.isArray(data)
      ? data.map((r) => {
          const o = (r ?? {}) as Record<string, unknown>;
          return [String(o.item ?? o.id ?? ''), o.urls ?? o.url] as [string, unknown];
        })
      : Object.entries(data as Record<string, unknown>);
    for (const [key, value] of entries) {
      const id = normaliseItemId(key);
      if (!id) throw new UsageError({ th: `--map ${file}: "${key}" ไม่ใช่รหัสข้อ เช่น O1 … O43`, en: `--map ${file}: "${key}" is not an item code like O1 … O43` });
      const urls = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').flatMap((v) => (urlsIn(v).length ? urlsIn(v) : [v]));
      add(map, id, urls);
    }
  } else {
    const rows = parseCsv(trimmed);
    rows.forEach((row, i) => {
      const id = row.map(normaliseItemId).find(Boolean);
      const urls = row.flatMap(urlsIn);
      if (!id) {
        if (i === 0 || !urls.length) return; // header row, or a blank/comment-like line
        throw new UsageError({ th: `--map ${file}: แถวที่ ${i + 1} มี URL แต่ไม่มีรหัสข้อ (O1 … O43)`, en: `--map ${file}: row ${i + 1} has URLs but no item code (O1 … O43)` });
      }
      add(map, id, urls);
    });
  }
  for (const k of Object.keys(map)) if (!map[k]!.length) delete map[k];
  if (!Object.keys(map).length)
    throw new UsageError({ th: `--map ${file}: ไม่พบแถว ข้อ → URL (ตัวอย่าง "O1,https://…")`, en: `--map ${file}: no item → URL rows found (expected e.g. "O1,https://…")` });
  return map;
}

export function readItemMap(path: string): Record<string, string[]> {
  const text = readUserFile(path, '--map');
  return parseItemMap(text, path);
}
