#!/usr/bin/env node
// The package's `oit` command. The project ships TypeScript and runs it through tsx, so there is no
// build step for a user to remember; `npm run --silent oit -- …` runs the same entry point.
import { register } from 'tsx/esm/api';

register();
await import('../checker/cli/main.ts');
