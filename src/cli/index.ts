// The CLI's entry point, bundled to dist/cli/index.js and started by bin/architect-docs.js.
import { main } from './main.js';

// `architect-docs plan | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

process.exitCode = await main(process.argv.slice(2));
