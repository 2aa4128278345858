import { EXIT_INTERNAL, EXIT_USAGE, UsageError } from '../errors';

/** Prints a command's failure and returns its exit code: 2 for usage, 3 for a fault of the tool itself. */
export function handleCommandError(e: unknown, command: string): number {
  if (e instanceof UsageError) {
    console.error(`oit ${command}: ${e.message}`);
    return EXIT_USAGE;
  }
  console.error(`oit ${command}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return EXIT_INTERNAL;
}
