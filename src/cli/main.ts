import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load-config.js';
import { extractFacts, run } from '../pipeline.js';
import { formatDiagnostic } from '../report/run-summary.js';

const USAGE = `Usage: architect-docs <command> [--repo DIR] [--docs-dir DIR] [--config FILE] [--force]

Commands:
  facts      print the fact model (JSON) read from the repository's sources
  generate   write or update the docs in the repository's docs folder
  check      exit 1 and list the files that would change when the docs are stale

Options:
  --repo DIR       repository to document (default: the current folder)
  --docs-dir DIR   docs folder inside the repository (default: docs/architecture)
  --config FILE    config file inside the repository (default: .github/architect-docs.yml)
  --force          re-read every source and overwrite hand-edited generated blocks
`;

/** The CLI: the same pipeline as the action, for local use. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { repo: { type: 'string' }, 'docs-dir': { type: 'string' }, config: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command] = parsed.positionals;
  if (parsed.values.help || !command) {
    process.stdout.write(USAGE);
    return command || parsed.values.help ? 0 : 2;
  }
  if (!['facts', 'generate', 'check'].includes(command)) {
    process.stderr.write(`unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const repoRoot = resolve(parsed.values.repo ?? '.');
  try {
    const config = await loadConfig(
      repoRoot,
      { docsDir: parsed.values['docs-dir'], configFile: parsed.values.config, force: parsed.values.force, mode: command === 'check' ? 'check' : 'write' },
      'command line',
    );
    if (command === 'facts') {
      const facts = await extractFacts(config);
      process.stdout.write(`${JSON.stringify(facts, null, 2)}\n`);
      for (const d of facts.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      return 0;
    }
    const result = await run(config);
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    const where = relative(process.cwd(), resolve(repoRoot, config.docsDir)) || '.';
    if (command === 'check') {
      if (!result.stale) {
        process.stdout.write(`Docs in ${where} are current.\n`);
        return 0;
      }
      process.stdout.write(`Docs in ${where} are stale; these files would change:\n${result.changed.map((c) => `  ${c.file}\n`).join('')}`);
      return 1;
    }
    const needsModel = result.docs.reduce((n, d) => n + d.needsModel.length, 0);
    process.stdout.write(
      result.changed.length > 0
        ? `Wrote ${result.changed.length} file(s) to ${where}/:\n${result.changed.map((c) => `  ${c.file}\n`).join('')}`
        : `Docs in ${where}/ are already current; nothing changed.\n`,
    );
    process.stdout.write(`Open ${where}/README.md to start reading.\n`);
    if (needsModel > 0) process.stdout.write(`${needsModel} narrative sections need the architect model and say so (offline run).\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`architect-docs: ${err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}
