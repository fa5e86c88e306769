import type { Diagnostic } from '../facts/model.js';
import type { RunResult } from '../pipeline.js';

/**
 * The job summary: what was read, what changed, and every diagnostic, as Markdown.
 * Built from the run result only, so the CLI can print the same report.
 */
export function runSummaryMarkdown(result: RunResult): string {
  const { facts } = result;
  const lines: string[] = ['## Architect Docs', ''];
  const verdict =
    result.mode === 'check'
      ? result.stale
        ? `**Docs are stale**: ${result.changed.length} file(s) would change.`
        : '**Docs are current.**'
      : result.changed.length > 0
        ? `**${result.changed.length} file(s) updated.**`
        : '**No changes**: the docs already match the sources.';
  lines.push(verdict, '');
  lines.push(
    '| Read | Count |',
    '| --- | --- |',
    `| OpenAPI operations | ${facts.api.operations.length} (${facts.api.specs.length} specs) |`,
    `| Tables and views | ${facts.schema.tables.length} (${facts.schema.migrations.length} migrations) |`,
    `| Infrastructure components | ${facts.infra.components.length} |`,
    `| Input files | ${facts.inputs.length} |`,
    '',
  );
  lines.push(result.extracted ? 'Sources were re-read: their hashes changed since the last run.' : 'Sources unchanged since the last run: facts reused from the state file.', '');
  if (result.changed.length > 0) {
    lines.push(result.mode === 'check' ? '### Files that would change' : '### Files changed', '');
    for (const c of result.changed) lines.push(`- \`${c.file}\``);
    lines.push('');
  }
  const offline = result.docs.filter((d) => d.needsModel.length > 0);
  if (offline.length > 0) {
    lines.push(`### Needs the model`, '', `${offline.reduce((n, d) => n + d.needsModel.length, 0)} narrative sections are not written: this run had no model (offline). The facts sections are complete.`, '');
  }
  lines.push(...diagnosticsTable(result.diagnostics));
  return lines.join('\n');
}

function diagnosticsTable(diagnostics: Diagnostic[]): string[] {
  if (diagnostics.length === 0) return ['No diagnostics.', ''];
  const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    `### Diagnostics (${diagnostics.length})`,
    '',
    '| Severity | Where | Message |',
    '| --- | --- | --- |',
    ...diagnostics.map((d) => `| ${d.severity} | \`${cell(d.line ? `${d.file}:${d.line}` : d.file)}\` | ${cell(d.message)} |`),
    '',
  ];
}

/** One line per diagnostic, compiler style, for terminals. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
  return `${where}: ${d.severity}: ${d.message}`;
}
