import type { Command } from 'commander';

// Placeholder until the command lands.
export function registerCheck(program: Command): void {
  program.command('check').description('(not yet implemented)').action(() => {
    console.error('oit check: not implemented yet');
    process.exit(1);
  });
}
