import type { Command } from 'commander';

// Placeholder until the command lands.
export function registerRules(program: Command): void {
  program.command('rules').description('(not yet implemented)').action(() => {
    console.error('oit rules: not implemented yet');
    process.exit(1);
  });
}
