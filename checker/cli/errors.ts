// Exit codes of the report-writing commands (pa11y/lychee style, fixed here so CI can rely on them):
// 0 the check ran (whatever it found), 1 --fail-on matched, 2 bad usage, 3 the tool itself failed.
export const EXIT_OK = 0;
export const EXIT_FAIL_ON = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

/** Bad input from the user (URL, year, format, unreadable file): exit 2 with this message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
