import type { ApiChange } from '../facts/model.js';
import { changeRisksMarkdown } from '../docs/change-risks.js';
import type { Diagnostic, Finding } from '../facts/model.js';
import type { RunResult } from '../publish/run-result.js';

/**
 * The job summary: the risks the change introduces, what was read, what changed, and every
 * diagnostic, as Markdown.
 * Built from the run result only, so the CLI can print the same report.
 */
export function runSummaryMarkdown(result: RunResult): string {
  const { facts } = result;
  const lines: string[] = ['## Architect Docs', ''];
  // What the change brings leads: a reviewer reads the new risks before the bookkeeping.
  const risks = changeRisksMarkdown(result.findings);
  if (risks) lines.push(risks);
  lines.push(...apiChangeLines(result.apiChanges));
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
  lines.push(
    result.extracted
      ? 'Sources were re-read: their hashes changed since the last run.'
      : 'Sources unchanged since the last run: their facts were taken from the facts cache.',
    '',
  );
  if (result.changed.length > 0) {
    lines.push(result.mode === 'check' ? '### Files that would change' : '### Files changed', '');
    for (const c of result.changed) lines.push(`- \`${c.file}\``);
    lines.push('');
  }
  lines.push(...agentReport(result));
  lines.push(...diagnosticsTable(result.diagnostics));
  return lines.join('\n');
}

/** The contract changes a client may feel, as their tools name them (oasdiff, buf, graphql-js). */
export function apiChangeLines(changes: readonly ApiChange[]): string[] {
  if (changes.length === 0) return [];
  const breaking = changes.filter((c) => c.level === 'error').length;
  const lines = [
    `### API changes (${breaking} breaking, ${changes.length - breaking} to review)`,
    '',
    '| Level | Rule | About | Change |',
    '| --- | --- | --- | --- |',
  ];
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  for (const c of changes) {
    const where = c.source ? ` (${c.source.file}:${c.source.line})` : '';
    lines.push(`| ${c.level} | \`${c.rule}\` | \`${cell(c.id)}\` | ${cell(c.message)}${cell(where)} |`);
  }
  lines.push('');
  return lines;
}

function agentReport(result: RunResult): string[] {
  const { agent } = result;
  const waiting = result.docs.reduce((n, d) => n + d.needsModel.length, 0);
  const lines: string[] = ['### Architect model', ''];
  if (agent.offline) {
    lines.push(`Offline: ${agent.offlineReason}.`);
    if (waiting > 0)
      lines.push(
        '',
        `${waiting} narrative sections are not written yet and say so in the docs; ` +
          `every section computed from the sources is complete.`,
      );
    return [...lines, ''];
  }
  const o = agent.outcome!;
  lines.push(
    `Model \`${agent.model}\`${agent.modelNote ? ` (${agent.modelNote})` : ''}; persona: ${agent.personaSource}.`,
    '',
    '| Sections written | Unchanged (no call) | Skipped | Calls ' +
      '| Input tokens (cached read / write) | Output tokens | Cost | Grounding |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${o.generated} | ${o.unchanged} | ${o.skipped.length} | ${o.usage.calls} ` +
      `| ${o.usage.inputTokens} (${o.usage.cacheReadTokens} / ${o.usage.cacheWriteTokens}) ` +
      `| ${o.usage.outputTokens} | $${o.usage.costUsd.toFixed(4)}${o.usage.batchCalls > 0 ? ' (batch)' : ''} ` +
      `| ${(o.groundingRatio * 100).toFixed(1)}% of names in the descriptions found in the facts |`,
    '',
    ...batchLines(o),
    `Recommendations: ${o.recommendations} ` +
      `(${o.proposedNames} proposed new ${o.proposedNames === 1 ? 'name' : 'names'}, ` +
      `labelled as proposals in the docs). Sections that needed a second call: ${o.retried}.`,
    '',
  );
  if (o.skipped.length > 0) {
    lines.push('Not written in this run (the previous text, or the "not written yet" note, stays):', '');
    for (const s of o.skipped) lines.push(`- \`${s.file}\` › \`${s.blockId}\`: ${s.reason}`);
    lines.push('');
  }
  for (const [file, reason] of o.frozenDocs) lines.push(`- \`${file}\` was left exactly as it was: ${reason}.`);
  if (o.frozenDocs.size > 0) lines.push('');
  return lines;
}

/** How the Message Batch went, for a batch run. */
function batchLines(o: NonNullable<RunResult['agent']['outcome']>): string[] {
  const b = o.batch;
  if (!b) return [];
  const name = b.id ? ` \`${b.id}\`` : '';
  const ending = b.canceled ? '; canceled at the time limit (`batch-timeout-seconds`)' : '';
  return [
    `Message Batch${name}: ${b.sent} section${b.sent === 1 ? '' : 's'} sent, ${b.answered} answered, ` +
      `${b.errored} errored, ${b.unanswered} not answered, after ${b.polls} status check${b.polls === 1 ? '' : 's'}` +
      `${ending}. Its ${o.usage.batchCalls} call${o.usage.batchCalls === 1 ? '' : 's'} are billed at half price ` +
      `(tool turns and retries after them are normal calls).`,
    '',
  ];
}

function diagnosticsTable(diagnostics: Diagnostic[]): string[] {
  if (diagnostics.length === 0) return ['No diagnostics.', ''];
  const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    `### Diagnostics (${diagnostics.length})`,
    '',
    '| Severity | Where | Message |',
    '| --- | --- | --- |',
    ...diagnostics.map(
      (d) => `| ${d.severity} | \`${cell(d.line ? `${d.file}:${d.line}` : d.file)}\` | ${cell(d.message)} |`,
    ),
    '',
  ];
}

/** One line per diagnostic, compiler style, for terminals. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
  return `${where}: ${d.severity}: ${d.message}`;
}

/** A finding the change introduced, compiler style, for terminals: before the diagnostics. */
export function formatNewRisk(f: Finding): string {
  return `${f.source.file}:${f.source.line}: new ${f.severity} risk (${f.rule}): ${f.message}`;
}
