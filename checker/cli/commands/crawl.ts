import type { Command } from 'commander';

// Placeholder until the command lands.
export function registerCrawl(program: Command): void {
  program.command('crawl').description('(not yet implemented)').action(() => {
    console.error('oit crawl: not implemented yet');
    process.exit(1);
  });
}
