// Parsing and checking of command-line values. Every problem is a UsageError (exit 2) with a message, in Thai
// and English, that names the option and the accepted values.
import { FAILING_STATUSES, ReportStatus, parseReport, type Report } from '../core/report-schema';
import { REPORT_FORMATS, parseFormats, type ReportFormat } from '../report/write';
import { UsageError, readUserFile } from './errors';

export function parseSiteUrl(value: string, what = 'URL'): string {
  let v = value.trim();
  // People type "www.agency.go.th"; only a bare host gets a scheme added, never another scheme.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(v)) v = `https://${v}`;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new UsageError({
      th: `${what} "${value}" ไม่ใช่ที่อยู่เว็บไซต์ที่ถูกต้อง (ตัวอย่าง: https://www.agency.go.th/)`,
      en: `${what} "${value}" is not a valid web address (example: https://www.agency.go.th/)`,
    });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError({ th: `${what} "${value}" ต้องขึ้นต้นด้วย http:// หรือ https://`, en: `${what} "${value}" must be http:// or https://` });
  const host = u.hostname;
  const plausible = host === 'localhost' || host.startsWith('[') || (/\./.test(host) && !/^\.|\.\.|\.$/.test(host));
  if (!plausible) throw new UsageError({ th: `${what} "${value}" ไม่มีชื่อเว็บไซต์ (host) ที่ถูกต้อง`, en: `${what} "${value}" has no valid host name` });
  return u.href;
}

export function parseIntOption(name: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(String(value).trim())) throw new UsageError({ th: `${name} ต้องเป็นจำนวนเต็ม (ได้รับ "${value}")`, en: `${name} must be a whole number (got "${value}")` });
  const n = Number(value);
  if (n < min || n > max) throw new UsageError({ th: `${name} ต้องอยู่ระหว่าง ${min} ถึง ${max} (ได้รับ ${n})`, en: `${name} must be between ${min} and ${max} (got ${n})` });
  return n;
}

/** An ITA year in BE. A CE year (2022) is a common slip: say what it probably meant. */
export function parseYearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  if (!/^\d{4}$/.test(v)) throw new UsageError({ th: `--year ต้องเป็นปี พ.ศ. เช่น 2565 (ได้รับ "${value}")`, en: `--year must be a Buddhist-Era year such as 2565 (got "${value}")` });
  const y = Number(v);
  if (y < 2500) throw new UsageError({
      th: `--year ${y} ดูเหมือนเป็นปี ค.ศ.; ปีของ ITA เป็นปี พ.ศ. (ค.ศ. ${y} = พ.ศ. ${y + 543})`,
      en: `--year ${y} looks like a CE year; ITA years are Buddhist Era (${y} CE = ${y + 543})`,
    });
  return y;
}

export function parseScoreOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new UsageError({ th: `${name} ต้องเป็นคะแนนตั้งแต่ 0 ถึง 100 (ได้รับ "${value}")`, en: `${name} must be a score from 0 to 100 (got "${value}")` });
  return n;
}

export const RENDER_MODES = ['auto', 'never', 'always'] as const;
export type RenderMode = (typeof RENDER_MODES)[number];

export function parseRender(value: string | undefined): RenderMode {
  const v = (value ?? 'auto').trim().toLowerCase();
  if (!(RENDER_MODES as readonly string[]).includes(v)) throw new UsageError({ th: `--render ต้องเป็นค่าใดค่าหนึ่งใน ${RENDER_MODES.join(', ')} (ได้รับ "${value}")`, en: `--render must be one of ${RENDER_MODES.join(', ')} (got "${value}")` });
  return v as RenderMode;
}

export interface FailOn {
  statuses: Set<ReportStatus>;
  /** Fail only on failures that are new against --baseline. */
  newOnly: boolean;
}

/** "missing,outdated" | "any" (every failing status: missing, outdated, incomplete, broken) | "new" | "none". */
export function parseFailOn(value: string | undefined): FailOn | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const statuses = new Set<ReportStatus>();
  let newOnly = false;
  for (const n of names) {
    if (n === 'none') continue;
    if (n === 'any') FAILING_STATUSES.forEach((s) => statuses.add(s));
    else if (n === 'new') newOnly = true;
    else if (n === 'review') statuses.add('needs-review');
    else if ((ReportStatus.options as readonly string[]).includes(n) && n !== 'pass') statuses.add(n as ReportStatus);
    else
      throw new UsageError({
        th: `--fail-on: ไม่รู้จักค่า "${n}" (ใช้ any, new, none หรือสถานะ missing, outdated, incomplete, broken, needs-review)`,
        en: `--fail-on: unknown value "${n}" (use any, new, none, or statuses: missing, outdated, incomplete, broken, needs-review)`,
      });
  }
  if (newOnly && !statuses.size) FAILING_STATUSES.forEach((s) => statuses.add(s));
  if (!statuses.size && !newOnly) return undefined;
  return { statuses, newOnly };
}

/** Exit 1 when --fail-on matches the report (with --fail-on new: only failures new against the baseline). */
export function failOnMatches(report: Report, failOn: FailOn | undefined): string[] {
  if (!failOn) return [];
  if (failOn.newOnly) {
    const news = report.baseline?.newFailures ?? [];
    return news.filter((e) => failOn.statuses.has(e.status)).map((e) => `${e.item} ${e.status}`);
  }
  return report.items.filter((i) => failOn.statuses.has(i.status)).map((i) => `${i.id} ${i.status}`);
}

export function readBaseline(path: string): Report {
  const text = readUserFile(path, '--baseline');
  try {
    return parseReport(text);
  } catch (e) {
    throw new UsageError({ th: `--baseline ${path}: ไม่ใช่ report.json ที่อ่านได้ (${(e as Error).message})`, en: `--baseline ${path}: not a readable report.json (${(e as Error).message})` });
  }
}

/** "--shard 2/8": this process takes the sites whose hash falls in slot 2 of 8 (1-based). */
export function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!m) throw new UsageError({ th: `--shard ต้องอยู่ในรูป i/n เช่น 1/4 (ได้รับ "${value}")`, en: `--shard must look like 1/4 (got "${value}")` });
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new UsageError({ th: `--shard ${value}: ต้องเป็น 1 ≤ i ≤ n`, en: `--shard ${value}: need 1 ≤ i ≤ n` });
  return { index, count };
}

/** "json,html": the report formats to write. */
export function parseFormatOption(value: string): ReportFormat[] {
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const known = REPORT_FORMATS.join(', ');
  if (!names.length) throw new UsageError({ th: `--format: ไม่ได้ระบุรูปแบบรายงาน (มี ${known})`, en: `--format: no report format given (known: ${known})` });
  const unknown = names.filter((n) => !(REPORT_FORMATS as readonly string[]).includes(n));
  if (unknown.length)
    throw new UsageError({
      th: `--format: ไม่รู้จักรูปแบบรายงาน "${unknown.join('", "')}" (มี ${known})`,
      en: `--format: unknown report format "${unknown.join('", "')}" (known: ${known})`,
    });
  return parseFormats(names.join(','));
}

/** --now: "judge as if today were" this date. */
export function parseNowOption(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const now = new Date(value);
  if (Number.isNaN(now.getTime()))
    throw new UsageError({ th: `--now ต้องเป็นวันที่แบบ ISO เช่น 2022-04-15 (ได้รับ "${value}")`, en: `--now must be an ISO date such as 2022-04-15 (got "${value}")` });
  return now;
}
