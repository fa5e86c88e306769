import { readFileSync } from 'node:fs';

/** The parts of the triggering event that decide what the action may do. */
export interface GitHubEvent {
  name: string;
  owner: string;
  repo: string;
  /** `refs/heads/main`, `refs/pull/7/merge` … */
  ref: string;
  sha: string;
  defaultBranch?: string;
  /** Pull requests: the base branch and commit, the head branch, and whether the head is a fork. */
  pullRequest?: { number: number; baseRef: string; baseSha: string; headRef: string; fromFork: boolean };
  /** Push: the head commit's message and the files the pushed commits touched. */
  push?: { headMessage: string; changedFiles: string[] };
  /** workflow_dispatch inputs. */
  inputs: Record<string, unknown>;
}

/** The fields read from the runner's event payload file (as GitHub writes them; read defensively all the same). */
interface EventPayload {
  ref?: string;
  after?: string;
  repository?: { full_name?: string; default_branch?: string };
  pull_request?: {
    number: number;
    base: { ref: string; sha: string; repo?: { full_name?: string } };
    head: { ref: string; repo?: { full_name?: string } };
  };
  head_commit?: { message?: string };
  commits?: PushCommit[];
  inputs?: Record<string, unknown>;
}

/** One commit of a push event's `commits`. */
interface PushCommit {
  added?: string[];
  modified?: string[];
  removed?: string[];
}

/** Reads the event the way the runner provides it: environment variables and the payload file. */
export function readGitHubEvent(env: NodeJS.ProcessEnv = process.env): GitHubEvent {
  let payload: EventPayload = {};
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    // no payload: a local run
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '/').split('/');
  const pr = payload.pull_request;
  const commits: PushCommit[] = Array.isArray(payload.commits) ? payload.commits : [];
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    ref: env.GITHUB_REF ?? payload.ref ?? '',
    sha: env.GITHUB_SHA ?? payload.after ?? '',
    defaultBranch: payload.repository?.default_branch,
    pullRequest: pr
      ? {
          number: pr.number,
          baseRef: pr.base?.ref,
          baseSha: pr.base?.sha,
          headRef: pr.head?.ref,
          fromFork: (pr.head?.repo?.full_name ?? '') !== (pr.base?.repo?.full_name ?? ''),
        }
      : undefined,
    push: payload.head_commit
      ? {
          headMessage: payload.head_commit.message ?? '',
          changedFiles: commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])]),
        }
      : undefined,
    inputs: payload.inputs ?? {},
  };
}

/** The trailer every commit of ours carries: how we recognise our own commits (and skip them). */
export const GENERATED_TRAILER = 'Architect-Docs-Generated: true';

export type SkipReason = string | undefined;

/**
 * Runs that must not regenerate: our own commit coming back as a push, a commit that asks to be
 * skipped, or a push that only touched the generated docs (regenerating would loop).
 */
export function loopGuard(event: GitHubEvent, docsDir: string): SkipReason {
  if (event.name !== 'push' || !event.push) return undefined;
  if (event.push.headMessage.includes(GENERATED_TRAILER)) return 'the head commit was made by Architect Docs';
  if (/\[(skip docs|docs skip)\]/i.test(event.push.headMessage)) return 'the head commit message says [skip docs]';
  const files = event.push.changedFiles;
  if (files.length > 0 && files.every((f) => f === docsDir || f.startsWith(`${docsDir}/`)))
    return `the push only changed files in ${docsDir}`;
  return undefined;
}
