#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx baocao` needs no build step.
require('tsx/cjs');
const { main, quietOnClosedPipe } = require('../src/cli/main.ts');
quietOnClosedPipe();
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(String(err) + '\n'); process.exitCode = 2; },
);
