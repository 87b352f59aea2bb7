#!/usr/bin/env node
// Thin shim: all logic lives in the compiled library (dist/), built by `npm install`.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
