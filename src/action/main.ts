import * as core from '@actions/core';
import { ConfigError, loadConfig } from '../config/load-config.js';
import type { Diagnostic } from '../facts/model.js';
import { run as runPipeline } from '../pipeline.js';
import { runSummaryMarkdown } from '../report/run-summary.js';

/** The action: inputs → config → the pipeline → outputs, job summary, annotations, exit code. */
export async function run(): Promise<void> {
  try {
    const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const config = await loadConfig(repoRoot, {
      mode: core.getInput('mode') || undefined,
      docsDir: core.getInput('docs-dir') || undefined,
      configFile: core.getInput('config-file') || undefined,
      force: core.getInput('force') ? core.getBooleanInput('force') : undefined,
    });
    const result = await runPipeline(config);

    for (const d of result.diagnostics) annotate(d);
    const files = result.changed.map((c) => c.file);
    core.setOutput('changed', files.length > 0 ? 'true' : 'false');
    core.setOutput('files', files.join('\n'));
    await core.summary.addRaw(runSummaryMarkdown(result), true).write();

    if (result.stale) {
      core.setFailed(`Architecture docs are stale: ${files.length} file(s) would change (${files.join(', ')}). Run the action in write mode, or \`architect-docs generate\`, and commit the result.`);
    } else {
      core.info(files.length > 0 ? `Updated ${files.length} file(s): ${files.join(', ')}` : 'Docs are current; nothing changed.');
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      core.error(err.message, { file: err.file, startLine: err.line, title: 'Architect Docs configuration' });
    }
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}

function annotate(d: Diagnostic): void {
  const props = { file: d.file, startLine: d.line, startColumn: d.column, title: `Architect Docs (${d.stage})` };
  if (d.severity === 'error') core.error(d.message, props);
  else if (d.severity === 'warning') core.warning(d.message, props);
  else core.notice(d.message, props);
}
