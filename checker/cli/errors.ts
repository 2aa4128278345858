import { readFileSync } from 'node:fs';

// Exit codes of the report-writing commands (pa11y/lychee style, fixed here so CI can rely on them):
// 0 the check ran (whatever it found), 1 --fail-on matched, 2 bad usage, 3 the tool itself failed.
export const EXIT_OK = 0;
export const EXIT_FAIL_ON = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export interface UsageText {
  th: string;
  en: string;
}

/**
 * Bad input from the user (URL, year, format, unreadable file): exit 2 with this message, Thai first and
 * English beside it, the way `oit rules --year 2569` answers. A plain string is taken as both (for callers
 * that have only one wording, e.g. a message quoted from a library).
 */
export class UsageError extends Error {
  readonly th: string;
  readonly en: string;
  constructor(text: UsageText | string) {
    const t = typeof text === 'string' ? { th: text, en: text } : text;
    super(t.th === t.en ? t.en : `${t.th}\n${t.en}`);
    this.name = 'UsageError';
    this.th = t.th;
    this.en = t.en;
  }

  /** The lines to print: Thai then English (one line when both are the same text). */
  lines(): string[] {
    return this.th === this.en ? [this.en] : [this.th, this.en];
  }
}

/** The text of a file the user named with `option` (--map, --sites, --baseline …), or a UsageError saying why not. */
export function readUserFile(path: string, option: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError({ th: `${option}: อ่านไฟล์ ${path} ไม่ได้ (${why})`, en: `${option}: cannot read ${path} (${why})` });
  }
}
