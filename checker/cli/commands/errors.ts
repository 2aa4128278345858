import { EXIT_INTERNAL, EXIT_USAGE, UsageError } from '../errors';

/** Prints a command's failure and returns its exit code: 2 for usage, 3 for a fault of the tool itself. */
export function handleCommandError(e: unknown, command: string): number {
  if (e instanceof UsageError) {
    for (const line of e.lines()) console.error(`oit ${command}: ${line}`);
    return EXIT_USAGE;
  }
  console.error(`oit ${command}: เกิดข้อผิดพลาดภายในโปรแกรม / internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return EXIT_INTERNAL;
}
