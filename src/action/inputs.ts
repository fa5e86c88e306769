import { getBooleanInput, getInput } from './runner-files.js';

/**
 * action.yml's defaults, for every input that has a literal one (test/unit/action-metadata.test.ts
 * keeps the two equal). The runner sets `INPUT_<NAME>` for every declared input, at its default
 * when the workflow is silent, so the action cannot tell "not given" from "given as the default".
 * Reading a default as "not given" is what keeps the config file in charge of what the workflow
 * did not say (provider, grounding, max-input-tokens, model-concurrency, fail-on-model-error) and keeps the config
 * file itself optional when `config-file` was not set.
 */
export const INPUT_DEFAULTS = {
  mode: 'pull-request',
  'commit-method': 'api',
  title: 'docs: update architecture docs',
  'commit-message': 'docs: update architecture docs',
  draft: 'false',
  'delete-branch': 'false',
  'config-file': '.github/architect-docs.yml',
  force: 'false',
  provider: 'anthropic',
  'max-input-tokens': '60000',
  'model-concurrency': '4',
  batch: 'false',
  'batch-timeout-seconds': '3600',
  grounding: 'strict',
  'fail-on-model-error': 'false',
  'allow-untrusted-pull-requests': 'false',
} as const satisfies Record<string, string>;

/** An input's value, or undefined when it is empty or at its action.yml default. */
export function optionalInput(name: string): string | undefined {
  const value = getInput(name);
  if (value === '' || value === (INPUT_DEFAULTS as Record<string, string>)[name]) return undefined;
  return value;
}

/** A boolean input, or undefined when not given (or given as its default). */
export function booleanInput(name: string): boolean | undefined {
  return optionalInput(name) === undefined ? undefined : getBooleanInput(name);
}

export function listInput(name: string): string[] {
  return getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
