export const id = 197;
export const ids = [197];
export const modules = {

/***/ 20546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ changeRisksMarkdown)
/* harmony export */ });
/* unused harmony export NEW_RISKS_TITLE */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9330);

// The findings a change introduces, as the change's reports show them first: the job summary and
// the pull-request body. Locations are `file:line` in code, not links: these texts are read on
// GitHub pages where a relative link resolves against the page, not the repository.
/** More than this many new findings is a new source being read for the first time, not a review list. */
const MAX_LISTED = 50;
const NEW_RISKS_TITLE = 'New risks in this change';
/** Markdown for the introduced findings (empty when there are none), with the count of resolved ones. */
function changeRisksMarkdown(triage) {
    const { introduced, resolved } = triage;
    const nodes = [];
    if (introduced.length > 0) {
        const shown = introduced.slice(0, MAX_LISTED);
        nodes.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(3, `⚠ ${NEW_RISKS_TITLE} (${introduced.length})`), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .paragraph */ .FY)('Findings of the built-in rules that the base of this change does not have ', '(migration statements that ran before it are history and are not repeated here).'), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(shown.map(findingItem)));
        if (shown.length < introduced.length)
            nodes.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .paragraph */ .FY)(`… and ${introduced.length - shown.length} more (every current risk is in risks.md).`));
    }
    if (resolved.length > 0)
        nodes.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .paragraph */ .FY)(resolved.length === 1
            ? '1 finding of the base no longer applies.'
            : `${resolved.length} findings of the base no longer apply.`));
    return nodes.length > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(nodes) : '';
}
function findingItem(f) {
    return [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .strong */ .ko)(f.severity),
        ' ',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(f.rule),
        ' at ',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(`${f.source.file}:${f.source.line}`),
        `: ${f.message}`,
        f.lock ? ` (lock: ${f.lock})` : '',
    ];
}


/***/ }),

/***/ 50197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  overlayOpenPullRequestDocs: () => (/* binding */ overlayOpenPullRequestDocs),
  publishDocs: () => (/* binding */ publishDocs),
  publishSystemsDocs: () => (/* binding */ publishSystemsDocs),
  targetBranch: () => (/* binding */ targetBranch)
});

// UNUSED EXPORTS: docsBranchFor

// EXTERNAL MODULE: ./lib/publish/write-files.js
var write_files = __webpack_require__(94470);
;// CONCATENATED MODULE: ./lib/publish/api-commit.js
/** The commit a branch points at on GitHub, or undefined when the branch does not exist. */
async function branchSha(octokit, r, branch) {
    try {
        const { data } = await octokit.rest.git.getRef({ ...r, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (err) {
        if (err.status === 404)
            return undefined;
        throw err;
    }
}
/**
 * Creates (does not publish) a commit on `parentSha` whose tree is the parent's with `files`
 * written, through the Git Data API: GitHub signs such commits, so they show as verified.
 * Returns undefined when the files already have that content (nothing to commit).
 */
async function commitFiles(octokit, r, parentSha, files, message) {
    const parentTree = await treeOf(octokit, r, parentSha);
    const tree = await treeWith(octokit, r, parentTree, files);
    if (tree === parentTree)
        return undefined;
    return { sha: await commitTree(octokit, r, tree, parentSha, message), tree };
}
/** The tree `baseTree` becomes with `files` written (the base itself when there are none). */
async function treeWith(octokit, r, baseTree, files) {
    if (files.length === 0)
        return baseTree;
    const { data } = await octokit.rest.git.createTree({
        ...r,
        base_tree: baseTree,
        // A null sha removes the path from the base tree.
        tree: files.map((f) => f.remove
            ? { path: f.file, mode: '100644', type: 'blob', sha: null }
            : { path: f.file, mode: '100644', type: 'blob', content: f.text }),
    });
    return data.sha;
}
async function commitTree(octokit, r, tree, parentSha, message) {
    return (await octokit.rest.git.createCommit({ ...r, message, tree, parents: [parentSha] })).data.sha;
}
/** The tree a commit points at. */
async function treeOf(octokit, r, sha) {
    return (await octokit.rest.git.getCommit({ ...r, commit_sha: sha })).data.tree.sha;
}
function isNotFastForward(err) {
    const e = err;
    return e?.status === 422 && /fast.?forward/i.test(e.message ?? '');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./lib/publish/git-command.js


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * git in the workspace, with the checkout's own credentials (actions/checkout persists them).
 * Commits are attributed to the Actions bot unless the workflow sets an identity.
 */
async function git(cwd, args) {
    const identity = [
        '-c',
        `user.name=${process.env.GIT_AUTHOR_NAME ?? 'github-actions[bot]'}`,
        '-c',
        `user.email=${process.env.GIT_AUTHOR_EMAIL ?? '41898282+github-actions[bot]@users.noreply.github.com'}`,
    ];
    const { stdout } = await run('git', [...identity, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
}
async function tryGit(cwd, args) {
    try {
        return { ok: true, stdout: await git(cwd, args) };
    }
    catch (err) {
        return { ok: false, stderr: String(err.stderr ?? err.message) };
    }
}

// EXTERNAL MODULE: ./lib/publish/permission-errors.js
var permission_errors = __webpack_require__(49518);
;// CONCATENATED MODULE: ./lib/publish/commit-to-branch.js




const MAX_PUSH_ATTEMPTS = 5;
/**
 * `commit` mode through the API: a verified commit on the branch's current head. When the branch
 * moves between our read and our write (a push race), read the new head, re-apply the docs on it
 * and try again, a bounded number of times.
 */
async function commitViaApi(octokit, r, branch, files, message, checkoutSha) {
    for (let attempt = 1;; attempt++) {
        const head = await branchSha(octokit, r, branch);
        if (!head)
            throw new Error(`the branch "${branch}" does not exist on GitHub`);
        if (head !== checkoutSha) {
            // Re-applying is safe only when nobody changed these docs in between: never overwrite a person's edit.
            const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
                ...r,
                basehead: `${checkoutSha}...${head}`,
            });
            const touched = (data.files ?? []).map((f) => f.filename).filter((f) => files.some((c) => c.file === f));
            if (touched.length > 0)
                throw new DocsMovedError(branch, touched);
        }
        let commit;
        try {
            commit = await commitFiles(octokit, r, head, files, message);
            if (!commit)
                return undefined;
            await octokit.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha: commit.sha, force: false });
            return commit.sha;
        }
        catch (err) {
            if (!isNotFastForward(err))
                throw (0,permission_errors/* explainGitHubError */.P)(err, `push to ${branch}`);
            if (attempt >= MAX_PUSH_ATTEMPTS)
                throw new Error(`"${branch}" kept moving: gave up after ${attempt} attempts to add the docs commit on its head`);
        }
    }
}
/**
 * `commit` mode through git: commit in the workspace and push. A rejected push (the branch
 * moved) fetches the new head, re-applies the docs there and pushes again, a bounded number of times.
 */
async function commitViaGit(workspace, docsDir, branch, files, message) {
    const checkoutSha = (await git(workspace, ['rev-parse', 'HEAD'])).trim();
    const blobAt = async (rev, file) => {
        const r = await tryGit(workspace, ['rev-parse', `${rev}:${file}`]);
        return r.ok ? r.stdout.trim() : undefined;
    };
    for (let attempt = 1;; attempt++) {
        const kept = files.filter((f) => !f.remove).map((f) => f.file);
        const removed = files.filter((f) => f.remove).map((f) => f.file);
        if (kept.length > 0)
            await git(workspace, ['add', '--', ...kept]);
        if (removed.length > 0)
            await git(workspace, ['rm', '-q', '--cached', '--ignore-unmatch', '--', ...removed]);
        const staged = await tryGit(workspace, ['diff', '--cached', '--quiet']);
        if (staged.ok)
            return undefined; // nothing staged: the docs on this head are already current
        await git(workspace, ['commit', '-q', '-m', message]);
        const push = await tryGit(workspace, ['push', '-q', 'origin', `HEAD:refs/heads/${branch}`]);
        if (push.ok)
            return (await git(workspace, ['rev-parse', 'HEAD'])).trim();
        if (!/rejected|fetch first|non-fast-forward|stale info/i.test(push.stderr))
            throw new Error(`git push to ${branch} failed: ${push.stderr.trim()}`);
        if (attempt >= MAX_PUSH_ATTEMPTS)
            throw new Error(`"${branch}" kept moving: gave up after ${attempt} pushes`);
        await git(workspace, ['fetch', '-q', '--depth=1', 'origin', branch]);
        const touched = [];
        for (const f of files)
            if ((await blobAt(checkoutSha, f.file)) !== (await blobAt('FETCH_HEAD', f.file)))
                touched.push(f.file);
        if (touched.length > 0)
            throw new DocsMovedError(branch, touched);
        await git(workspace, ['reset', '-q', '--hard', 'FETCH_HEAD']);
        await (0,write_files/* writeFilesAtomically */.i)(workspace, docsDir, files);
    }
}
/** The docs themselves changed on the branch while the run worked: re-applying would overwrite that. */
class DocsMovedError extends Error {
    constructor(branch, files) {
        super(`the docs changed on "${branch}" while this run was working (${files.join(', ')}); ` +
            `not overwriting them — run again to regenerate on the new head`);
        this.name = 'DocsMovedError';
    }
}

// EXTERNAL MODULE: ./lib/publish/github-event.js
var github_event = __webpack_require__(91225);
;// CONCATENATED MODULE: ./lib/publish/docs-branch.js


const MAX_ATTEMPTS = 3;
/**
 * Puts the docs on the bot branch. While the branch holds only our own commits it is rebuilt on
 * the current base (a force update that can only replace our commits). Once a person has pushed
 * to it, we add a commit on top instead and leave the files they changed alone.
 */
async function updateDocsBranch(octokit, r, base, branch, files, message) {
    for (let attempt = 1;; attempt++) {
        try {
            return await attemptUpdate(octokit, r, base, branch, files, message);
        }
        catch (err) {
            // Someone pushed to the branch between our read and our write: read again and redo.
            if (!isNotFastForward(err) || attempt >= MAX_ATTEMPTS)
                throw err;
        }
    }
}
async function attemptUpdate(octokit, r, base, branch, files, message) {
    const baseSha = await branchSha(octokit, r, base);
    if (!baseSha)
        throw new Error(`the base branch "${base}" does not exist on GitHub`);
    const headSha = await branchSha(octokit, r, branch);
    if (!headSha) {
        const commit = await commitFiles(octokit, r, baseSha, files, message);
        if (!commit)
            return { operation: 'unchanged', headSha: baseSha, humanCommits: 0, keptHumanFiles: [] };
        await octokit.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha: commit.sha });
        return { operation: 'created', headSha: commit.sha, humanCommits: 0, keptHumanFiles: [] };
    }
    const { data: comparison } = await octokit.rest.repos.compareCommitsWithBasehead({
        ...r,
        basehead: `${base}...${branch}`,
    });
    const human = comparison.commits.filter((c) => !c.commit.message.includes(github_event/* GENERATED_TRAILER */.Q8));
    if (human.length === 0) {
        // Only our commits: the branch is rebuilt as base + one docs commit. Same tree: nothing to do.
        const wanted = await treeWith(octokit, r, await treeOf(octokit, r, baseSha), files);
        if (wanted === (await treeOf(octokit, r, headSha)))
            return { operation: 'unchanged', headSha, humanCommits: 0, keptHumanFiles: [] };
        const sha = await commitTree(octokit, r, wanted, baseSha, message);
        await octokit.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: true });
        return { operation: 'updated', headSha: sha, humanCommits: 0, keptHumanFiles: [] };
    }
    const humanFiles = new Set();
    for (const c of human) {
        const { data } = await octokit.rest.repos.getCommit({ ...r, ref: c.sha });
        for (const f of data.files ?? [])
            humanFiles.add(f.filename);
    }
    const ours = files.filter((f) => !humanFiles.has(f.file));
    const keptHumanFiles = files.filter((f) => humanFiles.has(f.file)).map((f) => f.file);
    const commit = await commitFiles(octokit, r, headSha, ours, message);
    if (!commit)
        return { operation: 'unchanged', headSha, humanCommits: human.length, keptHumanFiles };
    await octokit.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha: commit.sha, force: false });
    return { operation: 'updated', headSha: commit.sha, humanCommits: human.length, keptHumanFiles };
}
/** Whether people have pushed commits to the docs branch (then it is never deleted by us). */
async function hasHumanCommits(octokit, r, base, branch) {
    try {
        const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ ...r, basehead: `${base}...${branch}` });
        return data.commits.some((c) => !c.commit.message.includes(github_event/* GENERATED_TRAILER */.Q8));
    }
    catch (err) {
        if (err.status === 404)
            return false;
        throw err;
    }
}

// EXTERNAL MODULE: ./lib/publish/docs-branch-key.js
var docs_branch_key = __webpack_require__(35795);
;// CONCATENATED MODULE: ./lib/publish/pull-request.js

/** GitHub's limit on a pull request body. */
const MAX_BODY = 65_536;
/** The open pull request from `branch` into `base`, if there is one. */
async function findOpenPullRequest(octokit, r, base, branch) {
    const { data } = await octokit.rest.pulls.list({
        ...r,
        state: 'open',
        head: `${r.owner}:${branch}`,
        base,
        per_page: 10,
    });
    const pr = data[0];
    return pr ? { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '' } : undefined;
}
/**
 * One pull request per branch: update the open one (same number) or create it. A create that
 * races another run ("A pull request already exists") falls back to updating the existing one.
 */
async function createOrUpdatePullRequest(octokit, r, spec, branchChanged) {
    const existing = await findOpenPullRequest(octokit, r, spec.base, spec.branch);
    if (existing)
        return update(octokit, r, existing, spec, branchChanged);
    let created;
    try {
        created = (await octokit.rest.pulls.create({
            ...r,
            base: spec.base,
            head: spec.branch,
            title: spec.title,
            body: spec.body,
            draft: spec.draft,
            maintainer_can_modify: false,
        })).data;
    }
    catch (err) {
        const message = err.message ?? '';
        if (err.status === 422 && /already exists/i.test(message)) {
            const again = await findOpenPullRequest(octokit, r, spec.base, spec.branch);
            if (again)
                return update(octokit, r, again, spec, branchChanged);
        }
        throw (0,permission_errors/* explainGitHubError */.P)(err, 'create pull requests');
    }
    // Right after creation GitHub may not yet resolve the new PR's node: retry those calls briefly.
    if (spec.labels.length > 0)
        await retryUnresolvedNode(() => octokit.rest.issues.addLabels({ ...r, issue_number: created.number, labels: spec.labels }));
    if (spec.reviewers.length > 0)
        await retryUnresolvedNode(() => octokit.rest.pulls.requestReviewers({ ...r, pull_number: created.number, reviewers: spec.reviewers }));
    return { number: created.number, url: created.html_url, operation: 'created' };
}
async function update(octokit, r, pr, spec, branchChanged) {
    if (pr.title === spec.title && pr.body === spec.body)
        return { number: pr.number, url: pr.url, operation: branchChanged ? 'updated' : 'none' };
    try {
        await octokit.rest.pulls.update({ ...r, pull_number: pr.number, title: spec.title, body: spec.body });
    }
    catch (err) {
        throw (0,permission_errors/* explainGitHubError */.P)(err, 'update pull requests');
    }
    return { number: pr.number, url: pr.url, operation: 'updated' };
}
/** Closes the docs pull request and deletes its branch: the docs are back in sync with the base. */
async function closePullRequest(octokit, r, number, branch, deleteBranch) {
    await octokit.rest.pulls.update({ ...r, pull_number: number, state: 'closed' });
    if (deleteBranch)
        await octokit.rest.git.deleteRef({ ...r, ref: `heads/${branch}` });
}
async function retryUnresolvedNode(call, attempts = 4) {
    for (let i = 1;; i++) {
        try {
            return await call();
        }
        catch (err) {
            const unresolved = err.status === 422 &&
                /could not resolve to a node/i.test(err.message ?? '');
            if (!unresolved || i >= attempts)
                throw err;
            await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** i));
        }
    }
}

// EXTERNAL MODULE: ./lib/docs/change-risks.js
var change_risks = __webpack_require__(20546);
// EXTERNAL MODULE: ./lib/facts/diff-facts.js
var diff_facts = __webpack_require__(95118);
;// CONCATENATED MODULE: ./lib/facts/infra-changes.js
/** Fields compared one by one, with how each is shown; anything else that differs is `settings`. */
const FIELDS = [
    ['image', (c) => c.image],
    ['replicas', (c) => (c.replicas === undefined ? undefined : String(c.replicas))],
    ['ports', (c) => (c.ports.length ? c.ports.join(', ') : undefined)],
    ['resources', (c) => (c.resources ? resourcesText(c.resources) : undefined)],
    ['autoscaling', (c) => (c.autoscaling ? `${c.autoscaling.min ?? 1}–${c.autoscaling.max}` : undefined)],
    ['probes', (c) => (c.probes?.length ? c.probes.map((p) => `${p.kind} ${p.type}`).join(', ') : undefined)],
    ['command', (c) => c.command],
];
function infraChanges(before, after) {
    const changes = [];
    const old = new Map(before.components.map((c) => [c.id, c]));
    const now = new Map(after.components.map((c) => [c.id, c]));
    for (const c of after.components) {
        const prev = old.get(c.id);
        if (!prev) {
            changes.push({ kind: 'component-added', component: c.id, platform: c.platform, what: c.kind });
            continue;
        }
        for (const [field, show] of FIELDS) {
            const from = show(prev);
            const to = show(c);
            if (from !== to)
                changes.push(changed(c, field, from, to));
        }
        const envBefore = new Set(prev.env);
        const envNow = new Set(c.env);
        const envAdded = c.env.filter((e) => !envBefore.has(e));
        const envRemoved = prev.env.filter((e) => !envNow.has(e));
        if (envAdded.length)
            changes.push(changed(c, 'env added', undefined, envAdded.join(', ')));
        if (envRemoved.length)
            changes.push(changed(c, 'env removed', envRemoved.join(', '), undefined));
        const keys = new Set([...Object.keys(prev.settings ?? {}), ...Object.keys(c.settings ?? {})]);
        for (const key of [...keys].sort()) {
            const from = prev.settings?.[key];
            const to = c.settings?.[key];
            if (from !== to)
                changes.push(changed(c, key, from, to));
        }
    }
    for (const c of before.components) {
        if (!now.has(c.id))
            changes.push({ kind: 'component-removed', component: c.id, platform: c.platform, what: c.kind });
    }
    const key = (e) => `${e.from}\u0000${e.to}\u0000${e.kind}\u0000${e.via ?? ''}`;
    const edgesBefore = new Set(before.edges.map(key));
    const edgesNow = new Set(after.edges.map(key));
    for (const e of after.edges)
        if (!edgesBefore.has(key(e)))
            changes.push({ kind: 'edge-added', from: e.from, to: e.to, via: edgeVia(e) });
    for (const e of before.edges)
        if (!edgesNow.has(key(e)))
            changes.push({ kind: 'edge-removed', from: e.from, to: e.to, via: edgeVia(e) });
    return changes;
}
/** One line of the pull-request body for a change. */
function describeInfraChange(c) {
    switch (c.kind) {
        case 'component-added':
            return `added ${c.what} \`${c.component}\``;
        case 'component-removed':
            return `removed ${c.what} \`${c.component}\``;
        case 'component-changed':
            if (c.from === undefined)
                return `\`${c.component}\`: ${c.field} \`${c.to}\``;
            if (c.to === undefined)
                return `\`${c.component}\`: ${c.field} \`${c.from}\`${c.field.endsWith('removed') ? '' : ' removed'}`;
            return `\`${c.component}\`: ${c.field} \`${c.from}\` → \`${c.to}\``;
        case 'edge-added':
            return `new dependency \`${c.from}\` → \`${c.to}\` (${c.via})`;
        case 'edge-removed':
            return `dependency gone \`${c.from}\` → \`${c.to}\` (${c.via})`;
    }
}
function changed(c, field, from, to) {
    const change = { kind: 'component-changed', component: c.id, platform: c.platform, field };
    if (from !== undefined)
        change.from = from;
    if (to !== undefined)
        change.to = to;
    return change;
}
function edgeVia(e) {
    return e.via ? `${e.kind} ${e.via}` : e.kind;
}
function resourcesText(r) {
    const part = (name, v) => v && (v.cpu || v.memory) ? `${name} ${[v.cpu, v.memory].filter(Boolean).join('/')}` : undefined;
    return [part('requests', r.requests), part('limits', r.limits)].filter(Boolean).join(', ');
}

;// CONCATENATED MODULE: ./lib/facts/schema-changes.js
const display = (t) => (t.schema === 'public' ? t.name : `${t.schema}.${t.name}`);
const shape = (t) => JSON.stringify(t.columns.map((c) => [c.name, c.type, c.nullable, c.default]));
const sameColumn = (a, b) => a.type === b.type && a.nullable === b.nullable && a.default === b.default;
function schemaChanges(before, after) {
    const changes = [];
    const old = new Map(before.tables.map((t) => [t.id, t]));
    const now = new Map(after.tables.map((t) => [t.id, t]));
    const added = after.tables.filter((t) => !old.has(t.id));
    const dropped = before.tables.filter((t) => !now.has(t.id));
    for (const t of added) {
        const from = dropped.find((d) => shape(d) === shape(t));
        if (from) {
            dropped.splice(dropped.indexOf(from), 1);
            changes.push({ kind: 'table-renamed', table: display(t), from: display(from) });
        }
        else
            changes.push({ kind: 'table-added', table: display(t) });
    }
    for (const t of dropped)
        changes.push({ kind: 'table-dropped', table: display(t) });
    for (const t of after.tables) {
        const prev = old.get(t.id);
        if (prev)
            changes.push(...columnChanges(prev, t));
    }
    const indexKey = (i) => i.id;
    const oldIndexes = new Map(before.indexes.map((i) => [indexKey(i), i]));
    const newIndexes = new Map(after.indexes.map((i) => [indexKey(i), i]));
    const tableName = (id, facts) => {
        const t = facts.tables.find((x) => x.id === id);
        return t ? display(t) : id.replace(/^table:(public\.)?/, '');
    };
    for (const [k, i] of newIndexes) {
        if (!oldIndexes.has(k) && !i.primary)
            changes.push({ kind: 'index-added', index: i.name, table: tableName(i.table, after) });
    }
    for (const [k, i] of oldIndexes) {
        if (!newIndexes.has(k) && !i.primary) {
            changes.push({ kind: 'index-dropped', index: i.name, table: tableName(i.table, before) });
        }
    }
    const fkKey = (f) => f.id;
    const oldFks = new Set(before.foreignKeys.map(fkKey));
    const newFks = new Set(after.foreignKeys.map(fkKey));
    const fk = (kind, f, facts) => changes.push({
        kind,
        table: tableName(f.table, facts),
        columns: f.columns,
        refTable: tableName(f.refTable, facts),
    });
    for (const f of after.foreignKeys)
        if (!oldFks.has(fkKey(f)))
            fk('foreign-key-added', f, after);
    for (const f of before.foreignKeys)
        if (!newFks.has(fkKey(f)))
            fk('foreign-key-dropped', f, before);
    const known = new Set(before.migrations.map((m) => m.id));
    const newMigrations = after.migrations.filter((m) => !known.has(m.id));
    return { changes, newMigrations, withoutRollback: newMigrations.filter((m) => m.rollback === undefined) };
}
function columnChanges(before, after) {
    const table = display(after);
    const out = [];
    const old = new Map(before.columns.map((c) => [c.name, c]));
    const now = new Map(after.columns.map((c) => [c.name, c]));
    const added = after.columns.filter((c) => !old.has(c.name));
    const dropped = before.columns.filter((c) => !now.has(c.name));
    if (added.length === 1 && dropped.length === 1 && sameColumn(added[0], dropped[0])) {
        out.push({ kind: 'column-renamed', table, column: added[0].name, from: dropped[0].name });
    }
    else {
        for (const c of added)
            out.push({ kind: 'column-added', table, column: c.name });
        for (const c of dropped)
            out.push({ kind: 'column-dropped', table, column: c.name });
    }
    for (const c of after.columns) {
        const p = old.get(c.name);
        if (!p)
            continue;
        if (p.type !== c.type)
            out.push({ kind: 'column-type-changed', table, column: c.name, from: p.type, to: c.type });
        if (p.nullable !== c.nullable)
            out.push({ kind: 'column-nullability-changed', table, column: c.name, nullable: c.nullable });
        if (p.default !== c.default) {
            out.push({
                kind: 'column-default-changed',
                table,
                column: c.name,
                ...(p.default !== undefined ? { from: p.default } : {}),
                ...(c.default !== undefined ? { to: c.default } : {}),
            });
        }
    }
    return out;
}
/** One line per change, for the pull-request body and the job summary. */
function describeSchemaChange(c) {
    const code = (s) => `\`${s}\``;
    switch (c.kind) {
        case 'table-added':
            return `table ${code(c.table)} added`;
        case 'table-dropped':
            return `table ${code(c.table)} dropped`;
        case 'table-renamed':
            return `table ${code(c.from)} renamed to ${code(c.table)}`;
        case 'column-added':
            return `column ${code(`${c.table}.${c.column}`)} added`;
        case 'column-dropped':
            return `column ${code(`${c.table}.${c.column}`)} dropped`;
        case 'column-renamed':
            return `column ${code(`${c.table}.${c.from}`)} renamed to ${code(c.column)}`;
        case 'column-type-changed':
            return `column ${code(`${c.table}.${c.column}`)} type ${code(c.from)} → ${code(c.to)}`;
        case 'column-nullability-changed':
            return `column ${code(`${c.table}.${c.column}`)} now ${c.nullable ? 'nullable' : 'NOT NULL'}`;
        case 'column-default-changed':
            return (`column ${code(`${c.table}.${c.column}`)} default ` +
                `${c.from ? code(c.from) : 'none'} → ${c.to ? code(c.to) : 'none'}`);
        case 'index-added':
            return `index ${code(c.index)} on ${code(c.table)} added`;
        case 'index-dropped':
            return `index ${code(c.index)} on ${code(c.table)} dropped`;
        case 'foreign-key-added':
            return `foreign key ${code(`${c.table}(${c.columns.join(', ')})`)} → ${code(c.refTable)} added`;
        case 'foreign-key-dropped':
            return `foreign key ${code(`${c.table}(${c.columns.join(', ')})`)} → ${code(c.refTable)} dropped`;
    }
}

// EXTERNAL MODULE: ./lib/facts/findings-triage.js
var findings_triage = __webpack_require__(36146);
// EXTERNAL MODULE: ./lib/sources/registry.js + 17 modules
var registry = __webpack_require__(39848);
;// CONCATENATED MODULE: ./lib/publish/pull-request-body.js







/**
 * The pull request description: the risks the change introduces (first: they are what a reviewer
 * must weigh), what changed in the sources (API, schema, infrastructure), breaking changes, what
 * the docs run did, and its cost. Cut to GitHub's limit with a pointer to the job summary, never
 * mid-line.
 */
function pullRequestBody(result, previous, summaryUrl) {
    return cut(bodyText(result, previous), summaryUrl);
}
/** One pull request for several systems of a monorepo: each system's description under its name. */
function systemsPullRequestBody(parts, summaryUrl) {
    const text = parts.map((p) => `## ${p.system}\n\n${bodyText(p.result, p.previous)}`).join('\n\n');
    return cut(text, summaryUrl);
}
function bodyText(result, previous) {
    const lines = [];
    // Against the base's own facts, like the change list below, so a rerun leaves the body as it is.
    const risks = previous ? (0,change_risks/* changeRisksMarkdown */.m)((0,findings_triage/* triageFindings */.NZ)(result.facts, previous)) : '';
    if (risks)
        lines.push(risks);
    lines.push('Architect Docs updated the architecture docs to match the sources.', '');
    if (previous) {
        const diff = (0,diff_facts/* diffFacts */.z)(previous, result.facts);
        const group = (prefix, title) => {
            const items = diff.changes.filter((c) => c.id.startsWith(prefix));
            if (items.length === 0)
                return;
            lines.push(`### ${title}`, '', ...items.map((c) => `- ${c.change}: \`${c.id}\``), '');
        };
        // The schema is told as a reviewer reads it (renames, type and nullability changes, rollbacks),
        // not as fact ids.
        lines.push(...schemaChangeLines(schemaChanges(previous.schema, result.facts.schema)));
        // Infrastructure too is told by what changed in each component (an image bumped, a port
        // opened, a dependency added), under its platform's title.
        const infra = infraChanges(previous.infra, result.facts.infra);
        for (const kind of (0,registry/* sourceKinds */.Bb)()) {
            if (kind.name === 'migration')
                continue;
            if (kind.components) {
                const prefixes = kind.changeGroups.map((g) => g.prefix);
                lines.push(...infraChangeLines(kind.components.title, kind.name, prefixes, infra));
            }
            else
                for (const { prefix, title } of kind.changeGroups)
                    group(prefix, title);
        }
        if (diff.breaking.length > 0)
            lines.push('### ⚠ Breaking API changes', '', ...diff.breaking.map((c) => `- \`${c.rule}\` (${c.level}) ${c.id}: ${c.message}`), '');
    }
    // Only what the branch holds, never per-run numbers (calls, cost): a rerun that changes nothing
    // must leave the description as it is. Per-run figures are in the job summary.
    lines.push('### Generated files', '', ...result.owned.map((c) => `- \`${c.file}\``), '');
    if (result.agent.outcome)
        lines.push(`Narrative sections are written by the architect model (\`${result.agent.model}\`) ` +
            `and checked against the facts.`, '');
    else
        lines.push(`Narrative sections are not written yet (${result.agent.offlineReason}) and say so.`, '');
    const problems = result.diagnostics.filter((d) => d.severity !== 'notice');
    if (problems.length > 0)
        lines.push(`${problems.length} source problem(s) were reported; see the job summary.`, '');
    lines.push('<sub>Generated by Architect Docs. Edit freely outside the `architect-docs` markers; ' +
        'edits inside a block are kept and reported.</sub>');
    return lines.join('\n');
}
/** The schema change and whether its new migrations can be rolled back; nothing when there is none. */
function schemaChangeLines(diff) {
    if (diff.changes.length === 0 && diff.newMigrations.length === 0)
        return [];
    const lines = ['### Schema', ''];
    const MAX = 50;
    lines.push(...diff.changes.slice(0, MAX).map((c) => `- ${describeSchemaChange(c)}`));
    if (diff.changes.length > MAX)
        lines.push(`- … and ${diff.changes.length - MAX} more`);
    const n = diff.newMigrations.length;
    if (n > 0) {
        const missing = diff.withoutRollback;
        lines.push('', missing.length === 0
            ? `${n} new migration${n === 1 ? '' : 's'}, each with a rollback.`
            : `${n} new migration${n === 1 ? '' : 's'}; ${missing.length} without a rollback (no down migration): ` +
                `${missing
                    .slice(0, 10)
                    .map((m) => `\`${m.file}\``)
                    .join(', ')}${missing.length > 10 ? ', …' : ''}.`);
    }
    return [...lines, ''];
}
/** The changes of one platform's components (edges go with the platform they start from). */
function infraChangeLines(title, platform, prefixes, changes, max = 50) {
    const mine = changes.filter((c) => 'platform' in c ? c.platform === platform : prefixes.some((p) => c.from.startsWith(p)));
    if (mine.length === 0)
        return [];
    const lines = [`### ${title}`, '', ...mine.slice(0, max).map((c) => `- ${describeInfraChange(c)}`)];
    if (mine.length > max)
        lines.push(`- … and ${mine.length - max} more`);
    return [...lines, ''];
}
function cut(body, summaryUrl) {
    if (body.length <= MAX_BODY)
        return body;
    const note = `\n\n… cut to fit GitHub's limit. ` +
        `The full report is in the job summary${summaryUrl ? `: ${summaryUrl}` : ''}.`;
    const room = MAX_BODY - note.length;
    return body.slice(0, body.lastIndexOf('\n', room)) + note;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/docs/managed-blocks.js + 2 modules
var managed_blocks = __webpack_require__(91322);
;// CONCATENATED MODULE: ./lib/docs/transplant-blocks.js

/**
 * `base` with the generated blocks of `other` put in place of its own, block by block. Text
 * outside blocks, and any block of `base` a person edited (its body no longer matches its hash),
 * stay as they are in `base`.
 */
function transplantGeneratedBlocks(base, other) {
    const theirs = new Map((0,managed_blocks/* parseBlocks */.SV)(other).blocks.map((b) => [b.id, other.slice(b.start, b.end)]));
    let out = '';
    let cursor = 0;
    for (const block of (0,managed_blocks/* parseBlocks */.SV)(base).blocks) {
        const replacement = theirs.get(block.id);
        const untouched = block.hash === undefined || (0,managed_blocks/* hashBody */.z$)(block.body).startsWith(block.hash);
        if (replacement === undefined || !untouched)
            continue;
        out += base.slice(cursor, block.start) + replacement;
        cursor = block.end;
    }
    return out + base.slice(cursor);
}

// EXTERNAL MODULE: ./lib/state/state-file.js
var state_file = __webpack_require__(93603);
;// CONCATENATED MODULE: ./lib/publish/publish-docs.js














/** The branch the run is about: the pushed branch, else (detached HEAD, tags) the default branch. */
async function targetBranch(octokit, event, explicit) {
    if (explicit)
        return explicit;
    if (event.ref.startsWith('refs/heads/'))
        return event.ref.slice('refs/heads/'.length);
    if (event.defaultBranch)
        return event.defaultBranch;
    return (await octokit.rest.repos.get({ owner: event.owner, repo: event.repo })).data.default_branch;
}

/**
 * Pull-request mode keeps working on what the open docs PR already holds: its docs (and state
 * file) are laid over the workspace before the run, so model text written earlier is reused and
 * edits people pushed to the branch are the starting point, not overwritten.
 */
async function overlayOpenPullRequestDocs(octokit, event, workspace, docsDir, base, branch) {
    const pr = await findOpenPullRequest(octokit, { owner: event.owner, repo: event.repo }, base, branch);
    if (!pr)
        return undefined;
    const fetched = await tryGit(workspace, ['fetch', '-q', '--no-tags', '--depth=1', 'origin', `refs/heads/${branch}`]);
    if (!fetched.ok)
        return `could not fetch ${branch}: ${fetched.stderr.trim()}`;
    const listed = await tryGit(workspace, ['ls-tree', '-r', '--name-only', 'FETCH_HEAD', '--', docsDir]);
    if (!listed.ok)
        return undefined;
    const files = [];
    for (const file of listed.stdout.split('\n').filter(Boolean)) {
        const shown = await tryGit(workspace, ['show', `FETCH_HEAD:${file}`]);
        if (!shown.ok)
            continue;
        const local = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, file), 'utf8').catch(() => undefined);
        // New files (a decision record, a runbook) and the state file come whole; a doc the base has
        // takes only the branch's generated blocks, so text people wrote on the base is kept.
        const text = local === undefined || file === (0,state_file/* statePath */.BQ)(docsDir)
            ? shown.stdout
            : transplantGeneratedBlocks(local, shown.stdout);
        if (text !== local)
            files.push({ file, text });
    }
    await (0,write_files/* writeFilesAtomically */.i)(workspace, docsDir, files);
    return `generated content taken from the open pull request #${pr.number} (${branch}): ${files.length} file(s)`;
}
async function publishDocs(octokit, event, workspace, docsDir, result, previousFacts, s) {
    return explained(s, () => publish(octokit, event, workspace, docsDir, result, () => pullRequestBody(result, previousFacts, summaryUrl()), s));
}
/**
 * Pull-request mode for several systems of a monorepo run in one job: all their docs in one commit
 * on one branch, one pull request describing each system under its name.
 */
async function publishSystemsDocs(octokit, event, workspace, parts, s) {
    if (s.mode !== 'pull-request' || parts.length === 0)
        throw new Error('one publish for several systems is a pull request');
    // The branch is built as base + every file the run owns: the systems' files side by side.
    const together = {
        ...parts[0].result,
        changed: parts.flatMap((p) => p.result.changed),
        owned: parts.flatMap((p) => p.result.owned),
    };
    const body = () => systemsPullRequestBody(parts.map((p) => ({ system: p.system, result: p.result, previous: p.previousFacts })), summaryUrl());
    return explained(s, () => publish(octokit, event, workspace, parts[0].docsDir, together, body, s));
}
async function explained(s, publishing) {
    try {
        return await publishing();
    }
    catch (err) {
        // A 403 anywhere (tree, commit, ref, pull request) gets the cause and the exact fix.
        throw (0,permission_errors/* explainGitHubError */.P)(err, s.mode === 'commit' ? 'push the docs commit' : 'push the docs branch and open its pull request');
    }
}
async function publish(octokit, event, workspace, docsDir, result, body, s) {
    const r = { owner: event.owner, repo: event.repo };
    const message = `${s.commitMessage}\n\n${github_event/* GENERATED_TRAILER */.Q8}`;
    const base = await targetBranch(octokit, event, s.base);
    if (s.mode === 'commit') {
        if (result.changed.length === 0)
            return { operation: 'none', branch: base, notes: ['the docs on the branch are current'] };
        const sha = s.commitMethod === 'api'
            ? await commitViaApi(octokit, r, base, result.changed, message, (await git(workspace, ['rev-parse', 'HEAD'])).trim())
            : await commitViaGit(workspace, docsDir, base, result.changed, message);
        return sha
            ? { operation: 'updated', branch: base, commitSha: sha, notes: [] }
            : { operation: 'none', branch: base, notes: ['nothing to commit on the current head'] };
    }
    const branch = (0,docs_branch_key/* docsBranchFor */.z)(base, s.branch, s.system);
    const notes = [];
    if (s.commitMethod === 'git')
        notes.push('pull requests are committed through the API (verified commits); commit-method git applies to commit mode');
    // The docs as this run wants them, on top of the base: the same tree as the base means the base
    // is already current and no pull request is needed.
    const baseSha = await branchSha(octokit, r, base);
    if (!baseSha)
        throw new Error(`the base branch "${base}" does not exist on GitHub`);
    const baseTree = await treeOf(octokit, r, baseSha);
    if ((await treeWith(octokit, r, baseTree, result.owned)) === baseTree) {
        const existing = await findOpenPullRequest(octokit, r, base, branch);
        if (existing && s.deleteBranch) {
            // A branch people pushed to is theirs too: close the PR, keep the branch.
            const deleting = !(await hasHumanCommits(octokit, r, base, branch));
            await closePullRequest(octokit, r, existing.number, branch, deleting);
            return {
                operation: 'closed',
                branch,
                pullRequest: { number: existing.number, url: existing.url },
                notes: [
                    ...notes,
                    `the docs on ${base} are current: the pull request was closed` +
                        `${deleting ? ' and its branch deleted' : ' (its branch has commits by people and was kept)'}`,
                ],
            };
        }
        return { operation: 'none', branch, notes: [...notes, `the docs on ${base} are current`] };
    }
    const updated = await updateDocsBranch(octokit, r, base, branch, result.owned, message);
    if (updated.humanCommits > 0)
        notes.push(`${updated.humanCommits} commit(s) by people on ${branch} were kept; the docs commit went on top`);
    if (updated.keptHumanFiles.length > 0)
        notes.push(`files changed by people on ${branch} were left as they made them: ${updated.keptHumanFiles.join(', ')}`);
    const pr = await createOrUpdatePullRequest(octokit, r, {
        base,
        branch,
        title: s.title,
        body: body(),
        labels: s.labels,
        reviewers: s.reviewers,
        draft: s.draft,
    }, updated.operation !== 'unchanged');
    return {
        operation: pr.operation,
        branch,
        commitSha: updated.headSha,
        pullRequest: { number: pr.number, url: pr.url },
        notes,
    };
}
function summaryUrl() {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = process.env;
    return server && repo && runId ? `${server}/${repo}/actions/runs/${runId}` : undefined;
}


/***/ })

};
