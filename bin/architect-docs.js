#!/usr/bin/env node
// Runs the committed bundle as the CLI, so a fresh clone works without a build step.
globalThis.architectDocsCliArgs = process.argv.slice(2);
await import('../dist/index.js');
