import type { Diagnostic } from '../../facts/model.js';
import type { ManifestDocument } from './manifest-set.js';

// Objects annotated `helm.sh/hook: test` (or `test-success`, `test-failure`) are what `helm test`
// runs against a release: a chart's `templates/tests/` pods that curl the service once and exit.
// `helm template` prints them, yet a release never runs them as part of the system, so they are no
// service to draw or to write a runbook for. Other hooks (pre-install migrations …) are kept: they
// run on every release.

const TEST_HOOKS = new Set(['test', 'test-success', 'test-failure']);

export function isHelmTestHook(value: unknown): boolean {
  const annotations = (value as { metadata?: { annotations?: unknown } } | null)?.metadata?.annotations;
  if (!annotations || typeof annotations !== 'object') return false;
  const hook = (annotations as Record<string, unknown>)['helm.sh/hook'];
  return typeof hook === 'string' && hook.split(',').some((h) => TEST_HOOKS.has(h.trim()));
}

/** One notice for a set's test hooks: how many, and where the first is. */
export function testHookNotice(hooks: readonly ManifestDocument[]): Diagnostic {
  const first = hooks[0]!;
  const files = [...new Set(hooks.map((h) => h.source.file))];
  return {
    severity: 'notice',
    stage: 'infra',
    file: first.source.file,
    line: first.source.line,
    message:
      `${hooks.length} Helm test hook${hooks.length === 1 ? '' : 's'} (helm.sh/hook: test) in ` +
      `${files.join(', ')} left out: \`helm test\` runs ${hooks.length === 1 ? 'it' : 'them'}, a release does not`,
  };
}
