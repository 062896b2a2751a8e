// Runs the CLI from source: `npx tsx scripts/cli.ts validate demo/policies/*.json`.
import { run } from '../src/cli.js';

process.exitCode = await run(process.argv.slice(2));
