#!/usr/bin/env node
// Runs the bundled CLI, so a fresh clone works without a build step.
await import('../dist/cli/index.js');
