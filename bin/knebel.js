#!/usr/bin/env node
// Thin shim: all logic lives in the compiled library (dist/), built by `npm install`.
import { quickAnswer } from '../dist/cli/quick.js';
import { guardStandardStreams } from '../dist/cli/std-streams.js';

// `knebel … | head` ends quietly; other write errors on standard output print one line (exit 74)
guardStandardStreams(process.stdout, process.stderr);

const quick = quickAnswer(process.argv.slice(2));
if (quick !== undefined) process.stdout.write(quick);
else {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv);
}
