#!/usr/bin/env node
// Runs the built CLI (dist/node/cli.js): the published package ships it; in a clone of the
// repository, `npm run build` (or `npm test`, which builds when needed) makes it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/node/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'privacy-consent: dist/node/cli.js is missing. In a clone of the repository, run `npm run build` first.',
  );
  process.exit(2);
}
const { run } = await import(cli.href);
process.exitCode = await run(process.argv.slice(2));
