// A fake GitHub REST API on loopback, for tests that drive the real Octokit (`getOctokit` from
// `@actions/github`, with or without `@octokit/plugin-retry` / `@octokit/plugin-throttling`):
// give `fake.url` to Octokit as `baseUrl` (or set GITHUB_API_URL *before* `@actions/github` is
// first imported: it reads the variable once, at module load). It only ever binds 127.0.0.1 on an
// ephemeral port.
//
// The repository's content IS a real bare git repository on disk (`bareRepoPath`). Git Data API
// writes land in it through git plumbing (hash-object, mktree, commit-tree, update-ref), so a
// `git fetch` from a clone sees them; refs pushed with git are seen by the API. Pull requests,
// labels, reviewers and issue comments live in memory; a PR's head/base sha follow the branch refs
// (read at request time).
//
// Every request is recorded (`fake.requests`) and validated against GitHub's own OpenAPI
// description (`@octokit/openapi`, see ./github-openapi-validator.ts). A request that matches no
// documented operation gets 404, one with bad path parameters 404, bad query/body 422, and each is
// also pushed to `fake.violations`, so a test can `expect(fake.violations).toEqual([])`. A
// documented operation this fake does not implement answers 501 and is a violation too
// (kind 'unimplemented').
//
// Processing order of one request: parse → record → validate → auth (401) → onRequest hooks →
// scripted faults (failNext) → [serialized] repository check (404) → permissions (403) → handler.
// Handlers run one at a time, so state changes are deterministic.
//
// Implemented operations (operationId):
//   repos/get
//   git/get-ref, git/list-matching-refs, git/create-ref, git/update-ref, git/delete-ref
//   git/create-blob, git/get-blob, git/create-tree, git/get-tree, git/create-commit, git/get-commit
//   repos/get-commit, repos/compare-commits-with-basehead, repos/compare-commits
//   pulls/list, pulls/create, pulls/get, pulls/update, pulls/request-reviewers,
//   pulls/list-requested-reviewers
//   issues/add-labels, issues/list-labels-on-issue, issues/list-comments, issues/create-comment,
//   issues/get-comment, issues/update-comment, issues/delete-comment

import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { validateRequest, type Operation } from './github-openapi-validator.js';

export type Level = 'none' | 'read' | 'write';

export interface Permissions {
  /** Git data, refs, commits, compare, repository metadata. */
  contents: Level;
  /** Pull requests; PR labels/comments/reviewers are allowed with either this or `issues`. */
  pullRequests: Level;
  /** Issues (labels and comments on a PR go through the issues endpoints). */
  issues: Level;
}

export interface Settings {
  /** Permissions of the token (all tokens alike), as a workflow's `permissions:` block grants them. */
  permissions: Permissions;
  /** Repository/organization setting "Allow GitHub Actions to create and approve pull requests". */
  actionsCanCreatePullRequests: boolean;
  /** When set, only these logins may be requested as reviewers (others: 422, as on GitHub). */
  collaborators?: string[];
  /** When set, only these team slugs may be requested as team reviewers. */
  teams?: string[];
  /** A private repository needs at least 'read' for reads; a public one is readable by anyone. */
  private: boolean;
  defaultBranch: string;
}

export interface RecordedRequest {
  /** 1-based arrival order. */
  seq: number;
  method: string;
  /** Path without the query string, percent-decoded (e.g. `/repos/o/r/git/ref/heads/main`). */
  path: string;
  /** Path as sent (e.g. `/repos/o/r/git/ref/heads%2Fmain`). */
  rawPath: string;
  query: Record<string, string>;
  /** Lower-cased header names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** Parsed JSON body; the raw string when it was not JSON; undefined when empty. */
  body: any;
  /** The token from `authorization: token X` / `Bearer X`; undefined when absent. */
  token?: string;
  /** The matched documented operation, when there is one. */
  operationId?: string;
  route?: string;
  params: Record<string, string>;
  /** HTTP status of the answer; 0 while the request is still being handled. */
  status: number;
  /** The JSON answer (undefined for 204). */
  response?: unknown;
  /** True when the answer came from `failNext` or an `onRequest` hook. */
  scripted?: boolean;
  at: number;
}

export interface Violation {
  method: string;
  path: string;
  kind: 'unknown-route' | 'path-param' | 'query' | 'body' | 'json' | 'unimplemented';
  operationId?: string;
  errors: string[];
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RequestHook = (req: RecordedRequest) => FakeResponse | undefined | Promise<FakeResponse | undefined>;

export interface Fault {
  method: string;
  pattern: string | RegExp;
  status: number;
  body: unknown;
  remaining: number;
  headers: Record<string, string>;
}

export interface PullState {
  number: number;
  id: number;
  node_id: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  /** Branch names (without refs/heads/). */
  head: string;
  base: string;
  headSha: string;
  baseSha: string;
  labels: string[];
  requestedReviewers: string[];
  requestedTeams: string[];
  maintainerCanModify: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface CommentState {
  id: number;
  node_id: string;
  issueNumber: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakeGitHub {
  /** e.g. `http://127.0.0.1:43123` — give this to Octokit as `baseUrl` / GITHUB_API_URL. */
  url: string;
  owner: string;
  repo: string;
  bareRepoPath: string;
  /** Mutable: change between requests. */
  settings: Settings;
  /** Every request, in order (including rejected ones). */
  requests: RecordedRequest[];
  /** Requests that do not follow GitHub's OpenAPI description (or hit an unimplemented operation). */
  violations: Violation[];
  /** In-memory pull requests, by number order. */
  pulls: PullState[];
  /** In-memory issue comments. */
  comments: CommentState[];
  /**
   * Answer the next `times` (default 1) requests matching `method` ('*' for any) and `pathPattern`
   * with `status` and `body`. The pattern matches when it equals the decoded path, the raw path,
   * the spec route (`/repos/{owner}/{repo}/git/refs/{ref}`) or the operationId (`git/update-ref`);
   * a string with `*` is a glob over the decoded path (`*` spans slashes); a RegExp is tested on
   * the decoded path. A string body becomes `{message, documentation_url, status}`; an object is
   * sent as is; undefined gives a GitHub-like body for the status. Faults apply after validation
   * and auth, before permissions and the handler; the handler does not run.
   */
  failNext(
    method: string,
    pathPattern: string | RegExp,
    status: number,
    body?: unknown,
    times?: number,
    headers?: Record<string, string>,
  ): void;
  /** Faults not yet consumed. */
  pendingFaults(): Fault[];
  /**
   * Called for every request that passed validation and auth, before faults and the handler
   * (outside the handler lock, so a hook may push with git or even call the fake). Return a
   * FakeResponse to answer instead of the handler. Returns a function that removes the hook.
   */
  onRequest(hook: RequestHook): () => void;
  /** Requests with this method and (decoded) path prefix / operationId. */
  requestsFor(methodOrOperationId: string, pathPrefix?: string): RecordedRequest[];
  /** Forget recorded requests and violations. */
  clearRecords(): void;
  /** Stops listening and destroys open sockets. Idempotent. */
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  bareRepoPath: string;
  /** Default: the bare repository's HEAD branch (and HEAD is pointed at it when given). */
  defaultBranch?: string;
  /** Accepted tokens; any other gets 401 "Bad credentials". Default: any non-empty token. */
  tokens?: string[];
  /**
   * Strict validation (default true): unknown body properties and unknown query parameters are
   * violations too (GitHub silently ignores them; in a test they are almost always a typo).
   */
  strict?: boolean;
  /** Base of `html_url`s (default https://github.com). Never contacted. */
  serverUrl?: string;
  settings?: Partial<Omit<Settings, 'permissions'>> & { permissions?: Partial<Permissions> };
}

// ---------------------------------------------------------------------------------------------
// git plumbing

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const ZERO_SHA = '0000000000000000000000000000000000000000';
const SHA_RE = /^[0-9a-f]{40}$/;

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

function makeGit(gitDir: string) {
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
  for (const k of [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  ])
    delete baseEnv[k];
  return function git(
    args: string[],
    opts: { input?: string | Buffer; env?: Record<string, string> } = {},
  ): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['-c', 'commit.gpgsign=false', '--git-dir', gitDir, ...args], {
        env: { ...baseEnv, ...opts.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
      );
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input ?? '');
    });
  };
}

type Git = ReturnType<typeof makeGit>;

async function gitOk(
  git: Git,
  args: string[],
  opts?: { input?: string | Buffer; env?: Record<string, string> },
): Promise<string> {
  const r = await git(args, opts);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed (${r.code}): ${r.stderr.trim()}`);
  return r.stdout.toString('utf8');
}

interface Person {
  name: string;
  email: string;
  date: string;
}

interface ParsedCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: Person;
  committer: Person;
  message: string;
  gpgsig?: string;
  raw: string;
}

function isoDate(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function parsePerson(line: string): Person {
  const m = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: '', date: nowIso() };
  return { name: m[1]!, email: m[2]!, date: isoDate(Number(m[3])) };
}

function parseCommit(sha: string, raw: string): ParsedCommit {
  const idx = raw.indexOf('\n\n');
  const head = idx >= 0 ? raw.slice(0, idx) : raw;
  // GitHub shows git's usual single trailing newline stripped ("initial commit", not "initial commit\n").
  const message = (idx >= 0 ? raw.slice(idx + 2) : '').replace(/\n$/, '');
  const c: ParsedCommit = {
    sha,
    tree: '',
    parents: [],
    author: parsePerson(''),
    committer: parsePerson(''),
    message,
    raw,
  };
  const lines = head.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const sp = line.indexOf(' ');
    const key = line.slice(0, sp);
    const value = line.slice(sp + 1);
    if (key === 'tree') c.tree = value;
    else if (key === 'parent') c.parents.push(value);
    else if (key === 'author') c.author = parsePerson(value);
    else if (key === 'committer') c.committer = parsePerson(value);
    else if (key === 'gpgsig') {
      const sig = [value];
      while (i + 1 < lines.length && lines[i + 1]!.startsWith(' ')) sig.push(lines[++i]!.slice(1));
      c.gpgsig = sig.join('\n');
    }
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

class HttpError extends Error {
  constructor(
    public status: number,
    message: string,
    public extra: Record<string, unknown> = {},
    public headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function notFound(): HttpError {
  return new HttpError(404, 'Not Found');
}

function validationFailed(...errors: Record<string, unknown>[]): HttpError {
  return new HttpError(422, 'Validation Failed', { errors });
}

function unprocessable(message: string): HttpError {
  return new HttpError(422, message);
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Requires authentication',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Validation Failed',
  429: 'API rate limit exceeded',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504:
    "We couldn't respond to your request in time. Sorry about that. Please try resubmitting " +
    'your request and contact us if the problem persists.',
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function globToRegex(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

const BOT_LOGIN = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

// ---------------------------------------------------------------------------------------------

export async function startFakeGitHub(opts: FakeGitHubOptions): Promise<FakeGitHub> {
  const { owner, repo, bareRepoPath } = opts;
  const strict = opts.strict ?? true;
  const serverUrl = (opts.serverUrl ?? 'https://github.com').replace(/\/$/, '');
  const git = makeGit(bareRepoPath);

  const isBare = (await git(['rev-parse', '--is-bare-repository'])).stdout.toString().trim();
  if (isBare !== 'true') throw new Error(`${bareRepoPath} is not a bare git repository`);
  let defaultBranch = opts.defaultBranch ?? opts.settings?.defaultBranch;
  if (defaultBranch) {
    await gitOk(git, ['symbolic-ref', 'HEAD', `refs/heads/${defaultBranch}`]);
  } else {
    const head = await git(['symbolic-ref', '--quiet', 'HEAD']);
    defaultBranch =
      head.code === 0
        ? head.stdout
            .toString()
            .trim()
            .replace(/^refs\/heads\//, '')
        : 'main';
  }

  const settings: Settings = {
    actionsCanCreatePullRequests: true,
    private: false,
    ...opts.settings,
    defaultBranch,
    permissions: { contents: 'write', pullRequests: 'write', issues: 'write', ...opts.settings?.permissions },
  };

  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const pulls: PullState[] = [];
  const comments: CommentState[] = [];
  const labelIds = new Map<string, number>();
  const apiCommits = new Map<string, string>(); // sha -> verified_at
  let faults: Fault[] = [];
  const hooks: RequestHook[] = [];
  let seq = 0;
  let nextIssueNumber = 1;
  let nextCommentId = 2_000_000_001;
  let rateRemaining = 5000;
  const rateReset = Math.floor(Date.now() / 1000) + 3600;
  let url = '';

  // --- serialization of handlers ---
  let chain: Promise<unknown> = Promise.resolve();
  function serialized<T>(fn: () => Promise<T>): Promise<T> {
    const p = chain.then(fn, fn);
    chain = p.catch(() => {});
    return p;
  }

  // --- JSON shapes ---
  const repoApi = () => `${url}/repos/${owner}/${repo}`;
  const repoHtml = `${serverUrl}/${owner}/${repo}`;
  const b64 = (s: string) => Buffer.from(s).toString('base64').replace(/=+$/, '');

  const ownerUser = () => ({
    login: owner,
    id: 1000,
    node_id: `U_${b64(owner)}`,
    avatar_url: `https://avatars.githubusercontent.com/u/1000?v=4`,
    gravatar_id: '',
    url: `${url}/users/${owner}`,
    html_url: `${serverUrl}/${owner}`,
    type: 'Organization',
    site_admin: false,
  });
  const botUser = () => ({
    login: BOT_LOGIN,
    id: 41898282,
    node_id: 'MDM6Qm90NDE4OTgyODI=',
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    gravatar_id: '',
    url: `${url}/users/github-actions%5Bbot%5D`,
    html_url: 'https://github.com/apps/github-actions',
    type: 'Bot',
    site_admin: false,
  });
  const webFlowUser = () => ({
    login: 'web-flow',
    id: 19864447,
    node_id: 'MDQ6VXNlcjE5ODY0NDQ3',
    avatar_url: 'https://avatars.githubusercontent.com/u/19864447?v=4',
    gravatar_id: '',
    url: `${url}/users/web-flow`,
    html_url: 'https://github.com/web-flow',
    type: 'User',
    site_admin: false,
  });
  const namedUser = (login: string) => {
    const id = 5000 + [...login].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 1_000_000, 7);
    return {
      login,
      id,
      node_id: `U_${b64(login)}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: `${url}/users/${login}`,
      html_url: `${serverUrl}/${login}`,
      type: 'User',
      site_admin: false,
    };
  };
  const team = (slug: string) => ({
    id: 7000 + slug.length,
    node_id: `T_${b64(slug)}`,
    url: `${url}/orgs/${owner}/teams/${slug}`,
    html_url: `${serverUrl}/orgs/${owner}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/orgs/${owner}/teams/${slug}/members{/member}`,
    repositories_url: `${url}/orgs/${owner}/teams/${slug}/repos`,
    parent: null,
  });
  const userForEmail = (email: string) =>
    email === BOT_EMAIL ? botUser() : email === 'noreply@github.com' ? webFlowUser() : null;

  const repositoryJson = () => {
    const p = settings.permissions;
    return {
      id: 123456789,
      node_id: `R_${b64(`${owner}/${repo}`)}`,
      name: repo,
      full_name: `${owner}/${repo}`,
      private: settings.private,
      owner: ownerUser(),
      html_url: repoHtml,
      description: null,
      fork: false,
      url: repoApi(),
      git_refs_url: `${repoApi()}/git/refs{/sha}`,
      pulls_url: `${repoApi()}/pulls{/number}`,
      clone_url: `${repoHtml}.git`,
      default_branch: settings.defaultBranch,
      visibility: settings.private ? 'private' : 'public',
      archived: false,
      disabled: false,
      has_issues: true,
      created_at: '2024-01-01T00:00:00Z',
      updated_at: nowIso(),
      pushed_at: nowIso(),
      permissions: {
        admin: false,
        maintain: false,
        push: p.contents === 'write',
        triage: p.pullRequests === 'write' || p.issues === 'write',
        pull: true,
      },
    };
  };

  const commitApiUrl = (sha: string) => `${repoApi()}/git/commits/${sha}`;

  function verificationFor(c: ParsedCommit) {
    const verifiedAt = apiCommits.get(c.sha);
    if (verifiedAt) {
      return {
        verified: true,
        reason: 'valid',
        signature:
          '-----BEGIN PGP SIGNATURE-----\n\nfake-signature-from-the-fake-github-api\n-----END PGP SIGNATURE-----\n',
        payload: c.raw,
        verified_at: verifiedAt,
      };
    }
    if (c.gpgsig)
      return { verified: false, reason: 'unknown_key', signature: c.gpgsig, payload: null, verified_at: null };
    return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
  }

  // --- git reading ---
  async function objectType(sha: string): Promise<string | undefined> {
    if (!SHA_RE.test(sha)) return undefined;
    const r = await git(['cat-file', '-t', sha]);
    return r.code === 0 ? r.stdout.toString().trim() : undefined;
  }

  async function readCommit(sha: string): Promise<ParsedCommit | undefined> {
    if ((await objectType(sha)) !== 'commit') return undefined;
    return parseCommit(sha, await gitOk(git, ['cat-file', 'commit', sha]));
  }

  interface RefInfo {
    ref: string;
    sha: string;
    type: string;
  }

  async function listRefs(): Promise<RefInfo[]> {
    const out = await gitOk(git, ['for-each-ref', '--format=%(objectname) %(objecttype) %(refname)']);
    return out
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [sha, type, ...rest] = l.split(' ');
        return { sha: sha!, type: type!, ref: rest.join(' ') };
      });
  }

  async function readRef(full: string): Promise<RefInfo | undefined> {
    return (await listRefs()).find((r) => r.ref === full);
  }

  async function branchSha(branch: string): Promise<string | undefined> {
    const r = await readRef(`refs/heads/${branch}`);
    return r?.sha;
  }

  function safeName(name: string): boolean {
    return !!name && !name.startsWith('-') && !/[\s~^:?*[\\]|\.\.|@\{/.test(name);
  }

  /** A sha (full or abbreviated), branch, tag, `heads/x`, `tags/x` or `refs/...` → commit sha. */
  async function resolveCommitish(name: string): Promise<string | undefined> {
    if (!safeName(name)) return undefined;
    const candidates = /^[0-9a-f]{4,40}$/i.test(name) ? [name.toLowerCase()] : [];
    if (name.startsWith('refs/')) candidates.push(name);
    else candidates.push(`refs/heads/${name}`, `refs/tags/${name}`, `refs/${name}`);
    for (const c of candidates) {
      const r = await git(['rev-parse', '--verify', '--quiet', `${c}^{commit}`]);
      if (r.code === 0) return r.stdout.toString().trim();
    }
    return undefined;
  }

  async function resolveTreeish(name: string): Promise<string | undefined> {
    if (!safeName(name)) return undefined;
    const candidates = SHA_RE.test(name) ? [name] : [];
    if (name.startsWith('refs/')) candidates.push(name);
    else candidates.push(`refs/heads/${name}`, `refs/tags/${name}`, `refs/${name}`);
    for (const c of candidates) {
      const r = await git(['rev-parse', '--verify', '--quiet', `${c}^{tree}`]);
      if (r.code === 0) return r.stdout.toString().trim();
    }
    return undefined;
  }

  async function countCommits(range: string): Promise<number> {
    return Number((await gitOk(git, ['rev-list', '--count', range])).trim());
  }

  async function isAncestor(a: string, b: string): Promise<boolean> {
    return (await git(['merge-base', '--is-ancestor', a, b])).code === 0;
  }

  interface TreeEntry {
    mode: string;
    type: string;
    sha: string;
    path: string;
    size?: number;
  }

  async function lsTree(tree: string, recursive: boolean, long = false): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-z'];
    if (recursive) args.push('-r', '-t');
    if (long) args.push('-l');
    args.push(tree);
    const out = await gitOk(git, args);
    return out
      .split('\0')
      .filter(Boolean)
      .map((rec) => {
        const tab = rec.indexOf('\t');
        const meta = rec.slice(0, tab).split(/\s+/);
        const e: TreeEntry = { mode: meta[0]!, type: meta[1]!, sha: meta[2]!, path: rec.slice(tab + 1) };
        if (long && meta[3] && meta[3] !== '-') e.size = Number(meta[3]);
        return e;
      });
  }

  async function diffFiles(fromTree: string, toTree: string) {
    const raw = (await gitOk(git, ['diff-tree', '-r', '-z', '--no-renames', fromTree, toTree])).split('\0');
    const num = (await gitOk(git, ['diff-tree', '-r', '-z', '--no-renames', '--numstat', fromTree, toTree])).split(
      '\0',
    );
    const stats = new Map<string, { additions: number; deletions: number }>();
    for (const rec of num) {
      if (!rec) continue;
      const [a, d, ...p] = rec.split('\t');
      stats.set(p.join('\t'), { additions: a === '-' ? 0 : Number(a), deletions: d === '-' ? 0 : Number(d) });
    }
    const files: any[] = [];
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const meta = raw[i]!;
      if (!meta.startsWith(':')) break;
      const [, , , newSha, status] = meta.slice(1).split(' ');
      const path = raw[i + 1]!;
      const st = stats.get(path) ?? { additions: 0, deletions: 0 };
      const blobSha = status === 'D' ? meta.slice(1).split(' ')[2]! : newSha!;
      files.push({
        sha: blobSha,
        filename: path,
        status: status === 'A' ? 'added' : status === 'D' ? 'removed' : status === 'M' ? 'modified' : 'changed',
        additions: st.additions,
        deletions: st.deletions,
        changes: st.additions + st.deletions,
        blob_url: `${repoHtml}/blob/${blobSha}/${path}`,
        raw_url: `${repoHtml}/raw/${blobSha}/${path}`,
        contents_url: `${repoApi()}/contents/${path}`,
      });
    }
    return files;
  }

  // --- JSON for git objects ---
  function gitCommitJson(c: ParsedCommit) {
    return {
      sha: c.sha,
      node_id: `C_${b64(c.sha).slice(0, 20)}`,
      url: commitApiUrl(c.sha),
      html_url: `${repoHtml}/commit/${c.sha}`,
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree, url: `${repoApi()}/git/trees/${c.tree}` },
      message: c.message,
      parents: c.parents.map((p) => ({ sha: p, url: commitApiUrl(p), html_url: `${repoHtml}/commit/${p}` })),
      verification: verificationFor(c),
    };
  }

  async function restCommitJson(c: ParsedCommit, withFiles: boolean) {
    const json: any = {
      url: `${repoApi()}/commits/${c.sha}`,
      sha: c.sha,
      node_id: `C_${b64(c.sha).slice(0, 20)}`,
      html_url: `${repoHtml}/commit/${c.sha}`,
      comments_url: `${repoApi()}/commits/${c.sha}/comments`,
      commit: {
        url: commitApiUrl(c.sha),
        author: c.author,
        committer: c.committer,
        message: c.message,
        tree: { sha: c.tree, url: `${repoApi()}/git/trees/${c.tree}` },
        comment_count: 0,
        verification: verificationFor(c),
      },
      author: userForEmail(c.author.email),
      committer: userForEmail(c.committer.email),
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${repoApi()}/commits/${p}`,
        html_url: `${repoHtml}/commit/${p}`,
      })),
    };
    if (withFiles) {
      const parentTree = c.parents[0] ? (await readCommit(c.parents[0]))!.tree : EMPTY_TREE;
      const files = await diffFiles(parentTree, c.tree);
      const additions = files.reduce((a, f) => a + f.additions, 0);
      const deletions = files.reduce((a, f) => a + f.deletions, 0);
      json.stats = { total: additions + deletions, additions, deletions };
      json.files = files;
    }
    return json;
  }

  function refJson(r: RefInfo) {
    const objUrl =
      r.type === 'tag'
        ? `${repoApi()}/git/tags/${r.sha}`
        : r.type === 'commit'
          ? commitApiUrl(r.sha)
          : `${repoApi()}/git/${r.type}s/${r.sha}`;
    return {
      ref: r.ref,
      node_id: `REF_${b64(r.ref)}`,
      url: `${repoApi()}/git/${r.ref}`,
      object: { type: r.type, sha: r.sha, url: objUrl },
    };
  }

  function treeEntryJson(e: TreeEntry) {
    const j: any = { path: e.path, mode: e.mode, type: e.type, sha: e.sha };
    if (e.type === 'blob') {
      if (e.size !== undefined) j.size = e.size;
      j.url = `${repoApi()}/git/blobs/${e.sha}`;
    } else if (e.type === 'tree') j.url = `${repoApi()}/git/trees/${e.sha}`;
    return j;
  }

  async function treeJson(sha: string, recursive: boolean) {
    const entries = await lsTree(sha, recursive, true);
    return { sha, url: `${repoApi()}/git/trees/${sha}`, tree: entries.map(treeEntryJson), truncated: false };
  }

  // --- pull requests ---
  async function refreshPull(pr: PullState): Promise<void> {
    const head = await branchSha(pr.head);
    const base = await branchSha(pr.base);
    if (head) pr.headSha = head;
    if (base) pr.baseSha = base;
    if (!head && pr.state === 'open') {
      // GitHub closes a pull request when its head branch is deleted.
      pr.state = 'closed';
      pr.closedAt = nowIso();
      pr.updatedAt = pr.closedAt;
    }
  }

  function labelJson(name: string) {
    if (!labelIds.has(name)) labelIds.set(name, 3_000_000 + labelIds.size + 1);
    const id = labelIds.get(name)!;
    return {
      id,
      node_id: `LA_${b64(name)}`,
      url: `${repoApi()}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'ededed',
      default: false,
      description: null,
    };
  }

  async function pullJson(pr: PullState, full: boolean) {
    await refreshPull(pr);
    const apiUrl = `${repoApi()}/pulls/${pr.number}`;
    const htmlUrl = `${repoHtml}/pull/${pr.number}`;
    const branchSide = (branch: string, sha: string) => ({
      label: `${owner}:${branch}`,
      ref: branch,
      sha,
      user: ownerUser(),
      repo: repositoryJson(),
    });
    const json: any = {
      url: apiUrl,
      id: pr.id,
      node_id: pr.node_id,
      html_url: htmlUrl,
      diff_url: `${htmlUrl}.diff`,
      patch_url: `${htmlUrl}.patch`,
      issue_url: `${repoApi()}/issues/${pr.number}`,
      commits_url: `${apiUrl}/commits`,
      review_comments_url: `${apiUrl}/comments`,
      review_comment_url: `${repoApi()}/pulls/comments{/number}`,
      comments_url: `${repoApi()}/issues/${pr.number}/comments`,
      statuses_url: `${repoApi()}/statuses/${pr.headSha}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: botUser(),
      body: pr.body,
      labels: pr.labels.map(labelJson),
      milestone: null,
      active_lock_reason: null,
      created_at: pr.createdAt,
      updated_at: pr.updatedAt,
      closed_at: pr.closedAt,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: pr.requestedReviewers.map(namedUser),
      requested_teams: pr.requestedTeams.map(team),
      head: branchSide(pr.head, pr.headSha),
      base: branchSide(pr.base, pr.baseSha),
      _links: {
        self: { href: apiUrl },
        html: { href: htmlUrl },
        issue: { href: `${repoApi()}/issues/${pr.number}` },
        comments: { href: `${repoApi()}/issues/${pr.number}/comments` },
        review_comments: { href: `${apiUrl}/comments` },
        review_comment: { href: `${repoApi()}/pulls/comments{/number}` },
        commits: { href: `${apiUrl}/commits` },
        statuses: { href: `${repoApi()}/statuses/${pr.headSha}` },
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: pr.draft,
    };
    if (full) {
      const commits = await countCommits(`${pr.baseSha}..${pr.headSha}`);
      const mb = (await git(['merge-base', pr.baseSha, pr.headSha])).stdout.toString().trim();
      const files = mb ? await diffFiles((await readCommit(mb))!.tree, (await readCommit(pr.headSha))!.tree) : [];
      Object.assign(json, {
        merged: false,
        mergeable: pr.state === 'open' ? true : null,
        rebaseable: pr.state === 'open' ? true : null,
        mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
        merged_by: null,
        comments: comments.filter((c) => c.issueNumber === pr.number).length,
        review_comments: 0,
        maintainer_can_modify: pr.maintainerCanModify,
        commits,
        additions: files.reduce((a, f) => a + f.additions, 0),
        deletions: files.reduce((a, f) => a + f.deletions, 0),
        changed_files: files.length,
      });
    }
    return json;
  }

  function commentJson(c: CommentState) {
    return {
      id: c.id,
      node_id: c.node_id,
      url: `${repoApi()}/issues/comments/${c.id}`,
      html_url: `${repoHtml}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      body: c.body,
      user: botUser(),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      issue_url: `${repoApi()}/issues/${c.issueNumber}`,
      author_association: 'CONTRIBUTOR',
      performed_via_github_app: null,
      reactions: {
        url: `${repoApi()}/issues/comments/${c.id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
    };
  }

  function findPull(n: string): PullState {
    const pr = pulls.find((p) => String(p.number) === n);
    if (!pr) throw notFound();
    return pr;
  }

  function parseHead(head: string): string | undefined {
    const i = head.indexOf(':');
    if (i < 0) return head;
    return head.slice(0, i).toLowerCase() === owner.toLowerCase() ? head.slice(i + 1) : undefined;
  }

  // --- pagination ---
  function paginate<T>(items: T[], ctx: Ctx): { body: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(ctx.query.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number) => {
      const q = new URLSearchParams({ ...ctx.query, per_page: String(perPage), page: String(p) });
      return `<${url}${ctx.rawPath}?${q}>`;
    };
    const rels: string[] = [];
    if (page > 1) rels.push(`${link(1)}; rel="first"`, `${link(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    return {
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: rels.length ? { link: rels.join(', ') } : {},
    };
  }

  // --- permissions ---
  type Need = { scope: 'contents' | 'pullRequests' | 'issuesOrPulls'; level: 'read' | 'write' };
  const NEEDS: Record<string, Need> = {
    'repos/get': { scope: 'contents', level: 'read' },
    'git/get-ref': { scope: 'contents', level: 'read' },
    'git/list-matching-refs': { scope: 'contents', level: 'read' },
    'git/get-blob': { scope: 'contents', level: 'read' },
    'git/get-tree': { scope: 'contents', level: 'read' },
    'git/get-commit': { scope: 'contents', level: 'read' },
    'repos/get-commit': { scope: 'contents', level: 'read' },
    'repos/compare-commits-with-basehead': { scope: 'contents', level: 'read' },
    'repos/compare-commits': { scope: 'contents', level: 'read' },
    'git/create-ref': { scope: 'contents', level: 'write' },
    'git/update-ref': { scope: 'contents', level: 'write' },
    'git/delete-ref': { scope: 'contents', level: 'write' },
    'git/create-blob': { scope: 'contents', level: 'write' },
    'git/create-tree': { scope: 'contents', level: 'write' },
    'git/create-commit': { scope: 'contents', level: 'write' },
    'pulls/list': { scope: 'pullRequests', level: 'read' },
    'pulls/get': { scope: 'pullRequests', level: 'read' },
    'pulls/list-requested-reviewers': { scope: 'pullRequests', level: 'read' },
    'pulls/create': { scope: 'pullRequests', level: 'write' },
    'pulls/update': { scope: 'pullRequests', level: 'write' },
    'pulls/request-reviewers': { scope: 'pullRequests', level: 'write' },
    'issues/list-labels-on-issue': { scope: 'issuesOrPulls', level: 'read' },
    'issues/list-comments': { scope: 'issuesOrPulls', level: 'read' },
    'issues/get-comment': { scope: 'issuesOrPulls', level: 'read' },
    'issues/add-labels': { scope: 'issuesOrPulls', level: 'write' },
    'issues/create-comment': { scope: 'issuesOrPulls', level: 'write' },
    'issues/update-comment': { scope: 'issuesOrPulls', level: 'write' },
    'issues/delete-comment': { scope: 'issuesOrPulls', level: 'write' },
  };

  function allowed(need: Need): boolean {
    const p = settings.permissions;
    const rank = (l: Level) => (l === 'write' ? 2 : l === 'read' ? 1 : 0);
    const want = need.level === 'write' ? 2 : 1;
    if (want === 1 && !settings.private) return true;
    if (need.scope === 'contents') return rank(p.contents) >= want;
    if (need.scope === 'pullRequests') return rank(p.pullRequests) >= want;
    return rank(p.pullRequests) >= want || rank(p.issues) >= want;
  }

  function acceptedPermissions(need: Need): string {
    if (need.scope === 'contents') return `contents=${need.level}`;
    if (need.scope === 'pullRequests') return `pull_requests=${need.level}`;
    return `issues=${need.level}; pull_requests=${need.level}`;
  }

  // --- handlers ---
  interface Ctx {
    method: string;
    rawPath: string;
    params: Record<string, string>;
    query: Record<string, string>;
    body: any;
    op: Operation;
  }
  type Handler = (ctx: Ctx) => Promise<FakeResponse>;

  const handlers: Record<string, Handler> = {
    'repos/get': async () => ({ status: 200, body: repositoryJson() }),

    // refs
    'git/get-ref': async ({ params }) => {
      const r = await readRef(`refs/${params.ref}`);
      if (!r) throw notFound();
      return { status: 200, body: refJson(r) };
    },
    'git/list-matching-refs': async ({ params }) => {
      const prefix = `refs/${params.ref}`;
      const refs = (await listRefs()).filter((r) => r.ref.startsWith(prefix));
      return { status: 200, body: refs.map(refJson) };
    },
    'git/create-ref': async ({ body }) => {
      const ref: string = body.ref;
      if (!/^refs\/[^/]+\/.+/.test(ref))
        throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
      if ((await git(['check-ref-format', ref])).code !== 0) throw unprocessable(`${ref} is not a valid ref name.`);
      const type = await objectType(body.sha);
      if (!type) throw unprocessable('Object does not exist');
      if (await readRef(ref)) throw unprocessable('Reference already exists');
      if (ref.startsWith('refs/heads/') && type !== 'commit') throw unprocessable('Object does not exist');
      const r = await git(['update-ref', ref, body.sha, ZERO_SHA]);
      if (r.code !== 0) throw unprocessable('Reference already exists');
      return { status: 201, body: refJson((await readRef(ref))!) };
    },
    'git/update-ref': async ({ params, body }) => {
      const full = `refs/${params.ref}`;
      const cur = await readRef(full);
      if (!cur) throw unprocessable('Reference does not exist');
      const type = await objectType(body.sha);
      if (!type) throw unprocessable('Object does not exist');
      if (full.startsWith('refs/heads/') && type !== 'commit') throw unprocessable('Object does not exist');
      if (cur.sha !== body.sha && !body.force) {
        const ff = cur.type === 'commit' && type === 'commit' && (await isAncestor(cur.sha, body.sha));
        if (!ff) throw unprocessable('Update is not a fast forward');
      }
      const r = await git(['update-ref', full, body.sha, cur.sha]);
      if (r.code !== 0) throw new HttpError(409, 'Reference update failed');
      return { status: 200, body: refJson((await readRef(full))!) };
    },
    'git/delete-ref': async ({ params }) => {
      const full = `refs/${params.ref}`;
      const cur = await readRef(full);
      if (!cur) throw unprocessable('Reference does not exist');
      const r = await git(['update-ref', '-d', full, cur.sha]);
      if (r.code !== 0) throw new HttpError(409, 'Reference update failed');
      for (const pr of pulls) if (pr.head === full.replace(/^refs\/heads\//, '')) await refreshPull(pr);
      return { status: 204 };
    },

    // blobs
    'git/create-blob': async ({ body }) => {
      const encoding = body.encoding ?? 'utf-8';
      let data: Buffer;
      if (encoding === 'utf-8' || encoding === 'utf8') data = Buffer.from(body.content, 'utf8');
      else if (encoding === 'base64') data = Buffer.from(body.content, 'base64');
      else
        throw validationFailed({
          resource: 'Blob',
          field: 'encoding',
          code: 'invalid',
          message: `encoding must be "utf-8" or "base64", not ${JSON.stringify(encoding)}`,
        });
      const sha = (await gitOk(git, ['hash-object', '-w', '--stdin', '--no-filters'], { input: data })).trim();
      return { status: 201, body: { url: `${repoApi()}/git/blobs/${sha}`, sha } };
    },
    'git/get-blob': async ({ params }) => {
      const sha = params.file_sha!;
      if ((await objectType(sha)) !== 'blob') throw notFound();
      const r = await git(['cat-file', 'blob', sha]);
      const content = `${(r.stdout.toString('base64').match(/.{1,60}/g) ?? []).join('\n')}\n`;
      return {
        status: 200,
        body: {
          sha,
          node_id: `B_${b64(sha).slice(0, 20)}`,
          size: r.stdout.length,
          url: `${repoApi()}/git/blobs/${sha}`,
          content,
          encoding: 'base64',
        },
      };
    },

    // trees
    'git/get-tree': async ({ params, query }) => {
      const sha = await resolveTreeish(params.tree_sha!);
      if (!sha) throw notFound();
      // GitHub: *any* value of `recursive` (even 0 or "false") turns recursion on.
      return { status: 200, body: await treeJson(sha, query.recursive !== undefined) };
    },
    'git/create-tree': async ({ body }) => {
      const files = new Map<string, { mode: string; type: string; sha: string }>();
      if (body.base_tree !== undefined) {
        if ((await objectType(body.base_tree)) !== 'tree') throw unprocessable('base_tree is not a valid tree oid');
        for (const e of await lsTree(body.base_tree, true)) if (e.type !== 'tree') files.set(e.path, e);
      }
      const removeUnder = (p: string) => {
        files.delete(p);
        for (const k of [...files.keys()]) if (k.startsWith(`${p}/`)) files.delete(k);
      };
      const removeAncestors = (p: string) => {
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++) files.delete(parts.slice(0, i).join('/'));
      };
      const modeType: Record<string, string> = {
        '100644': 'blob',
        '100755': 'blob',
        '120000': 'blob',
        '040000': 'tree',
        '160000': 'commit',
      };
      for (const [i, e] of (body.tree as any[]).entries()) {
        const path: string = e.path ?? '';
        if (
          !path ||
          path.startsWith('/') ||
          path.endsWith('/') ||
          path.split('/').some((s) => s === '' || s === '.' || s === '..' || s === '.git')
        ) {
          throw unprocessable(`tree.path contains a malformed path component`);
        }
        if (!e.mode) throw unprocessable(`Must supply a valid tree.mode (tree[${i}])`);
        const type: string = e.type ?? modeType[e.mode];
        if (modeType[e.mode] !== type)
          throw unprocessable(`tree.type ${JSON.stringify(e.type)} does not match tree.mode ${e.mode} (tree[${i}])`);
        if (e.content !== undefined && e.sha !== undefined && e.sha !== null)
          throw unprocessable('Must supply either tree.sha or tree.content, not both');
        if (e.sha === null && e.content === undefined) {
          removeUnder(path);
          continue;
        }
        if (e.content !== undefined) {
          if (type !== 'blob') throw unprocessable(`tree.content can only be used with blobs (tree[${i}])`);
          const sha = (
            await gitOk(git, ['hash-object', '-w', '--stdin', '--no-filters'], {
              input: Buffer.from(e.content, 'utf8'),
            })
          ).trim();
          removeUnder(path);
          removeAncestors(path);
          files.set(path, { mode: e.mode, type, sha });
          continue;
        }
        if (typeof e.sha !== 'string') throw unprocessable('Must supply either tree.sha or tree.content');
        const actual = await objectType(e.sha);
        if (type === 'commit') {
          if (!SHA_RE.test(e.sha)) throw unprocessable(`tree.sha ${e.sha} is not a valid commit`);
        } else if (actual !== type) {
          throw unprocessable(`tree.sha ${e.sha} is not a valid ${type}`);
        }
        removeUnder(path);
        removeAncestors(path);
        if (type === 'tree') {
          for (const sub of await lsTree(e.sha, true)) if (sub.type !== 'tree') files.set(`${path}/${sub.path}`, sub);
        } else {
          files.set(path, { mode: e.mode, type, sha: e.sha });
        }
      }
      const sha = await writeTree(files);
      return { status: 201, body: await treeJson(sha, false) };
    },

    // commits
    'git/create-commit': async ({ body }) => {
      if ((await objectType(body.tree)) !== 'tree') throw unprocessable('Tree SHA does not exist');
      const parents: string[] = body.parents ?? [];
      for (const p of parents) {
        if ((await objectType(p)) !== 'commit')
          throw unprocessable('Parent SHA does not exist or is not a commit object');
      }
      const now = nowIso();
      const author = body.author ?? { name: BOT_LOGIN, email: BOT_EMAIL };
      // Without an explicit committer GitHub commits (and signs) as "GitHub <noreply@github.com>";
      // with one, the commit is not signed, so not verified.
      const committer = body.committer
        ? {
            name: body.committer.name ?? author.name,
            email: body.committer.email ?? author.email,
            date: body.committer.date,
          }
        : { name: 'GitHub', email: 'noreply@github.com' };
      const env: Record<string, string> = {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: author.date ?? now,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_COMMITTER_DATE: committer.date ?? now,
      };
      const args = ['commit-tree', body.tree];
      for (const p of parents) args.push('-p', p);
      const r = await git(args, { input: Buffer.from(body.message, 'utf8'), env });
      if (r.code !== 0) throw unprocessable(`Could not create commit: ${r.stderr.trim()}`);
      const sha = r.stdout.toString().trim();
      if (!body.committer && !body.signature && !apiCommits.has(sha)) apiCommits.set(sha, now);
      return { status: 201, body: gitCommitJson((await readCommit(sha))!) };
    },
    'git/get-commit': async ({ params }) => {
      const c = await readCommit(params.commit_sha!);
      if (!c) throw notFound();
      return { status: 200, body: gitCommitJson(c) };
    },
    'repos/get-commit': async ({ params }) => {
      const sha = await resolveCommitish(params.ref!);
      if (!sha) throw unprocessable(`No commit found for SHA: ${params.ref}`);
      return { status: 200, body: await restCommitJson((await readCommit(sha))!, true) };
    },
    'repos/compare-commits-with-basehead': async (ctx) => {
      const bh = ctx.params.basehead!;
      const i = bh.indexOf('...');
      const [base, head] =
        i >= 0 ? [bh.slice(0, i), bh.slice(i + 3)] : bh.includes('..') ? bh.split('..', 2) : [bh, ''];
      return compare(ctx, base!, head!);
    },
    'repos/compare-commits': async (ctx) => compare(ctx, ctx.params.base!, ctx.params.head!),

    // pulls
    'pulls/list': async (ctx) => {
      const { query } = ctx;
      const state = query.state ?? 'open';
      for (const pr of pulls) await refreshPull(pr);
      let list = pulls.filter((p) => state === 'all' || p.state === state);
      // GitHub silently ignores `head` unless it is `owner:branch`.
      if (query.head?.includes(':')) {
        const branch = parseHead(query.head);
        list = list.filter((p) => branch !== undefined && p.head === branch);
      }
      if (query.base) list = list.filter((p) => p.base === query.base);
      const sort = query.sort ?? 'created';
      const dir = query.direction ?? (sort === 'created' ? 'desc' : 'desc');
      list = [...list].sort((a, b) => {
        const ka = sort === 'updated' ? a.updatedAt : a.createdAt;
        const kb = sort === 'updated' ? b.updatedAt : b.createdAt;
        const c = ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
        return dir === 'asc' ? c : -c;
      });
      const page = paginate(list, ctx);
      return { status: 200, body: await Promise.all(page.body.map((p) => pullJson(p, false))), headers: page.headers };
    },
    'pulls/create': async ({ body }) => {
      if (!settings.actionsCanCreatePullRequests)
        throw new HttpError(403, 'GitHub Actions is not permitted to create or approve pull requests.');
      if (body.issue !== undefined)
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          message: 'Converting an issue into a pull request is not supported by this fake.',
        });
      if (body.title === undefined)
        throw validationFailed({ resource: 'PullRequest', code: 'missing_field', field: 'title' });
      const headBranch = parseHead(body.head);
      const headSha = headBranch === undefined ? undefined : await branchSha(headBranch);
      const baseSha = await branchSha(body.base);
      const errors: Record<string, unknown>[] = [];
      if (!baseSha) errors.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      if (!headSha) errors.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
      if (errors.length) throw validationFailed(...errors);
      for (const pr of pulls) await refreshPull(pr);
      if (pulls.some((p) => p.state === 'open' && p.head === headBranch && p.base === body.base)) {
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${owner}:${headBranch}.`,
        });
      }
      if ((await countCommits(`${baseSha}..${headSha}`)) === 0) {
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${body.base} and ${body.head}`,
        });
      }
      const number = nextIssueNumber++;
      const now = nowIso();
      const pr: PullState = {
        number,
        id: 1_000_000_000 + number,
        node_id: `PR_kwDO${b64(`${owner}/${repo}#${number}`)}`,
        title: body.title,
        body: body.body ?? null,
        state: 'open',
        draft: body.draft ?? false,
        head: headBranch!,
        base: body.base,
        headSha: headSha!,
        baseSha: baseSha!,
        labels: [],
        requestedReviewers: [],
        requestedTeams: [],
        maintainerCanModify: body.maintainer_can_modify ?? false,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      };
      pulls.push(pr);
      return { status: 201, body: await pullJson(pr, true), headers: { location: `${repoApi()}/pulls/${number}` } };
    },
    'pulls/get': async ({ params }) => ({ status: 200, body: await pullJson(findPull(params.pull_number!), true) }),
    'pulls/update': async ({ params, body = {} }) => {
      const pr = findPull(params.pull_number!);
      await refreshPull(pr);
      if (body.base !== undefined && body.base !== pr.base) {
        if (pr.state === 'closed' && body.state !== 'open')
          throw unprocessable('Cannot change the base branch of a closed pull request.');
        if (!(await branchSha(body.base)))
          throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      }
      if (body.state === 'open' && pr.state === 'closed') {
        if (!(await branchSha(pr.head)))
          throw unprocessable('Cannot reopen a pull request whose head branch was deleted.');
        const base = body.base ?? pr.base;
        if (pulls.some((p) => p !== pr && p.state === 'open' && p.head === pr.head && p.base === base)) {
          throw validationFailed({
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${owner}:${pr.head}.`,
          });
        }
      }
      if (body.title !== undefined) pr.title = body.title;
      if (body.body !== undefined) pr.body = body.body;
      if (body.base !== undefined) pr.base = body.base;
      if (body.maintainer_can_modify !== undefined) pr.maintainerCanModify = body.maintainer_can_modify;
      if (body.state !== undefined && body.state !== pr.state) {
        pr.state = body.state;
        pr.closedAt = body.state === 'closed' ? nowIso() : null;
      }
      pr.updatedAt = nowIso();
      return { status: 200, body: await pullJson(pr, true) };
    },
    'pulls/request-reviewers': async ({ params, body = {} }) => {
      const pr = findPull(params.pull_number!);
      const reviewers: string[] = body.reviewers ?? [];
      const teams: string[] = body.team_reviewers ?? [];
      if (reviewers.some((r) => r.toLowerCase() === BOT_LOGIN))
        throw unprocessable('Review cannot be requested from pull request author.');
      const badUser =
        settings.collaborators &&
        reviewers.some((r) => !settings.collaborators!.some((c) => c.toLowerCase() === r.toLowerCase()));
      const badTeam = settings.teams && teams.some((t) => !settings.teams!.includes(t));
      if (badUser || badTeam) {
        throw unprocessable(
          `Reviews may only be requested from collaborators. One or more of the users or teams you ` +
            `specified is not a collaborator of the ${owner}/${repo} repository.`,
        );
      }
      for (const r of reviewers) if (!pr.requestedReviewers.includes(r)) pr.requestedReviewers.push(r);
      for (const t of teams) if (!pr.requestedTeams.includes(t)) pr.requestedTeams.push(t);
      pr.updatedAt = nowIso();
      return { status: 201, body: await pullJson(pr, false) };
    },
    'pulls/list-requested-reviewers': async ({ params }) => {
      const pr = findPull(params.pull_number!);
      return { status: 200, body: { users: pr.requestedReviewers.map(namedUser), teams: pr.requestedTeams.map(team) } };
    },

    // issues (a PR is an issue)
    'issues/add-labels': async ({ params, body = {} }) => {
      const pr = findPull(params.issue_number!);
      const names: string[] = (body.labels ?? []).map((l: any) => (typeof l === 'string' ? l : l.name));
      for (const n of names) if (!pr.labels.includes(n)) pr.labels.push(n);
      pr.updatedAt = nowIso();
      return { status: 200, body: pr.labels.map(labelJson) };
    },
    'issues/list-labels-on-issue': async (ctx) => {
      const pr = findPull(ctx.params.issue_number!);
      const page = paginate(pr.labels.map(labelJson), ctx);
      return { status: 200, body: page.body, headers: page.headers };
    },
    'issues/list-comments': async (ctx) => {
      findPull(ctx.params.issue_number!);
      let list = comments.filter((c) => String(c.issueNumber) === ctx.params.issue_number);
      if (ctx.query.since) list = list.filter((c) => c.updatedAt >= ctx.query.since!);
      const page = paginate(list.map(commentJson), ctx);
      return { status: 200, body: page.body, headers: page.headers };
    },
    'issues/create-comment': async ({ params, body }) => {
      const pr = findPull(params.issue_number!);
      const now = nowIso();
      const id = nextCommentId++;
      const c: CommentState = {
        id,
        node_id: `IC_kwDO${b64(String(id))}`,
        issueNumber: pr.number,
        body: body.body,
        createdAt: now,
        updatedAt: now,
      };
      comments.push(c);
      return { status: 201, body: commentJson(c), headers: { location: `${repoApi()}/issues/comments/${id}` } };
    },
    'issues/get-comment': async ({ params }) => {
      const c = comments.find((x) => String(x.id) === params.comment_id);
      if (!c) throw notFound();
      return { status: 200, body: commentJson(c) };
    },
    'issues/update-comment': async ({ params, body }) => {
      const c = comments.find((x) => String(x.id) === params.comment_id);
      if (!c) throw notFound();
      c.body = body.body;
      c.updatedAt = nowIso();
      return { status: 200, body: commentJson(c) };
    },
    'issues/delete-comment': async ({ params }) => {
      const i = comments.findIndex((x) => String(x.id) === params.comment_id);
      if (i < 0) throw notFound();
      comments.splice(i, 1);
      return { status: 204 };
    },
  };

  async function writeTree(files: Map<string, { mode: string; type: string; sha: string }>): Promise<string> {
    interface Dir {
      entries: Map<string, { mode: string; type: string; sha: string }>;
      dirs: Map<string, Dir>;
    }
    const root: Dir = { entries: new Map(), dirs: new Map() };
    for (const [path, e] of files) {
      const parts = path.split('/');
      let d = root;
      for (const part of parts.slice(0, -1)) {
        if (!d.dirs.has(part)) d.dirs.set(part, { entries: new Map(), dirs: new Map() });
        d = d.dirs.get(part)!;
      }
      d.entries.set(parts[parts.length - 1]!, e);
    }
    const write = async (d: Dir): Promise<string> => {
      let input = '';
      for (const [name, sub] of d.dirs) input += `040000 tree ${await write(sub)}\t${name}\0`;
      for (const [name, e] of d.entries) input += `${e.mode} ${e.type} ${e.sha}\t${name}\0`;
      return (await gitOk(git, ['mktree', '-z'], { input })).trim();
    };
    return write(root);
  }

  async function compare(ctx: Ctx, baseSpec: string, headSpec: string): Promise<FakeResponse> {
    const strip = (s: string) => {
      const i = s.indexOf(':');
      if (i < 0) return s;
      // `owner:ref` or `owner:repo:ref`; only this repository is known.
      const parts = s.split(':');
      if (parts[0]!.toLowerCase() !== owner.toLowerCase()) return undefined;
      return parts.length === 3
        ? parts[1]!.toLowerCase() === repo.toLowerCase()
          ? parts[2]
          : undefined
        : parts.slice(1).join(':');
    };
    const bName = strip(baseSpec);
    const hName = strip(headSpec);
    const base = bName ? await resolveCommitish(bName) : undefined;
    const head = hName ? await resolveCommitish(hName) : undefined;
    if (!base || !head) throw notFound();
    const mbRes = await git(['merge-base', base, head]);
    const mergeBase = mbRes.code === 0 ? mbRes.stdout.toString().trim() : undefined;
    const ahead = await countCommits(`${base}..${head}`);
    const behind = await countCommits(`${head}..${base}`);
    const status =
      ahead === 0 && behind === 0 ? 'identical' : behind === 0 ? 'ahead' : ahead === 0 ? 'behind' : 'diverged';
    const shas = (await gitOk(git, ['rev-list', '--reverse', '--topo-order', `${base}..${head}`]))
      .split('\n')
      .filter(Boolean);
    const perPage = ctx.query.per_page ? Math.min(100, Number(ctx.query.per_page)) : 250;
    const page = Math.max(1, Number(ctx.query.page ?? 1) || 1);
    const pageShas = shas.slice((page - 1) * perPage, page * perPage);
    const commits = [];
    for (const s of pageShas) commits.push(await restCommitJson((await readCommit(s))!, false));
    const headCommit = (await readCommit(head))!;
    const files = mergeBase
      ? await diffFiles((await readCommit(mergeBase))!.tree, headCommit.tree)
      : await diffFiles(EMPTY_TREE, headCommit.tree);
    const permalink = `${repoHtml}/compare/${owner}:${base.slice(0, 7)}...${owner}:${head.slice(0, 7)}`;
    return {
      status: 200,
      body: {
        url: `${repoApi()}/compare/${baseSpec}...${headSpec}`,
        html_url: `${repoHtml}/compare/${baseSpec}...${headSpec}`,
        permalink_url: permalink,
        diff_url: `${repoHtml}/compare/${baseSpec}...${headSpec}.diff`,
        patch_url: `${repoHtml}/compare/${baseSpec}...${headSpec}.patch`,
        base_commit: await restCommitJson((await readCommit(base))!, false),
        merge_base_commit: mergeBase ? await restCommitJson((await readCommit(mergeBase))!, false) : null,
        status,
        ahead_by: ahead,
        behind_by: behind,
        total_commits: ahead,
        commits,
        files,
      },
    };
  }

  // --- request pipeline ---
  function send(res: ServerResponse, rec: RecordedRequest, r: FakeResponse, op?: Operation): void {
    rateRemaining = Math.max(0, rateRemaining - 1);
    let body = r.body;
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${rec.seq.toString(16).toUpperCase()}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(rateRemaining),
      'x-ratelimit-reset': String(rateReset),
      'x-ratelimit-used': String(5000 - rateRemaining),
      'x-ratelimit-resource': 'core',
      ...Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    };
    if (r.status >= 400 && (body === undefined || typeof body === 'string')) {
      body = {
        message: body ?? DEFAULT_MESSAGES[r.status] ?? 'Error',
        documentation_url: op?.docsUrl ?? 'https://docs.github.com/rest',
        status: String(r.status),
      };
    }
    rec.status = r.status;
    rec.response = body;
    if (r.status === 204 || r.status === 304 || body === undefined) {
      res.writeHead(r.status, headers);
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(r.status, headers);
    res.end(text);
  }

  function errorResponse(e: unknown, op?: Operation): FakeResponse {
    if (e instanceof HttpError) {
      return {
        status: e.status,
        body: {
          message: e.message,
          ...e.extra,
          documentation_url: op?.docsUrl ?? 'https://docs.github.com/rest',
          status: String(e.status),
        },
        headers: e.headers,
      };
    }
    return {
      status: 500,
      body: { message: `fake GitHub internal error: ${(e as Error)?.stack ?? String(e)}`, status: '500' },
    };
  }

  function matchFault(rec: RecordedRequest): Fault | undefined {
    for (const f of faults) {
      if (f.remaining <= 0) continue;
      if (f.method !== '*' && f.method.toUpperCase() !== rec.method) continue;
      const p = f.pattern;
      const hit =
        p instanceof RegExp
          ? p.test(rec.path)
          : p === rec.path ||
            p === rec.rawPath ||
            p === rec.route ||
            p === rec.operationId ||
            (p.includes('*') && globToRegex(p).test(rec.path));
      if (hit) return f;
    }
    return undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawPath = u.pathname;
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      path = rawPath;
    }
    const query = Object.fromEntries(u.searchParams);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const rawBody = await readBody(req);
    const text = rawBody.toString('utf8');
    let body: any;
    let jsonError = false;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        jsonError = true;
      }
    }
    const auth = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
    const rec: RecordedRequest = {
      seq: ++seq,
      method,
      path,
      rawPath,
      query,
      headers,
      body,
      token: auth?.[1],
      params: {},
      status: 0,
      at: Date.now(),
    };
    requests.push(rec);

    const v = validateRequest({ method, rawPath, query, body, hasBody: text.trim() !== '', strict });
    const op = v.operation;
    if (op) {
      rec.operationId = op.operationId;
      rec.route = op.template;
      rec.params = v.params;
    }
    if (jsonError) {
      violations.push({
        method,
        path,
        kind: 'json',
        operationId: op?.operationId,
        errors: ['request body is not valid JSON'],
      });
      return send(res, rec, { status: 400, body: 'Problems parsing JSON' }, op);
    }
    if (v.errors.length || !op) {
      violations.push({
        method,
        path,
        kind: v.kind ?? 'unknown-route',
        operationId: op?.operationId,
        errors: v.errors,
      });
      const status = v.kind === 'unknown-route' || v.kind === 'path-param' ? 404 : 422;
      const message = status === 404 ? 'Not Found' : `Invalid request.\n\n${v.errors.join('\n')}`;
      return send(res, rec, { status, body: message }, op);
    }

    if (!auth) return send(res, rec, { status: 401, body: 'Requires authentication' }, op);
    if (opts.tokens && !opts.tokens.includes(auth[1]!))
      return send(res, rec, { status: 401, body: 'Bad credentials' }, op);

    for (const hook of [...hooks]) {
      const r = await hook(rec);
      if (r) {
        rec.scripted = true;
        return send(res, rec, r, op);
      }
    }

    const fault = matchFault(rec);
    if (fault) {
      fault.remaining--;
      faults = faults.filter((f) => f.remaining > 0);
      rec.scripted = true;
      return send(res, rec, { status: fault.status, body: fault.body, headers: fault.headers }, op);
    }

    const result = await serialized(async (): Promise<FakeResponse> => {
      try {
        if ('owner' in v.params && 'repo' in v.params) {
          if (
            v.params.owner!.toLowerCase() !== owner.toLowerCase() ||
            v.params.repo!.toLowerCase() !== repo.toLowerCase()
          )
            throw notFound();
        }
        const handler = handlers[op.operationId];
        if (!handler) {
          violations.push({
            method,
            path,
            kind: 'unimplemented',
            operationId: op.operationId,
            errors: [`${op.operationId} (${method} ${op.template}) is documented but not implemented by the fake`],
          });
          return { status: 501, body: `${op.operationId} is not implemented by the fake GitHub API` };
        }
        const need = NEEDS[op.operationId];
        if (need && !allowed(need)) {
          throw new HttpError(
            403,
            'Resource not accessible by integration',
            {},
            { 'x-accepted-github-permissions': acceptedPermissions(need) },
          );
        }
        return await handler({ method, rawPath, params: v.params, query, body, op });
      } catch (e) {
        return errorResponse(e, op);
      }
    });
    send(res, rec, result, op);
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({ message: `fake GitHub internal error: ${(e as Error)?.stack ?? String(e)}`, status: '500' }),
        );
      }
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let closed: Promise<void> | undefined;
  const fake: FakeGitHub = {
    url,
    owner,
    repo,
    bareRepoPath,
    settings,
    requests,
    violations,
    pulls,
    comments,
    failNext(method, pathPattern, status, body, times = 1, headers = {}) {
      faults.push({ method, pattern: pathPattern, status, body, remaining: times, headers });
    },
    pendingFaults: () => faults.filter((f) => f.remaining > 0),
    onRequest(hook) {
      hooks.push(hook);
      return () => {
        const i = hooks.indexOf(hook);
        if (i >= 0) hooks.splice(i, 1);
      };
    },
    requestsFor(methodOrOperationId, pathPrefix) {
      if (methodOrOperationId.includes('/')) return requests.filter((r) => r.operationId === methodOrOperationId);
      return requests.filter(
        (r) => r.method === methodOrOperationId.toUpperCase() && (!pathPrefix || r.path.startsWith(pathPrefix)),
      );
    },
    clearRecords() {
      requests.length = 0;
      violations.length = 0;
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
        for (const s of sockets) s.destroy();
      });
      return closed;
    },
  };
  return fake;
}
