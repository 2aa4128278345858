import type { Command } from 'commander';

// Placeholder until the command lands.
export function registerPage(program: Command): void {
  program.command('page').description('(not yet implemented)').action(() => {
    console.error('oit page: not implemented yet');
    process.exit(1);
  });
}
