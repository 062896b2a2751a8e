#!/usr/bin/env node
// Runs the built CLI (dist/node/cli.js, made by `npm run build`, which `npm ci` runs via `prepare`).
import { run } from '../dist/node/cli.js';

process.exitCode = await run(process.argv.slice(2));
