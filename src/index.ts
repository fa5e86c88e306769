// The one bundled entry, dist/index.js. GitHub starts it as the action (action.yml `runs.main`);
// bin/architect-docs.js starts it as the CLI by handing over the arguments first. One bundle
// serves both, so the pipeline ships once.
import { run as runAction } from './action/main.js';
import { main as runCli } from './cli/main.js';

const cliArgs = (globalThis as { architectDocsCliArgs?: string[] }).architectDocsCliArgs;
if (cliArgs) {
  // `architect-docs plan | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  process.exitCode = await runCli(cliArgs);
} else {
  await runAction();
}
