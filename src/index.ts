// The one bundled entry, dist/index.js. GitHub starts it as the action (action.yml `runs.main`);
// bin/architect-docs.js starts it as the CLI by handing over the arguments first. One bundle
// serves both, so the pipeline ships once. Each entry is imported only when it is the one started,
// so the CLI never loads the action's toolkit and neither loads more than its no-op check needs.

const cliArgs = (globalThis as { architectDocsCliArgs?: string[] }).architectDocsCliArgs;
if (cliArgs) {
  // `architect-docs plan | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(cliArgs);
} else {
  const { run } = await import('./action/main.js');
  await run();
}
