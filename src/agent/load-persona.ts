import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Diagnostic } from '../facts/model.js';
import { parseAgentFile } from './agent-file.js';
import { ARCHITECT_PERSONA } from './persona.js';

const run = promisify(execFile);

export interface Persona {
  systemPrompt: string;
  /** The agent file's `model`, used when no model input is given. */
  model?: string;
  /** Where the prompt came from, for the run report. */
  source: string;
}

/**
 * The system prompt: the built-in architect, or a Claude Code subagent file from the repository.
 * On pull requests the file is read from the BASE commit, never from the PR head: a PR must not
 * be able to rewrite the instructions of the model that reviews it.
 */
export async function loadPersona(
  repoRoot: string,
  agentFile: string | undefined,
  baseSha: string | undefined,
): Promise<{ persona: Persona; diagnostics: Diagnostic[] }> {
  if (!agentFile)
    return { persona: { systemPrompt: ARCHITECT_PERSONA, source: 'built-in architect persona' }, diagnostics: [] };
  try {
    const text = baseSha
      ? await readAtCommit(repoRoot, baseSha, agentFile)
      : await readFile(join(repoRoot, agentFile), 'utf8');
    const parsed = parseAgentFile(text, agentFile);
    return {
      persona: {
        systemPrompt: parsed.systemPrompt,
        model: parsed.model === 'inherit' ? undefined : parsed.model,
        source: baseSha ? `${agentFile} at the base commit ${baseSha.slice(0, 12)}` : agentFile,
      },
      diagnostics: [],
    };
  } catch (err) {
    return {
      persona: {
        systemPrompt: ARCHITECT_PERSONA,
        source: 'built-in architect persona (the agent file could not be used)',
      },
      diagnostics: [
        {
          severity: 'warning',
          stage: 'config',
          file: agentFile,
          message: `agent file not used, the built-in persona was: ${(err as Error).message}`,
        },
      ],
    };
  }
}

async function readAtCommit(repoRoot: string, sha: string, file: string): Promise<string> {
  const show = () => run('git', ['show', `${sha}:${file}`], { cwd: repoRoot, maxBuffer: 4 * 1024 * 1024 });
  try {
    return (await show()).stdout;
  } catch {
    // Shallow checkouts often lack the base commit: fetch just that one, then try again.
    await run('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd: repoRoot }).catch(() => undefined);
    try {
      return (await show()).stdout;
    } catch {
      throw new Error(`cannot read ${file} at the base commit ${sha.slice(0, 12)} (is it in the base branch?)`);
    }
  }
}
