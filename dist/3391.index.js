export const id = 3391;
export const ids = [3391];
export const modules = {

/***/ 23391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractFacts: () => (/* binding */ extractFacts),
  extractFactsAt: () => (/* binding */ extractFactsAt),
  planModelRun: () => (/* binding */ planModelRun),
  run: () => (/* binding */ pipeline_run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/docs/templates.js
var docs_templates = __webpack_require__(75640);
// EXTERNAL MODULE: ./lib/system/names.js
var names = __webpack_require__(53585);
;// CONCATENATED MODULE: ./lib/docs/plan-docs.js



/**
 * The docs the facts call for: the five fixed documents, one runbook per deployable service, and
 * one decision record per architecturally significant change of this run (numbered after the
 * existing ones; once written, a record is history and is not planned again).
 */
function planDocs(facts, docsDir, templates, adrs = { changes: [], nextNumber: 1 }) {
    const services = groupServices(facts);
    const fixed = [
        ['README.md', 'overview.md'],
        ['api.md', 'api.md'],
        ['data-model.md', 'data-model.md'],
        ['infrastructure.md', 'infrastructure.md'],
        ['risks.md', 'risks.md'],
    ];
    const docs = fixed.map(([file, templateName]) => ({
        file: external_node_path_.posix.join(docsDir, file),
        templateName,
        template: templates.texts[templateName],
    }));
    for (const service of services) {
        docs.push({
            file: external_node_path_.posix.join(docsDir, 'runbooks', `${service.slug}.md`),
            templateName: 'runbook.md',
            template: (0,docs_templates/* fillTemplate */.ou)(templates.texts['runbook.md'], { service: service.name }),
            service,
        });
    }
    adrs.changes.forEach((adr, i) => {
        const number = String(adrs.nextNumber + i).padStart(4, '0');
        docs.push({
            file: external_node_path_.posix.join(docsDir, 'adr', `${number}-${(0,names/* slugify */.Yv)(adr.title)}.md`),
            templateName: 'adr.md',
            template: (0,docs_templates/* fillTemplate */.ou)(templates.texts['adr.md'], { number, title: adr.title }),
            adr,
        });
    });
    return { docs, services };
}
/** The number the next decision record gets: one more than the highest `NNNN-*.md` there. */
function nextAdrNumber(existingFiles) {
    const numbers = existingFiles
        .map((f) => /^(\d{4})-.*\.md$/.exec(f)?.[1])
        .filter((n) => n !== undefined)
        .map(Number);
    return numbers.length ? Math.max(...numbers) + 1 : 1;
}
/**
 * One runbook per logical component that runs something the team deploys: the system model has
 * already decided that Compose's `elements` and the Deployment `hanko-elements` are one service, so
 * they get one runbook. Without a system model (no infrastructure read), deployables are grouped
 * by name.
 */
function groupServices(facts) {
    const byId = new Map(facts.infra.components.map((c) => [c.id, c]));
    const bySlug = new Map();
    const placed = new Set();
    for (const s of facts.system?.components ?? []) {
        const deployables = s.runsAs.map((id) => byId.get(id)).filter((c) => c?.deployable === true);
        if (deployables.length === 0)
            continue;
        const slug = uniqueSlug((0,names/* slugify */.Yv)(s.name), bySlug);
        bySlug.set(slug, { name: s.name, slug, components: deployables });
        for (const c of deployables)
            placed.add(c.id);
    }
    for (const c of facts.infra.components) {
        if (!c.deployable || placed.has(c.id))
            continue;
        const slug = (0,names/* slugify */.Yv)(c.name);
        const group = bySlug.get(slug) ?? { name: c.name, slug, components: [] };
        group.components.push(c);
        bySlug.set(slug, group);
    }
    return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}
function uniqueSlug(slug, taken) {
    let out = slug;
    for (let n = 2; taken.has(out); n++)
        out = `${slug}-${n}`;
    return out;
}

// EXTERNAL MODULE: ./lib/facts/diff-facts.js
var diff_facts = __webpack_require__(95118);
// EXTERNAL MODULE: ./lib/facts/findings-triage.js
var findings_triage = __webpack_require__(36146);
// EXTERNAL MODULE: ./lib/docs/doc-fingerprint.js
var doc_fingerprint = __webpack_require__(54260);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/facts/hash.js
var hash = __webpack_require__(2711);
;// CONCATENATED MODULE: ./lib/docs/catalog/entity-name.js

// Backstage rejects a whole catalog file when one entity is invalid, so every name and tag it is
// given is made valid here, by construction, whatever the sources called things.
const MAX_LENGTH = 63;
const HASH_LENGTH = 8;
/**
 * A valid Backstage entity name for any text: letters, digits and `-_.`, starting and ending with
 * a letter or digit, at most 63 characters. Lower-cased, because Backstage compares references
 * without case: `Orders` and `orders` would be one entity there. A name cut to fit ends with a
 * hash of the whole text, so two long names that share a prefix stay two entities.
 */
function entityName(text, fallback = 'unnamed') {
    const cleaned = text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '') // `café` → `cafe`, not `caf-`
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/[-_.]{2,}/g, (run) => run[0])
        .replace(/^[-_.]+|[-_.]+$/g, '');
    if (cleaned === '')
        return fallback;
    if (cleaned.length <= MAX_LENGTH)
        return cleaned;
    const kept = cleaned.slice(0, MAX_LENGTH - HASH_LENGTH - 1).replace(/[-_.]+$/, '');
    return `${kept}-${(0,hash/* sha256 */.sc)(text).slice(0, HASH_LENGTH)}`;
}
/**
 * A valid Backstage tag (`[a-z0-9:+#]` runs joined by `-`, at most 63 characters), or undefined
 * when nothing of the text is left.
 */
function entityTag(text) {
    const tag = text
        .toLowerCase()
        .replace(/[^a-z0-9:+#]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, MAX_LENGTH)
        .replace(/-+$/, '');
    return tag === '' ? undefined : tag;
}
/**
 * Hands out names that are unique within one entity kind: the second `orders-api` becomes
 * `orders-api-2`. Callers claim in a stable order, so the same facts give the same names.
 */
class UniqueNames {
    taken = new Set();
    claim(name) {
        let candidate = name;
        for (let n = 2; this.taken.has(candidate); n++) {
            const suffix = `-${n}`;
            candidate = `${name.slice(0, MAX_LENGTH - suffix.length).replace(/[-_.]+$/, '')}${suffix}`;
        }
        this.taken.add(candidate);
        return candidate;
    }
}

;// CONCATENATED MODULE: ./lib/docs/catalog/backstage-catalog.js



// The system model as a Backstage catalog: one `System`, a `Component` for each part that runs
// code, a `Resource` for each part that holds data (and each external service), an `API` for each
// spec, with the relations Backstage draws (`dependsOn`, `providesApis`, `system`).
const API_VERSION = 'backstage.io/v1alpha1';
const ROLE_ANNOTATION = 'architect-docs/role';
const SOURCE_LOCATION = 'backstage.io/source-location';
/** Backstage's Component and Resource types for each role of the system model. */
const KIND_OF_ROLE = {
    service: { kind: 'Component', type: 'service' },
    gateway: { kind: 'Component', type: 'service' },
    // Backstage has no job type; the role annotation and tag keep what it is.
    job: { kind: 'Component', type: 'service' },
    datastore: { kind: 'Resource', type: 'database' },
    cache: { kind: 'Resource', type: 'cache' },
    queue: { kind: 'Resource', type: 'queue' },
    bucket: { kind: 'Resource', type: 'bucket' },
    // Not ours to own or deploy, but what a component depends on: a Resource keeps the edge.
    external: { kind: 'Resource', type: 'external-service' },
};
/** The catalog file's text: a header comment, then one YAML document per entity, in a stable order. */
function backstageCatalog(facts, settings) {
    const header = "# Generated by Architect Docs from the repository's sources: edits are overwritten by the next run.\n" +
        '# Register this file in Backstage (a catalog location) to browse the system there.\n';
    return (header +
        backstageEntities(facts, settings)
            .map((e) => `---\n${(0,dist/* stringify */.As)(e, { lineWidth: 0 })}`)
            .join(''));
}
/** The entities, System first, then Components, APIs and Resources, each sorted by name. */
function backstageEntities(facts, settings) {
    const system = entityName(settings.system, 'system');
    // Backstage fills in the catalog file's own folder when no source location is given.
    const annotations = (extra = {}) => {
        const all = settings.sourceLocation ? { ...extra, [SOURCE_LOCATION]: `url:${settings.sourceLocation}` } : extra;
        return Object.keys(all).length > 0 ? { annotations: all } : {};
    };
    const components = [...facts.system.components].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id));
    const names = { Component: new UniqueNames(), Resource: new UniqueNames() };
    const refs = new Map();
    const named = components.map((c) => {
        const { kind, type } = KIND_OF_ROLE[c.role];
        const name = names[kind].claim(entityName(c.name));
        refs.set(c.id, `${kind.toLowerCase()}:${name}`);
        return { c, kind, type, name };
    });
    const apis = apiNames(facts.api.specs);
    const dependsOn = new Map();
    for (const edge of facts.system.edges) {
        const to = refs.get(edge.to);
        if (!to || edge.from === edge.to || !refs.has(edge.from))
            continue;
        dependsOn.set(edge.from, (dependsOn.get(edge.from) ?? new Set()).add(to));
    }
    const parts = named.map(({ c, kind, type, name }) => {
        const spec = { type };
        if (kind === 'Component')
            spec.lifecycle = settings.lifecycle;
        spec.owner = settings.owner;
        spec.system = system;
        const provided = kind === 'Component' ? c.provides.flatMap((id) => apis.get(id)?.name ?? []) : [];
        if (provided.length > 0)
            spec.providesApis = sortedUnique(provided);
        const deps = dependsOn.get(c.id);
        if (deps)
            spec.dependsOn = sortedUnique([...deps]);
        const tags = sortedUnique([c.technology, c.role === 'job' || c.role === 'gateway' ? c.role : undefined].flatMap((t) => t ? (entityTag(t) ?? []) : []));
        return {
            apiVersion: API_VERSION,
            kind,
            metadata: {
                name,
                ...(name !== c.name ? { title: c.name } : {}),
                description: describeComponent(c, facts),
                ...(tags.length > 0 ? { tags } : {}),
                ...annotations({ [ROLE_ANNOTATION]: c.role }),
            },
            spec,
        };
    });
    const apiEntities = [...apis.values()].map(({ spec, name }) => ({
        apiVersion: API_VERSION,
        kind: 'API',
        metadata: {
            name,
            ...(spec.title ? { title: spec.title } : {}),
            description: `${spec.title || spec.file}${spec.version ? ` ${spec.version}` : ''}, ${generatedFrom([spec.file])}`,
            ...annotations(),
        },
        spec: {
            type: 'openapi',
            lifecycle: settings.lifecycle,
            owner: settings.owner,
            system,
            // Backstage reads the spec itself, relative to this file: the catalog never copies it.
            definition: { $text: relativeTo(settings.file, spec.file) },
        },
    }));
    const systemEntity = {
        apiVersion: API_VERSION,
        kind: 'System',
        metadata: {
            name: system,
            ...(system !== settings.system ? { title: settings.system } : {}),
            description: `The ${settings.system} system, ${generatedFrom([])}`,
            ...annotations(),
        },
        spec: { owner: settings.owner },
    };
    const byName = (a, b) => cmp(a.metadata.name, b.metadata.name);
    return [
        systemEntity,
        ...parts.filter((e) => e.kind === 'Component').sort(byName),
        ...apiEntities.sort(byName),
        ...parts.filter((e) => e.kind === 'Resource').sort(byName),
    ];
}
/** API entity names by spec id: the spec's title, else its file name; unique, claimed in file order. */
function apiNames(specs) {
    const unique = new UniqueNames();
    const out = new Map();
    for (const spec of [...specs].sort((a, b) => cmp(a.file, b.file))) {
        const fileName = external_node_path_.posix.basename(spec.file).replace(/\.[^.]+$/, '');
        out.set(spec.id, { spec, name: unique.claim(entityName(spec.title || fileName, entityName(fileName, 'api'))) });
    }
    return out;
}
function describeComponent(c, facts) {
    // An external runs nowhere here: the files are those of the evidence that names it.
    const ids = c.runsAs.length > 0 ? c.runsAs : c.evidence.flatMap((e) => e.facts);
    const files = ids.flatMap((id) => facts.infra.components.find((r) => r.id === id)?.source.file ?? []);
    const role = c.role === 'external' ? 'external service' : c.role;
    const what = `${/^[aeiou]/.test(role) ? 'An' : 'A'} ${role}${c.technology ? ` (${c.technology})` : ''}`;
    return `${what}, ${generatedFrom(files)}`;
}
function generatedFrom(files) {
    const list = sortedUnique(files);
    return `generated by Architect Docs from ${list.length > 0 ? list.join(', ') : "the repository's sources"}.`;
}
/** `$text` is resolved against the catalog file's own location. */
function relativeTo(catalogFile, target) {
    const rel = external_node_path_.posix.relative(external_node_path_.posix.dirname(catalogFile), target);
    return rel.startsWith('../') ? rel : `./${rel}`;
}
function sortedUnique(values) {
    return [...new Set(values)].sort(cmp);
}
/** Code-unit order, not the locale's: the file must be byte-identical on every machine. */
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/docs/generated-files.js

/** The non-Markdown outputs the config turns on (today: the Backstage catalog). */
function generatedFiles(facts, catalog) {
    const files = [];
    if (catalog.backstage)
        files.push({ file: catalog.file, text: backstageCatalog(facts, catalog) });
    return files;
}

// EXTERNAL MODULE: ./lib/docs/managed-blocks.js + 2 modules
var managed_blocks = __webpack_require__(91322);
;// CONCATENATED MODULE: ./lib/docs/insert-new-blocks.js

/**
 * Adds to an existing doc the blocks its template gained since the doc was last generated
 * (a new section in a new release), each with the template text that introduces it (its
 * heading), right after the block that precedes it in the template. Blocks the doc had before
 * and no longer has were deleted by a person: they are not brought back. Without a record of
 * what the doc had (`hadBefore` undefined), nothing is inserted.
 */
function insertNewTemplateBlocks(doc, template, hadBefore) {
    if (!hadBefore)
        return doc;
    const had = new Set(hadBefore);
    const tpl = (0,managed_blocks/* parseBlocks */.SV)(template).blocks;
    let text = doc;
    // The doc's blocks are read again only after an insertion changed it: a parse of a large doc
    // (GitHub's api.md is 280 KB of tables) costs seconds and tens of MB.
    let present;
    for (let i = 0; i < tpl.length; i++) {
        const block = tpl[i];
        if (had.has(block.id))
            continue;
        present ??= (0,managed_blocks/* parseBlocks */.SV)(text).blocks;
        if (present.some((b) => b.id === block.id))
            continue;
        // The template text from the end of the previous block up to the end of this one (for the
        // first block: the block alone, so the template's title is never copied in again).
        const prevTpl = tpl[i - 1];
        const chunk = prevTpl ? template.slice(prevTpl.end, block.end) : template.slice(block.start, block.end);
        // Anchor: after the nearest earlier template block the doc still has; else before the next one.
        let after;
        for (let j = i - 1; j >= 0 && after === undefined; j--)
            after = present.find((b) => b.id === tpl[j].id)?.end;
        let before;
        for (let j = i + 1; j < tpl.length && after === undefined && before === undefined; j++)
            before = present.find((b) => b.id === tpl[j].id)?.start;
        present = undefined;
        if (after !== undefined)
            text = `${text.slice(0, after)}${chunk}${text.slice(after)}`;
        else if (before !== undefined)
            text = `${text.slice(0, before)}${chunk.replace(/^\s*/, '')}\n\n${text.slice(before)}`;
        else
            text = `${text.replace(/\s*$/, '')}\n\n${chunk.replace(/^\s*/, '')}\n`;
    }
    return text;
}

;// CONCATENATED MODULE: ./lib/docs/merge-document.js
// Merging freshly generated bodies into a document: only managed blocks are rewritten, every byte
// outside them is kept, and a block a person edited is kept and reported as a conflict.

/** The line ending a document mostly uses (CRLF only when it dominates). */
function detectEol(text) {
    const crlf = text.match(/\r\n/g)?.length ?? 0;
    const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
    return crlf > lf ? '\r\n' : '\n';
}
function lineAt(text, offset) {
    let line = 1;
    const re = /\r\n|\r|\n/g;
    for (let m = re.exec(text); m && m.index < offset; m = re.exec(text))
        line++;
    return line;
}
/**
 * Merge freshly generated bodies into a document.
 *
 * - `existing === undefined`: start from `template` (which holds begin/end markers for each block)
 *   and fill every block that `bodies` has.
 * - Otherwise only the blocks the document still contains are rewritten; blocks a person deleted
 *   stay deleted (`missing`), blocks absent from `bodies` stay as they are, and a block whose body
 *   no longer matches its hash is kept and reported as a conflict unless `opts.force`.
 *
 * Every byte outside rewritten blocks is kept. Merging the same bodies again gives the same text.
 */
function mergeDocument(existing, template, bodies, opts = {}) {
    const fromTemplate = existing === undefined;
    const source = existing ?? template;
    const eol = detectEol(source);
    const { blocks, problems } = (existing !== undefined && opts.existingBlocks) || (0,managed_blocks/* parseBlocks */.SV)(source);
    const conflicts = [];
    const updated = [];
    const unchanged = [];
    const present = new Set();
    let out = '';
    let cursor = 0;
    for (const block of blocks) {
        present.add(block.id);
        const body = bodies.get(block.id);
        if (body === undefined)
            continue;
        const rendered = (0,managed_blocks/* renderBlock */.g8)(block.id, body, eol);
        const current = source.slice(block.start, block.end);
        out += source.slice(cursor, block.start);
        cursor = block.end;
        if (current === rendered) {
            unchanged.push(block.id);
            out += current;
            continue;
        }
        const newHash = (0,managed_blocks/* hashBody */.z$)((0,managed_blocks/* prepareBody */.eU)(body));
        const currentHash = (0,managed_blocks/* hashBody */.z$)(block.body);
        const untouched = block.hash === undefined || currentHash.startsWith(block.hash) || block.hash.startsWith(currentHash);
        // A person's edit that already equals the new body is no conflict.
        const edited = !fromTemplate && !untouched && currentHash !== newHash;
        if (edited && !opts.force) {
            conflicts.push({ id: block.id, line: block.line, outputLine: 0, outOffset: out.length });
            out += current;
            continue;
        }
        updated.push(block.id);
        out += rendered;
    }
    out += source.slice(cursor);
    const missing = [...bodies.keys()].filter((id) => !present.has(id)).sort();
    return {
        text: out,
        conflicts: conflicts.map(({ outOffset, ...c }) => ({ ...c, outputLine: lineAt(out, outOffset) })),
        updated,
        unchanged,
        missing,
        problems,
    };
}

// EXTERNAL MODULE: ./lib/docs/markdown.js
var markdown = __webpack_require__(9330);
;// CONCATENATED MODULE: ./lib/docs/sections/agent-placeholder.js

/**
 * What an agent-written section says while no model text exists for it (an offline run, or a
 * section the model could not write this time). It states plainly that the text is missing,
 * rather than pretending: a reader must never mistake it for a review.
 */
const PLACEHOLDER_LEAD = 'Not written yet: this section needs the architect model.';
function agentPlaceholder(purpose) {
    return [
        (0,markdown/* paragraph */.FY)((0,markdown/* strong */.ko)(PLACEHOLDER_LEAD), ` It will hold ${purpose}. It is written when Architect Docs runs with a model (`, (0,markdown/* inlineCode */.ti)('anthropic-api-key'), '); the sections generated from facts are complete without it.'),
    ];
}
/**
 * True when a block holds no model text: it is empty, or holds a placeholder — of this version or
 * an older one, recognised by its lead sentence, so a wording change never passes for model text.
 */
function holdsNoModelText(body) {
    const text = body.trim();
    return text === '' || text.startsWith(`**${PLACEHOLDER_LEAD}**`);
}

;// CONCATENATED MODULE: ./lib/docs/sections/adr-sections.js

const KIND_WORDS = {
    'new-service': 'A new deployable service',
    'new-datastore': 'A new datastore',
    'new-integration': 'A new third-party integration',
    'breaking-api-change': 'A breaking change to the API contract',
};
/** The change a decision record is about, as the facts show it. */
function adrChange(ctx) {
    const adr = ctx.adr;
    if (!adr)
        return [(0,markdown/* paragraph */.FY)('This record is not tied to a change in the current facts.')];
    return [
        (0,markdown/* paragraph */.FY)(`${KIND_WORDS[adr.kind]} appeared in the sources:`),
        (0,markdown/* list */.p_)(adr.detail.map(withCodeSpans)),
        (0,markdown/* paragraph */.FY)('Facts: ', ...adr.factIds.flatMap((id, i) => (i === 0 ? [(0,markdown/* inlineCode */.ti)(id)] : [', ', (0,markdown/* inlineCode */.ti)(id)])), '.'),
    ];
}
/** Change details name facts between backticks (`` `id` ``): those parts become code, the rest text. */
function withCodeSpans(detail) {
    return detail
        .split(/`([^`]+)`/)
        .flatMap((part, i) => (i % 2 === 1 ? [(0,markdown/* inlineCode */.ti)(part)] : part ? [part] : []));
}

// EXTERNAL MODULE: ./lib/facts/model.js
var model = __webpack_require__(11062);
;// CONCATENATED MODULE: ./lib/docs/sections/section-context.js


/** A relative link from the current doc to a source line (GitHub's `#L<n>` anchor). */
function sourceLink(ctx, at, label) {
    if (!at)
        return '—';
    const rel = external_node_path_.posix.relative(external_node_path_.posix.dirname(ctx.docFile), at.file);
    return (0,markdown/* link */.nf)(`${rel}#L${at.line}`, label ?? `${at.file}:${at.line}`);
}
/** A relative link from the current doc to another file in the docs folder. */
function docLink(ctx, docRelPath, label) {
    const target = external_node_path_.posix.join(ctx.docsDir, docRelPath);
    return (0,markdown/* link */.nf)(external_node_path_.posix.relative(external_node_path_.posix.dirname(ctx.docFile), target), label);
}

;// CONCATENATED MODULE: ./lib/docs/sections/api-sections.js



const PROTOCOL_TITLE = {
    http: 'HTTP (OpenAPI)',
    grpc: 'gRPC (Protocol Buffers)',
    graphql: 'GraphQL',
    async: 'Events (AsyncAPI)',
};
const PROTOCOL_ORDER = ['http', 'grpc', 'graphql', 'async'];
/** A spec with more operations than this, and more than one tag, is listed tag by tag. */
const GROUP_BY_TAG_ABOVE = 12;
function apiSpecs(ctx) {
    const { specs } = ctx.facts.api;
    if (specs.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No API contract (OpenAPI, protobuf, GraphQL, AsyncAPI) was found.'))];
    const ordered = [...specs].sort((a, b) => PROTOCOL_ORDER.indexOf((0,model/* protocolOf */.A)(a)) - PROTOCOL_ORDER.indexOf((0,model/* protocolOf */.A)(b)));
    return [
        (0,markdown/* tableNode */.v8)(['API', 'Protocol', 'Version', 'Format', 'Servers', 'Operations', 'Source'], ordered.map((s) => [
            [s.title || s.file],
            [PROTOCOL_TITLE[(0,model/* protocolOf */.A)(s)]],
            [s.version || '—'],
            [s.specVersion],
            s.servers.length ? (0,markdown/* joined */.oR)(s.servers.map(markdown/* inlineCode */.ti)) : ['—'],
            [String(ctx.facts.api.operations.filter((o) => o.spec === s.id).length)],
            [sourceLink(ctx, s.source, s.file)],
        ])),
    ];
}
function apiEndpoints(ctx) {
    const { specs, operations } = ctx.facts.api;
    if (operations.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No operations are defined.'))];
    const out = [];
    const protocols = PROTOCOL_ORDER.filter((p) => specs.some((s) => (0,model/* protocolOf */.A)(s) === p));
    for (const protocol of protocols) {
        if (protocols.length > 1)
            out.push((0,markdown/* heading */.R_)(3, PROTOCOL_TITLE[protocol]));
        const ofProtocol = specs.filter((s) => (0,model/* protocolOf */.A)(s) === protocol);
        for (const spec of ofProtocol) {
            const ops = operations.filter((o) => o.spec === spec.id);
            if (ops.length === 0)
                continue;
            if (ofProtocol.length > 1 || protocols.length > 1)
                out.push((0,markdown/* heading */.R_)(4, spec.title || spec.file));
            const tags = [...new Set(ops.map((o) => o.tags[0] ?? ''))];
            if (ops.length > GROUP_BY_TAG_ABOVE && tags.length > 1) {
                for (const tag of tags.sort()) {
                    out.push((0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)(tag === '' ? 'Untagged' : tag)));
                    out.push(operationTable(ctx, protocol, ops.filter((o) => (o.tags[0] ?? '') === tag)));
                }
            }
            else
                out.push(operationTable(ctx, protocol, ops));
        }
    }
    return out;
}
function operationTable(ctx, protocol, ops) {
    const source = (o) => [sourceLink(ctx, o.source, `L${o.source.line}`)];
    const name = (o) => (o.deprecated ? [(0,markdown/* inlineCode */.ti)(o.path), ' (deprecated)'] : [(0,markdown/* inlineCode */.ti)(o.path)]);
    const shape = (r) => (r ? (0,markdown/* inlineCode */.ti)(r.type) : '—');
    switch (protocol) {
        case 'grpc':
            return (0,markdown/* tableNode */.v8)(['RPC', 'Request', 'Response', 'Streaming', 'Source'], ops.map((o) => [
                name(o),
                [shape(o.requestBody?.schema)],
                [shape(o.responses[0]?.schema)],
                [o.streaming ?? 'unary'],
                source(o),
            ]));
        case 'graphql':
            return (0,markdown/* tableNode */.v8)(['Field', 'Arguments', 'Returns', 'Paging', 'Auth', 'Source'], ops.map((o) => [
                name(o),
                o.parameters.length ? (0,markdown/* joined */.oR)(o.parameters.map((p) => (0,markdown/* inlineCode */.ti)(`${p.name}: ${p.type ?? '?'}`))) : ['—'],
                [shape(o.responses[0]?.schema)],
                [o.pagination?.style ?? '—'],
                authCell(o),
                source(o),
            ]));
        case 'async':
            return (0,markdown/* tableNode */.v8)(['Action', 'Channel', 'Messages', 'Source'], ops.map((o) => [
                [(0,markdown/* inlineCode */.ti)(o.method.toLowerCase())],
                name(o),
                o.messages?.length ? (0,markdown/* joined */.oR)(o.messages.map((m) => (0,markdown/* inlineCode */.ti)(m.name))) : ['—'],
                source(o),
            ]));
        default:
            return (0,markdown/* tableNode */.v8)(['Method', 'Path', 'Operation', 'Auth', 'Responses', 'Contract', 'Source'], ops.map((o) => [
                [(0,markdown/* inlineCode */.ti)(o.method)],
                name(o),
                [o.operationId ? (0,markdown/* inlineCode */.ti)(o.operationId) : '—', ...(o.summary ? [` ${o.summary}`] : [])],
                authCell(o),
                [o.responses.map((r) => r.status).join(' ') || '—'],
                [contractTraits(o)],
                source(o),
            ]));
    }
}
/** What a client must know to call it well: paging, idempotent retries, rate limits, error format. */
function contractTraits(o) {
    const traits = [];
    if (o.pagination)
        traits.push(`pages by ${o.pagination.style} (${o.pagination.via.join(', ')})`);
    if (o.idempotencyKey)
        traits.push(`idempotency key ${o.idempotencyKey}`);
    if (o.rateLimit)
        traits.push(o.rateLimit.tooManyRequests
            ? `429 on rate limit${o.rateLimit.retryAfter ? ' with Retry-After' : ''}`
            : 'rate-limit headers');
    if (o.errors?.problemJson)
        traits.push('problem+json errors');
    if (o.callbacks?.length)
        traits.push(`callbacks: ${o.callbacks.length}`);
    return traits.join('; ') || '—';
}
/** `public`, a scheme, or alternatives of schemes ("a + b" all required, "or" between alternatives). */
function authCell(o) {
    if ((0,model/* protocolOf */.A)(o) !== 'http' && o.security.length === 0)
        return ['—'];
    if (o.security.length === 0 || o.security.some((alt) => alt.length === 0))
        return ['public'];
    return (0,markdown/* joined */.oR)(o.security.map((alt) => alt.join(' + ')).map(markdown/* inlineCode */.ti), ' or ');
}
function apiSecuritySchemes(ctx) {
    const { securitySchemes, operations } = ctx.facts.api;
    if (securitySchemes.length === 0) {
        const silent = operations.some((o) => (0,model/* protocolOf */.A)(o) !== 'http');
        // A proto file or an SDL has no place to declare credentials: saying "none declared" alone would read as "open".
        return [
            (0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)(silent
                ? 'No security schemes are declared. gRPC, GraphQL and AsyncAPI contracts do not say who may call ' +
                    'them: credentials are checked in code (interceptors, middleware), which these sources do not show.'
                : 'No security schemes are declared.')),
        ];
    }
    // Only OpenAPI says who may call an operation; a proto or an SDL is silent, not public.
    const publicOps = operations.filter((o) => (0,model/* protocolOf */.A)(o) === 'http' && (o.security.length === 0 || o.security.some((alt) => alt.length === 0)));
    const out = [
        (0,markdown/* tableNode */.v8)(['Scheme', 'Type', 'Detail', 'Used by', 'Source'], securitySchemes.map((s) => [
            [(0,markdown/* inlineCode */.ti)(s.name)],
            [s.type],
            [s.detail ?? '—'],
            [
                `${operations.filter((o) => o.spec === s.spec && o.security.some((alt) => alt.includes(s.name))).length}` +
                    ' operations',
            ],
            [sourceLink(ctx, s.source, `${s.source.file}:${s.source.line}`)],
        ])),
    ];
    if (publicOps.length > 0) {
        out.push((0,markdown/* paragraph */.FY)('Operations that need no credentials: ', ...(0,markdown/* joined */.oR)(publicOps.map((o) => (0,markdown/* inlineCode */.ti)(`${o.method} ${o.path}`))), '.'));
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/facts/index/component-index.js
/**
 * Components by every form a text may refer to them in: id, name, Compose `compose/name`,
 * Kubernetes `ns/name`, `Kind/name`, `Kind/ns/name` and Service DNS names, Terraform `type.name`.
 * Compared case-insensitively. Edge ends that are no component (a Secret read through
 * `secretRef`) are objects too, since the infrastructure names them.
 */
class ComponentIndex {
    /** Every reference form, lower-case → the component's id (the first component to claim it). */
    references = new Map();
    kubernetes = [];
    composeServices = new Map();
    /** Namespaces in use, lower-case → the Namespace object's id when there is one. */
    namespaces = new Map();
    ports = new Set();
    terraformTypes = new Set();
    /** Image names without registry or tag (`redis`) → the first component running it. */
    images = new Map();
    constructor(infra) {
        for (const c of infra.components)
            this.addComponent(c);
        for (const e of infra.edges) {
            for (const id of [e.from, e.to])
                if (!this.references.has(id.toLowerCase()))
                    this.addEdgeEnd(id);
        }
    }
    addReference(ref, id) {
        const key = ref.toLowerCase();
        if (!this.references.has(key))
            this.references.set(key, id);
    }
    addComponent(c) {
        this.addReference(c.id, c.id);
        this.addReference(c.name, c.id);
        if (c.platform === 'compose') {
            this.addReference(`compose/${c.name}`, c.id);
            this.composeServices.set(c.name.toLowerCase(), c.id);
        }
        else if (c.platform === 'kubernetes') {
            const ns = c.namespace ?? 'default';
            const object = { kind: c.kind.toLowerCase(), namespace: ns.toLowerCase(), name: c.name.toLowerCase(), id: c.id };
            this.kubernetes.push(object);
            for (const ref of [`${ns}/${c.name}`, `${c.kind}/${c.name}`, `${c.kind}/${ns}/${c.name}`]) {
                this.addReference(ref, c.id);
            }
            if (c.kind === 'Service') {
                for (const suffix of ['', '.svc', '.svc.cluster.local'])
                    this.addReference(`${c.name}.${ns}${suffix}`, c.id);
            }
            if (c.kind === 'Namespace')
                this.namespaces.set(c.name.toLowerCase(), c.id);
            else if (!this.namespaces.has(ns.toLowerCase()))
                this.namespaces.set(ns.toLowerCase(), undefined);
        }
        else if (c.platform === 'terraform') {
            this.addReference(`${c.kind}.${c.name}`, c.id);
            this.terraformTypes.add(c.kind.toLowerCase());
        }
        for (const p of c.ports)
            this.ports.add(p);
        if (c.image) {
            const base = c.image
                .replace(/[:@][^/:@]+$/, '')
                .split('/')
                .pop()
                .toLowerCase();
            if (!this.images.has(base))
                this.images.set(base, c.id);
        }
    }
    /** `k8s:Kind/ns/name` of an edge end with no component of its own. */
    addEdgeEnd(id) {
        // `k8s:Kind/ns/name`, with an environment after `@` when it came from an overlay or a chart.
        const m = /^k8s:([^/@]+)\/([^/@]+)\/([^/@]+)(?:@.*)?$/.exec(id);
        if (!m)
            return;
        const [, kind, ns, name] = m;
        this.kubernetes.push({ kind: kind.toLowerCase(), namespace: ns.toLowerCase(), name: name.toLowerCase(), id });
        for (const ref of [id, `${ns}/${name}`, `${kind}/${name}`, `${kind}/${ns}/${name}`])
            this.addReference(ref, id);
    }
    /** The id of the component a reference exactly names (any case). */
    exactReference(ref) {
        return this.references.get(ref.toLowerCase());
    }
    /**
     * The id of the component a reference names, also with a `:port` after it or, for Terraform,
     * an attribute after `type.name` (`aws_db_instance.main.endpoint`).
     */
    reference(ref) {
        const key = ref.toLowerCase();
        const direct = this.references.get(key) ?? this.references.get(key.replace(/:\d+$/, ''));
        if (direct)
            return direct;
        const tf = /^([a-z][a-z0-9]*_[a-z0-9_]+)\.([a-z_][\w-]*)(\.[\w.[\]*-]+)?$/.exec(key);
        return tf ? this.references.get(`${tf[1]}.${tf[2]}`) : undefined;
    }
    /**
     * A Kubernetes object of a canonical, lower-case kind (`deployment`), in any namespace unless
     * one is given. A `service` may also be a Compose service; a `namespace` is a namespace in use.
     */
    kubernetesObject(kind, name, namespace) {
        const n = name.toLowerCase();
        if (kind === 'namespace')
            return this.namespace(n);
        const ns = namespace?.toLowerCase();
        const hit = this.kubernetes.find((k) => k.kind === kind && k.name === n && (ns === undefined || k.namespace === ns));
        if (hit)
            return { known: true, id: hit.id };
        if (kind === 'service' && namespace === undefined && this.composeServices.has(n)) {
            return { known: true, id: this.composeServices.get(n) };
        }
        return { known: false };
    }
    /** A namespace some Kubernetes object is in (or a Namespace object). */
    namespace(name) {
        const n = name.toLowerCase();
        if (!this.namespaces.has(n))
            return { known: false };
        const id = this.namespaces.get(n);
        return { known: true, ...(id ? { id } : {}) };
    }
    /** The id of a Compose service. */
    composeService(name) {
        return this.composeServices.get(name.toLowerCase());
    }
    /** The id of the first component running an image of that bare name (`redis`). */
    imageComponent(name) {
        return this.images.get(name.toLowerCase());
    }
    /** A port some component listens on. */
    hasPort(port) {
        return this.ports.has(port);
    }
    /** A Terraform resource type some component has (lower-case). */
    isTerraformType(type) {
        return this.terraformTypes.has(type);
    }
}

;// CONCATENATED MODULE: ./lib/facts/index/facts-by-id.js
/** Edges have no id of their own: this one is stable across runs and says what the edge is. */
function edgeId(e) {
    return `edge:${e.from}->${e.to}:${e.kind}${e.via ? `:${e.via}` : ''}`;
}
/**
 * Every fact by id, in model order, for lookups and for hashing the facts a section used.
 * Columns carry their table's id, since a column alone does not say where it is.
 */
function factsById(facts) {
    const byId = new Map();
    const { api, schema, infra } = facts;
    const lists = [
        api.specs,
        api.operations,
        api.securitySchemes,
        schema.tables,
        schema.foreignKeys,
        schema.indexes,
        schema.enums,
        schema.migrations,
        infra.components,
    ];
    for (const list of lists)
        for (const f of list)
            byId.set(f.id, f);
    for (const t of schema.tables)
        for (const c of t.columns)
            byId.set(c.id, { ...c, table: t.id });
    for (const e of infra.edges)
        byId.set(edgeId(e), e);
    for (const f of facts.findings)
        byId.set(f.id, f);
    for (const c of facts.system?.components ?? [])
        byId.set(c.id, c);
    return byId;
}
/** The facts of one list by id; the first of an id wins, as a search of the list would find it. */
function firstById(list) {
    const byId = new Map();
    for (const x of list)
        if (!byId.has(x.id))
            byId.set(x.id, x);
    return byId;
}

;// CONCATENATED MODULE: ./lib/facts/index/api-paths.js
// How a written path is compared with a spec's path. Docs, curl lines and specs spell path
// parameters differently (`{id}`, `{orderId}`, `:id`, `<id>`, `$ID`), so their names never matter.
function pathSegments(path) {
    return path.split('/').filter((s) => s !== '');
}
/** Path-parameter segments of any spelling become `{}`; a template inside a segment too. */
function normalisePathParam(segment) {
    if (/^:[A-Za-z_]\w*$/.test(segment) || /^<[^>]+>$/.test(segment) || /^\$\{?\w+\}?$/.test(segment))
        return '{}';
    return segment.replace(/\{[^}]*\}/g, '{}');
}
/** A concrete value standing where the spec has a parameter: a number, a UUID/hex id, anything with a digit. */
function isValueSegment(segment) {
    return /\d/.test(segment) && !/^v\d+$/.test(segment);
}
/** Whether a written (normalised) segment matches a spec's (normalised) segment. */
function segmentMatches(specSegment, segment) {
    if (specSegment === segment)
        return true;
    if (specSegment === '{}')
        return segment === '{}' || isValueSegment(segment);
    if (specSegment.includes('{}')) {
        const re = new RegExp(`^${specSegment.split('{}').map(escapeRegExp).join('[^/]+')}$`);
        return re.test(segment);
    }
    return false;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./lib/facts/index/operation-index.js

/** A server URL's host (with any port) and path; either may be missing (`/v1`, `https://h`). */
function serverParts(server) {
    const m = /^(?:[A-Za-z{}][\w+.{}-]*:\/\/([^/]*))?(\/[^?#]*)?/.exec(server);
    return { ...(m?.[1] ? { host: m[1] } : {}), path: m?.[2] ?? '' };
}
/**
 * Operations by method and path, matched the way a reader means a written path: parameter names
 * do not matter, a concrete value (`/orders/42`) matches a parameter, a server base path (`/v1`)
 * may be included or left out, and `/x/*` or `/x/...` stands for every operation below `/x`.
 */
class OperationIndex {
    operations = [];
    /** The servers' path prefixes (`/v1` → `['v1']`), each once. */
    basePaths = [];
    /** The servers' host names, lower-case, without the port. */
    hosts = new Set();
    /** The operations' first path segments: a bare `/orders` in the text is then an API path. */
    firstSegments = new Set();
    constructor(api) {
        for (const spec of api.specs) {
            for (const server of spec.servers) {
                const { host, path } = serverParts(server);
                if (host)
                    this.hosts.add(host.toLowerCase().replace(/:\d+$/, ''));
                const base = pathSegments(path);
                const known = this.basePaths.some((b) => b.join('/') === base.join('/'));
                if (base.length > 0 && !known)
                    this.basePaths.push(base);
            }
        }
        for (const operation of api.operations) {
            const segments = pathSegments(operation.path).map(normalisePathParam);
            this.operations.push({ operation, segments });
            if (segments[0] && segments[0] !== '{}')
                this.firstSegments.add(segments[0]);
        }
    }
    /** The operation a `METHOD path` names (method undefined: any method), or undefined. */
    find(method, writtenPath) {
        let path = writtenPath.replace(/[?#].*$/s, '');
        let prefix = false;
        const wild = /(?:\/\*+|\*+|\.\.\.|…)$/.exec(path);
        if (wild) {
            prefix = true;
            path = path.slice(0, wild.index);
        }
        const segments = pathSegments(path).map(normalisePathParam);
        const candidates = [segments];
        for (const base of this.basePaths) {
            if (base.length <= segments.length && base.every((b, i) => b === segments[i])) {
                candidates.push(segments.slice(base.length));
            }
        }
        for (const candidate of candidates) {
            for (const { operation, segments: spec } of this.operations) {
                if (method !== undefined && operation.method !== method)
                    continue;
                if (prefix ? spec.length < candidate.length : spec.length !== candidate.length)
                    continue;
                if (candidate.every((s, i) => segmentMatches(spec[i], s)))
                    return operation;
            }
        }
        return undefined;
    }
    /** A path of this API rather than a file: it has a parameter, an API first segment or a base path. */
    isApiPath(path) {
        const segments = pathSegments(path.replace(/[?#].*$/s, ''));
        if (segments.some((s) => normalisePathParam(s).includes('{}')))
            return true;
        if (segments[0] && this.firstSegments.has(segments[0]))
            return true;
        return this.basePaths.some((b) => b.length < segments.length && b.every((x, i) => x === segments[i]));
    }
    /** A host one of the servers is on (lower-case, no port). */
    isServerHost(host) {
        return this.hosts.has(host);
    }
}

;// CONCATENATED MODULE: ./lib/facts/index/name-index.js


/**
 * Every name in the facts that is not a table, column or component reference: operationIds, tags,
 * parameters, content types, security schemes (and an apiKey's header), spec files, titles and
 * servers, enums and their values, constraint and index names, migration and input files (and
 * their folders), component kinds, namespaces, images (with and without tag, the bare name, the
 * tag), env var names and edge notes. Compared lower-case; the first fact to claim a name keeps it.
 */
class NameIndex {
    names = new Map();
    /** Migration file names, lower-case: a rename's old name (`…_rename_customers_full_name.up.sql`) is only there. */
    migrationFiles = [];
    constructor(facts) {
        // The order decides which fact keeps a name several share; it is the order of the model.
        const { api, schema, infra } = facts;
        for (const spec of api.specs) {
            this.add([spec.file, spec.title], spec.id);
            for (const server of spec.servers)
                this.add([server, serverParts(server).host], spec.id);
        }
        for (const op of api.operations) {
            this.add([op.operationId, ...op.tags, ...op.parameters.map((p) => p.name)], op.id);
            this.add(op.responses.flatMap((r) => r.contentTypes), op.id);
            this.add(op.requestBody?.contentTypes ?? [], op.id);
        }
        for (const s of api.securitySchemes) {
            this.add([s.name, s.type], s.id);
            if (s.detail)
                this.add([s.detail, /^\w+:\s*(.+)$/.exec(s.detail)?.[1]?.trim()], s.id);
        }
        for (const e of schema.enums) {
            this.add([e.name, `${e.schema}.${e.name}`], e.id);
            for (const v of e.values)
                this.add([v, `${e.name}.${v}`], e.id);
        }
        for (const f of schema.foreignKeys)
            this.add([f.name], f.id);
        for (const i of schema.indexes)
            this.add([i.name, i.id.replace(/^index:/, '')], i.id);
        for (const m of schema.migrations) {
            this.add([m.file], m.id);
            this.migrationFiles.push({ base: (m.file.split('/').pop() ?? m.file).toLowerCase(), id: m.id });
        }
        for (const input of facts.inputs) {
            const parts = input.file.split('/');
            const folders = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
            this.add([...folders, parts[parts.length - 1]], undefined);
        }
        for (const c of infra.components)
            this.add(componentNames(c), c.id);
        for (const e of infra.edges)
            if (e.via)
                this.add([e.via.replace(/\/$/, '')], e.from);
        // The logical system: the names the docs and the architect use for components, the hosts
        // externals are reached at, and technologies ("the `postgres` datastore").
        for (const c of facts.system?.components ?? [])
            this.add([c.name, c.id, c.technology, ...c.hosts], c.id);
    }
    add(names, id) {
        for (const name of names) {
            if (!name)
                continue;
            const key = name.toLowerCase();
            if (!this.names.has(key))
                this.names.set(key, id === undefined ? {} : { id });
        }
    }
    /** The fact a name (any case) belongs to. */
    get(name) {
        return this.names.get(name.toLowerCase());
    }
    /** The migration whose file name spells out a snake_case name between `_`/`.` boundaries. */
    inMigrationFileName(name) {
        const key = name.toLowerCase();
        if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(key))
            return undefined;
        const re = new RegExp(`(^|_)${escapeRegExp(key)}(_|\\.|$)`);
        const migration = this.migrationFiles.find((x) => re.test(x.base));
        return migration ? { id: migration.id } : undefined;
    }
}
/** The names of a component other than its references: kind, namespace, image forms, env names, settings. */
function componentNames(c) {
    const names = [c.kind, c.namespace];
    if (c.image) {
        const untagged = c.image.replace(/[:@][^/:@]+$/, ''); // without the tag or digest
        // The tag alone (`latest`, `1.4.2`) for "the `latest` tag".
        names.push(c.image, untagged, c.image.split('/').pop(), /:([\w.-]+)$/.exec(c.image)?.[1]);
    }
    // `configMapRef:shop-config` → `shop-config` too.
    for (const env of c.env)
        names.push(env, /^\w+:(.+)$/.exec(env)?.[1]);
    // The settings that say what a cloud resource is, and their values (`storage_type`, `gp3`,
    // the queue's physical name `shop-order-events`).
    for (const [key, value] of Object.entries(c.settings ?? {}))
        names.push(key, value);
    return names;
}

;// CONCATENATED MODULE: ./lib/facts/index/schema-index.js
/** An SQL name as PostgreSQL compares it once quotes are gone: `"Orders"` → `Orders`. */
function unquoteSqlName(name) {
    return name.replace(/"/g, '').trim();
}
/**
 * Tables, views and columns by name, compared case-insensitively (PostgreSQL folds unquoted
 * names). A table is found as `schema.name` and, for the first table of that name, as `name`.
 */
class SchemaIndex {
    /** Schemas that hold a table, view or enum, lower-case; `public` always. */
    schemas = new Set(['public']);
    tables = new Map();
    /** A column name (lower-case) → the id of the first column of that name in any table. */
    columnsByName = new Map();
    constructor(schema) {
        for (const e of schema.enums)
            this.schemas.add(e.schema.toLowerCase());
        for (const t of schema.tables) {
            this.schemas.add(t.schema.toLowerCase());
            this.tables.set(`${t.schema}.${t.name}`.toLowerCase(), t);
            if (!this.tables.has(t.name.toLowerCase()))
                this.tables.set(t.name.toLowerCase(), t);
            for (const c of t.columns) {
                if (!this.columnsByName.has(c.name.toLowerCase()))
                    this.columnsByName.set(c.name.toLowerCase(), c.id);
            }
        }
    }
    isSchema(name) {
        return this.schemas.has(name.toLowerCase());
    }
    /** A table or view by `schema.name` or `name`, quotes allowed. */
    table(ref) {
        return this.tables.get(unquoteSqlName(ref).toLowerCase());
    }
    /** The id of a column of `table`. */
    columnOf(table, column) {
        return table.columns.find((c) => c.name.toLowerCase() === unquoteSqlName(column).toLowerCase())?.id;
    }
    /** The id of a column of that name in any table. */
    columnAnywhere(column) {
        return this.columnsByName.get(unquoteSqlName(column).toLowerCase());
    }
}

;// CONCATENATED MODULE: ./lib/facts/index/fact-index.js
// One index of a fact model, shared by every stage that looks facts up by id or by name (the
// agent's tools and section planning, the docs, the grounding check), so each lookup means the
// same thing everywhere and is built once. A fact model is not changed once built, so the index
// is cached per model object; each part is built on first use, as most callers need only one.







class FactIndex {
    facts;
    byIdCache;
    tablesCache;
    componentsCache;
    operationIndex;
    schemaIndex;
    componentIndex;
    nameIndex;
    constructor(facts) {
        this.facts = facts;
    }
    /** Every fact by id (columns with their table's id, edges by `edgeId`); read-only, it is shared. */
    get byId() {
        this.byIdCache ??= factsById(this.facts);
        return this.byIdCache;
    }
    tableById(id) {
        this.tablesCache ??= firstById(this.facts.schema.tables);
        return this.tablesCache.get(id);
    }
    componentById(id) {
        this.componentsCache ??= firstById(this.facts.infra.components);
        return this.componentsCache.get(id);
    }
    /** Operations by method and written path (parameter names ignored, base paths optional). */
    get operations() {
        this.operationIndex ??= new OperationIndex(this.facts.api);
        return this.operationIndex;
    }
    /** Tables, views and columns by name, case-insensitive. */
    get schema() {
        this.schemaIndex ??= new SchemaIndex(this.facts.schema);
        return this.schemaIndex;
    }
    /** Components by every reference form; Kubernetes objects, Compose services, namespaces. */
    get components() {
        this.componentIndex ??= new ComponentIndex(this.facts.infra);
        return this.componentIndex;
    }
    /** Every other name in the facts (operationIds, enum values, images, env names …). */
    get names() {
        this.nameIndex ??= new NameIndex(this.facts);
        return this.nameIndex;
    }
}
const indexes = new WeakMap();
/** The index of a fact model, built once per model object. */
function factIndex(facts) {
    let index = indexes.get(facts);
    if (!index) {
        index = new FactIndex(facts);
        indexes.set(facts, index);
    }
    return index;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/docs/mermaid.js
// Mermaid diagrams generated from facts, valid by construction: every name that reaches a diagram
// goes through one of the escaping helpers below (ids, attribute words, quoted labels), so a table
// called `order items`, a column called `pk` or a service called `end` cannot break the syntax.
//
// The rules come from Mermaid's own lexers (erDiagram's jison grammar, flowchart's) and are checked
// against the real `mermaid.parse` in test/unit/mermaid.test.ts.

// ---------------------------------------------------------------- escaping (the only place)
/**
 * Words erDiagram's lexer reads as keywords where an entity name is expected (matched whole and
 * case-insensitively; `one-x` would also split, which is why `-` never survives `erEntityId`).
 */
const ER_RESERVED = new Set([
    'erdiagram',
    'one',
    'many',
    'only',
    'zero',
    'to',
    'optionally',
    'u',
    'style',
    'class',
    'classdef',
    'subgraph',
    'end',
    'direction',
    'title',
    'acctitle',
    'accdescr',
    'pk',
    'fk',
    'uk',
]);
/** Words an erDiagram attribute type or name may not be (they lex as key markers). */
const ER_ATTRIBUTE_RESERVED = new Set(['pk', 'fk', 'uk']);
/** Letters and digits of any script, and `_`: everything else becomes `_`. */
function word(value) {
    return value.normalize('NFC').replace(/[^\p{L}\p{N}_]/gu, '_');
}
/** A quoted label's text: one line, no `"` (erDiagram has no escape for it). */
function erLabel(value) {
    return value.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
}
/**
 * A flowchart label's text, for `["…"]` and `|"…"|`: one line, with Mermaid's entity codes for the
 * characters that would end the string or be read as HTML/Markdown.
 */
function flowLabel(value) {
    return value
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/#/g, '#35;')
        .replace(/"/g, '#quot;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;')
        .replace(/`/g, '#96;');
}
/** An erDiagram entity id: `[letters digits _]`, never a keyword, never starting with a digit. */
function erEntityBase(name) {
    let id = word(name).replace(/_+/g, '_');
    if (id === '' || id === '_')
        id = 'entity';
    if (/^[0-9]/.test(id) || ER_RESERVED.has(id.toLowerCase()))
        id = `t_${id}`;
    return id;
}
/** An erDiagram attribute name: a single word that is not a key marker. */
function erAttributeName(name) {
    let id = word(name);
    if (id === '')
        id = '_';
    if (/^[0-9]/.test(id) || ER_ATTRIBUTE_RESERVED.has(id.toLowerCase()))
        id = `_${id}`;
    return id;
}
/**
 * A PostgreSQL type (as `format_type` prints it) as one erDiagram attribute word, short names for
 * the multi-word types: `character varying(120)` → `varchar(120)`, `timestamp with time zone` →
 * `timestamptz`, `text[]` stays `text[]`, `numeric(10,2)` stays.
 */
function erAttributeType(type) {
    let t = type.trim().replace(/\s+/g, ' ');
    let array = '';
    const arr = /(\s*\[\d*\])+$/.exec(t);
    if (arr) {
        array = '[]';
        t = t.slice(0, arr.index).trim();
    }
    t = t
        .replace(/^character varying\b/i, 'varchar')
        .replace(/^character\b/i, 'char')
        .replace(/^bit varying\b/i, 'varbit')
        .replace(/^double precision$/i, 'float8')
        .replace(/^timestamp(\(\d+\))? with time zone$/i, 'timestamptz$1')
        .replace(/^timestamp(\(\d+\))? without time zone$/i, 'timestamp$1')
        .replace(/^time(\(\d+\))? with time zone$/i, 'timetz$1')
        .replace(/^time(\(\d+\))? without time zone$/i, 'time$1')
        .replace(/^interval\b.*$/i, 'interval')
        .replace(/"/g, '')
        .replace(/\s*,\s*/g, ',')
        .replace(/ /g, '_')
        .replace(/[^\p{L}\p{N}_.,()-]/gu, '_');
    t += array;
    if (t === '' || t === '[]')
        t = `unknown${t}`;
    if (!/^[\p{L}_]/u.test(t))
        t = `_${t}`;
    if (ER_ATTRIBUTE_RESERVED.has(t.toLowerCase()))
        t = `_${t}`;
    return t;
}
/** A flowchart node id: a fixed prefix (so no keyword, no `o`/`x` arrow heads) and `[A-Za-z0-9_]`. */
function flowIdBase(key) {
    return `c_${key
        .normalize('NFC')
        .replace(/[^A-Za-z0-9_]/g, '_')
        .replace(/_+/g, '_')}`;
}
function shortHash(value, length = 6) {
    return (0,external_node_crypto_.createHash)('sha256').update(value, 'utf8').digest('hex').slice(0, length);
}
/**
 * Give every key a unique id. Keys whose readable id collides all get a hash suffix, so an id never
 * depends on which other keys happen to come first.
 */
function assignIds(keys, base) {
    const unique = [...new Set(keys)].sort(compare);
    const byBase = new Map();
    for (const key of unique) {
        const b = base(key);
        byBase.set(b, [...(byBase.get(b) ?? []), key]);
    }
    const ids = new Map();
    const taken = new Set();
    for (const [b, group] of byBase)
        if (group.length === 1)
            taken.add(b);
    for (const [b, group] of byBase) {
        if (group.length === 1) {
            ids.set(group[0], b);
            continue;
        }
        for (const key of group) {
            let length = 6;
            let id = `${b}_${shortHash(key, length)}`;
            while (taken.has(id))
                id = `${b}_${shortHash(key, ++length)}`;
            taken.add(id);
            ids.set(key, id);
        }
    }
    return ids;
}
/** Code-point order: the same on every machine and locale. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
// ---------------------------------------------------------------- erDiagram
const PARENT_SIDE = { 'exactly-one': '||', 'zero-or-one': '|o' };
const CHILD_SIDE = { 'zero-or-more': 'o{', 'zero-or-one': 'o|' };
/** `table:public.orders` or `public.orders` → `public.orders`. */
function tableKey(ref) {
    return ref.startsWith('table:') ? ref.slice('table:'.length) : ref;
}
function displayName(schema, name) {
    return schema === 'public' ? name : `${schema}.${name}`;
}
/**
 * An entity-relationship diagram of the tables and views: one entity per table (real name as the
 * label when the id had to change), its columns with PK/FK/UK, and one relationship per foreign key,
 * parent on the left: `customers ||--o{ orders : "customer_id"`. Without a scope it draws every
 * table with every column.
 */
function erDiagram(schema, scope) {
    const all = [...schema.tables].sort((a, b) => compare(a.schema, b.schema) || compare(a.name, b.name) || compare(a.id, b.id));
    const byKey = new Map();
    for (const t of all) {
        byKey.set(tableKey(t.id), t);
        if (!byKey.has(`${t.schema}.${t.name}`))
            byKey.set(`${t.schema}.${t.name}`, t);
    }
    const keyOf = (ref) => {
        const t = byKey.get(tableKey(ref));
        return t ? tableKey(t.id) : tableKey(ref);
    };
    const labelOf = (key) => {
        const t = byKey.get(key);
        if (t)
            return displayName(t.schema, t.name);
        return key.startsWith('public.') ? key.slice('public.'.length) : key;
    };
    const inScope = scope ? new Set(scope.tables.map(keyOf)) : undefined;
    const tables = inScope ? all.filter((t) => inScope.has(tableKey(t.id))) : all;
    const members = new Set(tables.map((t) => tableKey(t.id)));
    const fks = [...schema.foreignKeys]
        .sort((a, b) => compare(a.id, b.id))
        .filter((fk) => !inScope || inScope.has(keyOf(fk.table)));
    const keys = [...tables.map((t) => tableKey(t.id)), ...fks.flatMap((fk) => [keyOf(fk.table), keyOf(fk.refTable)])];
    const ids = assignIds(keys, (key) => erEntityBase(labelOf(key)));
    const lines = ['erDiagram'];
    const entity = (key) => {
        const id = ids.get(key);
        const label = erLabel(labelOf(key));
        return label === id ? id : `${id}["${label}"]`;
    };
    const uniqueColumnsOf = (key) => new Set(schema.indexes
        .filter((ix) => ix.unique && !ix.primary && ix.columns.length === 1 && keyOf(ix.table) === key)
        .map((ix) => ix.columns[0]));
    const draw = (key, columns, marksOf) => {
        const names = assignIds(columns.map((c) => c.name), erAttributeName);
        if (columns.length === 0) {
            lines.push(`  ${entity(key)}`);
            return;
        }
        lines.push(`  ${entity(key)} {`);
        for (const column of columns) {
            const name = names.get(column.name);
            const marks = marksOf(column.name);
            let line = `    ${erAttributeType(column.type)} ${name}`;
            if (marks.length > 0)
                line += ` ${marks.join(', ')}`;
            if (name !== column.name)
                line += ` "${erLabel(column.name)}"`;
            lines.push(line);
        }
        lines.push('  }');
    };
    for (const table of tables) {
        const key = tableKey(table.id);
        const fkColumns = new Set(fks.filter((fk) => keyOf(fk.table) === key).flatMap((fk) => fk.columns));
        const uniqueColumns = uniqueColumnsOf(key);
        const primary = new Set(table.primaryKey);
        const marksOf = (column) => [primary.has(column) && 'PK', fkColumns.has(column) && 'FK', uniqueColumns.has(column) && 'UK'].filter((m) => typeof m === 'string');
        draw(key, inScope ? table.columns.filter((c) => marksOf(c.name).length > 0) : table.columns, marksOf);
    }
    // Tables outside the scope that a drawn foreign key references, key columns only, and tables only
    // a foreign key names (their migration failed, or they live outside the scanned set), bare.
    for (const key of [...new Set(keys)].filter((k) => !members.has(k)).sort(compare)) {
        const table = byKey.get(key);
        if (!table) {
            lines.push(`  ${entity(key)}`);
            continue;
        }
        const primary = new Set(table.primaryKey);
        const referenced = new Set(fks.filter((fk) => keyOf(fk.refTable) === key).flatMap((fk) => fk.refColumns));
        const uniqueColumns = uniqueColumnsOf(key);
        const marksOf = (column) => [primary.has(column) && 'PK', uniqueColumns.has(column) && 'UK'].filter((m) => typeof m === 'string');
        draw(key, table.columns.filter((c) => primary.has(c.name) || referenced.has(c.name)), marksOf);
    }
    for (const fk of fks) {
        const parent = ids.get(keyOf(fk.refTable));
        const child = ids.get(keyOf(fk.table));
        const label = erLabel(fk.columns.join(', ')) || fk.name;
        // Dashed: a relation no database constraint enforces (an ORM keeps it), drawn as Mermaid's
        // non-identifying line.
        const line = fk.keptBy ? '..' : '--';
        lines.push(`  ${parent} ${PARENT_SIDE[fk.parentCardinality]}${line}` +
            `${CHILD_SIDE[fk.childCardinality]} ${child} : "${erLabel(label)}"`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/docs/views/flowchart.js
// A small flowchart model the views fill in, written out as Mermaid. Ids and labels go through
// the escaping helpers in ../mermaid.ts (the one place for escaping), so any name is safe.

/** Mermaid's shape brackets for each kind of node: a reader tells a database from a service at a glance. */
const SHAPES = {
    service: ['[', ']'],
    job: ['[/', '/]'],
    gateway: ['{{', '}}'],
    datastore: ['[(', ')]'],
    cache: ['[(', ')]'],
    queue: ['[[', ']]'],
    bucket: ['[(', ')]'],
    external: ['([', '])'],
    person: ['([', '])'],
    system: ['[', ']'],
    stub: ['(', ')'],
    group: ['[', ']'],
};
/** Styles: externals and stubs (parts drawn elsewhere) are dashed, data is tinted. */
const CLASSES = [
    ['external', 'fill:#f4f4f4,stroke:#888,stroke-dasharray:4 3', ['external', 'person']],
    ['data', 'fill:#eef5ff,stroke:#4a76b8', ['datastore', 'cache', 'queue', 'bucket']],
    ['stub', 'fill:#fff,stroke:#bbb,stroke-dasharray:2 2,color:#666', ['stub']],
    ['system', 'fill:#1f4e8c,stroke:#123,color:#fff', ['system']],
];
function renderFlowchart(chart) {
    const ids = assignIds([...chart.nodes.map((n) => n.key), ...(chart.groups ?? []).map((g) => `group:${g.key}`)], flowIdBase);
    const lines = [`flowchart ${chart.direction}`];
    const node = (n, indent) => {
        const [open, close] = SHAPES[n.shape];
        return `${indent}${ids.get(n.key)}${open}"${flowLabel(n.label)}"${close}`;
    };
    const inGroup = new Set((chart.groups ?? []).flatMap((g) => g.nodes));
    const byKey = new Map(chart.nodes.map((n) => [n.key, n]));
    for (const g of chart.groups ?? []) {
        lines.push(`  subgraph ${ids.get(`group:${g.key}`)}["${flowLabel(g.title)}"]`);
        for (const key of g.nodes) {
            const n = byKey.get(key);
            if (n)
                lines.push(node(n, '    '));
        }
        lines.push('  end');
    }
    for (const n of chart.nodes)
        if (!inGroup.has(n.key))
            lines.push(node(n, '  '));
    for (const e of chart.edges) {
        const from = ids.get(e.from);
        const to = ids.get(e.to);
        if (!from || !to)
            continue;
        lines.push(e.label ? `  ${from} -->|"${flowLabel(e.label)}"| ${to}` : `  ${from} --> ${to}`);
    }
    for (const [name, style, shapes] of CLASSES) {
        const members = chart.nodes.filter((n) => shapes.includes(n.shape)).map((n) => ids.get(n.key));
        if (members.length === 0)
            continue;
        lines.push(`  classDef ${name} ${style}`);
        lines.push(`  class ${members.join(',')} ${name}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/docs/views/cluster-diagrams.js
// The Mermaid diagrams of a schema too large for one: a map of the table clusters, and one
// key-columns-only ER diagram per cluster. Drawing and escaping stay in `../mermaid.ts`; this file
// only decides what each diagram shows.


const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/** One node per cluster with its table count; one edge per pair of clusters foreign keys cross, with their count. */
function clusterMapDiagram(clustered) {
    // Edges in key order, so the map does not depend on the order the clusters were found in.
    const key = (l) => `${l.from}\u0000${l.to}`;
    const links = [...clustered.links].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return renderFlowchart({
        direction: 'LR',
        nodes: clustered.clusters.map((c) => ({
            key: c.slug,
            label: `${c.name} (${plural(c.tables.length, 'table', 'tables')})`,
            shape: 'group',
        })),
        edges: links.map((l) => ({ from: l.from, to: l.to, label: plural(l.foreignKeys, 'foreign key', 'foreign keys') })),
    });
}
/** The cluster's tables with their key columns, and stubs of the tables they reference elsewhere. */
function clusterErDiagram(schema, cluster) {
    return erDiagram(schema, { tables: cluster.tables });
}

;// CONCATENATED MODULE: ./lib/docs/views/table-clusters.js
// Tables in clusters small enough to read as one diagram (at most MAX_CLUSTER_TABLES each), found by
// rules a reader can check by hand. Every table and view lands in exactly one cluster.
//
// 1. Connected groups. Tables joined by foreign keys (in either direction, self-references ignored)
//    form one group. A group of at most 15 tables is a cluster.
// 2. A larger group is split, trying in turn:
//    a. by schema, when it spans several: one part per schema, named after the schema;
//    b. by name prefix (the text before the first `_`): each prefix shared by at least
//       MIN_PREFIX_TABLES tables of the group is a part (`billing_*`); the tables left over fall
//       apart into their own connected groups;
//    c. at hub tables: a table referenced by at least HUB_MIN_REFERRERS other tables of the part
//       (failing that, the most referenced one, if two or more tables reference it), like `users`.
//       The hub becomes a cluster named after itself; what remains falls apart into connected groups.
//    Any part still too large is split again at its own hubs; one with no hub at all is cut, in
//    name order, into equal runs ("part 1 of 2").
//    A table a split leaves on its own joins the cluster it shares the most foreign keys with (a
//    hub's cluster before others when they tie, then by name) while that cluster has room, so the
//    tables that only reference `users` end up with `users`.
// 3. Leftovers: tables with no foreign key to another table (views, lookup tables, legacy tables)
//    and the lone tables no cluster had room for. One whose prefix names a cluster of its schema
//    (`billing_tax_rates` and `billing_*`) joins it while it has room. The rest are gathered per
//    schema into "Other tables" clusters; a schema with more than 15 of them is packed, in order,
//    into clusters of at most 15 from groups of a shared name prefix (two or more tables), then
//    groups of a shared migration folder (the folder of `table.source.file`), a group that does not
//    fit in the current cluster starting the next one.
//
// A cluster's name is the prefix (`billing_*`), the hub or main table (the one most referenced
// inside it), or the schema; its slug is the name in lower-case letters, digits and `-`, unique
// across the clusters. A table of another cluster that a cluster's foreign keys reference is listed
// in `referenced`: diagrams draw it as a key-only stub.

/** The most tables a cluster holds (its diagram also draws stubs of the tables it references). */
const MAX_CLUSTER_TABLES = 15;
/** How many distinct tables must reference a table for it to count as a hub. */
const HUB_MIN_REFERRERS = 5;
/** How many tables must share a name prefix for the prefix to form a part of its own. */
const MIN_PREFIX_TABLES = 3;
// ---------------------------------------------------------------- the graph
/** A `table:` id for a foreign key's end (`public.orders` or `table:public.orders`). */
function tableRef(ref) {
    return ref.startsWith('table:') ? ref : `table:${ref}`;
}
function table_clusters_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Foreign keys between declared tables, as undirected neighbours and as who references whom. */
class FkGraph {
    tables = new Map();
    /** One entry per foreign key between two different declared tables. */
    links = [];
    neighbourSets = new Map();
    constructor(schema) {
        for (const t of schema.tables)
            if (!this.tables.has(t.id))
                this.tables.set(t.id, t);
        for (const fk of schema.foreignKeys) {
            const child = tableRef(fk.table);
            const parent = tableRef(fk.refTable);
            if (child === parent || !this.tables.has(child) || !this.tables.has(parent))
                continue;
            this.links.push({ child, parent });
            this.neighbours(child).add(parent);
            this.neighbours(parent).add(child);
        }
    }
    neighbours(id) {
        let set = this.neighbourSets.get(id);
        if (!set) {
            set = new Set();
            this.neighbourSets.set(id, set);
        }
        return set;
    }
    /** How many distinct tables of `within` reference each table of `within`. */
    referrers(within) {
        const by = new Map();
        for (const { child, parent } of this.links) {
            if (!within.has(child) || !within.has(parent))
                continue;
            by.set(parent, (by.get(parent) ?? new Set()).add(child));
        }
        return new Map([...by].map(([id, set]) => [id, set.size]));
    }
    /** Foreign keys between `id` and the tables of `others`, either way. */
    linksWith(id, others) {
        return this.links.filter((l) => (l.child === id && others.has(l.parent)) || (l.parent === id && others.has(l.child))).length;
    }
    /** Connected groups of `ids`, through foreign keys inside `ids`; each sorted, in order of their first id. */
    components(ids) {
        const within = new Set(ids);
        const seen = new Set();
        const out = [];
        for (const start of [...ids].sort(table_clusters_compare)) {
            if (seen.has(start))
                continue;
            const group = [];
            const stack = [start];
            seen.add(start);
            while (stack.length > 0) {
                const id = stack.pop();
                group.push(id);
                for (const n of this.neighbours(id)) {
                    if (within.has(n) && !seen.has(n)) {
                        seen.add(n);
                        stack.push(n);
                    }
                }
            }
            out.push(group.sort(table_clusters_compare));
        }
        return out;
    }
    display(id) {
        const t = this.tables.get(id);
        return t.schema === 'public' ? t.name : `${t.schema}.${t.name}`;
    }
}
/** The text before the first `_` of a name that has more after it: `billing_invoices` → `billing`. */
function namePrefix(name) {
    return /^([^_]+)_[^_]/.exec(name)?.[1];
}
function prefixKey(t) {
    const p = namePrefix(t.name);
    return p === undefined ? undefined : `${t.schema}.${p}`;
}
function prefixName(t, prefix) {
    return t.schema === 'public' ? `${prefix}_*` : `${t.schema}.${prefix}_*`;
}
/** A connected group's draft: named after its dominant prefix, else its most referenced table. */
function connectedDraft(ids, graph) {
    const tables = ids.map((id) => graph.tables.get(id));
    const counts = new Map();
    for (const t of tables) {
        const k = prefixKey(t);
        if (k !== undefined)
            counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const [topPrefix, topCount] = [...counts].sort((a, b) => b[1] - a[1] || table_clusters_compare(a[0], b[0]))[0] ?? ['', 0];
    if (topCount >= 2 && topCount * 2 >= ids.length) {
        const t = tables.find((x) => prefixKey(x) === topPrefix);
        return { name: prefixName(t, namePrefix(t.name)), basis: 'connected', tables: ids, prefix: topPrefix };
    }
    const referrers = graph.referrers(new Set(ids));
    const main = [...ids].sort((a, b) => (referrers.get(b) ?? 0) - (referrers.get(a) ?? 0) || table_clusters_compare(a, b))[0];
    return { name: graph.display(main), basis: 'connected', tables: ids };
}
function bySchema(ids, graph) {
    const groups = new Map();
    for (const id of ids) {
        const s = graph.tables.get(id).schema;
        groups.set(s, [...(groups.get(s) ?? []), id]);
    }
    if (groups.size < 2)
        return undefined;
    return [...groups]
        .sort((a, b) => table_clusters_compare(a[0], b[0]))
        .map(([schema, tables]) => ({
        tables,
        draft: { name: schema, basis: 'schema', tables, schema },
        next: ['prefix', 'hub'],
    }));
}
function byPrefix(ids, graph) {
    const groups = new Map();
    for (const id of ids) {
        const k = prefixKey(graph.tables.get(id));
        if (k !== undefined)
            groups.set(k, [...(groups.get(k) ?? []), id]);
    }
    const chosen = [...groups].filter(([, g]) => g.length >= MIN_PREFIX_TABLES).sort((a, b) => table_clusters_compare(a[0], b[0]));
    if (chosen.length === 0 || (chosen.length === 1 && chosen[0][1].length === ids.length))
        return undefined;
    const taken = new Set(chosen.flatMap(([, g]) => g));
    const parts = chosen.map(([key, tables]) => {
        const t = graph.tables.get(tables[0]);
        return {
            tables,
            draft: { name: prefixName(t, namePrefix(t.name)), basis: 'prefix', tables, prefix: key },
            next: ['hub'],
        };
    });
    const rest = ids.filter((id) => !taken.has(id));
    for (const piece of graph.components(rest))
        parts.push({ tables: piece, draft: connectedDraft(piece, graph), next: ['hub'] });
    return parts;
}
function atHubs(ids, graph) {
    const referrers = graph.referrers(new Set(ids));
    const ranked = [...referrers].sort((a, b) => b[1] - a[1] || table_clusters_compare(a[0], b[0]));
    let hubs = ranked.filter(([, n]) => n >= HUB_MIN_REFERRERS).map(([id]) => id);
    if (hubs.length === 0 && (ranked[0]?.[1] ?? 0) >= 2)
        hubs = [ranked[0][0]];
    if (hubs.length === 0)
        return undefined;
    const hubSet = new Set(hubs);
    const parts = [...hubs].sort(table_clusters_compare).map((hub) => ({
        tables: [hub],
        draft: { name: graph.display(hub), basis: 'hub', tables: [hub] },
        next: [],
        seed: true,
    }));
    const rest = ids.filter((id) => !hubSet.has(id));
    for (const piece of graph.components(rest))
        parts.push({ tables: piece, draft: connectedDraft(piece, graph), next: ['hub'] });
    return parts;
}
const STRATEGIES = {
    schema: bySchema,
    prefix: byPrefix,
    hub: atHubs,
};
/** Cut `ids` (in name order) into as few runs of at most MAX_CLUSTER_TABLES as can be, of equal size. */
function equalRuns(items) {
    const n = Math.ceil(items.length / MAX_CLUSTER_TABLES);
    const out = [];
    let at = 0;
    for (let i = 0; i < n; i++) {
        const size = Math.floor(items.length / n) + (i < items.length % n ? 1 : 0);
        out.push(items.slice(at, at + size));
        at += size;
    }
    return out;
}
/** Make `ids` one cluster, or split it by the first strategy that applies. */
function place(ids, draft, strategies, work) {
    if (ids.length <= MAX_CLUSTER_TABLES) {
        work.drafts.push(draft);
        return;
    }
    for (const [i, strategy] of strategies.entries()) {
        const parts = STRATEGIES[strategy](ids, work.graph);
        if (!parts)
            continue;
        for (const part of parts) {
            if (part.seed)
                work.drafts.push(part.draft);
            else if (part.tables.length === 1)
                work.loose.push(part.tables[0]);
            else
                place(part.tables, part.draft, part.next.length > 0 ? part.next : strategies.slice(i + 1), work);
        }
        return;
    }
    const runs = equalRuns([...ids].sort(table_clusters_compare));
    runs.forEach((tables, i) => {
        work.drafts.push({ ...draft, name: `${draft.name} (part ${i + 1} of ${runs.length})`, basis: 'part', tables });
    });
}
/** Lone tables join the cluster they share the most foreign keys with, while it has room. */
function attachLoose(work) {
    const unplaced = [];
    for (const id of [...work.loose].sort(table_clusters_compare)) {
        const best = work.drafts
            .filter((d) => d.tables.length < MAX_CLUSTER_TABLES)
            .map((d) => ({ d, n: work.graph.linksWith(id, new Set(d.tables)) }))
            .filter((s) => s.n > 0)
            .sort((a, b) => b.n - a.n ||
            Number(b.d.basis === 'hub') - Number(a.d.basis === 'hub') ||
            table_clusters_compare(a.d.name, b.d.name) ||
            table_clusters_compare(a.d.tables[0], b.d.tables[0]))[0];
        if (best)
            best.d.tables.push(id);
        else
            unplaced.push(id);
    }
    return unplaced;
}
/** Leftovers: into a cluster named after their prefix, else gathered per schema into "Other tables". */
function gatherLeftovers(ids, work) {
    const { graph } = work;
    const rest = [];
    for (const id of [...ids].sort(table_clusters_compare)) {
        const k = prefixKey(graph.tables.get(id));
        const home = k === undefined ? undefined : work.drafts.find((d) => d.prefix === k && d.tables.length < MAX_CLUSTER_TABLES);
        if (home)
            home.tables.push(id);
        else
            rest.push(id);
    }
    const schemas = new Map();
    for (const id of rest) {
        const s = graph.tables.get(id).schema;
        schemas.set(s, [...(schemas.get(s) ?? []), id]);
    }
    const out = [];
    for (const [schema, tables] of [...schemas].sort((a, b) => table_clusters_compare(a[0], b[0]))) {
        const where = schema === 'public' ? '' : ` ${schema}`;
        if (tables.length <= MAX_CLUSTER_TABLES) {
            out.push({ name: `Other${where} tables`, basis: 'other', tables, schema });
            continue;
        }
        for (const run of packLeftovers(tables, graph)) {
            const name = run.prefix !== undefined
                ? `Other ${prefixName(graph.tables.get(run.tables[0]), run.prefix)} tables`
                : run.folder !== undefined
                    ? `Other${where} tables from ${run.folder}`
                    : `Other${where} tables`;
            out.push({ name, basis: 'other', tables: run.tables, schema });
        }
    }
    return out;
}
/** One schema's many leftovers, packed in order from prefix groups, then migration-folder groups. */
function packLeftovers(ids, graph) {
    const byPrefix = new Map();
    for (const id of ids) {
        const p = namePrefix(graph.tables.get(id).name);
        if (p !== undefined)
            byPrefix.set(p, [...(byPrefix.get(p) ?? []), id]);
    }
    const groups = [];
    const grouped = new Set();
    for (const [prefix, tables] of [...byPrefix].sort((a, b) => table_clusters_compare(a[0], b[0]))) {
        if (tables.length < 2)
            continue;
        groups.push({ tables, prefix });
        for (const id of tables)
            grouped.add(id);
    }
    const byFolder = new Map();
    for (const id of ids.filter((x) => !grouped.has(x))) {
        const file = graph.tables.get(id).source?.file;
        const folder = file === undefined ? '' : external_node_path_.posix.dirname(file);
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), id]);
    }
    for (const [folder, tables] of [...byFolder].sort((a, b) => table_clusters_compare(a[0], b[0]))) {
        groups.push({ tables, ...(folder !== '' && folder !== '.' ? { folder } : {}) });
    }
    const runs = [];
    let current = [];
    const flush = () => {
        if (current.length === 0)
            return;
        runs.push(current.length === 1 ? current[0] : { tables: current.flatMap((g) => g.tables) });
        current = [];
    };
    for (const group of groups) {
        if (group.tables.length > MAX_CLUSTER_TABLES) {
            flush();
            for (const tables of equalRuns(group.tables))
                runs.push({ ...group, tables });
            continue;
        }
        if (current.reduce((n, g) => n + g.tables.length, 0) + group.tables.length > MAX_CLUSTER_TABLES)
            flush();
        current.push(group);
    }
    flush();
    return runs;
}
// ---------------------------------------------------------------- names, slugs, links
function slugOf(name) {
    const slug = name
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return slug === '' ? 'tables' : slug;
}
/** Clusters in the order documented on `TableClusters.clusters`, with unique names and slugs. */
function finish(drafts, others, schema, graph) {
    const ordered = [
        ...[...drafts].sort((a, b) => table_clusters_compare(a.name, b.name) || table_clusters_compare(a.tables[0], b.tables[0])),
        ...others,
    ];
    const names = new Map();
    const slugs = new Set();
    const clusters = [];
    const clusterOf = new Map();
    for (const d of ordered) {
        const seen = (names.get(d.name) ?? 0) + 1;
        names.set(d.name, seen);
        const name = seen === 1 ? d.name : `${d.name} (${seen})`;
        let slug = slugOf(name);
        for (let n = 2; slugs.has(slug); n++)
            slug = `${slugOf(name)}-${n}`;
        slugs.add(slug);
        const cluster = { name, slug, basis: d.basis, tables: [...d.tables].sort(table_clusters_compare), referenced: [] };
        for (const id of cluster.tables) {
            if (clusterOf.has(id))
                throw new Error(`table clusters: ${id} is in two clusters`);
            clusterOf.set(id, cluster);
        }
        clusters.push(cluster);
    }
    for (const id of graph.tables.keys()) {
        if (!clusterOf.has(id))
            throw new Error(`table clusters: ${id} is in no cluster`);
    }
    const counts = new Map();
    for (const fk of schema.foreignKeys) {
        const from = clusterOf.get(tableRef(fk.table));
        if (!from)
            continue;
        const parent = tableRef(fk.refTable);
        const to = clusterOf.get(parent);
        if (to === from)
            continue;
        if (!from.referenced.includes(parent))
            from.referenced.push(parent);
        if (!to)
            continue;
        const key = `${from.slug}\u0000${to.slug}`;
        const link = counts.get(key) ?? { from: from.slug, to: to.slug, foreignKeys: 0 };
        link.foreignKeys++;
        counts.set(key, link);
    }
    for (const c of clusters)
        c.referenced.sort(table_clusters_compare);
    const links = [...counts.values()].sort((a, b) => table_clusters_compare(a.from, b.from) || table_clusters_compare(a.to, b.to));
    return { clusters, links, clusterOf };
}
// ---------------------------------------------------------------- entry
/** The schema's tables and views in clusters, by the rules in this file's header. */
function clusterTables(schema) {
    const graph = new FkGraph(schema);
    const work = { graph, drafts: [], loose: [] };
    const isolated = [];
    for (const group of graph.components([...graph.tables.keys()])) {
        if (group.length === 1)
            isolated.push(group[0]);
        else
            place(group, connectedDraft(group, graph), ['schema', 'prefix', 'hub'], work);
    }
    const unplaced = attachLoose(work);
    const others = gatherLeftovers([...isolated, ...unplaced], work);
    return finish(work.drafts, others, schema, graph);
}

;// CONCATENATED MODULE: ./lib/docs/sections/data-sections.js






const none = (what) => [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)(what))];
const qualified = (t) => (t.schema === 'public' ? t.name : `${t.schema}.${t.name}`);
const tableName = (ctx, id) => {
    const t = factIndex(ctx.facts).tableById(id);
    return t ? qualified(t) : id.replace(/^table:/, '');
};
/** The engine each dialect's migrations are replayed in, as the docs name it. */
const ENGINES = {
    postgres: 'PostgreSQL (embedded)',
    sqlite: 'SQLite (embedded)',
    mysql: 'a MySQL model built from the parsed statements',
};
function dataSummary(ctx) {
    const s = ctx.facts.schema;
    if (s.migrations.length === 0 && s.tables.length === 0) {
        return none('No database migrations were found in this repository.');
    }
    if (s.migrations.length === 0) {
        // A Prisma schema without SQL migrations: the tables are what `prisma migrate` would create.
        const files = [...new Set(s.tables.flatMap((t) => (t.source ? [t.source.file] : [])))];
        return [
            (0,markdown/* paragraph */.FY)(`${s.tables.length} tables, ${s.foreignKeys.length} foreign keys, ${s.indexes.length} indexes and `, `${s.enums.length} enumerated types, as \`prisma migrate\` would create them from `, ...files.slice(0, 3).flatMap((f, i) => [i === 0 ? '' : ', ', (0,markdown/* inlineCode */.ti)(f)]), ' (the repository has no SQL migrations for it).'),
        ];
    }
    const tables = s.tables.filter((t) => t.kind === 'table').length;
    const views = s.tables.length - tables;
    const failed = s.migrations.reduce((n, m) => n + m.failed, 0);
    return [
        (0,markdown/* paragraph */.FY)(`${tables} tables, ${views} views, ${s.foreignKeys.length} foreign keys, ` +
            `${s.indexes.length} indexes and ${s.enums.length} enumerated types, `, `after replaying ${s.migrations.length} migrations in ${ENGINES[s.dialect]}.`, failed > 0
            ? ` ${failed} statements could not be replayed; ` +
                `the schema below lacks their effect (see the run's diagnostics).`
            : ''),
    ];
}
/** Schemas this small are drawn with every column. */
const FULL_COLUMNS_TABLES = 10;
/**
 * The schema without its partitions: a partition has its parent's columns and keys, so drawing
 * twelve monthly partitions beside their parent says nothing the parent does not.
 */
function withoutPartitions(schema) {
    const ids = new Set(schema.tables.map((t) => t.id));
    const shown = (id) => {
        const t = schema.tables.find((x) => x.id === id);
        return !t?.partitionOf || !ids.has(t.partitionOf);
    };
    return {
        ...schema,
        tables: schema.tables.filter((t) => shown(t.id)),
        foreignKeys: schema.foreignKeys.filter((f) => shown(f.table) && shown(f.refTable)),
    };
}
function dataErDiagram(ctx) {
    const schema = withoutPartitions(ctx.facts.schema);
    if (schema.tables.length === 0)
        return none('No tables.');
    if (schema.tables.length <= FULL_COLUMNS_TABLES)
        return [(0,markdown/* codeNode */._Y)('mermaid', erDiagram(schema))];
    // Up to a cluster's size, one diagram still reads — with key columns only (every column of a
    // 15-table schema drew a diagram shrunk to a third of its size on a real repository).
    if (schema.tables.length <= MAX_CLUSTER_TABLES) {
        return [
            (0,markdown/* codeNode */._Y)('mermaid', erDiagram(schema, { tables: schema.tables.map((t) => t.id) })),
            (0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('Key columns only; every column is listed in the tables below.')),
        ];
    }
    const clustered = clusterTables(schema);
    const out = [
        (0,markdown/* paragraph */.FY)(`${schema.tables.length} tables and views, too many for one readable diagram, `, `in ${clustered.clusters.length} clusters of at most ${MAX_CLUSTER_TABLES}: `, 'tables joined by foreign keys, split by schema, by name prefix or at much-referenced tables ', 'when the group is larger; tables without foreign keys are gathered as other tables. ', 'The map shows the clusters and the foreign keys between them; ', "each cluster's diagram shows key columns only, and every column is listed under Tables."),
        (0,markdown/* codeNode */._Y)('mermaid', clusterMapDiagram(clustered)),
    ];
    for (const cluster of clustered.clusters) {
        out.push((0,markdown/* heading */.R_)(3, cluster.name));
        const count = cluster.tables.length === 1 ? '1 table.' : `${cluster.tables.length} tables.`;
        const stubs = cluster.referenced.map((id) => {
            const home = clustered.clusterOf.get(id);
            return [(0,markdown/* inlineCode */.ti)(tableName(ctx, id)), home ? ` (${home.name})` : ' (not created by the migrations)'];
        });
        out.push((0,markdown/* paragraph */.FY)(count, stubs.length > 0 ? [' Also drawn, with their key columns only: ', ...joinedGroups(stubs), '.'] : []));
        out.push((0,markdown/* codeNode */._Y)('mermaid', clusterErDiagram(schema, cluster)));
    }
    return out;
}
function joinedGroups(groups) {
    return groups.flatMap((g, i) => (i === 0 ? g : [', ', ...g]));
}
function dataTables(ctx) {
    const { tables } = withoutPartitions(ctx.facts.schema);
    if (tables.length === 0)
        return none('No tables.');
    if (tables.length <= MAX_CLUSTER_TABLES)
        return tables.flatMap((t) => tableSection(ctx, t, 3));
    const { clusters } = clusterTables(withoutPartitions(ctx.facts.schema));
    return clusters.flatMap((cluster) => {
        const members = new Set(cluster.tables);
        return [
            (0,markdown/* heading */.R_)(3, cluster.name),
            ...tables.filter((t) => members.has(t.id)).flatMap((t) => tableSection(ctx, t, 4)),
        ];
    });
}
/** A table's heading, where it is defined, and its columns. */
function tableSection(ctx, t, depth) {
    const out = [(0,markdown/* heading */.R_)(depth, qualified(t), t.kind === 'view' ? ' (view)' : '')];
    const intro = [];
    if (t.comment)
        intro.push(`${t.comment} `);
    if (t.source)
        intro.push('Defined in ', sourceLink(ctx, t.source), '.');
    const partitions = ctx.facts.schema.tables.filter((p) => p.partitionOf === t.id);
    if (t.partitioned || partitions.length > 0) {
        intro.push(intro.length ? ' ' : '', partitions.length === 0
            ? 'Partitioned; no partitions are created by the migrations.'
            : `Partitioned into ${partitions.length}: `, ...partitions.flatMap((p, i) => (i === 0 ? [(0,markdown/* inlineCode */.ti)(qualified(p))] : [', ', (0,markdown/* inlineCode */.ti)(qualified(p))])), partitions.length > 0 ? ' (same columns and keys).' : '');
    }
    if (intro.length)
        out.push((0,markdown/* paragraph */.FY)(...intro));
    const fkCols = new Map();
    for (const fk of ctx.facts.schema.foreignKeys.filter((f) => f.table === t.id)) {
        fk.columns.forEach((c, i) => {
            fkCols.set(c, `${tableName(ctx, fk.refTable)}.${fk.refColumns[i] ?? '?'}`);
        });
    }
    out.push((0,markdown/* tableNode */.v8)(['Column', 'Type', 'Null', 'Default', 'Key'], t.columns.map((c) => [
        [(0,markdown/* inlineCode */.ti)(c.name)],
        [(0,markdown/* inlineCode */.ti)(c.type)],
        [c.nullable ? 'yes' : 'no'],
        defaultCell(c),
        keyCell(t, c.name, fkCols),
    ])));
    return out;
}
/** What fills the column when a row does not say: its default, an identity, or the expression it is computed by. */
function defaultCell(c) {
    if (c.generated !== undefined)
        return ['generated: ', (0,markdown/* inlineCode */.ti)(c.generated)];
    if (c.identity !== undefined)
        return [c.identity === 'auto-increment' ? 'auto-increment' : `identity (${c.identity})`];
    return c.default !== undefined ? [(0,markdown/* inlineCode */.ti)(c.default)] : [''];
}
function keyCell(t, column, fkCols) {
    const parts = [];
    if (t.primaryKey.includes(column))
        parts.push(['PK']);
    const ref = fkCols.get(column);
    if (ref)
        parts.push(['FK → ', (0,markdown/* inlineCode */.ti)(ref)]);
    return parts.flatMap((p, i) => (i === 0 ? p : [', ', ...p]));
}
function dataRelationships(ctx) {
    const { foreignKeys } = ctx.facts.schema;
    if (foreignKeys.length === 0)
        return none('No foreign keys.');
    const card = { 'zero-or-one': '0..1', 'zero-or-more': '0..n', 'exactly-one': '1' };
    return [
        (0,markdown/* tableNode */.v8)(['From', 'To', 'Cardinality (child : parent)', 'On delete', 'Constraint'], foreignKeys.map((f) => [
            [(0,markdown/* inlineCode */.ti)(`${tableName(ctx, f.table)}(${f.columns.join(', ')})`)],
            [(0,markdown/* inlineCode */.ti)(`${tableName(ctx, f.refTable)}(${f.refColumns.join(', ')})`)],
            [`${card[f.childCardinality]} : ${card[f.parentCardinality]}`],
            [f.onDelete],
            f.keptBy ? [`none in the database: kept by ${f.keptBy.client}`] : [(0,markdown/* inlineCode */.ti)(f.name)],
        ])),
    ];
}
function dataIndexes(ctx) {
    const { indexes } = ctx.facts.schema;
    if (indexes.length === 0)
        return none('No indexes.');
    return [
        (0,markdown/* tableNode */.v8)(['Index', 'Table', 'Columns', 'Kind'], indexes.map((i) => [
            [(0,markdown/* inlineCode */.ti)(i.name)],
            [tableName(ctx, i.table)],
            (0,markdown/* joined */.oR)(i.columns.map(markdown/* inlineCode */.ti)),
            [i.primary ? 'primary key' : i.unique ? 'unique' : 'index'],
        ])),
    ];
}
function dataEnums(ctx) {
    const { enums } = ctx.facts.schema;
    if (enums.length === 0)
        return none('No enumerated types.');
    return [
        (0,markdown/* tableNode */.v8)(['Type', 'Values'], enums.map((e) => [[(0,markdown/* inlineCode */.ti)(qualified(e))], (0,markdown/* joined */.oR)(e.values.map(markdown/* inlineCode */.ti))])),
    ];
}

// EXTERNAL MODULE: ./lib/facts/fact-rules.js
var fact_rules = __webpack_require__(62179);
;// CONCATENATED MODULE: ./lib/docs/sections/risk-sections.js




// The risks of the design as it is now. The docs describe the sources as they are on their branch,
// not a change, so they triage without a base: the same sources always give the same docs (a
// rerun, or the run after a merge, changes nothing). What a change introduces is reported on the
// change itself: the job summary, the pull-request body and check-mode annotations.
/** The overview's summary table stays readable at any size: a row per rule, never more than this. */
const MAX_OVERVIEW_ROWS = 20;
/** Locations shown per rule in the overview; the rest are in risks.md. */
const EXAMPLES_PER_RULE = 2;
const RISKS_DOC = 'risks.md';
const MIGRATION_HISTORY_ANCHOR = 'data-model.md#migrations';
/** What to do about a finding of a rule, when the rule says. */
function ruleAdvice(rule) {
    return (0,fact_rules/* isFactRule */.Nc)(rule) ? fact_rules/* FACT_RULES */.NT[rule] : '';
}
/** The overview's risks: current-design findings grouped by rule, at most MAX_OVERVIEW_ROWS rows. */
function overviewFindings(ctx) {
    const { design, history } = (0,findings_triage/* triageFindings */.NZ)(ctx.facts);
    const out = [];
    if (design.length === 0)
        out.push((0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No risks in the current design found by the built-in rules.')));
    else {
        const groups = (0,findings_triage/* groupByRule */.RJ)(design);
        // One row is kept for the rules that do not fit, so the table never passes the cap.
        const shown = groups.length > MAX_OVERVIEW_ROWS ? groups.slice(0, MAX_OVERVIEW_ROWS - 1) : groups;
        const hidden = groups.slice(shown.length);
        const rows = shown.map((g) => [
            docLink(ctx, `${RISKS_DOC}#${g.rule}`, g.rule),
            g.severity,
            String(g.findings.length),
            examples(ctx, g),
            ruleAdvice(g.rule),
        ]);
        if (hidden.length > 0)
            rows.push([
                docLink(ctx, RISKS_DOC, `${hidden.length} more rules`),
                '',
                String(hidden.reduce((n, g) => n + g.findings.length, 0)),
                '',
                '',
            ]);
        out.push((0,markdown/* tableNode */.v8)(['Rule', 'Severity', 'Count', 'For example', 'What to do'], rows), (0,markdown/* paragraph */.FY)(`${count(design.length, 'finding')} of ${count(groups.length, 'rule')}; `, 'every one with its location is in ', docLink(ctx, RISKS_DOC, 'Risks'), '.'));
    }
    if (history.length > 0)
        out.push(historyNote(ctx, history));
    return out;
}
/** risks.md: every current-design finding, a heading per rule (the overview links to them). */
function risksFindings(ctx) {
    const { design, history } = (0,findings_triage/* triageFindings */.NZ)(ctx.facts);
    const out = [];
    if (design.length === 0)
        out.push((0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No risks in the current design found by the built-in rules.')));
    for (const g of (0,findings_triage/* groupByRule */.RJ)(design)) {
        out.push((0,markdown/* heading */.R_)(3, (0,markdown/* inlineCode */.ti)(g.rule)));
        const advice = ruleAdvice(g.rule);
        out.push((0,markdown/* paragraph */.FY)(`${g.severity} severity, ${count(g.findings.length, 'finding')}.`, advice ? ` ${advice}` : ''), 
        // Design rules name no lock; a column for one is shown only when a finding has it.
        g.findings.some((f) => f.lock)
            ? (0,markdown/* tableNode */.v8)(['Finding', 'Lock', 'Where'], g.findings.map((f) => [[f.message], [f.lock ?? ''], [sourceLink(ctx, f.source)]]))
            : (0,markdown/* tableNode */.v8)(['Finding', 'Where'], g.findings.map((f) => [[f.message], [sourceLink(ctx, f.source)]])));
    }
    if (history.length > 0)
        out.push(historyNote(ctx, history));
    return out;
}
/** The first few places a rule fired, each place once (two foreign keys of one line are one link). */
function examples(ctx, g) {
    const places = new Map();
    let covered = 0;
    for (const f of g.findings) {
        const key = `${f.source.file}:${f.source.line}`;
        if (!places.has(key)) {
            if (places.size === EXAMPLES_PER_RULE)
                continue;
            places.set(key, f.source);
        }
        covered++;
    }
    const links = [...places.values()].map((source) => sourceLink(ctx, source));
    const more = g.findings.length - covered;
    return [...links.flatMap((l, i) => (i === 0 ? [l] : [', ', l])), more > 0 ? ` and ${more} more` : ''];
}
function historyNote(ctx, history) {
    return (0,markdown/* paragraph */.FY)(`${count(history.length, 'finding')} on migration statements ${history.length === 1 ? 'is' : 'are'} not listed: `, 'those statements are migration history, ', 'counted by rule in ', docLink(ctx, MIGRATION_HISTORY_ANCHOR, 'Data model › Migrations'), '. The risks of a new migration are reported on the change that adds it.');
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./lib/docs/sections/migration-history-section.js




/**
 * `data.migration-history`: what the migration-statement rules say about migrations already in
 * the sources, as counts per rule. Those statements ran (or run with the change that added them,
 * where they are reported), so they are history, not risks of the design: listing each dropped
 * column as a risk today would bury the risks that are.
 */
function dataMigrationHistory(ctx) {
    if (ctx.facts.schema.migrations.length === 0)
        return [];
    return flaggedHistory(ctx);
}
/** How many of the latest migrations the history lists with what each changed. */
const LATEST_MIGRATIONS = 10;
const VERBS = {
    create: 'creates',
    drop: 'drops',
    rename: 'renames',
    alter: 'alters',
    data: 'changes rows of',
};
/**
 * `data.migrations`: the latest migrations, newest first, with what each changed and whether it can
 * be rolled back (a history of hundreds of files is in the folder, not in the doc).
 */
function latestMigrations(ctx) {
    const all = ctx.facts.schema.migrations;
    const latest = [...all].sort((a, b) => b.order - a.order).slice(0, LATEST_MIGRATIONS);
    const MAX_CHANGES = 4;
    const rows = latest.map((m) => {
        const changes = m.changes ?? [];
        const shown = changes
            .slice(0, MAX_CHANGES)
            .flatMap((c, i) => [
            i === 0 ? '' : '; ',
            `${c.action === 'create' && (c.what === 'column' || c.what === 'constraint') ? 'adds' : VERBS[c.action]} ` +
                `${c.what === 'rows' ? '' : `${c.what} `}`,
            (0,markdown/* inlineCode */.ti)(c.name),
            c.detail ? ` ${c.detail}` : '',
        ]);
        if (changes.length > MAX_CHANGES)
            shown.push(`; and ${changes.length - MAX_CHANGES} more`);
        if (changes.length === 0)
            shown.push(m.statements === 0 ? 'empty' : 'no schema change');
        if (m.failed > 0)
            shown.push(` (${count(m.failed, 'statement')} failed in replay)`);
        return [
            [String(m.order)],
            [sourceLink(ctx, { file: m.file, line: 1 }, m.file)],
            shown,
            [m.rollback ? 'yes' : 'no'],
        ];
    });
    const reversible = all.filter((m) => m.rollback !== undefined).length;
    return [
        (0,markdown/* paragraph */.FY)(all.length > latest.length
            ? `The latest ${latest.length} of ${all.length} migrations, newest first. `
            : `${count(all.length, 'migration')}, newest first. `, reversible === all.length
            ? 'Each has a rollback.'
            : reversible === 0
                ? 'None has a rollback (no down migration).'
                : `${reversible} of ${all.length} have a rollback.`),
        (0,markdown/* tableNode */.v8)(['#', 'Migration', 'What it changed', 'Rollback'], rows),
    ];
}
function flaggedHistory(ctx) {
    const { history } = (0,findings_triage/* triageFindings */.NZ)(ctx.facts);
    if (history.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No migration statement is flagged by the built-in migration safety rules.'))];
    const groups = (0,findings_triage/* groupByRule */.RJ)(history);
    const files = new Set(history.map((f) => f.source.file));
    const order = new Map(ctx.facts.schema.migrations.map((m) => [m.file, m.order]));
    const replayed = (file) => order.get(file) ?? 0;
    return [
        (0,markdown/* paragraph */.FY)(`${count(history.length, 'statement')} in ${count(files.size, 'migration')} `, `${history.length === 1 ? 'is' : 'are'} flagged by the migration safety rules `, '(locks, dropped or renamed columns and tables, rewrites). They are part of the migration history, ', 'counted here rather than listed as risks.'),
        (0,markdown/* tableNode */.v8)(['Rule', 'Severity', 'Statements', 'Migrations', 'Latest in'], groups.map((g) => {
            const latest = g.findings.reduce((a, b) => (replayed(b.source.file) > replayed(a.source.file) ? b : a));
            return [
                [(0,markdown/* inlineCode */.ti)(g.rule)],
                [g.severity],
                [String(g.findings.length)],
                [String(new Set(g.findings.map((f) => f.source.file)).size)],
                [(0,markdown/* inlineCode */.ti)(latest.source.file)],
            ];
        })),
    ];
}

// EXTERNAL MODULE: ./lib/sources/registry.js + 17 modules
var registry = __webpack_require__(39848);
;// CONCATENATED MODULE: ./lib/docs/sections/infra-sections.js




function infraComponents(ctx) {
    const { components } = ctx.facts.infra;
    if (components.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No components.'))];
    return [
        (0,markdown/* tableNode */.v8)(['Component', 'Platform', 'Kind', 'Image', 'Replicas', 'Ports', 'Source'], components.map((c) => [
            [(0,markdown/* inlineCode */.ti)(c.namespace ? `${c.namespace}/${c.name}` : c.name)],
            [platformTitle(c.platform)],
            [kindText(c)],
            [c.image ? (0,markdown/* inlineCode */.ti)(c.image) : '—'],
            [c.replicas !== undefined ? String(c.replicas) : '—'],
            [c.ports.length ? c.ports.join(', ') : '—'],
            [sourceLink(ctx, c.source)],
        ])),
    ];
}
/** The kind, with the Compose profiles a service is started under (it is not up by default). */
function kindText(c) {
    const profiles = c.labels?.['com.docker.compose.profiles'];
    return profiles ? `${c.kind} (profiles: ${profiles.split(',').join(', ')})` : c.kind;
}
function edgeHow(e) {
    const words = {
        depends_on: 'depends on',
        selects: 'routes to',
        env: 'configured by',
        reference: 'references',
    };
    return e.via ? [words[e.kind], ' ', (0,markdown/* inlineCode */.ti)(e.via)] : [words[e.kind]];
}
function componentLabel(ctx, id) {
    const c = factIndex(ctx.facts).componentById(id);
    return (0,markdown/* inlineCode */.ti)(c ? describe(c) : id);
}
function describe(c) {
    return presentation(c.platform)?.reference(c) ?? `${c.kind}/${c.namespace ? `${c.namespace}/` : ''}${c.name}`;
}
/** How the kind that read a component shows it; undefined for a kind no longer registered. */
function presentation(platform) {
    return (0,registry/* sourceKind */.uh)(platform)?.components;
}
function platformTitle(platform) {
    return presentation(platform)?.title ?? platform;
}


;// CONCATENATED MODULE: ./lib/docs/sections/environment-sections.js
// Environments: the same services deployed several ways (a Compose file for local development, a
// Helm chart, a Kustomize overlay per stage). One table, a row per service and a column per
// environment, so a reader sees at a glance which version runs where and at what scale — the
// difference between staging and prod that a reviewer asks about first.


/** Beyond this many environments the table is cut (a monorepo of many overlays). */
const MAX_ENVIRONMENTS = 12;
function infraEnvironments(ctx) {
    const raw = new Map(ctx.facts.infra.components.map((c) => [c.id, c]));
    const environmentOf = (c) => c.environment
        ? { key: `${c.platform}:${c.environment}`, title: [`${platformTitle(c.platform)} `, (0,markdown/* inlineCode */.ti)(c.environment)] }
        : c.platform === 'compose'
            ? { key: `compose:${c.source.file}`, title: ['Compose ', (0,markdown/* inlineCode */.ti)(c.source.file)] }
            : { key: c.platform, title: [`${platformTitle(c.platform)} (as written)`] };
    const services = ctx.facts.system.components.filter((s) => s.role === 'service' || s.role === 'job');
    const environments = new Map();
    const cells = new Map();
    for (const s of services) {
        const row = new Map();
        for (const id of s.runsAs) {
            const c = raw.get(id);
            if (!c?.deployable)
                continue;
            const env = environmentOf(c);
            environments.set(env.key, env);
            row.set(env.key, [...(row.get(env.key) ?? []), c]);
        }
        cells.set(s, row);
    }
    if (environments.size === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No deployed services.'))];
    if (environments.size === 1) {
        const only = [...environments.values()][0];
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('Every service is deployed one way only: ', ...only.title, '.'))];
    }
    const columns = [...environments.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, MAX_ENVIRONMENTS);
    const rows = services
        .filter((s) => (cells.get(s)?.size ?? 0) > 0)
        .map((s) => [
        [(0,markdown/* inlineCode */.ti)(s.name)],
        ...columns.map((env) => {
            const list = cells.get(s)?.get(env.key) ?? [];
            if (list.length === 0)
                return '—';
            return list.map((c) => deployedText(c)).join('; ');
        }),
    ]);
    const listed = services.filter((s) => (cells.get(s)?.size ?? 0) > 0);
    // Few services in many environments (one app promoted through eleven overlays) read better as
    // a row per environment: the table stays as narrow as it can.
    const table = columns.length > listed.length
        ? (0,markdown/* tableNode */.v8)(['Environment', ...listed.map((s) => [(0,markdown/* inlineCode */.ti)(s.name)])], columns.map((env, c) => [env.title, ...listed.map((_, i) => rows[i][c + 1])]))
        : (0,markdown/* tableNode */.v8)(['Service', ...columns.map((e) => e.title)], rows);
    const out = [table];
    if (environments.size > MAX_ENVIRONMENTS)
        out.push((0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)(`… and ${environments.size - MAX_ENVIRONMENTS} more environments.`)));
    return out;
}
/** `prod-orders · tag 1.4.1 · ×4` — the name there, the image tag and the replicas. */
function deployedText(c) {
    const bits = [c.namespace ? `${c.namespace}/${c.name}` : c.name];
    const tag = c.image ? imageTag(c.image) : undefined;
    if (tag)
        bits.push(`tag ${tag}`);
    if (c.replicas !== undefined)
        bits.push(`×${c.replicas}`);
    return bits.join(' · ');
}
function imageTag(image) {
    const at = image.indexOf('@');
    if (at >= 0)
        return image.slice(at + 1, at + 20);
    const name = image.slice(image.lastIndexOf('/') + 1);
    const colon = name.lastIndexOf(':');
    return colon >= 0 ? name.slice(colon + 1) : 'latest';
}

;// CONCATENATED MODULE: ./lib/docs/sections/source-problems-section.js
// What the docs could not read. A file that failed to parse, a chart template that did not render
// or a Compose file refused as an alias bomb leaves a hole in every view; without this section a
// reader would take "no infrastructure found" at its word. Errors and warnings are listed with
// their place; notices (what was skipped on purpose) are only counted.


/** Past this many rows the table points at the job summary, which lists every diagnostic. */
const MAX_ROWS = 25;
function overviewSourceProblems(ctx) {
    const all = ctx.facts.diagnostics.filter((d) => d.stage !== 'docs' && d.stage !== 'publish');
    const problems = all.filter((d) => d.severity === 'error' || d.severity === 'warning');
    const notices = all.length - problems.length;
    const noticeText = notices
        ? ` ${notices} notice(s) say what was skipped on purpose (test folders, unused overlays …); ` +
            "the run's log lists them."
        : '';
    if (problems.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)(`Every source was read.${noticeText}`))];
    const rank = (d) => (d.severity === 'error' ? 0 : 1);
    const sorted = [...problems].sort((a, b) => rank(a) - rank(b));
    const lead = ctx.facts.inputs.length === 0
        ? 'No source was read: the repository holds no file any source kind reads, or none that could be read.'
        : // Not every problem loses content (a lint error leaves the document read), so the lead says
            // what may be missing, not that it is.
            `${problems.length} problem(s) came up while reading the sources (${countOf(problems)}); ` +
                'what the files they name describe may be missing from these docs or incomplete.';
    const out = [
        (0,markdown/* paragraph */.FY)(lead, noticeText),
        (0,markdown/* tableNode */.v8)(['Severity', 'Where', 'Problem'], sorted
            .slice(0, MAX_ROWS)
            .map((d) => [
            [d.severity],
            [d.line ? sourceLink(ctx, { file: d.file, line: d.line }) : d.file],
            [oneLine(d.message)],
        ])),
    ];
    if (sorted.length > MAX_ROWS)
        out.push((0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)(`… and ${sorted.length - MAX_ROWS} more in the run's log.`)));
    return out;
}
function countOf(problems) {
    const errors = problems.filter((d) => d.severity === 'error').length;
    const warnings = problems.length - errors;
    return [errors ? `${errors} error(s)` : '', warnings ? `${warnings} warning(s)` : ''].filter(Boolean).join(', ');
}
function oneLine(message) {
    const flat = message.replace(/\s+/g, ' ').trim();
    return flat.length > 240 ? `${flat.slice(0, 239)}…` : flat;
}

;// CONCATENATED MODULE: ./lib/docs/sections/terraform-sections.js
// Terraform modules the way terraform-docs documents one: per module folder its inputs (type,
// default, required), outputs, providers and the modules it calls. A default is shown as written
// except where the facts withhold it (sensitive or secret-like), which the table says.


/** A default longer than this is cut in the table (the source link has the rest). */
const MAX_DEFAULT = 60;
function infraTerraformModules(ctx) {
    const modules = ctx.facts.infra.terraform?.modules ?? [];
    if (modules.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No Terraform modules.'))];
    const out = [];
    for (const m of modules)
        out.push(...moduleSection(ctx, m));
    return out;
}
function moduleSection(ctx, m) {
    const title = m.module === '.' ? 'The repository root' : (0,markdown/* inlineCode */.ti)(m.module);
    const out = [(0,markdown/* heading */.R_)(3, title, m.called ? ' (called as a module)' : ' (root module)')];
    const facts = [];
    if (m.requiredVersion)
        facts.push(['Terraform ', (0,markdown/* inlineCode */.ti)(m.requiredVersion)]);
    if (m.backend)
        facts.push(['state in a ', (0,markdown/* inlineCode */.ti)(m.backend.type), ' backend']);
    if (facts.length)
        out.push((0,markdown/* paragraph */.FY)(...facts.flatMap((f, i) => (i === 0 ? f : ['; ', ...f])), '.'));
    // A `provider "aws" {}` block configures what `required_providers` declares: one row, not two.
    const required = new Set(m.providers.filter((p) => p.declaredBy === 'required').map((p) => p.name));
    const providers = m.providers.filter((p) => p.declaredBy === 'required' || p.alias || !required.has(p.name));
    if (providers.length)
        out.push((0,markdown/* tableNode */.v8)(['Provider', 'Source', 'Version', 'Alias', 'Where'], providers.map((p) => [
            [(0,markdown/* inlineCode */.ti)(p.name)],
            p.providerSource ? [(0,markdown/* inlineCode */.ti)(p.providerSource)] : '—',
            p.version ? [(0,markdown/* inlineCode */.ti)(p.version)] : '—',
            p.alias ? [(0,markdown/* inlineCode */.ti)(p.alias)] : '—',
            [sourceLink(ctx, p.source)],
        ])));
    if (m.variables.length)
        out.push((0,markdown/* tableNode */.v8)(['Input', 'Type', 'Default', 'Description', 'Where'], m.variables.map((v) => [
            [(0,markdown/* inlineCode */.ti)(v.name), v.sensitive ? ' (sensitive)' : ''],
            v.type ? [(0,markdown/* inlineCode */.ti)(typeText(v.type))] : '—',
            terraform_sections_defaultCell(v),
            v.description ?? '—',
            [sourceLink(ctx, v.source)],
        ])));
    if (m.outputs.length)
        out.push((0,markdown/* tableNode */.v8)(['Output', 'From', 'Description', 'Where'], m.outputs.map((o) => [
            [(0,markdown/* inlineCode */.ti)(o.name), o.sensitive ? ' (sensitive)' : ''],
            o.references.length ? (0,markdown/* joined */.oR)(o.references.map((r) => (0,markdown/* inlineCode */.ti)(r))) : '—',
            o.description ?? '—',
            [sourceLink(ctx, o.source)],
        ])));
    if (m.moduleCalls.length)
        out.push((0,markdown/* tableNode */.v8)(['Module call', 'Source', 'Version', 'Where'], m.moduleCalls.map((c) => [
            [(0,markdown/* inlineCode */.ti)(c.name), c.repeat ? ` (${c.repeat})` : ''],
            [(0,markdown/* inlineCode */.ti)(c.folder ?? c.registry ?? c.moduleSource), ` (${c.sourceKind})`],
            c.version ? [(0,markdown/* inlineCode */.ti)(c.version)] : '—',
            [sourceLink(ctx, c.source)],
        ])));
    return out;
}
/** A type constraint on one line; a long `object({ … })` is cut to its outline (the link has the rest). */
function typeText(type) {
    const flat = type
        .replace(/#[^\n]*/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    if (flat.length <= MAX_DEFAULT)
        return flat;
    const open = flat.indexOf('(');
    return open > 0 ? `${flat.slice(0, open)}(…)` : `${flat.slice(0, MAX_DEFAULT)}…`;
}
function terraform_sections_defaultCell(v) {
    if (v.defaultWithheld)
        return (0,markdown/* emphasis */.lN)('withheld (secret)');
    if (!v.hasDefault)
        return (0,markdown/* emphasis */.lN)('required');
    if (v.default === undefined)
        return '—';
    const text = v.default.length > MAX_DEFAULT ? `${v.default.slice(0, MAX_DEFAULT)}…` : v.default;
    return [(0,markdown/* inlineCode */.ti)(text)];
}

;// CONCATENATED MODULE: ./lib/docs/sections/overview-sections.js



function overviewAtAGlance(ctx) {
    const { api, schema, infra, inputs } = ctx.facts;
    // Files read for each area, whichever kinds of source describe it.
    const count = (area) => inputs.filter((i) => (0,registry/* sourceKind */.uh)(i.kind)?.area === area).length;
    return [
        (0,markdown/* tableNode */.v8)(['Area', 'What the sources define', 'Read from'], [
            [
                ['API'],
                [
                    `${api.operations.length} operations in ${api.specs.length} API contracts` +
                        `${contractKinds(api.specs)}, ${api.securitySchemes.length} security schemes`,
                ],
                [overview_sections_plural(count('api'), 'file')],
            ],
            [
                ['Data'],
                [
                    `${schema.tables.filter((t) => t.kind === 'table').length} tables, ` +
                        `${schema.foreignKeys.length} foreign keys, ${schema.enums.length} enumerated types`,
                ],
                [`${overview_sections_plural(ctx.facts.schema.migrations.length, 'migration')} (${overview_sections_plural(count('data'), 'file')})`],
            ],
            [
                ['Infrastructure'],
                [`${infra.components.length} objects, ${ctx.services.length} deployable services`],
                [overview_sections_plural(count('infrastructure'), 'file')],
            ],
            [['System'], [systemSummary(ctx)], ['derived from the above']],
        ]),
    ];
}
function overview_sections_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** The logical system in one line: what an architect counts first. */
function systemSummary(ctx) {
    const { components, edges } = ctx.facts.system;
    const count = (roles) => components.filter((c) => roles.includes(c.role)).length;
    const parts = [
        [count(['service', 'job']), 'service'],
        [count(['datastore', 'cache', 'queue', 'bucket']), 'data component'],
        [count(['gateway']), 'gateway'],
        [count(['external']), 'external system'],
        [edges.length, 'connection'],
    ];
    return parts.map(([n, word]) => overview_sections_plural(n, word)).join(', ');
}
function overviewDocuments(ctx) {
    const items = [
        [docLink(ctx, 'api.md', 'API'), ' — endpoints, authentication, design notes'],
        [docLink(ctx, 'data-model.md', 'Data model'), ' — tables, relationships, indexes, migrations'],
        [docLink(ctx, 'infrastructure.md', 'Infrastructure'), ' — components and their dependencies'],
        [docLink(ctx, 'risks.md', 'Risks'), ' — every risk the built-in rules find in the current design'],
        ...ctx.services.map((s) => [docLink(ctx, `runbooks/${s.slug}.md`, `Runbook: ${s.name}`)]),
    ];
    return [(0,markdown/* list */.p_)(items)];
}
/** ` (OpenAPI, gRPC)`: which kinds of contract, when there is more than one. */
function contractKinds(specs) {
    const names = { http: 'OpenAPI', grpc: 'gRPC', graphql: 'GraphQL', async: 'AsyncAPI' };
    const kinds = [...new Set(specs.map((s) => names[s.protocol ?? 'http'] ?? s.protocol ?? 'http'))];
    return kinds.length > 1 ? ` (${kinds.join(', ')})` : '';
}

;// CONCATENATED MODULE: ./lib/docs/sections/dependency-outage.js
// What a service loses when one of its dependencies is down, by the dependency's role. The
// sources say what the service connects to, not how its code copes (retries, fallbacks), so
// the words say what fails first, and the on-call engineer confirms it in the logs.

const BY_ROLE = {
    datastore: 'reads and writes fail: requests that touch its data error or time out',
    cache: 'cache calls fail: expect slower responses, or errors where the code does not fall back',
    queue: 'publishing and consuming stop: messages back up or are lost, and asynchronous work is delayed',
    bucket: 'uploads and downloads of stored objects fail',
    gateway: 'traffic routed through it stops reaching the service',
    external: 'calls to this third party fail or time out: the features that use it stop working',
    job: 'the work this job does is not done until it runs again',
    service: 'calls to it fail: the features that need it error or time out',
};
function outageWords(role) {
    return BY_ROLE[role];
}
/**
 * Configuration, storage and identity a workload's pods need: when one is missing, Kubernetes
 * starts no new pods (running ones go on), so it shows at the next rollout, restart or rescheduling.
 */
function missingConfigWords(c) {
    switch (c.kind) {
        case 'Secret':
        case 'ConfigMap':
            return [
                'new pods fail to start (',
                (0,markdown/* inlineCode */.ti)('CreateContainerConfigError'),
                ', or ',
                (0,markdown/* inlineCode */.ti)('ContainerCreating'),
                ' with a ',
                (0,markdown/* inlineCode */.ti)('FailedMount'),
                ' event)',
            ];
        case 'PersistentVolumeClaim':
            return ['new pods stay ', (0,markdown/* inlineCode */.ti)('Pending'), ' until the claim is bound'];
        case 'ServiceAccount':
            return ['no new pods are created (the controller reports ', (0,markdown/* inlineCode */.ti)('error looking up service account'), ')'];
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/docs/sections/runbook-commands.js
// The exact commands an on-call engineer runs against a service, with its real names: the
// namespace, the workload's resource word, its pod selector, the Compose file. Written for a
// shell at the repository root (Compose `-f` paths are repository-relative) with a kubectl
// context on the right cluster.
/** `kubectl` resource words; `rollout` works on the first three only. */
const KUBE_RESOURCE = {
    Deployment: 'deployment',
    StatefulSet: 'statefulset',
    DaemonSet: 'daemonset',
    ReplicaSet: 'replicaset',
    Job: 'job',
    CronJob: 'cronjob',
    Pod: 'pod',
};
const ROLLOUT_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);
/** Commands for one deployed component; undefined for a platform no command is known for. */
function componentCommands(c) {
    if (c.platform === 'kubernetes')
        return kubernetesCommands(c);
    if (c.platform === 'compose')
        return composeCommands(c);
    return undefined;
}
function kubernetesCommands(c) {
    const resource = KUBE_RESOURCE[c.kind];
    if (!resource)
        return undefined;
    const ns = c.namespace ?? 'default';
    const kubectl = `kubectl -n ${shellWord(ns)}`;
    const ref = `${resource}/${shellWord(c.name)}`;
    const selector = podSelector(c);
    const check = [];
    const act = [];
    const rollback = [];
    if (ROLLOUT_KINDS.has(c.kind)) {
        check.push({ purpose: 'Is the latest rollout complete?', command: `${kubectl} rollout status ${ref}` });
    }
    if (c.kind === 'CronJob') {
        check.push({ purpose: 'Schedule, last run and whether it is suspended', command: `${kubectl} get ${ref}` });
        check.push({ purpose: 'Recent runs', command: `${kubectl} get jobs --sort-by=.metadata.creationTimestamp` });
    }
    check.push(selector
        ? { purpose: 'Its pods and their state', command: `${kubectl} get pods -l ${selector}` }
        : { purpose: 'Its pods and their state', command: `${kubectl} get pods` });
    check.push({ purpose: 'Configuration, conditions and recent events', command: `${kubectl} describe ${ref}` });
    if (selector) {
        check.push({ purpose: 'Recent logs of its pods', command: `${kubectl} logs -l ${selector} --tail=200` });
    }
    else if (c.kind === 'Pod' || c.kind === 'Job') {
        check.push({ purpose: 'Recent logs', command: `${kubectl} logs ${ref} --tail=200` });
    }
    check.push({
        purpose: 'Warnings in the namespace, newest last',
        command: `${kubectl} get events --field-selector type=Warning --sort-by=.lastTimestamp`,
    });
    if (ROLLOUT_KINDS.has(c.kind)) {
        act.push({ purpose: 'Restart its pods one by one', command: `${kubectl} rollout restart ${ref}` });
        rollback.push({ purpose: 'Revisions kept', command: `${kubectl} rollout history ${ref}` });
        rollback.push({ purpose: 'Go back to the previous revision', command: `${kubectl} rollout undo ${ref}` });
    }
    if (c.kind === 'Deployment' || c.kind === 'StatefulSet') {
        act.push({
            purpose: 'Scale by hand (an autoscaler that targets it will change this again)',
            command: `${kubectl} scale ${ref} --replicas=<n>`,
        });
    }
    if (c.kind === 'CronJob') {
        act.push({
            purpose: 'Run it now, outside its schedule',
            command: `${kubectl} create job --from=${ref} ${shellWord(`${c.name.slice(0, 40)}-manual`)}-$(date +%s)`,
        });
        act.push({
            purpose: 'Stop further runs (undo with `false`)',
            command: `${kubectl} patch ${ref} -p '{"spec":{"suspend":true}}'`,
        });
    }
    return { target: `${ref} in namespace ${ns}`, check, act, rollback };
}
function composeCommands(c) {
    const compose = `docker compose -f ${shellWord(c.source.file)}`;
    const service = shellWord(c.name);
    return {
        target: `service ${c.name} of ${c.source.file}`,
        check: [
            { purpose: 'Is it running, and healthy?', command: `${compose} ps ${service}` },
            { purpose: 'Recent logs', command: `${compose} logs --tail=200 ${service}` },
        ],
        act: [
            { purpose: 'Restart it', command: `${compose} restart ${service}` },
            { purpose: 'Recreate it from the file (after a config or image change)', command: `${compose} up -d ${service}` },
        ],
        rollback: [],
    };
}
/** `k=v,k=v` of the workload's selector, else its pod labels; undefined when it has neither. */
function podSelector(c) {
    const labels = c.selector && Object.keys(c.selector).length ? c.selector : c.labels;
    if (!labels || Object.keys(labels).length === 0)
        return undefined;
    return shellWord(Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(','));
}
/** A word the shell reads as itself: quoted only when it holds something the shell would interpret. */
function shellWord(word) {
    return /^[\w./=,:@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./lib/docs/sections/runbook-system.js
// The runbook's service as the system model sees it: the logical component its deployments run
// as, and the components it connects to. The system stage may not have run (older state, no
// infrastructure): then callers fall back to the raw infra edges.
/** The logical component any of the service's deployments runs as. */
function serviceSystemComponent(ctx) {
    const ids = new Set(ctx.service?.components.map((c) => c.id) ?? []);
    return ctx.facts.system?.components.find((s) => s.runsAs.some((id) => ids.has(id)));
}
function systemEdgesOf(ctx, id) {
    const edges = ctx.facts.system?.edges ?? [];
    return { outgoing: edges.filter((e) => e.from === id), incoming: edges.filter((e) => e.to === id) };
}
function systemComponentById(ctx, id) {
    return ctx.facts.system?.components.find((s) => s.id === id);
}

;// CONCATENATED MODULE: ./lib/docs/sections/runbook-runtime.js
// How a service runs, as its configuration states it: how many copies, the bounds an autoscaler
// moves it in, what a disruption budget keeps up, the health checks the platform runs and the
// resources each copy gets; and the health endpoints its API contract declares. Where the
// sources state nothing, the section says so: a missing readiness probe is itself on-call news.




/**
 * Paths without parameters whose last segment names a health check (`/health`, `/v1/readyz`,
 * `/health/live`, `/status`); `/orders/{id}/status` is an order's status, not the service's.
 */
const HEALTH_PATH = /^[^{}]*\/(?:health|healthz|healthcheck|health-check|ready|readyz|readiness|live|livez|liveness|status|ping)\/?$/i;
function runbookRuntime(ctx) {
    const components = ctx.service.components;
    const rows = components.map((c) => {
        const hpa = scaledBy(ctx.facts, c);
        const pdb = budgetOf(ctx.facts, c);
        return [
            [(0,markdown/* inlineCode */.ti)(deployedAs(c))],
            [replicasText(c)],
            hpa?.autoscaling
                ? [
                    `${hpa.autoscaling.min ?? 1}–${hpa.autoscaling.max}`,
                    hpa.autoscaling.metrics.length ? ` on ${hpa.autoscaling.metrics.join(', ')}` : '',
                    ' (',
                    (0,markdown/* inlineCode */.ti)(hpa.name),
                    ')',
                ]
                : ['—'],
            pdb?.disruptionBudget ? [budgetWords(pdb.disruptionBudget), ' (', (0,markdown/* inlineCode */.ti)(pdb.name), ')'] : ['—'],
            [resourceWords(c)],
            [sourceLink(ctx, c.source)],
        ];
    });
    const out = [
        (0,markdown/* tableNode */.v8)(['Deployed as', 'Replicas', 'Autoscaling', 'Disruption budget', 'Resources', 'Source'], rows),
    ];
    for (const c of components) {
        const probes = c.probes ?? [];
        const items = probes.map((p) => [probeKind(p), ': ', ...probeCheck(p)]);
        for (const missing of missingProbes(ctx.facts, c))
            items.push([(0,markdown/* emphasis */.lN)(missing)]);
        if (items.length) {
            out.push((0,markdown/* paragraph */.FY)('Health checks of ', (0,markdown/* inlineCode */.ti)(deployedAs(c)), ':'));
            out.push((0,markdown/* list */.p_)(items));
        }
    }
    return out;
}
function runbookHealth(ctx) {
    const probePaths = ctx.service.components.flatMap((c) => (c.probes ?? []).filter((p) => p.type === 'http').map((p) => `${p.path ?? '/'}`));
    // The specs it serves: from the system model; without one, the specs declaring a path its
    // platform probes. A repository's other contracts are not this service's.
    const system = serviceSystemComponent(ctx);
    const served = new Set(system?.provides.filter((p) => p.startsWith('spec:')) ?? []);
    if (served.size === 0) {
        for (const o of ctx.facts.api.operations)
            if (probePaths.some((p) => samePath(o, p)))
                served.add(o.spec);
    }
    const operations = ctx.facts.api.operations.filter((o) => HEALTH_PATH.test(o.path) && served.has(o.spec));
    const out = [];
    if (operations.length) {
        out.push((0,markdown/* tableNode */.v8)(['Endpoint', 'Summary', 'Responses', 'Defined in'], operations.map((o) => [
            [(0,markdown/* inlineCode */.ti)(`${o.method} ${o.path}`)],
            [o.summary ?? '—'],
            o.responses.length ? (0,markdown/* joined */.oR)(o.responses.map((r) => (0,markdown/* inlineCode */.ti)(r.status))) : ['—'],
            [sourceLink(ctx, o.source)],
        ])));
    }
    else {
        out.push((0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)(ctx.facts.api.operations.length === 0
            ? 'No API contract was found, so no health endpoint is known.'
            : served.size
                ? 'Its API contract declares no health, readiness or status endpoint.'
                : 'No API contract is known to be served by this service, so no health endpoint is known.')));
    }
    const unlisted = [...new Set(probePaths)].filter((p) => !operations.some((o) => samePath(o, p)));
    if (unlisted.length && served.size > 0) {
        out.push((0,markdown/* paragraph */.FY)('Probed by the platform but not in the API contract: ', ...(0,markdown/* joined */.oR)(unlisted.map((p) => (0,markdown/* inlineCode */.ti)(p))), '.'));
    }
    return out;
}
// ---------------------------------------------------------------- lookups
/** The HorizontalPodAutoscaler whose `scaleTargetRef` is this workload. */
function scaledBy(facts, c) {
    const edge = facts.infra.edges.find((e) => e.to === c.id && e.kind === 'reference' && e.via === 'scaleTargetRef');
    return edge ? facts.infra.components.find((x) => x.id === edge.from) : undefined;
}
/** The PodDisruptionBudget that selects this workload's pods. */
function budgetOf(facts, c) {
    const ids = facts.infra.edges.filter((e) => e.to === c.id && e.kind === 'selects').map((e) => e.from);
    return facts.infra.components.find((x) => ids.includes(x.id) && x.kind === 'PodDisruptionBudget');
}
/** Whether a Service selects it, so that readiness decides who gets traffic. */
function routedTo(facts, c) {
    return facts.infra.edges.some((e) => e.to === c.id &&
        e.kind === 'selects' &&
        facts.infra.components.some((s) => s.id === e.from && s.kind === 'Service'));
}
function missingProbes(facts, c) {
    const kinds = new Set((c.probes ?? []).map((p) => p.kind));
    if (c.platform === 'kubernetes') {
        // Jobs and CronJobs run to completion: probes are not how anyone watches them.
        if (c.kind === 'Job' || c.kind === 'CronJob')
            return [];
        const out = [];
        if (!kinds.has('readiness'))
            out.push(routedTo(facts, c)
                ? 'No readiness probe is configured: traffic reaches a pod as soon as its container starts.'
                : 'No readiness probe is configured: a rollout counts a pod ready as soon as its container starts.');
        if (!kinds.has('liveness'))
            out.push('No liveness probe is configured: a hung process is not restarted by Kubernetes.');
        return out;
    }
    if (c.platform === 'compose' && !kinds.has('healthcheck'))
        return ['No healthcheck is configured in the Compose file (the image may define its own).'];
    return [];
}
// ---------------------------------------------------------------- words
function deployedAs(c) {
    return presentation(c.platform)?.deployedAs(c) ?? `${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name}`;
}
function probeKind(p) {
    return p.kind === 'healthcheck' ? 'healthcheck' : `${p.kind} probe`;
}
function probeCheck(p) {
    const port = p.port !== undefined ? ` on port ${p.port}` : '';
    switch (p.type) {
        case 'http':
            return ['HTTP GET ', (0,markdown/* inlineCode */.ti)(p.path ?? '/'), port];
        case 'tcp':
            return [`TCP connect${port}`];
        case 'grpc':
            return [`gRPC health check${port}`];
        case 'exec':
            return p.command ? ['runs ', (0,markdown/* inlineCode */.ti)(p.command)] : ['runs a command'];
    }
}
function budgetWords(b) {
    const parts = [];
    if (b.minAvailable !== undefined)
        parts.push(`at least ${b.minAvailable} available`);
    if (b.maxUnavailable !== undefined)
        parts.push(`at most ${b.maxUnavailable} unavailable`);
    return parts.join(', ');
}
function resourceWords(c) {
    const r = c.resources;
    if (!r)
        return c.platform === 'kubernetes' ? 'none set' : '—';
    const side = (v) => v ? [v.cpu && `cpu ${v.cpu}`, v.memory && `memory ${v.memory}`].filter(Boolean).join(', ') : '';
    const parts = [];
    if (r.requests)
        parts.push(`requests ${side(r.requests)}`);
    if (r.limits)
        parts.push(`limits ${side(r.limits)}`);
    return parts.join('; ');
}
function samePath(o, path) {
    return o.method === 'GET' && (o.path === path || o.path.replace(/\/+$/, '') === path.replace(/\/+$/, ''));
}
/** Kubernetes runs one pod of a Deployment, StatefulSet or ReplicaSet that names no count. */
function replicasText(c) {
    if (c.replicas !== undefined)
        return String(c.replicas);
    if (c.platform === 'kubernetes' && /^(Deployment|StatefulSet|ReplicaSet)$/.test(c.kind))
        return '1 (not set: the default)';
    return '—';
}

;// CONCATENATED MODULE: ./lib/docs/sections/runbook-sections.js








function runbookService(ctx) {
    const service = ctx.service;
    return [
        (0,markdown/* tableNode */.v8)(['Deployed as', 'Image', 'Replicas', 'Ports', 'Environment variables', 'Source'], service.components.map((c) => [
            [(0,markdown/* inlineCode */.ti)(runbook_sections_deployedAs(c))],
            [c.image ? (0,markdown/* inlineCode */.ti)(c.image) : 'built from source'],
            [c.replicas !== undefined ? String(c.replicas) : '—'],
            [c.ports.length ? c.ports.join(', ') : '—'],
            c.env.length ? (0,markdown/* joined */.oR)(c.env.map(markdown/* inlineCode */.ti)) : ['—'],
            [sourceLink(ctx, c.source)],
        ])),
    ];
}
/**
 * What it needs and what breaks when each is down: from the system model's edges when the
 * service is one of its components, else from the raw infra edges; then the configuration
 * objects it reads, which stop new pods when missing.
 */
function runbookDependencies(ctx) {
    const system = serviceSystemComponent(ctx);
    const out = system ? systemDependencies(ctx, system.id) : infraDependencies(ctx);
    out.push(...configDependencies(ctx));
    if (out.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('The configuration shows no dependencies for this service.'))];
    return out;
}
function systemDependencies(ctx, id) {
    const { outgoing, incoming } = systemEdgesOf(ctx, id);
    const out = [];
    if (outgoing.length) {
        out.push((0,markdown/* tableNode */.v8)(['Dependency', 'Role', 'Reached through', 'When it is down'], outgoing.map((e) => {
            const to = systemComponentById(ctx, e.to);
            const role = to?.role ?? 'service';
            return [
                [(0,markdown/* inlineCode */.ti)(to?.name ?? e.to)],
                [to?.technology ? `${role} (${to.technology})` : role],
                [(0,markdown/* inlineCode */.ti)(e.via), e.protocol ? [' ', (0,markdown/* inlineCode */.ti)(e.protocol)] : ''].flat(),
                [outageWords(role)],
            ];
        })));
    }
    else {
        out.push((0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('The sources show no component this service connects to.')));
    }
    if (incoming.length) {
        out.push((0,markdown/* paragraph */.FY)('It is needed by:'));
        out.push((0,markdown/* list */.p_)(incoming.map((e) => [
            (0,markdown/* inlineCode */.ti)(systemComponentById(ctx, e.from)?.name ?? e.from),
            ' (',
            (0,markdown/* inlineCode */.ti)(e.via),
            ')',
        ])));
    }
    return out;
}
function infraDependencies(ctx) {
    const ids = new Set(ctx.service.components.map((c) => c.id));
    const { edges } = ctx.facts.infra;
    const outgoing = edges.filter((e) => ids.has(e.from) && !ids.has(e.to) && !isConfig(ctx.facts, e.to));
    // Services, autoscalers, budgets and policies select or target it; they are its own setup, not
    // components that need it.
    // Others reach a workload through the Services that select it: edges to those count too.
    const reachedAt = new Set([
        ...ids,
        ...edges.filter((e) => e.kind === 'selects' && ids.has(e.to) && isService(ctx.facts, e.from)).map((e) => e.from),
    ]);
    const incoming = edges.filter((e) => reachedAt.has(e.to) && !ids.has(e.from) && needsIt(ctx.facts, e.from));
    const out = [];
    if (outgoing.length) {
        out.push((0,markdown/* paragraph */.FY)('It needs:'));
        out.push((0,markdown/* list */.p_)(outgoing.map((e) => [componentLabel(ctx, e.to), ' (', ...edgeHow(e), ')'])));
    }
    if (incoming.length) {
        out.push((0,markdown/* paragraph */.FY)('It is needed by:'));
        out.push((0,markdown/* list */.p_)(incoming.map((e) => [componentLabel(ctx, e.from), ' (', ...edgeHow(e), ')'])));
    }
    return out;
}
function configDependencies(ctx) {
    const ids = new Set(ctx.service.components.map((c) => c.id));
    const reads = new Map();
    for (const e of ctx.facts.infra.edges) {
        if (!ids.has(e.from) || !isConfig(ctx.facts, e.to))
            continue;
        reads.set(e.to, [...(reads.get(e.to) ?? []), e]);
    }
    if (reads.size === 0)
        return [];
    const rows = [...reads.entries()].map(([id, via]) => {
        const c = ctx.facts.infra.components.find((x) => x.id === id);
        const how = [...new Set(via.map((e) => e.via ?? e.kind))];
        return [[componentLabel(ctx, id)], (0,markdown/* joined */.oR)(how.map(markdown/* inlineCode */.ti)), missingConfigWords(c) ?? ['—']];
    });
    return [(0,markdown/* paragraph */.FY)('Configuration it reads:'), (0,markdown/* tableNode */.v8)(['Object', 'Read through', 'When it is missing'], rows)];
}
function isService(facts, id) {
    return facts.infra.components.some((x) => x.id === id && x.platform === 'kubernetes' && x.kind === 'Service');
}
function needsIt(facts, id) {
    const c = facts.infra.components.find((x) => x.id === id);
    return c !== undefined && (c.deployable || c.kind === 'Ingress');
}
function isConfig(facts, id) {
    const c = facts.infra.components.find((x) => x.id === id);
    return c !== undefined && missingConfigWords(c) !== undefined;
}
/** Checks, then actions, for each deployment of the service, as shell blocks with the real names. */
function runbookCommands(ctx) {
    const out = [];
    const unknown = [];
    // Where to run them, said only for the platforms this service runs on (a Lambda has no cluster).
    const platforms = new Set(ctx.service.components.filter((c) => componentCommands(c)).map((c) => c.platform));
    if (platforms.has('kubernetes'))
        out.push((0,markdown/* paragraph */.FY)('Run from the repository root, with ', (0,markdown/* inlineCode */.ti)('kubectl'), ' pointed at the right cluster.'));
    else if (platforms.size)
        out.push((0,markdown/* paragraph */.FY)('Run from the repository root.'));
    for (const c of ctx.service.components) {
        const commands = componentCommands(c);
        if (!commands) {
            unknown.push(c);
            continue;
        }
        out.push((0,markdown/* paragraph */.FY)('Check ', (0,markdown/* inlineCode */.ti)(commands.target), ':'));
        out.push((0,markdown/* codeNode */._Y)('sh', shellLines(commands.check)));
        if (commands.act.length) {
            out.push((0,markdown/* paragraph */.FY)('Act on it:'));
            out.push((0,markdown/* codeNode */._Y)('sh', shellLines(commands.act)));
        }
    }
    for (const c of unknown) {
        out.push((0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)(`No commands are known for ${runbook_sections_deployedAs(c)}: use the tooling of the platform that runs it ` +
            `(${c.platform}).`)));
    }
    return out;
}
/** Going back a release: the platform's rollback, and whether the newest migration has a down step. */
function runbookRollback(ctx) {
    const out = [];
    for (const c of ctx.service.components) {
        const commands = componentCommands(c);
        if (commands?.rollback.length) {
            out.push((0,markdown/* paragraph */.FY)('Roll back ', (0,markdown/* inlineCode */.ti)(commands.target), ':'));
            out.push((0,markdown/* codeNode */._Y)('sh', shellLines(commands.rollback)));
        }
        else if (c.platform === 'compose') {
            out.push((0,markdown/* paragraph */.FY)('Compose keeps no release history: set the previous image tag for ', (0,markdown/* inlineCode */.ti)(c.name), ' in ', sourceLink(ctx, c.source, c.source.file), ' and recreate it with ', (0,markdown/* inlineCode */.ti)(`docker compose -f ${c.source.file} up -d ${c.name}`), '.'));
        }
    }
    out.push(...migrationRollback(ctx));
    return out;
}
function migrationRollback(ctx) {
    const newest = newestMigrations(ctx);
    if (newest.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No SQL migrations were found: no schema change to undo.'))];
    return newest.map((m) => m.rollback
        ? (0,markdown/* paragraph */.FY)('The newest migration of ', (0,markdown/* inlineCode */.ti)(migrationDir(m.file)), ', ', sourceLink(ctx, { file: m.file, line: 1 }, external_node_path_.posix.basename(m.file)), ', has a down migration (', m.rollback === m.file
            ? 'its down section'
            : sourceLink(ctx, { file: m.rollback, line: 1 }, external_node_path_.posix.basename(m.rollback)), '): a release can be rolled back with its schema change. Roll the code back first, then run the ', 'down migration with the migration tool; in between, the previous release runs on the new schema.')
        : (0,markdown/* paragraph */.FY)('The newest migration of ', (0,markdown/* inlineCode */.ti)(migrationDir(m.file)), ', ', sourceLink(ctx, { file: m.file, line: 1 }, external_node_path_.posix.basename(m.file)), ', has ', (0,markdown/* emphasis */.lN)('no down migration'), ': rolling back the release leaves its schema change in place, so the previous release must work ', 'with the new schema, or the change is undone by a new forward migration.'));
}
/**
 * The newest migration of each migration set the service uses: with the system model, the sets
 * its datastores hold (`migrations:<dir>`); else every set.
 */
function newestMigrations(ctx) {
    const system = serviceSystemComponent(ctx);
    let dirs;
    if (system) {
        const held = systemEdgesOf(ctx, system.id)
            .outgoing.flatMap((e) => systemComponentById(ctx, e.to)?.provides ?? [])
            .concat(system.provides)
            .filter((p) => p.startsWith('migrations:'))
            .map((p) => p.slice('migrations:'.length));
        if (held.length)
            dirs = new Set(held);
    }
    const newest = new Map();
    for (const m of ctx.facts.schema.migrations) {
        const dir = migrationDir(m.file);
        if (dirs && !dirs.has(dir))
            continue;
        const seen = newest.get(dir);
        if (!seen || m.order > seen.order)
            newest.set(dir, m);
    }
    return [...newest.values()].sort((a, b) => a.order - b.order);
}
/** The folder of a migration set: Prisma keeps each migration in its own `<version>_<name>/` folder. */
function migrationDir(file) {
    const parent = external_node_path_.posix.dirname(file);
    return external_node_path_.posix.basename(file) === 'migration.sql' && /^\d{8,}_/.test(external_node_path_.posix.basename(parent))
        ? external_node_path_.posix.dirname(parent)
        : parent;
}
function shellLines(commands) {
    return commands.map((c) => `# ${c.purpose}\n${c.command}`).join('\n\n');
}
function runbook_sections_deployedAs(c) {
    return presentation(c.platform)?.deployedAs(c) ?? `${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name}`;
}

;// CONCATENATED MODULE: ./lib/docs/views/view-limits.js
// How big a diagram may get before it stops being read. About 30 boxes is where a rendered
// flowchart turns into a wall (tried on a 79-component Kubernetes system); past that a view is split
// into an overview of groups and one diagram per group.
const MAX_DIAGRAM_NODES = 30;

;// CONCATENATED MODULE: ./lib/docs/views/container-view.js
// The container view (C4 level 2): services, gateways, datastores, caches, queues, buckets and
// external systems, with the protocol or the variable on each edge. Supporting objects are never
// drawn: they are folded into their component by the system stage.
//
// Up to MAX_DIAGRAM_NODES components it is one diagram. Past that it splits by the components'
// groups (Kubernetes namespace, monorepo folder; data components and externals join the group
// of the services that use them most, else a group of their own): an overview with one node per
// group and the number of connections between groups, then one diagram per group where the
// components of other groups it talks to appear as dashed stubs. A group still too big is split
// by name family (`snuba-api`, `snuba-consumer` …: the services sharing a first word, drawn as `snuba-…`), its data
// components with the one family using them, or together when several do; what is still too big
// is cut into parts by name order.

const ROLE_WORD = {
    service: 'service',
    job: 'job',
    gateway: 'gateway',
    datastore: 'database',
    cache: 'cache',
    queue: 'queue',
    bucket: 'bucket',
    external: 'external',
};
function container_view_componentLabel(c) {
    const what = c.technology ? `${ROLE_WORD[c.role]}: ${c.technology}` : ROLE_WORD[c.role];
    return `${c.name} (${what})`;
}
function edgeLabel(e) {
    if (e.protocol)
        return e.protocol;
    // The first way it is connected is enough on a diagram; the table lists them all.
    const first = e.via.split(', ')[0];
    return first === 'depends_on' ? 'depends on' : first.replace(/^env /, '');
}
function containerView(system) {
    const { components, edges } = system;
    if (components.length <= MAX_DIAGRAM_NODES) {
        return [{ title: 'Containers', chart: chartOf(components, edges, []) }];
    }
    const groups = splitLargeGroups(assignGroups(components, edges), edges);
    const parts = [{ title: 'Overview of the groups', chart: overviewChart(groups, edges) }];
    for (const [group, members] of groups) {
        const chunks = chunk(members, MAX_DIAGRAM_NODES - 8);
        chunks.forEach((part, i) => {
            const title = chunks.length > 1 ? `${group} (part ${i + 1} of ${chunks.length})` : group;
            parts.push({ title, chart: partChart(part, components, edges) });
        });
    }
    return parts;
}
function chartOf(members, edges, stubs) {
    const keys = new Set([...members.map((c) => c.id), ...stubs.map((s) => s.key)]);
    const nodes = [...members.map((c) => ({ key: c.id, label: container_view_componentLabel(c), shape: c.role })), ...stubs];
    const drawn = edges
        .filter((e) => keys.has(e.from) && keys.has(e.to))
        .map((e) => ({ from: e.from, to: e.to, label: edgeLabel(e) }));
    return { direction: 'LR', nodes, edges: drawn };
}
/** A group's diagram: its members, and the components of other groups it talks to as stubs. */
function partChart(part, all, edges) {
    const inPart = new Set(part.map((c) => c.id));
    const neighbourIds = new Set();
    for (const e of edges) {
        if (inPart.has(e.from) && !inPart.has(e.to))
            neighbourIds.add(e.to);
        if (inPart.has(e.to) && !inPart.has(e.from))
            neighbourIds.add(e.from);
    }
    const byId = new Map(all.map((c) => [c.id, c]));
    const room = Math.max(0, MAX_DIAGRAM_NODES - part.length);
    const neighbours = [...neighbourIds].sort().map((id) => byId.get(id));
    const shown = neighbours.slice(0, room);
    const stubs = shown.map((c) => ({
        key: c.id,
        label: `${container_view_componentLabel(c)} · drawn in ${c.group ?? 'its group'}`,
        shape: 'stub',
    }));
    return chartOf(part, edges, stubs);
}
/**
 * Every component's group. Services keep the system stage's group; a data component or an
 * external without one joins the group whose services use it most (ties: name order), so a
 * namespace's database is drawn with the namespace.
 */
function assignGroups(components, edges) {
    const groupOf = new Map();
    for (const c of components)
        if (c.group)
            groupOf.set(c.id, c.group);
    for (const c of components) {
        if (groupOf.has(c.id))
            continue;
        const votes = new Map();
        for (const e of edges) {
            const other = e.to === c.id ? e.from : e.from === c.id ? e.to : undefined;
            const g = other ? groupOf.get(other) : undefined;
            if (g)
                votes.set(g, (votes.get(g) ?? 0) + 1);
        }
        const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
        groupOf.set(c.id, best ? best[0] : c.role === 'external' ? 'external systems' : 'shared');
    }
    const out = new Map();
    for (const c of components) {
        const g = groupOf.get(c.id);
        out.set(g, [...(out.get(g) ?? []), c]);
    }
    return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Past this a group is split by name family before it is cut into parts. */
const MAX_GROUP = MAX_DIAGRAM_NODES - 8;
const SERVICE_ROLES = new Set(['service', 'job', 'gateway']);
/**
 * Groups too big for one diagram split by name family. Sentry's self-hosted Compose project is 57
 * components in no namespace or folder: cut by name order, its three parts drew 90 edges each.
 * Families of one service join "other services"; externals stay together.
 */
function splitLargeGroups(groups, edges) {
    const out = new Map();
    const add = (g, c) => out.set(g, [...(out.get(g) ?? []), c]);
    for (const [group, members] of groups) {
        if (members.length <= MAX_GROUP) {
            out.set(group, members);
            continue;
        }
        const name = (family) => (group === 'shared' ? family : `${group}: ${family}`);
        const services = members.filter((c) => SERVICE_ROLES.has(c.role));
        const sizes = new Map();
        for (const c of services)
            sizes.set(firstWord(c.name), (sizes.get(firstWord(c.name)) ?? 0) + 1);
        const familyOf = new Map();
        for (const c of services) {
            const word = firstWord(c.name);
            familyOf.set(c.id, name(sizes.get(word) >= 2 ? `${word}-…` : 'other services'));
        }
        for (const c of members) {
            if (SERVICE_ROLES.has(c.role))
                continue;
            const users = new Set();
            for (const e of edges) {
                const other = e.to === c.id ? e.from : e.from === c.id ? e.to : undefined;
                const f = other ? familyOf.get(other) : undefined;
                if (f)
                    users.add(f);
            }
            const own = c.role === 'external' ? 'external systems' : 'data';
            familyOf.set(c.id, users.size === 1 ? [...users][0] : name(own));
        }
        for (const c of members)
            add(familyOf.get(c.id), c);
    }
    return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** `post-process-forwarder-errors` → `post`; `snuba_api` → `snuba`. */
function firstWord(name) {
    return name.split(/[-_.]/)[0].toLowerCase();
}
function overviewChart(groups, edges) {
    const groupOf = new Map();
    for (const [g, members] of groups)
        for (const c of members)
            groupOf.set(c.id, g);
    const nodes = [...groups.entries()].map(([g, members]) => ({
        key: `group:${g}`,
        label: `${g} (${countWords(members)})`,
        shape: 'group',
    }));
    const crossing = new Map();
    for (const e of edges) {
        const a = groupOf.get(e.from);
        const b = groupOf.get(e.to);
        if (!a || !b || a === b)
            continue;
        const key = `${a}\u0000${b}`;
        crossing.set(key, (crossing.get(key) ?? 0) + 1);
    }
    const drawn = [...crossing.entries()].sort().map(([key, n]) => {
        const [a, b] = key.split('\u0000');
        return { from: `group:${a}`, to: `group:${b}`, label: `${n} connection${n === 1 ? '' : 's'}` };
    });
    return { direction: 'LR', nodes, edges: drawn };
}
function countWords(members) {
    const services = members.filter((c) => c.role === 'service' || c.role === 'job' || c.role === 'gateway').length;
    const data = members.filter((c) => ['datastore', 'cache', 'queue', 'bucket'].includes(c.role)).length;
    const external = members.filter((c) => c.role === 'external').length;
    const parts = [];
    if (services)
        parts.push(`${services} service${services === 1 ? '' : 's'}`);
    if (data)
        parts.push(`${data} data`);
    if (external)
        parts.push(`${external} external`);
    return parts.join(', ');
}
function chunk(list, size) {
    const out = [];
    for (let i = 0; i < list.length; i += size)
        out.push(list.slice(i, i + size));
    return out;
}

// EXTERNAL MODULE: ./lib/system/external-hosts.js
var external_hosts = __webpack_require__(20252);
;// CONCATENATED MODULE: ./lib/docs/views/context-view.js
// The system context view (C4 level 1): who uses the system and which external systems it
// depends on, the system itself as one box. Clients are drawn only when the sources show a way in
// (an API contract or a gateway); externals come from the system model (hosts named in config).



function contextView(facts) {
    const { system, api } = facts;
    if (system.components.length === 0 && api.specs.length === 0)
        return undefined;
    const internal = system.components.filter((c) => c.role !== 'external');
    const externals = system.components.filter((c) => c.role === 'external');
    const services = internal.filter((c) => c.role === 'service' || c.role === 'job').length;
    const data = internal.filter((c) => ['datastore', 'cache', 'queue', 'bucket'].includes(c.role)).length;
    const nodes = [
        {
            key: 'system',
            label: `The system: ${context_view_plural(services, 'service')}, ${context_view_plural(data, 'data component')}`,
            shape: 'system',
        },
    ];
    const edges = [];
    const gateways = internal.filter((c) => c.role === 'gateway');
    if (api.specs.length > 0 || gateways.length > 0) {
        nodes.unshift({ key: 'clients', label: 'API clients', shape: 'person' });
        const hosts = [...new Set(gateways.flatMap((g) => g.hosts))].sort();
        const how = api.operations.length > 0 ? operationsByProtocol(api.operations) : 'HTTP';
        edges.push({
            from: 'clients',
            to: 'system',
            label: hosts.length ? `${how} via ${hosts.slice(0, 2).join(', ')}` : how,
        });
    }
    // Many integrations: one node per purpose (payments, email …) keeps the view a view.
    if (externals.length > MAX_DIAGRAM_NODES - 2) {
        const byPurpose = new Map();
        for (const e of externals) {
            const purpose = (0,external_hosts/* technologyPurpose */.f2)(e.technology) ?? 'other external systems';
            byPurpose.set(purpose, [...(byPurpose.get(purpose) ?? []), e]);
        }
        for (const [purpose, list] of [...byPurpose.entries()].sort()) {
            nodes.push({ key: `purpose:${purpose}`, label: `${purpose} (${list.length} hosts)`, shape: 'external' });
            edges.push({ from: 'system', to: `purpose:${purpose}` });
        }
    }
    else {
        for (const e of externals) {
            const purpose = (0,external_hosts/* technologyPurpose */.f2)(e.technology);
            nodes.push({ key: e.id, label: purpose ? `${e.name} (${purpose})` : e.name, shape: 'external' });
            edges.push({ from: 'system', to: e.id, label: e.technology ?? 'https' });
        }
    }
    return { direction: 'LR', nodes, edges };
}
const PROTOCOL_WORD = { http: 'HTTP', grpc: 'gRPC', graphql: 'GraphQL', async: 'event' };
/** `12 HTTP operations, 16 gRPC operations`: what a client may call, by how it calls it. */
function operationsByProtocol(operations) {
    const counts = new Map();
    for (const o of operations)
        counts.set((0,model/* protocolOf */.A)(o), (counts.get((0,model/* protocolOf */.A)(o)) ?? 0) + 1);
    if (counts.size === 1 && counts.has('http'))
        return context_view_plural(operations.length, 'operation');
    return Object.keys(PROTOCOL_WORD)
        .filter((p) => counts.has(p))
        .map((p) => context_view_plural(counts.get(p), `${PROTOCOL_WORD[p]} operation`))
        .join(', ');
}
function context_view_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./lib/docs/views/deployment-view.js
// The deployment view (C4 deployment): where each component runs, one diagram per platform —
// Kubernetes by namespace, Compose by file, cloud resources from Terraform. Only what runs or holds
// data is drawn (workloads, ingresses, Compose services, managed databases …); the supporting
// objects folded into each are counted on its node and listed in the tables.

function deploymentViews(facts, names) {
    const { platformTitle } = names;
    const { system } = facts;
    const raw = new Map(facts.infra.components.map((c) => [c.id, c]));
    const ownerOf = new Map();
    for (const c of system.components)
        for (const id of c.runsAs)
            ownerOf.set(id, c);
    const supportCount = new Map();
    for (const c of system.components)
        supportCount.set(c.id, c.supporting.length);
    const hosts = facts.infra.components.filter((c) => !ownerOf.has(c.id) && isDeploymentNode(c));
    const drawnIds = [...ownerOf.keys(), ...hosts.map((c) => c.id)];
    const platforms = [...new Set(drawnIds.map((id) => raw.get(id)?.platform))]
        .filter((p) => p !== undefined)
        .sort();
    const parts = [];
    // C4 draws one deployment diagram per environment: a chart, each overlay and the plain manifests
    // are drawn apart, so the same service graph is not repeated side by side in one picture.
    const units = [];
    for (const platform of platforms) {
        const members = drawnIds.map((id) => raw.get(id)).filter((c) => c.platform === platform);
        const environments = [...new Set(members.map((c) => c.environment ?? ''))].sort();
        for (const environment of environments) {
            const unit = members.filter((c) => (c.environment ?? '') === environment);
            units.push(environments.length > 1 && environment ? { platform, environment, members: unit } : { platform, members: unit });
        }
    }
    for (const { platform, environment, members } of units) {
        const byPlace = new Map();
        for (const c of members) {
            const place = placeOf(c);
            byPlace.set(place, [...(byPlace.get(place) ?? []), c]);
        }
        // One diagram per platform while it fits; else one per namespace / file, cut to size.
        const places = [...byPlace.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
        const batches = [];
        let current = [];
        let size = 0;
        for (const [place, list] of places) {
            for (let i = 0; i < list.length; i += MAX_DIAGRAM_NODES) {
                const slice = list.slice(i, i + MAX_DIAGRAM_NODES);
                if (size + slice.length > MAX_DIAGRAM_NODES && current.length > 0) {
                    batches.push(current);
                    current = [];
                    size = 0;
                }
                current.push([place, slice]);
                size += slice.length;
            }
        }
        if (current.length > 0)
            batches.push(current);
        const unitTitle = environment ? `${platformTitle(platform)} · ${environment}` : platformTitle(platform);
        batches.forEach((batch, i) => {
            const title = batches.length > 1 ? `${unitTitle} (part ${i + 1} of ${batches.length})` : unitTitle;
            parts.push({ title, chart: platformChart(batch, facts, raw, ownerOf, supportCount, names) });
        });
    }
    return parts;
}
/**
 * Infrastructure that other things run on — clusters, node groups, VMs, networks, and the modules
 * most Terraform is written in. Not part of the logical system, but the deployment view's nodes.
 */
const DEPLOYMENT_NODE = new RegExp(`^(${[
    'aws_(eks_cluster|eks_node_group|ecs_cluster|instance|autoscaling_group|vpc|lambda_function)',
    'google_(container_cluster|container_node_pool|compute_instance|compute_network)',
    'azurerm_(kubernetes_cluster|kubernetes_cluster_node_pool|linux_virtual_machine|virtual_network)',
    'module',
].join('|')})$`);
function isDeploymentNode(c) {
    return c.platform === 'terraform' && DEPLOYMENT_NODE.test(c.kind);
}
function placeOf(c) {
    if (c.platform === 'kubernetes') {
        // An overlay or a chart is an environment of its own: its objects are drawn apart from the others.
        const scope = c.namespace ? `namespace ${c.namespace}` : 'cluster-wide';
        return c.environment ? `${c.environment} · ${scope}` : scope;
    }
    // Terraform scopes names by module folder: that is the unit people deploy.
    if (c.platform === 'terraform') {
        const dir = c.source.file.includes('/') ? c.source.file.slice(0, c.source.file.lastIndexOf('/')) : '';
        return dir ? `module ${dir}` : 'root module';
    }
    return c.source.file;
}
function platformChart(batch, facts, raw, ownerOf, supportCount, names) {
    const nodes = [];
    const groups = [];
    const drawn = new Set();
    for (const [place, list] of batch) {
        groups.push({ key: place, title: place, nodes: list.map((c) => c.id) });
        for (const c of list) {
            const owner = ownerOf.get(c.id);
            const folded = owner ? (supportCount.get(owner.id) ?? 0) : 0;
            const shape = owner ? owner.role : 'group';
            nodes.push({ key: c.id, label: nodeLabel(c, names.nodeName(c), folded), shape });
            drawn.add(c.id);
        }
    }
    // Edges between drawn nodes, from the logical edges: each end drawn as the raw component here.
    const edges = [];
    const seen = new Set();
    const drawnRunsAs = new Map(facts.system.components.map((c) => [c.id, c.runsAs.filter((id) => drawn.has(id))]));
    const rawOf = (systemId) => drawnRunsAs.get(systemId) ?? [];
    for (const e of facts.system.edges) {
        for (const from of rawOf(e.from)) {
            for (const to of rawOf(e.to)) {
                const key = `${from}\u0000${to}`;
                if (from === to || seen.has(key))
                    continue;
                if (!sameScope(raw.get(from), raw.get(to)))
                    continue;
                seen.add(key);
                edges.push({ from, to });
            }
        }
    }
    // Between infrastructure nodes (a node group on its cluster, a cluster in its network) the raw
    // references are the picture.
    for (const e of facts.infra.edges) {
        const key = `${e.from}\u0000${e.to}`;
        if (!drawn.has(e.from) || !drawn.has(e.to) || e.from === e.to || seen.has(key))
            continue;
        if (ownerOf.has(e.from) && ownerOf.has(e.to))
            continue;
        seen.add(key);
        edges.push({ from: e.from, to: e.to });
    }
    return { direction: 'LR', nodes, edges, groups };
}
/** Copies of one service in two namespaces each talk to their own namespace's dependencies. */
function sameScope(ca, cb) {
    if (ca.platform === 'kubernetes' && cb.platform === 'kubernetes')
        return ca.namespace === cb.namespace && ca.environment === cb.environment;
    if (ca.platform === 'compose' && cb.platform === 'compose')
        return ca.source.file === cb.source.file;
    return true;
}
function nodeLabel(c, name, folded) {
    const bits = [`${c.kind} ${name}`];
    if (c.replicas !== undefined)
        bits.push(`×${c.replicas}`);
    const s = c.settings ?? {};
    const detail = [
        s.engine && `${s.engine}${s.engine_version ? ` ${s.engine_version}` : ''}`,
        s.instance_class ?? s.node_type,
    ]
        .filter(Boolean)
        .join(', ');
    if (detail)
        bits.push(`· ${detail}`);
    if (s.multi_az === 'true')
        bits.push('· multi-AZ');
    if (folded > 0)
        bits.push(`· +${folded} supporting`);
    return bits.join(' ');
}

;// CONCATENATED MODULE: ./lib/docs/sections/system-sections.js
// Sections drawn from the system model: the C4-style views (context, containers, deployment) and
// the tables behind them — logical components with their evidence, the supporting objects folded
// into each, the connections, and what the sources do not show.








function overviewContextDiagram(ctx) {
    const chart = contextView(ctx.facts);
    if (!chart)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('The sources define no API and no components, so there is no context to draw.'))];
    const externals = ctx.facts.system.components.filter((c) => c.role === 'external').length;
    const note = externals === 0
        ? 'No external system is named by a literal URL in the configuration; ' +
            'integrations configured through secrets do not show here.'
        : `External systems are the hosts that configuration values name (${externals}).`;
    return [(0,markdown/* codeNode */._Y)('mermaid', renderFlowchart(chart)), (0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)(note))];
}
function overviewComponentDiagram(ctx) {
    const { system } = ctx.facts;
    if (system.components.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No infrastructure configuration was found, so there is no container view.'))];
    const parts = containerView(system);
    const out = [];
    if (parts.length > 1) {
        out.push((0,markdown/* paragraph */.FY)(`${system.components.length} components are too many for one readable diagram: ` +
            'an overview of the groups comes first, then one diagram per group ' +
            '(components of other groups it talks to are dashed).'));
    }
    for (const part of parts) {
        if (parts.length > 1)
            out.push((0,markdown/* paragraph */.FY)((0,markdown/* strong */.ko)(part.title)));
        out.push((0,markdown/* codeNode */._Y)('mermaid', renderFlowchart(part.chart)));
    }
    out.push((0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('One box per logical component; supporting objects (Services, ServiceAccounts, NetworkPolicies, ConfigMaps, ' +
        'Secrets, subnet groups, policies) are folded into their component — see the infrastructure document.')));
    return out;
}
function infraDiagram(ctx) {
    if (ctx.facts.infra.components.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No infrastructure configuration was found in this repository.'))];
    const parts = deploymentViews(ctx.facts, {
        platformTitle: platformTitle,
        nodeName: (c) => presentation(c.platform)?.diagramName(c) ?? c.name,
    });
    if (parts.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No component that runs or holds data was found.'))];
    const out = [];
    for (const part of parts) {
        out.push((0,markdown/* paragraph */.FY)((0,markdown/* strong */.ko)(part.title)));
        out.push((0,markdown/* codeNode */._Y)('mermaid', renderFlowchart(part.chart)));
    }
    return out;
}
function infraSystemComponents(ctx) {
    const { components } = ctx.facts.system;
    if (components.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No logical components.'))];
    const index = factIndex(ctx.facts);
    return [
        (0,markdown/* tableNode */.v8)(['Component', 'Role', 'Technology', 'Runs as', 'Provides', 'Why'], components.map((c) => [
            [(0,markdown/* inlineCode */.ti)(c.name)],
            [c.role],
            [c.technology ?? '—'],
            c.runsAs.length
                ? (0,markdown/* joined */.oR)(c.runsAs.map((id) => {
                    const raw = index.componentById(id);
                    return raw ? sourceLink(ctx, raw.source, describe(raw)) : (0,markdown/* inlineCode */.ti)(id);
                }))
                : [c.hosts.length ? `host ${c.hosts.join(', ')}` : '—'],
            c.provides.length
                ? (0,markdown/* joined */.oR)(c.provides.map((p) => (0,markdown/* inlineCode */.ti)(p.replace(/^spec:|^migrations:|^grpc:/, ''))))
                : ['—'],
            codeSpans(whyText(c)),
        ])),
    ];
}
/** Text whose `backticked` parts are code: evidence rules are written that way. */
function codeSpans(text) {
    return text
        .split('`')
        .map((part, i) => (i % 2 === 1 ? (0,markdown/* inlineCode */.ti)(part) : part))
        .filter((p) => p !== '');
}
/** The inference rules behind a component, beyond "defined in file:line". */
function whyText(c) {
    const rules = c.evidence.map((e) => e.rule).filter((r) => !/ in [^ ]+:\d+$/.test(r));
    return rules.length ? rules.join('; ') : 'defined once';
}
function infraSupporting(ctx) {
    const { system, infra } = ctx.facts;
    const index = factIndex(ctx.facts);
    const foldedInto = new Map();
    for (const c of system.components)
        for (const s of c.supporting)
            foldedInto.set(s, [...(foldedInto.get(s) ?? []), c.name]);
    const owned = new Set(system.components.flatMap((c) => c.runsAs));
    const rows = [...foldedInto.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const loose = infra.components.filter((c) => !owned.has(c.id) && !foldedInto.has(c.id));
    const out = [];
    if (rows.length === 0 && loose.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No supporting objects.'))];
    if (rows.length > 0) {
        out.push((0,markdown/* tableNode */.v8)(['Object', 'Part of', 'Source'], rows.map(([id, names]) => {
            const raw = index.componentById(id);
            return [
                [(0,markdown/* inlineCode */.ti)(raw ? describe(raw) : id)],
                (0,markdown/* joined */.oR)(names.map(markdown/* inlineCode */.ti)),
                [sourceLink(ctx, raw?.source)],
            ];
        })));
    }
    if (loose.length > 0) {
        out.push((0,markdown/* paragraph */.FY)(`Not attached to any component (${loose.length}):`));
        out.push((0,markdown/* tableNode */.v8)(['Object', 'Source'], loose.map((c) => [[(0,markdown/* inlineCode */.ti)(describe(c))], [sourceLink(ctx, c.source)]])));
    }
    return out;
}
function infraConnections(ctx) {
    const { edges, components } = ctx.facts.system;
    if (edges.length === 0)
        return [(0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('No connections between components were found.'))];
    const name = (id) => components.find((c) => c.id === id)?.name ?? id;
    return [
        (0,markdown/* tableNode */.v8)(['From', 'To', 'How', 'Protocol'], edges.map((e) => [[(0,markdown/* inlineCode */.ti)(name(e.from))], [(0,markdown/* inlineCode */.ti)(name(e.to))], [e.via], [e.protocol ?? '—']])),
    ];
}
function infraUnknowns(ctx) {
    const { unknowns } = ctx.facts.system;
    if (unknowns.length === 0)
        return [
            (0,markdown/* paragraph */.FY)((0,markdown/* emphasis */.lN)('Nothing the rules check is left open: every API contract and migration set has a known owner, and every ' +
                'connection an env var names has one target.')),
        ];
    return [(0,markdown/* list */.p_)(unknowns.map((u) => codeSpans(u)))];
}

;// CONCATENATED MODULE: ./lib/docs/sections/section-registry.js












const SECTIONS = {
    'overview.at-a-glance': { kind: 'facts', render: overviewAtAGlance },
    'overview.findings': { kind: 'facts', render: overviewFindings },
    'overview.context': {
        kind: 'agent',
        purpose: 'the system context, its main data flows, trust boundaries, and the key design decisions with their trade-offs',
    },
    'overview.context-diagram': { kind: 'facts', render: overviewContextDiagram },
    'overview.component-diagram': { kind: 'facts', render: overviewComponentDiagram },
    'overview.security': {
        kind: 'agent',
        purpose: 'a security review: authentication and authorisation at each boundary, ' +
            'secrets handling, least privilege and exposed surfaces',
    },
    'overview.reliability': {
        kind: 'agent',
        purpose: 'performance and reliability: likely bottlenecks, caching, ' +
            'timeouts and retries, fault tolerance and scaling limits',
    },
    'overview.observability': {
        kind: 'agent',
        purpose: 'observability: the logs, metrics, traces and alerts the system needs to be run safely',
    },
    'overview.documents': { kind: 'facts', render: overviewDocuments },
    'overview.source-problems': { kind: 'facts', render: overviewSourceProblems },
    'risks.findings': { kind: 'facts', render: risksFindings },
    'api.specs': { kind: 'facts', render: apiSpecs },
    'api.endpoints': { kind: 'facts', render: apiEndpoints },
    'api.security-schemes': { kind: 'facts', render: apiSecuritySchemes },
    'api.design-notes': {
        kind: 'agent',
        purpose: 'API design notes: versioning, error format, idempotency, ' +
            'pagination and rate limits — what the contract has and what it lacks',
    },
    'data.summary': { kind: 'facts', render: dataSummary },
    'data.er-diagram': { kind: 'facts', render: dataErDiagram },
    'data.tables': { kind: 'facts', render: dataTables },
    'data.relationships': { kind: 'facts', render: dataRelationships },
    'data.indexes': { kind: 'facts', render: dataIndexes },
    'data.enums': { kind: 'facts', render: dataEnums },
    'data.migrations': { kind: 'facts', render: latestMigrations },
    'data.migration-history': { kind: 'facts', render: dataMigrationHistory },
    'data.notes': {
        kind: 'agent',
        purpose: 'data architecture notes: integrity rules, ' +
            'indexing against the access paths the API implies, and migration safety',
    },
    'infra.diagram': { kind: 'facts', render: infraDiagram },
    'infra.components': { kind: 'facts', render: infraComponents },
    'infra.environments': { kind: 'facts', render: infraEnvironments },
    'infra.terraform': { kind: 'facts', render: infraTerraformModules },
    'infra.dependencies': { kind: 'facts', render: infraConnections },
    'infra.system': { kind: 'facts', render: infraSystemComponents },
    'infra.supporting': { kind: 'facts', render: infraSupporting },
    'infra.unknowns': { kind: 'facts', render: infraUnknowns },
    'infra.notes': {
        kind: 'agent',
        purpose: 'infrastructure notes: how the components are deployed, scaled and isolated, ' +
            'and the operational risks in the configuration',
    },
    'runbook.service': { kind: 'facts', render: runbookService },
    'runbook.runtime': { kind: 'facts', render: runbookRuntime },
    'runbook.health': { kind: 'facts', render: runbookHealth },
    'runbook.dependencies': { kind: 'facts', render: runbookDependencies },
    'runbook.commands': { kind: 'facts', render: runbookCommands },
    'runbook.rollback': { kind: 'facts', render: runbookRollback },
    'adr.change': { kind: 'facts', render: adrChange },
    'adr.decision': {
        kind: 'agent',
        answer: 'decision',
        purpose: 'a draft architecture decision record for this change: the context and the consequences (risks, costs, ' +
            'operational impact) as the sources show them, the decision the change makes and the alternatives worth ' +
            'recording as proposals for the team to confirm',
    },
    'runbook.procedures': {
        kind: 'agent',
        purpose: 'incident procedures for this service: symptoms, the checks to run, ' +
            'mitigation and rollback, using the real names from the configuration',
    },
};

;// CONCATENATED MODULE: ./lib/docs/render-docs.js





/**
 * Renders each planned document: computes the facts blocks, fills agent blocks offline with a
 * plain "needs the model" note (never over text a model wrote earlier), and merges the result
 * into the existing file so human text and hand-edited blocks survive.
 */
function renderDocs(facts, docsDir, planned, services, existing, opts) {
    const diagnostics = [];
    const docs = [];
    for (const doc of planned) {
        const previous = existing.get(doc.file);
        const disk = opts.onDisk ? opts.onDisk.get(doc.file) : previous;
        if (disk !== undefined && opts.frozenDocs?.has(doc.file)) {
            docs.push({ file: doc.file, text: disk, previous: disk, needsModel: [] });
            continue;
        }
        const fromModel = opts.agentBodies?.get(doc.file);
        const current = previous !== undefined ? (0,managed_blocks/* parseBlocks */.SV)(previous) : undefined;
        const ids = new Set([
            ...(0,managed_blocks/* parseBlocks */.SV)(doc.template).blocks.map((b) => b.id),
            ...(current?.blocks.map((b) => b.id) ?? []),
        ]);
        const ctx = { facts, docFile: doc.file, docsDir, services, service: doc.service, adr: doc.adr };
        const bodies = new Map();
        const needsModel = [];
        for (const id of ids) {
            const spec = SECTIONS[id];
            if (!spec) {
                diagnostics.push({
                    severity: 'warning',
                    stage: 'docs',
                    file: doc.file,
                    message: `unknown managed block id "${id}": left as it is`,
                });
                continue;
            }
            if (spec.kind === 'facts') {
                bodies.set(id, (0,markdown/* stringify */.As)(spec.render(ctx)));
                continue;
            }
            const written = fromModel?.get(id);
            if (written !== undefined) {
                bodies.set(id, written);
                continue;
            }
            const held = current?.blocks.find((b) => b.id === id);
            if (!held || holdsNoModelText(held.body)) {
                bodies.set(id, (0,markdown/* stringify */.As)(agentPlaceholder(spec.purpose)));
                needsModel.push(id);
            }
        }
        const merged = mergeDocument(previous, doc.template, bodies, { force: opts.force, existingBlocks: current });
        for (const c of merged.conflicts) {
            diagnostics.push({
                severity: 'warning',
                stage: 'docs',
                file: doc.file,
                line: c.line,
                message: `block "${c.id}" was edited by hand since it was generated: kept as it is ` +
                    `(delete the block's hash or run with force to regenerate it)`,
            });
        }
        for (const p of merged.problems) {
            diagnostics.push({
                severity: 'warning',
                stage: 'docs',
                file: doc.file,
                line: p.line,
                message: `malformed managed block: ${p.message}`,
            });
        }
        docs.push({ file: doc.file, text: merged.text, previous: disk, needsModel });
    }
    return { docs, diagnostics };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./lib/agent/agent-file.js
// Reads a Claude Code subagent definition (`.claude/agents/<name>.md`): YAML front matter between
// `---` lines, then the system prompt as Markdown.
//
//   ---
//   name: backend-architect
//   description: "When to use this agent ..."
//   model: sonnet            # optional: an alias (opus, sonnet, haiku) or a model id
//   tools: Read, Grep, Glob  # optional: a comma-separated string or a YAML list
//   color: blue              # optional
//   ---
//   You are ...
//
// Keys we do not use are kept in `extra`. Every error names the file and the line.


class AgentFileError extends Error {
    file;
    line;
    constructor(file, line, detail) {
        super(`${file}:${line}: ${detail}`);
        this.file = file;
        this.line = line;
        this.name = 'AgentFileError';
    }
}
const KNOWN = new Set(['name', 'description', 'model', 'tools', 'color']);
async function loadAgentFile(path, displayName = path) {
    return parseAgentFile(await readFile(path, 'utf8'), displayName);
}
function parseAgentFile(text, file) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    if (!isFence(lines[0])) {
        throw new AgentFileError(file, 1, 'no front matter: an agent file starts with a `---` line, then YAML (name, description, model, tools), ' +
            'then `---` and the system prompt');
    }
    const close = lines.findIndex((l, i) => i > 0 && isFence(l));
    if (close < 0)
        throw new AgentFileError(file, 1, 'the front matter opened on line 1 is never closed by a `---` line');
    const yamlText = lines.slice(1, close).join('\n');
    const firstYamlLine = 2;
    const data = parseFrontMatter(yamlText, file, firstYamlLine);
    const lineOf = (key) => firstYamlLine +
        Math.max(0, lines.slice(1, close).findIndex((l) => l.startsWith(`${key}:`)));
    const name = data.name;
    if (name === undefined || name === null || (typeof name === 'string' && name.trim() === '')) {
        throw new AgentFileError(file, data.name === undefined ? 1 : lineOf('name'), 'the front matter has no `name`');
    }
    if (typeof name !== 'string')
        throw new AgentFileError(file, lineOf('name'), '`name` must be a string');
    const optionalString = (key) => {
        const v = data[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string')
            throw new AgentFileError(file, lineOf(key), `\`${key}\` must be a string`);
        const t = v.trim();
        return t === '' ? undefined : t;
    };
    const bodyStart = close + 1;
    const systemPrompt = lines.slice(bodyStart).join('\n').trim();
    if (systemPrompt === '') {
        throw new AgentFileError(file, close + 1, "the system prompt is empty: write the agent's instructions below the closing `---`");
    }
    const leading = lines.slice(bodyStart).findIndex((l) => l.trim() !== '');
    const extra = {};
    for (const [k, v] of Object.entries(data))
        if (!KNOWN.has(k))
            extra[k] = v;
    const def = {
        name: name.trim(),
        systemPrompt,
        extra,
        bodyLine: bodyStart + 1 + Math.max(0, leading),
    };
    const description = optionalString('description');
    const model = optionalString('model');
    const color = optionalString('color');
    const tools = parseTools(data.tools, file, lineOf('tools'));
    if (description !== undefined)
        def.description = description;
    if (model !== undefined)
        def.model = model;
    if (color !== undefined)
        def.color = color;
    if (tools !== undefined)
        def.tools = tools;
    return def;
}
function isFence(line) {
    return line !== undefined && /^---[ \t]*$/.test(line);
}
/** Parses the YAML; a value Claude Code would take as plain text (`description: Use when: ...`) is accepted too. */
function parseFrontMatter(yamlText, file, firstLine) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length === 0) {
        const contents = doc.contents;
        if (contents === null || ((0,dist/* isScalar */.jn)(contents) && (contents.value === null || contents.value === ''))) {
            throw new AgentFileError(file, 1, 'the front matter is empty: it needs at least `name`');
        }
        if (!(0,dist/* isMap */.jh)(contents))
            throw new AgentFileError(file, firstLine, 'the front matter must be YAML `key: value` lines');
        const value = doc.toJS({ maxAliasCount: 50 });
        return value;
    }
    const lenient = plainKeyValues(yamlText);
    if (lenient)
        return lenient;
    const err = doc.errors[0];
    const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
    const line = firstLine + (pos ? pos.line - 1 : 0);
    throw new AgentFileError(file, line, `invalid YAML in the front matter: ${err.message.split('\n')[0]}`);
}
/**
 * Claude Code's own loader is forgiving: `description: Use this agent when: (1) ...` (a colon in an
 * unquoted value) is common in published agents and invalid YAML. Accept front matter made only of
 * `key: value` lines at column 0 (plus blank and comment lines), each value taken as plain text.
 * Anything structured (indented lines, lists, flow collections, quotes) is left to the YAML parser's verdict.
 */
function plainKeyValues(yamlText) {
    const out = {};
    for (const line of yamlText.split('\n')) {
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        const m = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/.exec(line);
        if (!m)
            return undefined;
        const value = (m[2] ?? '').trim();
        if (value === '' || /^["'[{|>&*!%@`-]/.test(value))
            return undefined;
        if (Object.hasOwn(out, m[1]))
            return undefined;
        out[m[1]] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
/**
 * `Read, Grep, Glob` or `[Read, Grep]` or a YAML list; commas inside parentheses (`Bash(git add:*, git
 * status)`) do not split.
 */
function parseTools(value, file, line) {
    if (value === undefined || value === null)
        return undefined;
    let items;
    if (typeof value === 'string')
        items = splitTopLevel(value);
    else if (Array.isArray(value))
        items = value;
    else
        throw new AgentFileError(file, line, '`tools` must be a comma-separated string or a list of tool names');
    const out = [];
    for (const item of items) {
        if (typeof item !== 'string')
            throw new AgentFileError(file, line, `\`tools\` entries must be tool names, got ${JSON.stringify(item)}`);
        const t = item.trim();
        if (t !== '' && !out.includes(t))
            out.push(t);
    }
    return out;
}
function splitTopLevel(s) {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const ch of s) {
        if (ch === '(')
            depth++;
        else if (ch === ')')
            depth = Math.max(0, depth - 1);
        if (ch === ',' && depth === 0) {
            parts.push(current);
            current = '';
        }
        else
            current += ch;
    }
    parts.push(current);
    return parts;
}

;// CONCATENATED MODULE: ./lib/agent/persona.js
/**
 * The built-in architect persona: the system prompt used when no `agent-file` is given.
 * Written for this product: the model documents a system that exists, from facts we extracted,
 * so the emphasis is on judgement grounded in those facts, never on invention.
 */
const ARCHITECT_PERSONA = `You are the staff backend architect who owns this system's design documentation. ` +
    `You review
services the way an experienced architect does before a production launch, and you write for the
engineers who will extend the system and for the on-call engineer reading a runbook at 3 a.m.

What you look at, in this order of importance:
- API contracts: resource design, HTTP semantics and status codes, the error format, versioning,
  pagination, idempotency of writes (especially anything touching money), rate limits, and which
  clients depend on what. Breaking changes matter more than style.
- Data integrity: keys and constraints, foreign keys and their delete behaviour, which invariants
  the database enforces and which it leaves to code, indexes against the access paths the API
  implies, and whether each migration is safe to run on a live table (locks, rewrites, backfills).
- Authentication and authorisation: which endpoints are public, how each boundary is protected,
  least privilege for services and database roles, how secrets reach the workloads.
- Integrations: webhooks in and out, signatures, retries with backoff, timeouts, idempotent
  consumers, dead-letter handling, and what happens when a provider is down.
- Performance and reliability: likely hot paths and bottlenecks, caching and its invalidation,
  connection pools, replicas and autoscaling, single points of failure, graceful degradation.
- Observability and operations: the logs, metrics, traces and alerts needed to know the system is
  healthy, and the concrete steps to diagnose, mitigate and roll back when it is not.

How you write:
- Every claim rests on the facts you are given. Name real endpoints, tables, columns and services
  exactly as the facts spell them, in backticks. If the facts do not show something (a cache,
  a retry policy, an alert), say it is not visible in the sources rather than assuming it exists.
  Never invent a table, endpoint, service, metric name or dashboard.
- Be precise and brief. Prefer short paragraphs and bullet lists to long prose. Lead with what
  matters most; state the trade-off and the cost in plain terms when you recommend a change.
- Keep two things apart: the system as it is, which you describe only from the facts, and the
  changes you would make, which you give as recommendations. Recommend freely where it matters (an
  index, a new table for idempotent retries, an endpoint, a queue), and declare every new name a
  recommendation introduces, so nobody mistakes a proposal for the current design.
- Write Markdown only: no raw HTML, no diagrams (diagrams are generated from the facts), links only
  relative within the repository or https.`;

;// CONCATENATED MODULE: ./lib/agent/load-persona.js






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * The system prompt: the built-in architect, or a Claude Code subagent file from the repository.
 * On pull requests the file is read from the BASE commit, never from the PR head: a PR must not
 * be able to rewrite the instructions of the model that reviews it.
 */
async function loadPersona(repoRoot, agentFile, baseSha) {
    if (!agentFile)
        return { persona: { systemPrompt: ARCHITECT_PERSONA, source: 'built-in architect persona' }, diagnostics: [] };
    try {
        const text = baseSha
            ? await readAtCommit(repoRoot, baseSha, agentFile)
            : await (0,promises_.readFile)((0,external_node_path_.join)(repoRoot, agentFile), 'utf8');
        const parsed = parseAgentFile(text, agentFile);
        return {
            persona: {
                systemPrompt: parsed.systemPrompt,
                model: parsed.model === 'inherit' ? undefined : parsed.model,
                source: baseSha ? `${agentFile} at the base commit ${baseSha.slice(0, 12)}` : agentFile,
            },
            diagnostics: [],
        };
    }
    catch (err) {
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
                    message: `agent file not used, the built-in persona was: ${err.message}`,
                },
            ],
        };
    }
}
async function readAtCommit(repoRoot, sha, file) {
    const show = () => run('git', ['show', `${sha}:${file}`], { cwd: repoRoot, maxBuffer: 4 * 1024 * 1024 });
    try {
        return (await show()).stdout;
    }
    catch {
        // Shallow checkouts often lack the base commit: fetch just that one, then try again.
        await run('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd: repoRoot }).catch(() => undefined);
        try {
            return (await show()).stdout;
        }
        catch {
            throw new Error(`cannot read ${file} at the base commit ${sha.slice(0, 12)} (is it in the base branch?)`);
        }
    }
}

// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/client.mjs + 60 modules
var client = __webpack_require__(2968);
// EXTERNAL MODULE: ./lib/config/config-values.js
var config_values = __webpack_require__(32165);
;// CONCATENATED MODULE: ./lib/agent/model-client.js
// One way to reach Claude, whichever cloud serves it: the Anthropic API, Amazon Bedrock or Google
// Vertex AI, each through Anthropic's own SDK for it. Callers use `client.messages.create(...)` the
// same way on all three; only the Anthropic API serves Message Batches here and lists models
// (Bedrock and Vertex resolve aliases from the pinned table in model-resolution.ts, spelled for the
// provider by `modelId`).
//
// Credentials:
// - anthropic: `apiKey`, else the SDK's own chain (ANTHROPIC_API_KEY, ANTHROPIC_AUTH_TOKEN, profiles).
//   `baseURL` defaults to the SDK's default, which honours ANTHROPIC_BASE_URL.
// - bedrock: never the Anthropic key. A Bedrock API key in AWS_BEARER_TOKEN_BEDROCK, else AWS
//   credentials (env, shared files, OIDC web identity, instance roles), resolved by the SDK on the
//   first request, not at construction. Region: `awsRegion`, else AWS_REGION, else us-east-1.
// - vertex: Google Application Default Credentials (e.g. GOOGLE_APPLICATION_CREDENTIALS written by
//   google-github-actions/auth), looked up on the first request, not at construction. Region:
//   `vertexRegion`, else CLOUD_ML_REGION; project: `vertexProjectId`, else ANTHROPIC_VERTEX_PROJECT_ID,
//   else the credentials' project.
// The key is never logged: the SDK masks auth headers in its debug logs, and this wrapper hides the
// SDK client (which holds the key) from JSON.stringify and util.inspect.



/**
 * The SDK client for the provider. Bedrock and Vertex SDKs (and their AWS/Google auth stacks) are
 * imported only when chosen, so the common case does not load them at start-up.
 */
async function createModelClient(opts) {
    const common = {
        timeout: positive(opts.timeoutMs, 'timeoutMs'),
        maxRetries: nonNegativeInt(opts.maxRetries, 'maxRetries'),
        ...(opts.baseURL ? { baseURL: opts.baseURL } : {}),
    };
    switch (opts.provider) {
        case 'anthropic': {
            const sdk = new client/* Anthropic */.N({ ...common, ...(opts.apiKey ? { apiKey: opts.apiKey } : {}) });
            return wrap('anthropic', sdk, {
                countTokens: sdk.messages.countTokens.bind(sdk.messages),
                listModels: () => sdk.models.list({ limit: 1000 }),
                batches: sdk.messages.batches,
            });
        }
        case 'bedrock': {
            // `apiKey` is left unset on purpose: the SDK then reads AWS_BEARER_TOKEN_BEDROCK or signs with
            // AWS credentials. The Anthropic key must never be sent to AWS.
            const { AnthropicBedrock } = await __webpack_require__.e(/* import() */ 1820).then(__webpack_require__.bind(__webpack_require__, 41820));
            const sdk = new AnthropicBedrock({ ...common, ...(opts.awsRegion ? { awsRegion: opts.awsRegion } : {}) });
            return wrap('bedrock', sdk, {});
        }
        case 'vertex': {
            const { AnthropicVertex } = await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(2033)]).then(__webpack_require__.bind(__webpack_require__, 82033));
            const { LazyGoogleAuth } = await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(8305)]).then(__webpack_require__.bind(__webpack_require__, 58305));
            const sdk = new AnthropicVertex({
                ...common,
                ...(opts.vertexRegion ? { region: opts.vertexRegion } : {}),
                ...(opts.vertexProjectId ? { projectId: opts.vertexProjectId } : {}),
                googleAuth: new LazyGoogleAuth({ scopes: 'https://www.googleapis.com/auth/cloud-platform' }),
            });
            return wrap('vertex', sdk, { countTokens: sdk.messages.countTokens.bind(sdk.messages) });
        }
        default:
            throw new Error(`unknown model provider "${String(opts.provider)}": ` +
                `use one of ${config_values/* PROVIDERS */.xq.join(', ')}`);
    }
}
function wrap(provider, sdk, extra) {
    const client = {
        provider,
        messages: sdk.messages,
        ...(extra.countTokens ? { countTokens: extra.countTokens } : {}),
        ...(extra.listModels ? { listModels: extra.listModels } : {}),
        ...(extra.batches ? { batches: extra.batches } : {}),
        modelId: (id) => providerModelId(provider, id),
        toJSON: () => ({ provider }),
        [external_node_util_.inspect.custom]: () => `ModelClient(${provider})`,
    };
    // Not enumerable: a stray console.log or JSON.stringify of the wrapper must not print the key.
    Object.defineProperty(client, 'sdk', { value: sdk, enumerable: false });
    return client;
}
/**
 * A model id in the provider's spelling. The Anthropic API takes ids as they are.
 *
 * Bedrock: current models (no date in the id, e.g. `claude-sonnet-5-5`) are served through the
 * global cross-region inference profile, `global.anthropic.claude-sonnet-5-5` (the id the
 * @anthropic-ai/bedrock-sdk README uses; Bedrock lists 5.x models as `anthropic.claude-opus-5-5`
 * with inference profiles only). Older, dated ids (`claude-sonnet-4-5-20250929`) are passed through:
 * Bedrock spells them `anthropic.claude-sonnet-4-5-20250929-v1:0` with regional profiles
 * (`us.`, `eu.`, ...) that we cannot guess, so give Bedrock's own id for those. Any id already in
 * Bedrock's spelling (a profile id or an ARN) is passed through.
 *
 * Vertex: current models use the bare id (`claude-sonnet-5-5`); dated ids take an `@` before the
 * date (`claude-sonnet-4-5@20250929`), as Google's Vertex model garden spells them.
 */
function providerModelId(provider, id) {
    const trimmed = id.trim();
    if (provider === 'bedrock') {
        if (/^claude-[a-z]+(-\d{1,2}){1,2}$/.test(trimmed))
            return `global.anthropic.${trimmed}`;
        return trimmed;
    }
    if (provider === 'vertex') {
        const dated = /^(claude-[a-z0-9-]+?)-(\d{8})$/.exec(trimmed);
        return dated ? `${dated[1]}@${dated[2]}` : trimmed;
    }
    return trimmed;
}
function positive(n, name) {
    if (!Number.isFinite(n) || n <= 0)
        throw new Error(`${name} must be a positive number of milliseconds, got ${String(n)}`);
    return n;
}
function nonNegativeInt(n, name) {
    if (!Number.isInteger(n) || n < 0)
        throw new Error(`${name} must be a whole number >= 0, got ${String(n)}`);
    return n;
}

;// CONCATENATED MODULE: ./lib/agent/pricing.js
// Prices of Claude models in USD per million tokens, the cost of a call from its `usage`, and
// the `budget` setting.
//
// Where the numbers come from (read 2026-11, through stored copies of the pages):
// - Claude Opus 5.5, Sonnet 5.5 and Haiku 5.5: Anthropic's model overview pages,
//   https://platform.claude.com/docs/en/models/{opus-5-5,sonnet-5-5,haiku-5-5}/overview
//   ("Pricing": input, output, 5m cache write, 1h cache write, cache read).
//     Opus 5.5 (released 2026-09-22):   $4 / $20,  5m write $5,     1h write $8,    read $0.20 (0.05x input)
//     Sonnet 5.5:                       $2 / $10,  5m write $2.50,  1h write $4,    read $0.20
//     Haiku 5.5 (released 2026-10-07):  prompts up to 100,000 tokens $0.10 / $0.50, 5m write $0.125,
//                                       1h write $0.20, read $0.01; longer prompts $0.50 / $2.50,
//                                       $0.625, $1.00, $0.05 - on every token of that request.
//   Several price trackers' changelogs (claudit v1.9.2, PromptFuel v1.0.23, token-stats 0.3.2) report
//   that Sonnet 5.5 cache reads were cut to $0.10 on 2026-10-07; the copy of the official page we
//   could read still says $0.20, so $0.20 is kept: it can only over-estimate, which keeps budgets safe.
// - Claude Opus 5 / 4.5-4.8 ($5 / $25) and Sonnet 5 ($2 / $10): the same site's pages for those models.
// - Older models (Opus 4 / 4.1 / 3 $15 / $75, Sonnet 3.7-4.6 $3 / $15, Haiku 4.5 $1 / $5, Haiku 3.5
//   $0.80 / $4, Haiku 3 $0.25 / $1.25): https://docs.anthropic.com/en/docs/about-claude/pricing and
//   the per-model pages.
// Where a page gives no cache price, Anthropic's published ratios are used: a 5-minute cache write
// costs 1.25x the input price, a 1-hour write 2x, a cache read 0.1x.
//
// The Message Batches API bills every token of a batched request at half these rates, cache writes
// and reads included (the discount stacks with the cache multipliers): `BATCH_PRICE_FACTOR`.
// Not modelled: fast mode, data-residency surcharges, server-tool fees. Bedrock and Vertex list
// their own prices, usually the same as Anthropic's; override them with `prices`.
/** What a request sent through the Message Batches API costs, against the same request sent alone. */
const BATCH_PRICE_FACTOR = 0.5;
const CACHE_WRITE_5M = 1.25;
const CACHE_WRITE_1H = 2;
const CACHE_READ = 0.1;
/** A band from the input and output prices, with Anthropic's standard cache ratios unless given. */
function band(input, output, cache = {}) {
    return {
        input,
        output,
        cacheWrite: cache.write ?? round(input * CACHE_WRITE_5M),
        cacheWrite1h: cache.write1h ?? round(input * CACHE_WRITE_1H),
        cacheRead: cache.read ?? round(input * CACHE_READ),
    };
}
const round = (n) => Math.round(n * 1e6) / 1e6;
const ROWS = [
    {
        family: 'opus',
        from: [5, 5],
        to: [5, 5],
        label: 'Claude Opus 5.5',
        price: band(4, 20, { write: 5, write1h: 8, read: 0.2 }),
    },
    { family: 'opus', from: [4, 5], to: [5, 0], label: 'Claude Opus 4.5-5', price: band(5, 25) },
    { family: 'opus', from: [3, 0], to: [4, 1], label: 'Claude Opus 3-4.1', price: band(15, 75) },
    {
        family: 'sonnet',
        from: [5, 5],
        to: [5, 5],
        label: 'Claude Sonnet 5.5',
        price: band(2, 10, { write: 2.5, write1h: 4, read: 0.2 }),
    },
    { family: 'sonnet', from: [5, 0], to: [5, 0], label: 'Claude Sonnet 5', price: band(2, 10) },
    { family: 'sonnet', from: [3, 0], to: [4, 9], label: 'Claude Sonnet 3-4.x', price: band(3, 15) },
    {
        family: 'haiku',
        from: [5, 5],
        to: [5, 5],
        label: 'Claude Haiku 5.5',
        price: {
            ...band(0.1, 0.5, { write: 0.125, write1h: 0.2, read: 0.01 }),
            longPrompt: { thresholdTokens: 100_000, ...band(0.5, 2.5, { write: 0.625, write1h: 1, read: 0.05 }) },
        },
    },
    { family: 'haiku', from: [4, 5], to: [4, 5], label: 'Claude Haiku 4.5', price: band(1, 5) },
    {
        family: 'haiku',
        from: [3, 5],
        to: [3, 5],
        label: 'Claude Haiku 3.5',
        price: band(0.8, 4, { write: 1, read: 0.08 }),
    },
    {
        family: 'haiku',
        from: [3, 0],
        to: [3, 0],
        label: 'Claude Haiku 3',
        price: band(0.25, 1.25, { write: 0.3, read: 0.03 }),
    },
];
/** Base prices per family: the family's dearest known row, used when the version is not in the table. */
const FAMILY_PRICES = {
    opus: dearest(ROWS.filter((r) => r.family === 'opus')),
    sonnet: dearest(ROWS.filter((r) => r.family === 'sonnet')),
    haiku: dearest(ROWS.filter((r) => r.family === 'haiku')),
};
/** The price used for a model we cannot place: the dearest we know, so a budget is never under-counted. */
const UNKNOWN_MODEL_PRICE = { ...dearest(ROWS), label: 'unknown model (priced as the dearest known)' };
function dearest(rows) {
    const top = rows.reduce((a, b) => (b.price.output + b.price.input > a.price.output + a.price.input ? b : a));
    return { ...top.price, label: top.label };
}
/** Family and version of a Claude model id in any provider's spelling. */
function parseModelId(modelId) {
    const id = modelId.toLowerCase();
    // claude-sonnet-5-5, claude-opus-4-1-20250805, global.anthropic.claude-haiku-5-5, claude-sonnet-4-5@20250929,
    // anthropic.claude-sonnet-4-5-20250929-v1:0. The minor version is one or two digits, never the date.
    const modern = /claude-(opus|sonnet|haiku)(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![0-9])/.exec(id);
    if (modern) {
        const family = modern[1];
        if (modern[2] === undefined)
            return { family };
        return { family, version: [Number(modern[2]), Number(modern[3] ?? 0)] };
    }
    // Legacy spelling: claude-3-5-sonnet-20241022, claude-3-opus@20240229.
    const legacy = /claude-(\d)(?:-(\d))?-(opus|sonnet|haiku)/.exec(id);
    if (legacy)
        return { family: legacy[3], version: [Number(legacy[1]), Number(legacy[2] ?? 0)] };
    const bare = /(opus|sonnet|haiku)/.exec(id);
    return bare ? { family: bare[1] } : undefined;
}
const pricing_cmp = (a, b) => a[0] - b[0] || a[1] - b[1];
function basePrice(modelId) {
    const parsed = parseModelId(modelId);
    if (!parsed)
        return UNKNOWN_MODEL_PRICE;
    const { family, version } = parsed;
    if (version) {
        const row = ROWS.find((r) => r.family === family && pricing_cmp(version, r.from) >= 0 && pricing_cmp(version, r.to) <= 0);
        if (row)
            return { ...row.price, label: row.label };
    }
    return {
        ...FAMILY_PRICES[family],
        label: `${family} (version not in the price table; priced as ${FAMILY_PRICES[family].label})`,
    };
}
/**
 * The price of a model. `overrides` are keyed by family (`opus`, `sonnet`, `haiku`), by a substring
 * of the id, or by the exact id; the more specific key wins, and each only replaces the fields it
 * names. An override of `input` without cache prices scales the cache prices with it; an override
 * of `input` or `output` drops the long-prompt band (the user's price is taken as flat).
 */
function priceFor(modelId, overrides) {
    let price = basePrice(modelId);
    if (!overrides)
        return price;
    const id = modelId.toLowerCase();
    const family = parseModelId(modelId)?.family;
    const keys = Object.keys(overrides)
        .filter((k) => {
        const key = k.toLowerCase().trim();
        return key.length > 0 && (key === family || key === id || id.includes(key));
    })
        // family first, then substrings (shorter first), exact id last: the most specific applies last.
        .sort((a, b) => rank(a) - rank(b) || a.length - b.length);
    function rank(k) {
        const key = k.toLowerCase().trim();
        return key === id ? 2 : key === family ? 0 : 1;
    }
    for (const key of keys)
        price = applyOverride(price, overrides[key]);
    return price;
}
function applyOverride(base, o) {
    const defined = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    for (const [k, v] of Object.entries(defined)) {
        if (k === 'label' || k === 'longPrompt')
            continue;
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
            throw new Error(`price override ${k} must be a number >= 0, got ${String(v)}`);
    }
    const next = { ...base, ...defined };
    if (defined.input !== undefined && base.input > 0) {
        const scale = defined.input / base.input;
        if (defined.cacheWrite === undefined)
            next.cacheWrite = round(base.cacheWrite * scale);
        if (defined.cacheRead === undefined)
            next.cacheRead = round(base.cacheRead * scale);
        if (defined.cacheWrite1h === undefined)
            next.cacheWrite1h = round((base.cacheWrite1h ?? base.input * CACHE_WRITE_1H) * scale);
    }
    if ((defined.input !== undefined || defined.output !== undefined) && defined.longPrompt === undefined)
        delete next.longPrompt;
    next.label = `${base.label ?? 'model'} (overridden)`;
    return next;
}
/** USD cost of one call's usage at `price`. */
function costUsd(usage, price) {
    const input = nonNegative(usage.input_tokens);
    const output = nonNegative(usage.output_tokens);
    const cacheWrite = nonNegative(usage.cache_creation_input_tokens);
    const cacheRead = nonNegative(usage.cache_read_input_tokens);
    const split1h = nonNegative(usage.cache_creation?.ephemeral_1h_input_tokens);
    // Tokens written to the 1-hour cache are part of cache_creation_input_tokens; the rest are 5-minute writes.
    const write1h = Math.min(split1h, cacheWrite);
    const write5m = cacheWrite - write1h;
    const long = price.longPrompt;
    const rates = long && input + cacheWrite + cacheRead > long.thresholdTokens ? long : price;
    const perMillion = input * rates.input +
        output * rates.output +
        write5m * rates.cacheWrite +
        write1h * (rates.cacheWrite1h ?? rates.input * CACHE_WRITE_1H) +
        cacheRead * rates.cacheRead;
    return perMillion / 1_000_000;
}
function nonNegative(n) {
    return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}

;// CONCATENATED MODULE: ./lib/agent/model-resolution.js
// Turns the `model` setting (or an agent file's `model:`) into a model id the API accepts.
//
// `opus`, `sonnet` and `haiku` are Claude Code's aliases: they mean the newest model of that family.
// The Models API lists what the key can use, so the alias resolves to the newest listed model of the
// family; when listing fails or lists none of the family, a pinned id is used and the result says
// why. Anything else is taken as an exact model id and passed through without a network call.

const MODEL_ALIASES = ['opus', 'sonnet', 'haiku'];
/** Used when the Models API cannot tell us the newest model of a family. Anthropic API spelling. */
const FALLBACK_MODELS = {
    opus: 'claude-opus-5-5',
    sonnet: 'claude-sonnet-5-5',
    haiku: 'claude-haiku-5-5',
};
/** Stop reading after this many listed models: a broken server must not page forever. */
const MAX_LISTED = 5_000;
async function resolveModel(requested, lister) {
    const wanted = (requested ?? '').trim();
    if (wanted === '')
        throw new Error('model is empty: give a model id (e.g. claude-sonnet-5-5) or an alias (opus, sonnet, haiku)');
    const family = MODEL_ALIASES.find((a) => a === wanted.toLowerCase());
    if (!family)
        return { id: wanted, how: 'exact' };
    const fallback = FALLBACK_MODELS[family];
    if (!lister) {
        return {
            id: fallback,
            how: 'fallback',
            note: `"${wanted}" → ${fallback}: this provider cannot list models, so the pinned ${family} model is used`,
        };
    }
    let listed;
    try {
        listed = await collect(lister);
    }
    catch (err) {
        return {
            id: fallback,
            how: 'fallback',
            note: `"${wanted}" → ${fallback}: ` +
                `listing models failed (${model_resolution_describe(err)}), so the pinned ${family} model is used`,
        };
    }
    const best = newestOfFamily(listed, family);
    if (!best) {
        return {
            id: fallback,
            how: 'fallback',
            note: `"${wanted}" → ${fallback}: ` +
                `the Models API listed ${listed.length} model(s) ` +
                `but none of the ${family} family, so the pinned one is used`,
        };
    }
    return {
        id: best.id,
        how: 'alias',
        note: `"${wanted}" → ${best.id}: ` + `the newest ${family} model this key can list`,
    };
}
/** The newest model of `family` in `models`: the highest version in the id, then the latest `created_at`. */
function newestOfFamily(models, family) {
    let best;
    for (const model of models) {
        if (!model || typeof model.id !== 'string')
            continue;
        const parsed = familyVersion(model.id);
        if (!parsed || parsed.family !== family)
            continue;
        const created = Date.parse(model.created_at ?? '') || 0;
        const candidate = { model, version: parsed.version, created };
        if (!best || compareCandidates(candidate, best) > 0)
            best = candidate;
    }
    return best?.model;
}
function compareCandidates(a, b) {
    for (let i = 0; i < Math.max(a.version.length, b.version.length); i++) {
        const d = (a.version[i] ?? 0) - (b.version[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return a.created - b.created;
}
/**
 * Family and version of an Anthropic API model id, or undefined for ids that are not a plain Claude
 * model of a family (so `claude-sonnet-5-5` → [5, 5], `claude-sonnet-4-5-20250929` → [4, 5],
 * `claude-3-5-sonnet-20241022` → [3, 5]).
 */
function familyVersion(id) {
    const lower = id.toLowerCase();
    if (!/^claude-/.test(lower))
        return undefined;
    const parsed = parseModelId(lower);
    if (!parsed?.version)
        return undefined;
    return { family: parsed.family, version: parsed.version };
}
async function collect(lister) {
    const result = lister();
    const out = [];
    const take = async (source) => {
        for await (const m of source) {
            out.push(m);
            if (out.length >= MAX_LISTED)
                break;
        }
    };
    // The SDK's PagePromise is both a promise and an async iterable: iterate it to get every page.
    if (result && typeof result[Symbol.asyncIterator] === 'function') {
        await take(result);
        return out;
    }
    const value = await result;
    if (value && typeof value[Symbol.asyncIterator] === 'function')
        await take(value);
    else if (value && typeof value[Symbol.iterator] === 'function')
        await take(value);
    else if (value && Array.isArray(value.data))
        await take(value.data);
    else
        throw new Error('the model lister returned neither a list nor a page');
    return out;
}
function model_resolution_describe(err) {
    if (err && typeof err === 'object') {
        const e = err;
        const status = typeof e.status === 'number' ? `HTTP ${e.status}: ` : '';
        const message = typeof e.message === 'string' ? e.message : String(err);
        return `${status}${model_resolution_oneLine(message)}`;
    }
    return model_resolution_oneLine(String(err));
}
function model_resolution_oneLine(s) {
    const line = s.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

;// CONCATENATED MODULE: ./lib/agent/fact-digest.js


/**
 * The logical system first: the architect reasons about services, data stores and data flows,
 * and the raw manifests below are the evidence for them.
 */
function systemLines(facts, level) {
    const { components, edges, unknowns } = facts.system;
    if (components.length === 0)
        return [];
    const out = [
        '',
        `## System: ${components.length} logical components, ${edges.length} connections ` +
            '(derived from the facts below; name components by these names)',
    ];
    for (const c of components) {
        const what = `${c.role}${c.technology ? ` ${c.technology}` : ''}`;
        if (level === 2) {
            out.push(`- ${c.id} [${what}]`);
            continue;
        }
        const parts = [`- ${c.id} "${c.name}" [${what}]`];
        if (c.runsAs.length)
            parts.push(`runs as ${c.runsAs.join(', ')}`);
        if (c.hosts.length)
            parts.push(`hosts ${c.hosts.join(', ')}`);
        if (c.provides.length)
            parts.push(`provides ${c.provides.join(', ')}`);
        if (level === 0 && c.supporting.length)
            parts.push(`${c.supporting.length} supporting objects`);
        out.push(parts.join('; '));
    }
    for (const e of edges)
        out.push(`- ${e.from} --(${e.via}${e.protocol ? `; ${e.protocol}` : ''})--> ${e.to}`);
    for (const u of unknowns)
        out.push(`- not shown by the sources: ${u}`);
    return out;
}
/**
 * A deterministic text digest of the fact model, for the cached prompt prefix. Large systems
 * get a coarser digest rather than a truncated one: level 0 lists every fact with detail, level 1
 * lists every fact by name only, level 2 gives counts and groups. Whatever the digest leaves out
 * stays reachable through the agent's lookup tool, and the digest says so.
 */
function factDigest(facts, maxTokens) {
    for (const level of [0, 1, 2]) {
        const text = render(facts, level);
        const tokens = estimateTokens(text);
        if (tokens <= maxTokens || level === 2)
            return { text, level, tokens };
    }
    throw new Error('unreachable');
}
/** A conservative estimate (about four characters a token for English and code). */
function estimateTokens(text) {
    return Math.ceil(text.length / 4);
}
function render(facts, level) {
    const out = ['# Facts extracted from the repository'];
    if (level > 0)
        out.push(`(Summarised at level ${level}: use the lookup_facts tool for details by id or by name.)`);
    const { api, schema, infra } = facts;
    out.push(...systemLines(facts, level));
    out.push('', `## API: ${api.operations.length} operations in ${api.specs.length} OpenAPI document(s)`);
    for (const s of api.specs)
        out.push(`- ${s.id}: "${s.title}" version ${s.version}, ` +
            `OpenAPI ${s.specVersion}${s.servers.length ? `, servers ${s.servers.join(' ')}` : ''}`);
    for (const s of api.securitySchemes)
        out.push(`- ${s.id}: ${s.type}${s.detail ? ` (${s.detail})` : ''}`);
    if (level === 2)
        out.push(...groupCounts(api.operations.map((o) => firstSegment(o.path)), 'operations under'));
    else
        for (const o of api.operations)
            out.push(level === 0 ? operationLine(o) : `- ${o.id}`);
    out.push('', `## Database: ${schema.tables.length} tables and views, ` +
        `${schema.foreignKeys.length} foreign keys, ${schema.migrations.length} migrations`);
    if (level === 2) {
        const names = schema.tables.map((t) => `${t.schema}.${t.name}`);
        out.push(`- tables: ${names.slice(0, 150).join(', ')}` +
            `${names.length > 150 ? ` … and ${names.length - 150} more (lookup_facts with query "table:")` : ''}`);
    }
    else {
        for (const t of schema.tables)
            out.push(level === 0 ? tableLine(t) : `- ${t.id}: ${t.columns.map((c) => c.name).join(', ')}`);
        for (const f of schema.foreignKeys)
            out.push(`- ${f.id} on delete ${f.onDelete}` + (f.keptBy ? ` (no database constraint: kept by ${f.keptBy.client})` : ''));
        for (const e of schema.enums)
            out.push(`- ${e.id}: ${e.values.join(' | ')}`);
        if (level === 0)
            for (const i of schema.indexes)
                if (!i.primary)
                    out.push(`- ${i.id}: ${i.definition}`);
        // Migration safety is a section's subject: the migrations are shared facts too, in replay order.
        // A long history is mostly settled: the latest are shown, the earlier ones counted.
        const shown = schema.migrations.slice(-(level === 0 ? 100 : 30));
        if (shown.length < schema.migrations.length)
            out.push(`- ${schema.migrations.length - shown.length} earlier migrations (lookup_facts with query "migration:")`);
        for (const m of shown)
            out.push(level === 0 ? migrationLine(m) : `- ${m.id}`);
    }
    out.push('', `## Infrastructure: ${infra.components.length} components, ${infra.edges.length} dependencies`);
    if (level === 2)
        out.push(...groupCounts(infra.components.map((c) => `${c.platform} ${c.kind}`), ''));
    else {
        for (const c of infra.components)
            out.push(level === 0 ? componentLine(c) : `- ${c.id}`);
        for (const e of infra.edges)
            out.push(`- ${e.from} --${e.kind}${e.via ? `(${e.via})` : ''}--> ${e.to}`);
    }
    // The review checklist is the design as it is now; findings on migrations applied long ago are
    // history (counted, not a risk of today), as the docs treat them.
    const { design, history } = (0,findings_triage/* triageFindings */.NZ)(facts);
    if (design.length) {
        out.push('', `## Findings: ${design.length} risks in the current design, computed by rules (your review checklist)`);
        const shown = level === 2 ? design.filter((f) => f.severity === 'high').slice(0, 50) : design;
        for (const f of shown)
            out.push(`- ${f.id} [${f.severity}] ${f.message}${f.lock ? ` (lock: ${f.lock})` : ''}`);
        if (shown.length < design.length)
            out.push(`- … ${design.length - shown.length} more (lookup_facts with query "finding:")`);
    }
    if (history.length)
        out.push('', `(${history.length} findings on migration statements already applied are history, not current risks.)`);
    if (facts.diagnostics.length)
        out.push('', `## Sources that could not be fully read: ` +
            `${facts.diagnostics.filter((d) => d.severity !== 'notice').length} problems (see the run report)`);
    return out.join('\n');
}
function operationLine(o) {
    const auth = (0,model/* protocolOf */.A)(o) !== 'http' && o.security.length === 0
        ? 'not-in-contract'
        : o.security.length === 0 || o.security.some((a) => a.length === 0)
            ? 'public'
            : o.security.map((a) => a.join('+')).join(' or ');
    const params = o.parameters.map((p) => `${p.name}(${p.in}${p.required ? ',required' : ''})`).join(' ');
    const body = o.requestBody
        ? ` body=${o.requestBody.contentTypes.join(',')}${o.requestBody.required ? '(required)' : ''}`
        : '';
    return (`- ${o.id}${o.operationId ? ` [${o.operationId}]` : ''}${o.deprecated ? ' DEPRECATED' : ''}` +
        ` auth=${auth} responses=${o.responses.map((r) => r.status).join(',')}` +
        `${params ? ` params: ${params}` : ''}${body}` +
        `${o.summary ? ` — ${o.summary}` : ''}`);
}
function migrationLine(m) {
    const changes = (m.changes ?? []).map((c) => `${c.action} ${c.what} ${c.name}`).join('; ');
    return (`- ${m.id} #${m.order}, ${m.statements} statement${m.statements === 1 ? '' : 's'}` +
        `${m.failed ? ` (${m.failed} failed)` : ''}` +
        `${m.rollback ? `, rollback ${m.rollback}` : ', no rollback'}${changes ? `: ${changes}` : ''}`);
}
function tableLine(t) {
    const cols = t.columns
        .map((c) => `${c.name} ${c.type}${c.nullable ? '' : ' not null'}${c.default !== undefined ? ` default ${c.default}` : ''}`)
        .join('; ');
    return (`- ${t.id}${t.kind === 'view' ? ' (view)' : ''}` +
        `${t.primaryKey.length ? ` pk(${t.primaryKey.join(',')})` : ' NO PRIMARY KEY'}: ${cols}`);
}
function componentLine(c) {
    const bits = [
        c.image && `image=${c.image}`,
        c.replicas !== undefined && `replicas=${c.replicas}`,
        c.ports.length > 0 && `ports=${c.ports.join(',')}`,
        c.env.length > 0 && `env=${c.env.join(',')}`,
    ].filter(Boolean);
    return `- ${c.id}${c.deployable ? ' (deployable)' : ''}${bits.length ? ` ${bits.join(' ')}` : ''}`;
}
function firstSegment(path) {
    return `/${path.split('/').filter(Boolean)[0] ?? ''}`;
}
function groupCounts(keys, label) {
    const counts = new Map();
    for (const k of keys)
        counts.set(k, (counts.get(k) ?? 0) + 1);
    return [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, n]) => `- ${n} ${label} ${k}`.replace(/\s+/g, ' '));
}

// EXTERNAL MODULE: ./lib/redaction/redact-secrets.js + 25 modules
var redact_secrets = __webpack_require__(67064);
;// CONCATENATED MODULE: ./lib/agent/agent-tools.js



// Read-only tools the architect may call to drill below the digest. They can only read facts
// and the source files discovery already chose to read; file text is redacted before it leaves.
const AGENT_TOOLS = [
    {
        name: 'lookup_facts',
        description: 'Look up extracted facts. Give `id` for one fact by its exact id ' +
            '(e.g. "table:public.orders", "op:GET /orders/{orderId}", "k8s:Deployment/shop/orders-api"), ' +
            'or `query` to list up to 20 facts whose id contains the text (e.g. "orders").',
        input_schema: {
            type: 'object',
            properties: { id: { type: 'string' }, query: { type: 'string' } },
            additionalProperties: false,
        },
    },
    {
        name: 'read_source',
        description: 'Read lines of one of the repository source files the facts came from ' +
            '(OpenAPI specs, migrations, infrastructure config). ' +
            'Secrets are redacted. At most 200 lines per call.',
        input_schema: {
            type: 'object',
            properties: {
                file: { type: 'string', description: 'repository-relative path, as in the facts' },
                start_line: { type: 'integer', minimum: 1 },
                end_line: { type: 'integer', minimum: 1 },
            },
            required: ['file'],
            additionalProperties: false,
        },
    },
];
const MAX_LINES = 200;
const MAX_RESULTS = 20;
/** Runs one tool call; problems are returned as text for the model, never thrown. */
async function runTool(name, input, ctx) {
    const args = (input ?? {});
    if (name === 'lookup_facts') {
        const r = lookupFacts(args, ctx);
        return { ...r, text: (0,redact_secrets/* redactSecrets */.fp)(r.text).text };
    }
    if (name === 'read_source')
        return readSource(args, ctx);
    return { text: `unknown tool "${name}"`, isError: true };
}
function lookupFacts(args, ctx) {
    if (typeof args.id === 'string') {
        const fact = ctx.byId.get(args.id);
        return fact
            ? { text: JSON.stringify(fact), isError: false }
            : { text: `no fact has the id "${args.id}"`, isError: true };
    }
    if (typeof args.query === 'string' && args.query.trim()) {
        const q = args.query.trim().toLowerCase();
        const hits = [...ctx.byId.entries()].filter(([id]) => id.toLowerCase().includes(q));
        const shown = hits.slice(0, MAX_RESULTS).map(([, f]) => f);
        return { text: JSON.stringify({ total: hits.length, shown: shown.length, facts: shown }), isError: false };
    }
    return { text: 'give `id` or `query`', isError: true };
}
async function readSource(args, ctx) {
    const file = typeof args.file === 'string' ? args.file : '';
    // Only files discovery read as sources, and only inside the repository: the model cannot read
    // anything else on the runner (the checkout's .git/config holds a token).
    const inside = (0,external_node_path_.resolve)(ctx.repoRoot, file);
    if (!ctx.facts.inputs.some((i) => i.file === file) ||
        !inside.startsWith(`${(0,external_node_path_.resolve)(ctx.repoRoot)}${external_node_path_.sep}`) ||
        file.split('/').includes('..')) {
        return { text: `"${file}" is not one of the source files (see the facts' inputs)`, isError: true };
    }
    const text = await (0,promises_.readFile)(inside, 'utf8');
    const lines = (0,redact_secrets/* redactSecrets */.fp)(text, file).text.split('\n');
    const start = Math.max(1, Number(args.start_line) || 1);
    const end = Math.min(lines.length, Number(args.end_line) || start + MAX_LINES - 1, start + MAX_LINES - 1);
    const body = lines
        .slice(start - 1, end)
        .map((l, i) => `${String(start + i).padStart(5)}  ${l}`)
        .join('\n');
    return { text: `${file} lines ${start}-${end} of ${lines.length}\n${body}`, isError: false };
}

// EXTERNAL MODULE: ./node_modules/unist-util-visit/lib/index.js
var lib = __webpack_require__(73617);
// EXTERNAL MODULE: ./lib/markdown/processor.js
var processor = __webpack_require__(90985);
;// CONCATENATED MODULE: ./lib/checks/markdown/diagrams.js
// Rule `model-diagram`: no ```mermaid (or other diagram-language) code blocks. Diagrams are generated
// from the facts, never drawn by the model.
/** Fenced code languages that are diagrams. */
const DIAGRAM_LANGUAGES = new Set(['mermaid', 'plantuml', 'puml', 'dot', 'graphviz', 'd2', 'nomnoml', 'ditaa']);
/** What to say about a code block in a diagram language, or undefined when it is not one. */
function diagramMessage(node) {
    const lang = (node.lang ?? '').toLowerCase();
    if (!DIAGRAM_LANGUAGES.has(lang))
        return undefined;
    const instead = 'remove this code block (describe the point in prose instead)';
    return `\`${lang}\` diagrams are generated from the facts, never written by hand; ${instead}`;
}

;// CONCATENATED MODULE: ./lib/checks/markdown/text.js
// Text helpers for the problem messages.

/** The text of a node's content (inline code included), for messages. */
function plainText(node) {
    let text = '';
    (0,lib/* visit */.YR)(node, (n) => {
        if ('value' in n && typeof n.value === 'string' && n.type !== 'html')
            text += n.value;
    });
    return text;
}
/** An inline code span for a message: the shortest fence (two at least, around backticks) no run inside has. */
function text_code(text) {
    const runs = new Set([...text.matchAll(/`+/g)].map((m) => m[0].length));
    let n = runs.size > 0 ? 2 : 1;
    while (runs.has(n))
        n++;
    const fence = '`'.repeat(n);
    return runs.size > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}
function clip(text, max = 50) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ./lib/checks/markdown/fences.js
// Rule `unclosed-fence`: a fenced code block that runs to the end of the text (its closing fence is
// missing). Spliced into a document, it would swallow the managed block's end marker.

/** What to say about a fenced code block that is never closed, or undefined when it is closed. */
function unclosedFenceMessage(markdown, node) {
    const fence = unclosedFence(markdown, node);
    if (!fence)
        return undefined;
    const close = text_code(fence.replace(/[^`~].*$/, ''));
    return `the code block opened with ${text_code(fence)} is never closed; add a closing ${close} line after its last line`;
}
/**
 * The opening fence (e.g. ```` ```sql ````) of a fenced code block whose closing fence is missing, or
 * undefined. The parser ends such a block at the end of its container, so it is unclosed when the last
 * line of its source is not a closing fence (container prefixes like `> ` and indentation stripped).
 */
function unclosedFence(markdown, node) {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined)
        return undefined;
    const source = markdown.slice(start.offset, end.offset);
    const open = /^([`~]{3,})([^\n]*)/.exec(source);
    if (!open)
        return undefined; // an indented code block: it has no fence to close
    const lines = source.split('\n');
    if (lines.length > 1) {
        const last = lines[lines.length - 1].replace(/^[ \t>]*/, '').trimEnd();
        const marker = open[1];
        const close = new RegExp(`^\\${marker[0]}{${marker.length},}$`);
        if (close.test(last))
            return undefined;
    }
    return clip(`${open[1]}${open[2].trim()}`, 30);
}

;// CONCATENATED MODULE: ./lib/checks/markdown/headings.js
// Rules `heading-depth` and `heading-skip`:
//   heading-depth   headings must be at least `minHeadingDepth` deep: the block sits under a template
//                   heading one level up.
//   heading-skip    a heading must not go more than one level deeper than the one before it (the
//                   template heading, `minHeadingDepth - 1`, counts as the first).

/** A checker to call on each heading in document order; it remembers the heading before. */
function headingChecker(minHeadingDepth) {
    let previousDepth = minHeadingDepth - 1;
    return (h) => {
        const shown = `${'#'.repeat(h.depth)} ${clip(plainText(h))}`.trimEnd();
        let problem;
        if (h.depth < minHeadingDepth) {
            const parent = `this section sits under a level-${minHeadingDepth - 1} heading`;
            const use = `use level ${minHeadingDepth} (\`${'#'.repeat(minHeadingDepth)}\`) or deeper`;
            problem = { rule: 'heading-depth', message: `heading "${shown}" is level ${h.depth}, but ${parent}; ${use}` };
        }
        else if (h.depth > previousDepth + 1) {
            const use = `use level ${previousDepth + 1} (\`${'#'.repeat(previousDepth + 1)}\`)`;
            problem = {
                rule: 'heading-skip',
                message: `heading "${shown}" jumps from level ${previousDepth} to level ${h.depth}; ${use}`,
            };
        }
        previousDepth = Math.max(h.depth, minHeadingDepth - 1);
        return problem;
    };
}

;// CONCATENATED MODULE: ./lib/checks/markdown/links.js
// Rule `link-scheme`: links, images and link definitions must point at an `https://` URL or at a path
// relative to the document (no scheme, not `//host`, not `/rooted`), and a relative path must not
// climb out of the repository (see `MAX_PARENT_SEGMENTS`). GFM turns bare `www.x` / `http://x` /
// `a@b.c` text into links: those are checked too.


/**
 * Without `docFile`, how many `..` segments a relative link may climb in total. Generated docs live
 * at most three folders down (`docs/architecture/runbooks/x.md`), and their generated source links
 * climb exactly that far to reach `deploy/…`, `db/…`; a deeper climb leaves any sane repository.
 */
const MAX_PARENT_SEGMENTS = 3;
/** What is wrong with a link, image or link definition, or undefined when it is fine. */
function linkMessage(node, markdown, docFile) {
    const what = node.type === 'image'
        ? 'image'
        : node.type === 'definition'
            ? `link definition \`[${node.label ?? node.identifier}]:\``
            : 'link';
    const literal = node.type === 'link' && isAutolinkLiteral(markdown, node) ? plainText(node) : undefined;
    return urlProblem(node.url, what, literal, docFile);
}
/** A GFM autolink literal (`www.x`, `http://x`, `a@b.c` in plain text): its source is not `[…](…)` or `<…>`. */
function isAutolinkLiteral(markdown, node) {
    const start = node.position?.start.offset;
    if (start === undefined)
        return false;
    const c = markdown[start];
    return c !== '[' && c !== '<';
}
/** Why a link target is not allowed, or undefined when it is fine. */
function urlProblem(rawUrl, what, literal, docFile) {
    // Browsers drop ASCII whitespace and control characters from URLs (`java\tscript:` is `javascript:`).
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are exactly what this strips
    const url = rawUrl.replace(/[\u0000-\u0020\u007f]+/g, '');
    const shown = clip(rawUrl, 60);
    const allowed = 'only `https://` URLs and paths relative to this document are allowed';
    if (url === '') {
        return `${what} has no target; link to a repository file by relative path or to an \`https://\` URL`;
    }
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
    if (scheme !== undefined) {
        if (scheme === 'https') {
            if (/^https:\/\/[^/\\?#]+/i.test(url))
                return undefined;
            return `${what} ${text_code(shown)} is not a valid \`https://host/…\` URL`;
        }
        if (literal !== undefined) {
            const bare = text_code(clip(literal, 60));
            return scheme === 'mailto'
                ? `the bare address ${bare} becomes a \`mailto:\` link; put it in backticks`
                : `the bare URL ${bare} becomes an \`${scheme}:\` link; write it as \`https://…\` or put it in backticks`;
        }
        const https = scheme === 'http' ? ' (use `https://`)' : '';
        return `${what} ${text_code(shown)} uses the \`${scheme}:\` scheme; ${allowed}${https}`;
    }
    if (/^[/\\]{2}/.test(url))
        return `${what} ${text_code(shown)} is protocol-relative; write the full \`https://\` URL`;
    if (/^[/\\]/.test(url)) {
        const instead = 'use a path relative to this document (`../…`) or an `https://` URL';
        return `${what} ${text_code(shown)} is an absolute path; ${instead}`;
    }
    return climbProblem(url, what, shown, docFile);
}
/** A relative path that climbs out of the repository (or, without `docFile`, too far up). */
function climbProblem(url, what, shown, docFile) {
    let path = url.replace(/[?#].*$/s, '');
    try {
        path = decodeURIComponent(path);
    }
    catch {
        // A malformed escape stays as written; it cannot decode to `..` then.
    }
    const segments = path.split(/[/\\]+/);
    const folder = docFile ? external_node_path_.posix.dirname(docFile.replace(/\\/g, '/')) : '';
    const base = docFile ? folder.split('/').filter((s) => s !== '' && s !== '.') : [];
    let depth = base.length;
    let lowest = depth;
    for (const s of segments) {
        if (s === '..')
            depth--;
        else if (s !== '' && s !== '.')
            depth++;
        lowest = Math.min(lowest, depth);
    }
    const floor = docFile ? 0 : -MAX_PARENT_SEGMENTS;
    if (lowest >= floor)
        return undefined;
    return docFile
        ? `${what} ${text_code(shown)} climbs above the repository root; link to a file inside the repository`
        : `${what} ${text_code(shown)} climbs more than ${MAX_PARENT_SEGMENTS} folders up; link to a file inside the repository`;
}

;// CONCATENATED MODULE: ./lib/checks/markdown/raw-html.js
// Rule `raw-html`: any HTML node, block or inline, comments included. No HTML in generated docs, and
// in particular no way to forge our `<!-- architect-docs:… -->` managed-block markers.

/** What to say about an HTML node with this source text. */
function htmlMessage(value) {
    const text = value.trim();
    if (/^<!--\s*architect-docs:/i.test(text)) {
        return 'the `<!-- architect-docs:… -->` marker is reserved for the managed blocks; remove it';
    }
    if (text.startsWith('<!--')) {
        return 'an HTML comment is not allowed; remove it (write a visible note in prose if it matters)';
    }
    const tag = /^<\/?[A-Za-z][A-Za-z0-9-]*/.exec(text);
    const shown = tag ? `${tag[0]}>` : clip(text, 30);
    const hint = htmlHint(tag?.[0].replace(/^<\/?/, '').toLowerCase());
    return `raw HTML ${text_code(shown)} is not allowed; ${hint}`;
}
function htmlHint(tag) {
    switch (tag) {
        case 'br':
            return 'end the line or start a new paragraph instead';
        case 'details':
        case 'summary':
            return 'use a heading and ordinary paragraphs instead';
        case 'a':
            return 'use a Markdown link `[text](url)` instead';
        case 'img':
            return 'use Markdown image syntax `![alt](path)` instead';
        case 'b':
        case 'strong':
        case 'i':
        case 'em':
            return 'use Markdown emphasis (`**bold**`, `_italic_`) instead';
        case 'code':
        case 'pre':
            return 'use backticks or a fenced code block instead';
        case 'table':
        case 'tr':
        case 'td':
        case 'th':
            return 'use a Markdown (GFM) table instead';
        default:
            return 'use Markdown instead (write a literal `<` inside backticks)';
    }
}

;// CONCATENATED MODULE: ./lib/checks/markdown/check-markdown.js
// Structural checks on Markdown the model wrote, run before anything is saved. Deterministic: the
// text is parsed with the one Markdown processor the managed blocks use (`src/markdown`) and the
// mdast is walked. Each problem's message is short and says what to do instead, because the list is
// sent back to the model for its one retry (the caller prefixes `line N: `, so messages never repeat
// the line).
//
// Rules (`rule` ids), one file each:
//   empty           the text has no content.
//   raw-html        any HTML node, comments and forged managed-block markers included (raw-html.ts).
//   link-scheme     links, images and definitions: `https://` or relative, not out of the repo (links.ts).
//   heading-depth   headings at least `minHeadingDepth` deep (headings.ts).
//   heading-skip    no heading more than one level deeper than the one before it (headings.ts).
//   model-diagram   no ```mermaid (or other diagram-language) code blocks (diagrams.ts).
//   unclosed-fence  no fenced code block that runs to the end of the text (fences.ts).









/** The mdast of a Markdown text, with positions; the one parser both checks use. */

function checkMarkdown(markdown, opts) {
    if (markdown.trim() === '')
        return [{ rule: 'empty', message: 'the section is empty; write its Markdown content' }];
    const tree = (0,processor/* parseMarkdown */.Dd)(markdown);
    const problems = [];
    const add = (rule, node, message) => {
        if (message)
            problems.push({ rule, ...(node?.position ? { line: node.position.start.line } : {}), message });
    };
    if (!tree.children.some((n) => n.type !== 'definition')) {
        add('empty', undefined, 'the section has no content (only link definitions); write its Markdown content');
    }
    const heading = headingChecker(opts.minHeadingDepth);
    (0,lib/* visit */.YR)(tree, (node) => {
        switch (node.type) {
            case 'html':
                add('raw-html', node, htmlMessage(node.value));
                break;
            case 'link':
            case 'image':
            case 'definition':
                add('link-scheme', node, linkMessage(node, markdown, opts.docFile));
                break;
            case 'heading': {
                const problem = heading(node);
                if (problem)
                    add(problem.rule, node, problem.message);
                break;
            }
            case 'code':
                add('model-diagram', node, diagramMessage(node));
                add('unclosed-fence', node, unclosedFenceMessage(markdown, node));
                break;
        }
    });
    return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

;// CONCATENATED MODULE: ./lib/checks/grounding/endpoint-mentions.js
// HTTP endpoints: `METHOD /path` or `METHOD https://host/path`, in prose, code spans and code.
const METHODS = 'GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE|QUERY';
/** `METHOD /path` or `METHOD https://host/path` anywhere in a text. */
const BACKTICK = '`';
const ENDPOINT_RE = new RegExp(String.raw `\b(${METHODS})\s+` + String.raw `((?:https?:\/\/[^\s/${BACKTICK}'"<>]+)?\/[^\s${BACKTICK}'"\[\]()|,;]*)`, 'g');
/** The path of a `METHOD path` match, trailing punctuation dropped; undefined when it is not a path. */
function endpointPath(written) {
    let path = written;
    if (!/(\.\.\.|…)$/.test(path))
        path = path.replace(/[.:!?'"]+$/, '');
    const url = /^https?:\/\/[^/]+(\/.*)?$/.exec(path);
    if (url)
        return url[1] ?? '/';
    return path.startsWith('/') ? path : undefined;
}
/** Whether an operation answers `method path` (method undefined: any method). */
function endpointExists(known, method, path) {
    const op = known.index.operations.find(method, path);
    return { known: op !== undefined, ...(op ? { id: op.id } : {}) };
}

// EXTERNAL MODULE: ./lib/checks/grounding/shell-tokens.js
var shell_tokens = __webpack_require__(76868);
;// CONCATENATED MODULE: ./lib/checks/grounding/curl-command.js


// curl lines: the endpoints they call on this API. The method comes from `-X`/`--request`, else
// `-I` means HEAD and a body flag means POST, else GET.
const EXPLICIT_METHOD_RE = new RegExp(`(?:-X|--request)\\s*["']?(${METHODS})\\b`);
const BODY_FLAG_RE = /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)\b/;
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '0.0.0.0'];
/**
 * Endpoints a curl line calls on this API: a URL on a server host, on localhost or a component
 * (on a known port, or none given), or `$VAR/…`.
 */
function curlEndpoints(known, line) {
    const explicit = EXPLICIT_METHOD_RE.exec(line)?.[1];
    const implied = /(?:^|\s)(?:-I|--head)\b/.test(line) ? 'HEAD' : BODY_FLAG_RE.test(line) ? 'POST' : 'GET';
    const method = explicit ?? implied;
    const { operations, components } = known.index;
    const found = [];
    for (const t of (0,shell_tokens/* shellTokens */.d)(line)) {
        const url = /^(?:https?:\/\/)?([A-Za-z0-9.-]+)(?::(\d+))?(\/[^\s?#]*)?/.exec(t.text);
        const viaVar = /^\$\{?\w+\}?(\/[^\s?#]*)/.exec(t.text);
        let path;
        if (viaVar)
            path = viaVar[1];
        else if (url?.[3] && /^https?:\/\/|^[A-Za-z0-9.-]+(:\d+)?\//.test(t.text)) {
            const host = url[1].toLowerCase();
            const port = url[2] ? Number(url[2]) : undefined;
            const local = LOCAL_HOSTS.includes(host) ||
                components.composeService(host) !== undefined ||
                components.exactReference(host) !== undefined;
            if (operations.isServerHost(host) || (local && (port === undefined || components.hasPort(port))))
                path = url[3];
        }
        if (path)
            found.push({ method, path: path.replace(/[.,;:)]+$/, '') });
    }
    return found;
}

;// CONCATENATED MODULE: ./lib/checks/grounding/sql-ast-mentions.js
/** Parses `sql`; undefined when it is not (only) SQL the parser accepts. */
function sqlAstMentions(parser, sql) {
    let stmts;
    try {
        stmts = parser.parse(sql).stmts;
    }
    catch {
        return undefined;
    }
    const out = [];
    // A table one statement creates (or a CTE it names) is the snippet's own in the statements after it.
    const defined = new Set();
    for (const raw of stmts)
        statementMentions(raw.stmt, raw.stmt_location ?? 0, out, defined);
    return out;
}
/** ALTER TABLE commands whose `name` is a column (`AT_DropColumn`, `AT_SetNotNull`, `AT_ColumnDefault` …). */
const COLUMN_COMMAND_RE = /^AT_(\w*Column\w*|SetNotNull|DropNotNull|SetStatistics|SetStorage|DropExpression)$/;
const SKIPPED_QUALIFIERS = new Set(['excluded', 'new', 'old']);
function written(r) {
    return r.schema ? `${r.schema}.${r.name}` : r.name;
}
function statementMentions(stmt, offset, out, defined) {
    const relations = [];
    const local = defined;
    const opaque = new Set(); // subquery and function aliases: their columns are not checked
    const outputNames = new Set();
    const columnRefs = [];
    let nonTableSource = false;
    const relationOf = (rv) => ({
        name: rv.relname,
        ...(rv.schemaname ? { schema: rv.schemaname } : {}),
        ...(rv.alias?.aliasname ? { alias: rv.alias.aliasname } : {}),
        location: typeof rv.location === 'number' ? rv.location : -1,
    });
    const walk = (node, key) => {
        if (Array.isArray(node)) {
            for (const n of node)
                walk(n, key);
            return;
        }
        if (!node || typeof node !== 'object')
            return;
        const n = node;
        // A RangeVar appears wrapped (`{RangeVar: {…}}`) in FROM lists and bare in `relation` fields.
        if (key === 'RangeVar' || (key === 'relation' && typeof n.relname === 'string'))
            relations.push(relationOf(n));
        if (key === 'CommonTableExpr' && n.ctename)
            local.add(String(n.ctename).toLowerCase());
        if ((key === 'RangeSubselect' || key === 'RangeFunction') && n.alias?.aliasname) {
            opaque.add(String(n.alias.aliasname).toLowerCase());
        }
        if (key === 'RangeSubselect' || key === 'RangeFunction')
            nonTableSource = true;
        if (key === 'ColumnRef' && Array.isArray(n.fields)) {
            const fields = n.fields.map((f) => f?.String?.sval).filter((f) => typeof f === 'string');
            if (fields.length === n.fields.length)
                columnRefs.push({ fields, location: n.location ?? -1 });
        }
        if (key === 'ResTarget' && typeof n.name === 'string')
            outputNames.add(n.name.toLowerCase());
        for (const [k, v] of Object.entries(n))
            walk(v, k);
    };
    walk(stmt);
    const type = Object.keys(stmt)[0];
    const body = stmt[type];
    // What the statement creates is its own: not a mention, nor are its columns.
    if (type === 'CreateStmt' || type === 'ViewStmt')
        local.add(String((body.relation ?? body.view)?.relname).toLowerCase());
    if (type === 'CreateTableAsStmt')
        local.add(String(body.into?.rel?.relname).toLowerCase());
    if (type === 'ViewStmt' && body.view?.relname)
        local.add(String(body.view.relname).toLowerCase());
    const isLocal = (r) => local.has(r.name.toLowerCase());
    const isCatalog = (r) => /^pg_/.test(r.name) || r.schema === 'pg_catalog' || r.schema === 'information_schema';
    const tables = relations.filter((r) => !isLocal(r) && !isCatalog(r));
    for (const r of tables)
        out.push({ kind: 'table', name: written(r), index: offset + Math.max(0, r.location) });
    const byQualifier = new Map();
    for (const r of tables) {
        byQualifier.set((r.alias ?? r.name).toLowerCase(), r);
        if (!r.alias)
            byQualifier.set(written(r).toLowerCase(), r);
    }
    const column = (r, col, at) => out.push({ kind: 'column', name: `${written(r)}.${col}`, table: written(r), column: col, index: offset + at });
    for (const ref of columnRefs) {
        const at = Math.max(0, ref.location);
        if (ref.fields.length >= 2) {
            const qualifier = ref.fields.slice(0, -1).join('.').toLowerCase();
            const col = ref.fields.at(-1);
            if (SKIPPED_QUALIFIERS.has(qualifier) || opaque.has(qualifier) || local.has(qualifier))
                continue;
            const r = byQualifier.get(qualifier);
            if (r)
                column(r, col, at);
            continue;
        }
        const col = ref.fields[0];
        if (outputNames.has(col.toLowerCase()) || nonTableSource || local.size > 0 || tables.length === 0)
            continue;
        // A bare name: checked against the statement's tables (any of them may hold it).
        if (tables.length === 1)
            column(tables[0], col, at);
        else
            out.push({ kind: 'column', name: col, column: col, candidates: tables.map(written), index: offset + at });
    }
    // Columns named by the statement itself, outside expressions.
    const target = body.relation && typeof body.relation.relname === 'string' ? relationOf(body.relation) : undefined;
    if (!target || isLocal(target) || isCatalog(target))
        return;
    const at = Math.max(0, target.location);
    if (type === 'InsertStmt')
        for (const c of body.cols ?? [])
            if (c.ResTarget?.name)
                column(target, c.ResTarget.name, at);
    if (type === 'UpdateStmt') {
        for (const t of body.targetList ?? [])
            if (t.ResTarget?.name)
                column(target, t.ResTarget.name, at);
    }
    if (type === 'IndexStmt') {
        if (body.idxname)
            out.push({ kind: 'name', name: body.idxname, index: offset + at });
        for (const p of body.indexParams ?? [])
            if (p.IndexElem?.name)
                column(target, p.IndexElem.name, at);
    }
    if (type === 'AlterTableStmt') {
        for (const c of body.cmds ?? []) {
            const cmd = c.AlterTableCmd;
            const name = cmd?.def?.ColumnDef?.colname ?? (COLUMN_COMMAND_RE.test(cmd?.subtype ?? '') ? cmd?.name : undefined);
            if (typeof name === 'string')
                column(target, name, at);
        }
    }
}

;// CONCATENATED MODULE: ./lib/checks/grounding/name-shape.js
// What a span must look like to be read as a name at all. Plain words in one case style
// (`pending`, `Deployment`, `SELECT`) cannot be told from English or keywords, so only spans that
// look like identifiers are checked unless a kind word makes them a claim.
/** A single identifier-like span: `orders_api`, `public.orders`, `k8s:Deployment/shop/api`. */
const IDENTIFIER_RE = /^[A-Za-z_][A-Za-z0-9_.:/-]*$/;
/** `_ - . : /`, a digit, or camelCase: it reads as a name, not as an English word or a keyword. */
function hasIdentifierSignal(value) {
    return /[_\-.:/0-9]/.test(value) || /[a-z][A-Z]/.test(value);
}
/** File extensions: `orders.sql` is a file, not the column `sql` of the table `orders`. */
const FILE_EXTENSIONS = new Set([
    'md',
    'yaml',
    'yml',
    'json',
    'sql',
    'ts',
    'js',
    'mjs',
    'tf',
    'txt',
    'html',
    'go',
    'py',
    'sh',
    'toml',
    'env',
    'lock',
    'csv',
    'pdf',
]);

;// CONCATENATED MODULE: ./lib/checks/grounding/sql-names.js


// SQL names: `schema.table`, `table.column`, `schema.table.column` spans, and the relations an SQL
// text reads or writes.
/** Text that holds SQL outside an SQL block: psql, `\d`, or an UPPERCASE SQL verb. */
const SQL_VERB_RE = new RegExp(String.raw `\b(SELECT|INSERT|UPDATE|DELETE|ALTER|TRUNCATE|VACUUM|ANALYZE|REINDEX|LOCK|EXPLAIN|CREATE|DROP|REFRESH|` +
    String.raw `COPY|WITH)\b|\bpsql\b|\\d`);
const SQL_KEYWORDS = new Set([
    'select only lateral if not exists concurrently skip nowait of set values where default on using as table with',
    'join from recursive unnest generate_series verbose full freeze analyze and or in is null true false',
]
    .join(' ')
    .split(' '));
/** Words that make a following FROM no relation: `IS DISTINCT FROM x`, `EXTRACT(EPOCH FROM x)`, `trim(BOTH FROM x)`. */
const NOT_RELATION_BEFORE_FROM = new Set([
    'distinct epoch year month day hour minute second week dow doy isodow quarter century millennium decade',
    'microseconds milliseconds timezone both leading trailing',
]
    .join(' ')
    .split(' '));
/** Words that make a following UPDATE not a statement: `FOR UPDATE`, `ON UPDATE`, `BEFORE UPDATE` … */
const NOT_STATEMENT_BEFORE_UPDATE = ['for', 'key', 'do', 'on', 'before', 'after', 'of', 'or'];
const IDENT = String.raw `"?[A-Za-z_][\w$]*"?(?:\s*\.\s*"?[A-Za-z_][\w$]*"?)?`;
const CTE = String.raw `\bWITH\s+(?:RECURSIVE\s+)?(${IDENT})\s+AS\b|` +
    String.raw `,\s*(${IDENT})\s+AS\s*(?:NOT\s+)?(?:MATERIALIZED\s+)?\(`;
const CREATED = String.raw `\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED|GLOBAL|LOCAL)\s+)*` +
    String.raw `(?:TABLE|VIEW|MATERIALIZED\s+VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(${IDENT})`;
const RELATION = String.raw `(\\d[t+]*\s+|\b(?:FROM|JOIN|UPDATE|INTO|TABLE|VIEW|COPY|\\copy|VACUUM|ANALYZE)\b` +
    String.raw `(?:\s+(?:ONLY|LATERAL|CONCURRENTLY|FULL|FREEZE|VERBOSE|ANALYZE|IF\s+(?:NOT\s+)?EXISTS))*\s+)` +
    String.raw `(${IDENT})(\s*\()?`;
/**
 * Relations an SQL text reads or writes, with offsets; `caseInsensitive` for SQL blocks, where
 * keywords may be in any case; elsewhere only UPPERCASE keywords count (a lower-case `from` or
 * `update` in a shell line is as likely English).
 */
function sqlRelations(text, caseInsensitive) {
    let sql = text;
    if (caseInsensitive) {
        // Blank out string literals and comments, keeping offsets.
        sql = sql.replace(/'(?:[^']|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, (s) => s.replace(/[^\n]/g, ' '));
    }
    const flags = caseInsensitive ? 'gi' : 'g';
    // Names the snippet defines itself: its CTEs and the tables and views it creates.
    const local = new Set();
    for (const m of sql.matchAll(new RegExp(CTE, flags)))
        local.add(unquoteSqlName(m[1] ?? m[2]).toLowerCase());
    for (const m of sql.matchAll(new RegExp(CREATED, flags))) {
        local.add(unquoteSqlName(m[1]).toLowerCase().replace(/\s/g, ''));
    }
    const found = [];
    for (const m of sql.matchAll(new RegExp(RELATION, flags))) {
        const keyword = m[1].trim().split(/\s+/)[0].toUpperCase();
        const name = unquoteSqlName(m[2]).replace(/\s/g, '');
        const lower = name.toLowerCase();
        if (m[3] && keyword !== 'INTO' && keyword !== 'COPY')
            continue; // a function: `FROM generate_series(`
        if (SQL_KEYWORDS.has(lower) || local.has(lower))
            continue;
        if (/^(pg_|information_schema\.|pg_catalog\.)/.test(lower))
            continue;
        const before = sql.slice(Math.max(0, m.index - 40), m.index);
        const prev = /([\w']+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
        if (keyword === 'FROM' && (NOT_RELATION_BEFORE_FROM.has(prev) || prev.endsWith("'")))
            continue;
        if (keyword === 'UPDATE' && NOT_STATEMENT_BEFORE_UPDATE.includes(prev))
            continue;
        if ((keyword === 'TABLE' || keyword === 'VIEW') && /\bCREATE\b[^;]*$/i.test(before) && local.has(lower))
            continue;
        if (keyword === 'TABLE' && /\bRETURNS\s*$/i.test(before))
            continue;
        if (/^\d/.test(name))
            continue;
        found.push({ name, index: m.index + m[1].length });
    }
    return found;
}
/** A column of that name in any table. */
function columnAnywhere(known, name) {
    const id = known.index.schema.columnAnywhere(name);
    return { kind: 'column', known: id !== undefined, ...(id ? { id } : {}) };
}
/**
 * `schema.table`, `table.column`, `schema.table.column` (and `schema.enum`, `schema.index`):
 * `kind` undefined when the first part is neither a schema nor a table.
 */
function dottedName(known, text) {
    const { schema } = known.index;
    const parts = text.split('.');
    const [a, b, c] = parts.map((p) => unquoteSqlName(p).toLowerCase());
    if (parts.length === 2 && schema.isSchema(a)) {
        const t = schema.table(`${a}.${b}`);
        if (t)
            return { kind: 'table', known: true, id: t.id };
        const other = known.name(`${a}.${b}`);
        if (other)
            return { kind: 'name', known: true, ...(other.id ? { id: other.id } : {}) };
        return { kind: 'table', known: false };
    }
    if (parts.length === 2 && schema.table(a) && !FILE_EXTENSIONS.has(b)) {
        const id = schema.columnOf(schema.table(a), b);
        return { kind: 'column', known: id !== undefined, ...(id ? { id } : {}) };
    }
    if (parts.length === 3 && schema.isSchema(a)) {
        const t = schema.table(`${a}.${b}`);
        const id = t ? schema.columnOf(t, c) : undefined;
        return { kind: 'column', known: id !== undefined, ...(id ? { id } : {}) };
    }
    return { known: false };
}

;// CONCATENATED MODULE: ./lib/checks/grounding/generic-terms.js
// Generic technical vocabulary: names a section may put in backticks although no fact holds them.
/**
 * Generic technical terms a section may put in backticks that no fact holds. Only terms with an
 * identifier signal need to be here (plain words like `psql` or `SELECT` are never name mentions on
 * their own); they are listed anyway where a kind word could make them a claim (`Retry-After` header).
 * Compared lower-case.
 */
const GENERIC_TERMS = new Set([
    // HTTP headers (standard or de-facto) a design note may recommend
    'Accept',
    'Accept-Encoding',
    'Accept-Language',
    'Access-Control-Allow-Origin',
    'Authorization',
    'Cache-Control',
    'Content-Encoding',
    'Content-Length',
    'Content-Type',
    'Cookie',
    'Deprecation',
    'ETag',
    'Idempotency-Key',
    'If-Match',
    'If-Modified-Since',
    'If-None-Match',
    'Last-Modified',
    'Link',
    'Location',
    'Origin',
    'Prefer',
    'Preference-Applied',
    'RateLimit',
    'RateLimit-Limit',
    'RateLimit-Policy',
    'RateLimit-Remaining',
    'RateLimit-Reset',
    'Retry-After',
    'Set-Cookie',
    'Strict-Transport-Security',
    'Sunset',
    'traceparent',
    'tracestate',
    'User-Agent',
    'Vary',
    'WWW-Authenticate',
    'X-Content-Type-Options',
    'X-Correlation-Id',
    'X-Forwarded-For',
    'X-Forwarded-Proto',
    'X-RateLimit-Limit',
    'X-RateLimit-Remaining',
    'X-RateLimit-Reset',
    'X-Request-Id',
    // media types
    'application/json',
    'application/problem+json',
    'application/merge-patch+json',
    'application/json-patch+json',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'text/plain',
    'text/csv',
    'text/html',
    'text/event-stream',
    'application/octet-stream',
    'application/pdf',
    'application/xml',
    // PostgreSQL operations vocabulary (pg_* names are allowed by pattern)
    'information_schema',
    'statement_timeout',
    'lock_timeout',
    'idle_in_transaction_session_timeout',
    'max_connections',
    'log_min_duration_statement',
    'log_lock_waits',
    'log_statement',
    'log_autovacuum_min_duration',
    'deadlock_timeout',
    'effective_cache_size',
    'random_page_cost',
    'track_io_timing',
    'max_parallel_workers_per_gather',
    'autovacuum_vacuum_cost_limit',
    'autovacuum_analyze_scale_factor',
    'checkpoint_timeout',
    'synchronous_commit',
    'hot_standby_feedback',
    'max_standby_streaming_delay',
    'temp_file_limit',
    'default_statistics_target',
    'shared_buffers',
    'work_mem',
    'maintenance_work_mem',
    'search_path',
    'wal_level',
    'max_wal_size',
    'autovacuum_vacuum_scale_factor',
    'default_transaction_isolation',
    'n_dead_tup',
    'n_live_tup',
    'last_autovacuum',
    'last_vacuum',
    'seq_scan',
    'idx_scan',
    'wait_event',
    'wait_event_type',
    'query_start',
    'xact_start',
    'state_change',
    'backend_start',
    'application_name',
    'blocked_by',
    'gen_random_uuid',
    'uuid-ossp',
    'uuid_generate_v4',
    'ON_ERROR_STOP',
    'now()',
    'pgcrypto',
    'pgbouncer',
    'pgbench',
    'pgbadger',
    'golang-migrate',
    'schema_migrations',
    'AccessExclusiveLock',
    'ShareLock',
    'RowExclusiveLock',
    'ShareUpdateExclusiveLock',
    // tools and commands
    'kubectl',
    'psql',
    'helm',
    'terraform',
    'docker',
    'docker-compose',
    'redis-cli',
    'curl',
    'jq',
    'aws',
    'gcloud',
    'k9s',
    'k6',
    'stern',
    'kustomize',
    'gh',
    'git',
    'openssl',
    'dig',
    'nslookup',
    'grpcurl',
    'npx',
    'npm',
    'node',
    'make',
    'go',
    'python3',
    'pip',
    'pytest',
    'vitest',
    // Kubernetes kinds, fields and pod states
    'ConfigMap',
    'StatefulSet',
    'DaemonSet',
    'CronJob',
    'ReplicaSet',
    'HorizontalPodAutoscaler',
    'PodDisruptionBudget',
    'NetworkPolicy',
    'ServiceAccount',
    'PersistentVolumeClaim',
    'PersistentVolume',
    'ClusterRole',
    'ClusterRoleBinding',
    'RoleBinding',
    'ResourceQuota',
    'LimitRange',
    'ExternalSecret',
    'SealedSecret',
    'ServiceMonitor',
    'PrometheusRule',
    'IngressClass',
    'readinessProbe',
    'livenessProbe',
    'startupProbe',
    'httpGet',
    'initialDelaySeconds',
    'periodSeconds',
    'failureThreshold',
    'timeoutSeconds',
    'maxSurge',
    'maxUnavailable',
    'minReplicas',
    'maxReplicas',
    'minAvailable',
    'terminationGracePeriodSeconds',
    'imagePullPolicy',
    'envFrom',
    'secretKeyRef',
    'configMapKeyRef',
    'configMapRef',
    'secretRef',
    'valueFrom',
    'scaleTargetRef',
    'targetCPUUtilizationPercentage',
    'averageUtilization',
    'podAntiAffinity',
    'topologySpreadConstraints',
    'preStop',
    'postStart',
    'resources.requests',
    'resources.limits',
    'requests.cpu',
    'requests.memory',
    'limits.cpu',
    'limits.memory',
    'securityContext',
    'runAsNonRoot',
    'runAsUser',
    'readOnlyRootFilesystem',
    'allowPrivilegeEscalation',
    'serviceAccountName',
    'nodeSelector',
    'RollingUpdate',
    'revisionHistoryLimit',
    'matchLabels',
    'containerPort',
    'targetPort',
    'nodePort',
    'ClusterIP',
    'LoadBalancer',
    'NodePort',
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'OOMKilled',
    'CreateContainerConfigError',
    'ContainerCreating',
    'Evicted',
    'rollout-restart',
    'kube-system',
    'kube-proxy',
    'kube-apiserver',
    'metrics-server',
    'cluster-autoscaler',
    'istio-proxy',
    'cloud-sql-proxy',
    'oauth2-proxy',
    'aws-load-balancer-controller',
    // Compose
    'depends_on',
    'env_file',
    'restart_policy',
    'service_healthy',
    'service_started',
    'service_completed_successfully',
    'unless-stopped',
    'on-failure',
    'mem_limit',
    'deploy.replicas',
    'deploy.resources',
    // Terraform / AWS vocabulary (resource types `aws_*` are allowed by pattern)
    'prevent_destroy',
    'create_before_destroy',
    'ignore_changes',
    'deletion_protection',
    'multi_az',
    'backup_retention_period',
    'skip_final_snapshot',
    'final_snapshot_identifier',
    'storage_encrypted',
    'publicly_accessible',
    'instance_class',
    'allocated_storage',
    'max_allocated_storage',
    'performance_insights_enabled',
    'apply_immediately',
    'auto_minor_version_upgrade',
    'visibility_timeout_seconds',
    'message_retention_seconds',
    'redrive_policy',
    'maxReceiveCount',
    'deadLetterTargetArn',
    'block_public_acls',
    'block_public_policy',
    'ignore_public_acls',
    'restrict_public_buckets',
    'server_side_encryption_configuration',
    'lifecycle_rule',
    'num_cache_nodes',
    'node_type',
    'engine_version',
    'snapshot_retention_limit',
    'automatic_failover_enabled',
    'transit_encryption_enabled',
    'at_rest_encryption_enabled',
    'terraform.tfstate',
    'tfstate',
    'ApproximateAgeOfOldestMessage',
    'ApproximateNumberOfMessagesVisible',
    'NumberOfMessagesSent',
    'CPUUtilization',
    'FreeStorageSpace',
    'DatabaseConnections',
    'ReplicaLag',
    // Protocols, formats, security vocabulary
    'mTLS',
    'OAuth2',
    'OAuth',
    'OpenID',
    'OpenAPI',
    'OpenTelemetry',
    'PostgreSQL',
    'ElastiCache',
    'HMAC-SHA256',
    'SHA-256',
    'sha256',
    'UTF-8',
    'base64',
    'ISO-8601',
    'RFC-3339',
    'RFC-7807',
    'RFC-9457',
    'UUIDv4',
    'UUIDv7',
    'uuid-v4',
    'x-www-form-urlencoded',
    'snake_case',
    'camelCase',
    'kebab-case',
    'e.g.',
    'i.e.',
    'Node.js',
    'N+1',
    'at-least-once',
    'at-most-once',
    'exactly-once',
    'read-only',
    'read-write',
    'opt-in',
    'opt-out',
    'dead-letter',
    'fail-open',
    'fail-closed',
    'max-age',
    'no-cache',
    'no-store',
    'p50',
    'p90',
    'p95',
    'p99',
    'p999',
    'SIGTERM',
    'SIGKILL',
    'SIGINT',
    'Stripe-Signature',
    // Plain words a kind word may make look like a claim
    // ("the `Running` status", "a `GIN` index", "the `Basic` scheme")
    'Running',
    'Pending',
    'Succeeded',
    'Failed',
    'Unknown',
    'Terminating',
    'Completed',
    'Ready',
    'NotReady',
    'healthy',
    'unhealthy',
    'starting',
    'exited',
    'restarting',
    'btree',
    'gin',
    'gist',
    'brin',
    'hash',
    'spgist',
    'unique',
    'check',
    'primary',
    'foreign',
    'exclusion',
    'partial',
    'composite',
    'covering',
    'basic',
    'digest',
    'bearer',
    'http',
    'https',
    'apiKey',
    'oauth2',
    'openIdConnect',
    'mutualTLS',
    'string',
    'integer',
    'boolean',
    'number',
    'object',
    'array',
].map((t) => t.toLowerCase()));
/** Generic shapes that are never facts: PostgreSQL's own objects, provider resource types, versions … */
const GENERIC_PATTERNS = [
    /^pg_[a-z0-9_]+(\(\))?$/i, // PostgreSQL reserves the pg_ prefix for its own catalogs and functions
    /^(information_schema|pg_catalog)\.[a-z_]+$/i,
    // a provider resource type, not a resource
    /^(aws|google|azurerm|kubernetes|helm|random|null|tls|cloudflare|datadog)_[a-z0-9_]+$/,
    /^v\d+(\.\d+)*$/, // a version
    /^[a-z]{2}(-gov)?-[a-z]+-\d$/, // an AWS region
    /^(db|cache)\.[a-z0-9]+\.[a-z0-9]+$/, // an AWS instance class
    /^[\w.-]*\.?(kubernetes|k8s)\.io\/[\w.-]+$/, // well-known Kubernetes labels and annotations
    /^(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?$/,
    /^[\w./-]*\.md(#[\w-]+)?$/, // a Markdown document (the docs link each other)
    /^origin\/[\w.-]+$/, // a git remote branch
    /^[45]xx$/i,
    // a configuration argument (a Terraform or client setting), not a system name: lower snake_case
    // ending in what settings end in
    /^[a-z][a-z0-9]*(_[a-z0-9]+)*_(enabled|disabled|seconds|ms|minutes|hours|days|bytes|timeout)$/,
];
/** A term no fact holds and no check should ask for: a generic word or a generic shape. */
function isGeneric(value) {
    return GENERIC_TERMS.has(value.toLowerCase()) || GENERIC_PATTERNS.some((p) => p.test(value));
}

;// CONCATENATED MODULE: ./lib/checks/grounding/classify-name.js



// A single name in a code span: what it is checked as, with a kind word next to it or without.
const TERRAFORM_ADDRESS_RE = /^[a-z][a-z0-9]*_[a-z0-9_]+\.[a-z_][\w-]*(\.[\w.-]+)?$/;
/** Check a name as the kind a kind word says it is; undefined when generic (allowlisted). */
function classifyAs(known, phrase, value, strict = false) {
    switch (phrase) {
        case 'table': {
            const d = dottedName(known, value);
            if (d.kind === 'table' || d.kind === 'column')
                return d;
            const t = known.table(value);
            if (t)
                return { kind: 'table', known: true, id: t.id };
            if (isGeneric(value))
                return undefined;
            return { kind: 'table', known: false };
        }
        case 'column': {
            const d = dottedName(known, value);
            if (d.kind === 'column')
                return d;
            const any = columnAnywhere(known, value);
            if (any.known || !isGeneric(value))
                return any;
            return undefined;
        }
        case 'component':
            return classifyAsComponent(known, value, strict);
        case 'name': {
            const hit = known.name(value) ?? nameHit(known, value);
            if (hit)
                return { kind: 'name', known: true, ...(hit.id ? { id: hit.id } : {}) };
            if (isGeneric(value))
                return undefined;
            return { kind: 'name', known: false };
        }
    }
}
function classifyAsComponent(known, value, strict = false) {
    // "the `redis` container": a bare image name names the component running it.
    const image = known.index.components.imageComponent(value);
    const hit = known.component(value) ?? (image !== undefined ? { kind: 'component', id: image } : undefined);
    if (hit)
        return { kind: 'component', known: true, ...(hit.id ? { id: hit.id } : {}) };
    const ref = known.kindReference(value);
    if (ref === null)
        return undefined;
    if (ref)
        return { kind: 'component', ...ref };
    const ns = known.index.components.namespace(value);
    if (ns.known)
        return { kind: 'component', ...ns };
    if (isGeneric(value) && !strict)
        return undefined;
    return { kind: 'component', known: false };
}
/** A single identifier-like span with no kind word. Undefined: not a mention. */
function classify(known, value) {
    const d = dottedName(known, value);
    if (d.known)
        return d;
    const comp = known.component(value);
    if (comp)
        return { kind: 'component', known: true, ...(comp.id ? { id: comp.id } : {}) };
    const hit = nameHit(known, value);
    if (hit)
        return { kind: hit.kind, known: true, ...(hit.id ? { id: hit.id } : {}) };
    if (isGeneric(value))
        return undefined;
    if (d.kind)
        return d;
    const ref = known.kindReference(value);
    if (ref === null)
        return undefined;
    if (ref)
        return { kind: 'component', ...ref };
    if (TERRAFORM_ADDRESS_RE.test(value) && known.index.components.isTerraformType(value.split('.')[0])) {
        return { kind: 'component', known: false };
    }
    if (!hasIdentifierSignal(value))
        return undefined;
    return { kind: 'name', known: false };
}
/** Any fact named `value`: a table, a column, a component, then every other name. */
function nameHit(known, value) {
    const t = known.table(value);
    if (t)
        return { kind: 'table', id: t.id };
    const col = known.index.schema.columnAnywhere(value);
    if (col)
        return { kind: 'column', id: col };
    const comp = known.component(value);
    if (comp)
        return comp;
    return known.name(value) ?? known.inMigrationName(value);
}

// EXTERNAL MODULE: ./node_modules/graphql/index.js
var graphql = __webpack_require__(17645);
;// CONCATENATED MODULE: ./lib/checks/grounding/protocol-operations.js

// The operations of the protocols that are not addressed by `METHOD /path`: gRPC methods, GraphQL
// root fields and AsyncAPI channels, by the names a reader writes them with. A protocol is only
// checked when the facts hold at least one of its operations: with no `.proto` (or SDL, or
// AsyncAPI document) read, an RPC the text names cannot be told invented from unread.
/** `pkg.v1.OrderService/GetOrder`, `OrderService/GetOrder`, `/pkg.v1.OrderService/GetOrder`. */
const RPC_RE = /^\/?((?:[A-Za-z_]\w*\.)*[A-Z]\w*)\/([A-Z]\w*)$/;
class ProtocolOperations {
    hasGrpc;
    hasGraphql;
    hasAsync;
    /** `pkg.svc/method` and `svc/method`, lower-case → the operation's id. */
    rpcs = new Map();
    /** Services by full and short name, lower-case → the id of one of their methods. */
    services = new Map();
    /** Root type names (canonical and the schema's own, `RootQuery`), lower-case → canonical. */
    roots = new Map();
    /** `query.orders`, lower-case → id. */
    rootFields = new Map();
    /** Channel addresses and names, lower-case, parameters normalised to `{}` → id. */
    channels = new Map();
    /** Bare names: RPC method names, root field names, message names → id. */
    bare = new Map();
    /** Named messages and types of these protocols (`shop.v1.Order`) and their fields, lower-case → id. */
    schemas = new Map();
    constructor(api) {
        for (const s of api.schemas ?? []) {
            if (s.protocol === 'http')
                continue;
            // `shop.v1.Order`, `Order`, and their fields (`Order.customer`, `shop.v1.Order.id`).
            const names = [...new Set([s.name, s.name.split('.').pop()])];
            for (const name of names) {
                setOnce(this.schemas, name, s.id);
                for (const p of s.properties)
                    setOnce(this.schemas, `${name}.${p.name}`, s.id);
            }
        }
        for (const op of api.operations) {
            if (op.protocol === 'grpc')
                this.addRpc(op);
            else if (op.protocol === 'graphql')
                this.addRootField(op);
            else if (op.protocol === 'async')
                this.addChannel(op);
        }
        this.hasGrpc = this.rpcs.size > 0;
        this.hasGraphql = this.rootFields.size > 0;
        this.hasAsync = this.channels.size > 0;
    }
    addRpc(op) {
        const m = /^\/?(.+)\/([^/]+)$/.exec(op.path);
        if (!m)
            return;
        const service = m[1];
        const short = service.split('.').pop();
        for (const name of [service, short]) {
            setOnce(this.rpcs, `${name}/${m[2]}`, op.id);
            setOnce(this.services, name, op.id);
        }
        setOnce(this.bare, m[2], op.id);
    }
    addRootField(op) {
        const dot = op.path.indexOf('.');
        if (dot < 0)
            return;
        const canonical = op.path.slice(0, dot);
        const field = op.path.slice(dot + 1);
        for (const root of [canonical, ...op.tags]) {
            setOnce(this.roots, root, canonical);
            setOnce(this.rootFields, `${canonical}.${field}`, op.id);
        }
        setOnce(this.bare, field, op.id);
    }
    addChannel(op) {
        for (const name of [op.path, op.channel])
            if (name)
                setOnce(this.channels, channelKey(name), op.id);
        for (const message of op.messages ?? [])
            setOnce(this.bare, message.name, op.id);
    }
    /** `Service/Method` (full or short service name): undefined when no gRPC was read. */
    rpc(service, method) {
        if (!this.hasGrpc)
            return undefined;
        return existence(this.rpcs.get(`${service}/${method}`.toLowerCase()));
    }
    /** A service by its full or short name; undefined when no gRPC was read. */
    service(name) {
        if (!this.hasGrpc)
            return undefined;
        return existence(this.services.get(name.toLowerCase()));
    }
    /** The canonical root (`Query`) a written root type name stands for, when GraphQL was read. */
    root(name) {
        return this.hasGraphql ? this.roots.get(name.toLowerCase()) : undefined;
    }
    /** A field of a root type (canonical or the schema's name); undefined when `root` is no root type. */
    rootField(root, field) {
        const canonical = this.root(root);
        if (!canonical)
            return undefined;
        return existence(this.rootFields.get(`${canonical}.${field}`.toLowerCase()));
    }
    /**
     * The operation on a channel of this address or name, if any: parameter names are ignored, and a
     * concrete value stands for a parameter (`orders.eu.created` is on `orders.{region}.created`).
     */
    channel(address) {
        const key = channelKey(address);
        const exact = this.channels.get(key);
        if (exact || !/^[\w.:/-]+$/.test(address))
            return exact;
        for (const [pattern, id] of this.channels) {
            if (!pattern.includes('{}'))
                continue;
            const re = new RegExp(`^${pattern.split('{}').map(escapeRegExp).join('[\\w-]+')}$`);
            if (re.test(key))
                return id;
        }
        return undefined;
    }
    /** A message or type of a gRPC, GraphQL or AsyncAPI contract, or one of its fields (`Order.status`). */
    schema(name) {
        return this.schemas.get(name.toLowerCase());
    }
    /** The operation a bare method, root field or message name belongs to. */
    bareName(name) {
        return this.bare.get(name.toLowerCase());
    }
}
function channelKey(address) {
    return address.toLowerCase().split('/').map(normalisePathParam).join('/');
}
function setOnce(map, key, id) {
    const k = key.toLowerCase();
    if (!map.has(k))
        map.set(k, id);
}
function existence(id) {
    return id === undefined ? { known: false } : { known: true, id };
}
const cache = new WeakMap();
/** The protocol operations of a fact model, built once per model object. */
function protocolOperations(facts) {
    let ops = cache.get(facts);
    if (!ops) {
        ops = new ProtocolOperations(facts.api);
        cache.set(facts, ops);
    }
    return ops;
}

;// CONCATENATED MODULE: ./lib/checks/grounding/protocol-mentions.js



// Mentions of gRPC methods, GraphQL root fields and AsyncAPI channels: in a code span
// (`OrderService/GetOrder`, `Query.orders`, `orders.created`), on a `grpcurl` line, and in a
// GraphQL document (a ```graphql block, or a span like `mutation { placeOrder(…) { id } }`).
// They are reported as endpoints, as an HTTP `METHOD /path` is: each names an operation.
/** `Query.orders`, `Mutation.placeOrder`: a root type and one field. */
const ROOT_FIELD_RE = /^([A-Z]\w*)\.([_A-Za-z]\w*)$/;
/**
 * The start of a GraphQL operation outside a GraphQL block: `query {`, `mutation Place($x: …) {`.
 * The `{ orders … }` shorthand is only read in a GraphQL block: elsewhere it is as likely an object.
 */
const GRAPHQL_OPERATION_RE = /^\s*(?:query|mutation|subscription)\b[^{}]*\{/;
/** A GraphQL document in JavaScript: gql`…` and graphql(`…`) (Apollo, urql, graphql-request, codegen). */
const GRAPHQL_TEMPLATE_RE = /\b(?:gql|graphql)\s*(?:\(\s*)?`([^`]*)`/g;
/** grpcurl's `describe` / `list` take a symbol, not a method to call. */
const GRPCURL_SYMBOL_VERBS = new Set(['describe', 'list']);
/** Symbols of the well-known protos and of gRPC's own services, which no project's facts declare. */
const FOREIGN_SYMBOL_RE = /^(?:google|grpc)\./i;
/**
 * A single-token code span naming an operation of a protocol the facts hold: added and true, or
 * false when the span is no such mention (it is then read as any other name).
 */
function inlineOperationMention(out, value, line, end, phrase) {
    const ops = out.known.protocols;
    const rpc = RPC_RE.exec(value);
    if (rpc) {
        const found = ops.rpc(rpc[1], rpc[2]);
        if (found) {
            out.add('endpoint', value, line, found, end);
            return true;
        }
    }
    const field = ROOT_FIELD_RE.exec(value);
    if (field) {
        const found = ops.rootField(field[1], field[2]);
        if (found) {
            out.add('endpoint', value, line, found, end);
            return true;
        }
    }
    // A channel or a service is only taken when known: an unknown `orders.shipped` reads like many
    // other dotted names and is left to them, which flag it too unless it is known as something else.
    // "the `orders` table" is about a table even when a channel has that name.
    if (phrase === 'table' || phrase === 'column')
        return false;
    const channel = ops.channel(value);
    if (channel) {
        out.add('endpoint', value, line, { known: true, id: channel }, end);
        return true;
    }
    const service = ops.service(value);
    if (service?.known) {
        out.add('endpoint', value, line, service, end);
        return true;
    }
    return false;
}
/** The methods a `grpcurl` line calls, and the symbols it describes or lists. */
function grpcurlMentions(out, line, at, place) {
    const ops = out.known.protocols;
    if (!ops.hasGrpc)
        return;
    const tokens = (0,shell_tokens/* shellTokens */.d)(line);
    const start = tokens.findIndex((t) => /(?:^|\/)grpcurl$/.test(t.text));
    if (start < 0)
        return;
    let verb;
    for (const t of tokens.slice(start + 1)) {
        if (t.text.startsWith('-') || /^[|;&>]/.test(t.text)) {
            if (/^[|;&]/.test(t.text))
                return;
            continue;
        }
        if (GRPCURL_SYMBOL_VERBS.has(t.text)) {
            verb = t.text;
            continue;
        }
        const lineNo = place.line(at + t.index);
        // grpcurl accepts `Service/Method` and `Service.Method`.
        const rpc = RPC_RE.exec(t.text) ?? /^((?:[A-Za-z_]\w*\.)*[A-Z]\w*)\.([A-Z]\w*)$/.exec(t.text);
        if (verb && !FOREIGN_SYMBOL_RE.test(t.text) && /^[A-Za-z_][\w.]*$/.test(t.text)) {
            // A described symbol may be a service, a method or a message.
            const service = ops.service(t.text);
            const method = rpc ? ops.rpc(rpc[1], rpc[2]) : undefined;
            const message = ops.schema(t.text);
            const found = service?.known
                ? service
                : method?.known
                    ? method
                    : { known: message !== undefined, ...(message ? { id: message } : {}) };
            out.add('endpoint', t.text, lineNo, found, place.end);
        }
        else if (rpc && !verb && !FOREIGN_SYMBOL_RE.test(t.text)) {
            out.add('endpoint', t.text, lineNo, ops.rpc(rpc[1], rpc[2]), place.end);
        }
    }
}
/** Whether a piece of code reads as a GraphQL operation (a query, mutation or subscription). */
function looksLikeGraphqlOperation(text) {
    return GRAPHQL_OPERATION_RE.test(text);
}
/** The GraphQL documents embedded in JavaScript or TypeScript code. */
function graphqlTemplateMentions(out, code, place) {
    if (!out.known.protocols.hasGraphql)
        return;
    for (const m of code.matchAll(GRAPHQL_TEMPLATE_RE)) {
        // Interpolated fragments (`${ORDER_FIELDS}`) would not parse; they are selections, not root fields.
        const text = m[1].replace(/\$\{[^}]*\}/g, (s) => ' '.repeat(s.length));
        const at = m.index + m[0].length - m[1].length - 1;
        graphqlDocumentMentions(out, text, { line: (i) => place.line(at + i), end: place.end });
    }
}
/**
 * The root fields a GraphQL document selects, checked against the schema's root types. Text that
 * does not parse (a fragment of a query, pseudo-code) is not read: no guess is better than a false flag.
 */
function graphqlDocumentMentions(out, text, place) {
    const ops = out.known.protocols;
    if (!ops.hasGraphql)
        return;
    let doc;
    try {
        doc = (0,graphql.parse)(text, { noLocation: false });
    }
    catch {
        return;
    }
    for (const def of doc.definitions) {
        if (def.kind !== graphql.Kind.OPERATION_DEFINITION)
            continue;
        const root = def.operation === 'query' ? 'Query' : def.operation === 'mutation' ? 'Mutation' : 'Subscription';
        for (const sel of def.selectionSet.selections) {
            if (sel.kind !== graphql.Kind.FIELD || sel.name.value.startsWith('__'))
                continue;
            const found = ops.rootField(root, sel.name.value);
            if (!found)
                continue;
            out.add('endpoint', `${root}.${sel.name.value}`, place.line(sel.loc?.start ?? 0), found, place.end);
        }
    }
}

;// CONCATENATED MODULE: ./lib/checks/grounding/code-mentions.js






// Code is never judged as prose: only typed patterns are read from it (endpoints, curl, the
// platform commands of the source kinds, SQL relations).
const SQL_LANGS = new Set(['sql', 'psql', 'postgres', 'postgresql', 'pgsql', 'plpgsql']);
const GRAPHQL_LANGS = new Set(['graphql', 'gql']);
const SCRIPT_LANGS = new Set(['js', 'javascript', 'jsx', 'ts', 'typescript', 'tsx', 'mjs']);
const SHELL_LANGS = new Set([
    '',
    'sh',
    'bash',
    'shell',
    'console',
    'zsh',
    'shell-session',
    'text',
    'txt',
    'terminal',
    'ps',
    'powershell',
]);
/** The mentions in a fenced or indented code block; its language decides what is read. */
function codeBlockMentions(out, node) {
    const start = node.position?.start;
    if (!start || start.offset === undefined)
        return;
    const fenced = /^[`~]{3}/.test(out.markdown.slice(start.offset, start.offset + 3));
    const first = start.line + (fenced ? 1 : 0);
    const lang = (node.lang ?? '').toLowerCase();
    const value = node.value;
    const lineOf = (i) => {
        let n = 0;
        for (let k = 0; k < i; k++)
            if (value.charCodeAt(k) === 10)
                n++;
        return first + n;
    };
    if (GRAPHQL_LANGS.has(lang)) {
        graphqlDocumentMentions(out, value, { line: lineOf, end: node.position?.end.offset });
        return;
    }
    if (SCRIPT_LANGS.has(lang))
        graphqlTemplateMentions(out, value, { line: lineOf, end: node.position?.end.offset });
    const sql = SQL_LANGS.has(lang) ? 'sql' : SHELL_LANGS.has(lang) ? 'shell' : 'none';
    codeTextMentions(out, value, { sql, line: lineOf, end: node.position?.end.offset, commands: sql !== 'none' });
}
/** The mentions in a piece of code (a block's text, or a multi-word code span). */
function codeTextMentions(out, text, ctx) {
    const endpoint = (method, path, at) => {
        out.add('endpoint', `${method} ${path}`, ctx.line(at), endpointExists(out.known, method, path), ctx.end);
    };
    let offset = 0;
    for (const line of text.split('\n')) {
        const at = offset;
        offset += line.length + 1;
        if (ctx.commands !== false && /\bcurl\b/.test(line)) {
            for (const e of curlEndpoints(out.known, line))
                endpoint(e.method, e.path, at);
        }
        else {
            for (const m of line.matchAll(ENDPOINT_RE)) {
                const path = endpointPath(m[2]);
                if (path)
                    endpoint(m[1], path, at + m.index);
            }
        }
        if (ctx.commands === false)
            continue;
        if (/\bgrpcurl\b/.test(line))
            grpcurlMentions(out, line, at, ctx);
        // Variables a command sets on a workload: `kubectl set env … NAME=value`, `docker run -e NAME=…`.
        if (/\bset\s+env\b|(?:^|\s)(?:-e|--env)[\s=]/.test(line)) {
            for (const v of line.matchAll(/(?<![\w-])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)=/g)) {
                out.add('name', v[1], ctx.line(at + v.index), nameHit(out.known, v[1]), ctx.end);
            }
        }
        // Platform commands (kubectl, docker compose, terraform …) are read by the source kinds that
        // know them, handed in through the options.
        for (const mentions of out.commands)
            mentions(out, line, at, ctx);
    }
    // In shell, `#` comment lines are prose: blank them (keeping offsets).
    let sqlText = ctx.sql === 'shell' ? text.replace(/^[ \t]*#.*$/gm, (s) => ' '.repeat(s.length)) : text;
    if (ctx.sql === 'none' || (ctx.sql === 'shell' && !SQL_VERB_RE.test(sqlText)))
        return;
    const parser = out.sqlParser;
    if (parser) {
        // The real parser reads what it can: the whole SQL block (psql meta-commands blanked), or in
        // shell the strings given to `psql -c`, or an inline span that is one statement. What it cannot
        // parse is left to the keyword scan.
        const pieces = ctx.sql === 'sql'
            ? [{ text: sqlText.replace(/^[ \t]*\\.*$/gm, (s) => ' '.repeat(s.length)), at: 0 }]
            : psqlCommands(sqlText);
        if (ctx.sql === 'shell' && pieces.length === 0)
            pieces.push({ text: sqlText, at: 0 });
        for (const piece of pieces) {
            const found = sqlAstMentions(parser, piece.text);
            if (!found)
                continue;
            for (const m of found)
                addSqlMention(out, m, piece.at, ctx);
            sqlText =
                sqlText.slice(0, piece.at) + ' '.repeat(piece.text.length) + sqlText.slice(piece.at + piece.text.length);
        }
        if (ctx.sql === 'sql' && !/\S/.test(sqlText.replace(/^[ \t]*\\.*$/gm, '')))
            return;
    }
    for (const r of sqlRelations(sqlText, ctx.sql === 'sql')) {
        const t = out.known.table(r.name);
        out.add('table', r.name, ctx.line(r.index), t ? { kind: 'table', id: t.id } : undefined, ctx.end);
    }
}
/** The SQL strings of `psql … -c "…"` / `--command='…'` in a shell text, with their offsets. */
function psqlCommands(text) {
    const out = [];
    for (const m of text.matchAll(/(?:\s-c|--command)[\s=]+(["'])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
        out.push({ text: m[2], at: m.index + m[0].length - m[2].length - 1 });
    }
    return out;
}
function addSqlMention(out, m, base, ctx) {
    const { known } = out;
    const line = ctx.line(base + m.index);
    if (m.kind === 'table') {
        const t = known.table(m.name);
        out.add('table', m.name, line, t ? { kind: 'table', id: t.id } : undefined, ctx.end);
        return;
    }
    if (m.kind === 'name') {
        out.add('name', m.name, line, nameHit(known, m.name), ctx.end);
        return;
    }
    // A column of a table the facts do not know is not reported again: its table already is.
    const candidates = m.candidates ?? [m.table];
    const tables = candidates.map((c) => known.table(c));
    if (tables.some((t) => t === undefined))
        return;
    const id = tables.map((t) => known.index.schema.columnOf(t, m.column)).find((x) => x !== undefined);
    out.add('column', m.name, line, { known: id !== undefined, ...(id ? { id } : {}) }, ctx.end);
}

;// CONCATENATED MODULE: ./lib/checks/grounding/grounding-types.js
/** What `markUnknownMentions` puts after an unknown mention. Plain text, so it is safe in any inline context. */
const UNKNOWN_MARKER = ' (⚠ not in the sources)';
/** The note put after a code block holding unknown mentions (the code itself is never edited). */
const UNKNOWN_CODE_NOTE = '⚠ Not in the sources:';
/** What a rendered recommendation puts after each name it declares as new. */
const PROPOSED_MARKER = ' (proposed)';
/** The note after a code block in a recommendation that names new things. */
const PROPOSED_CODE_NOTE = 'Proposed, not in the sources yet:';

// EXTERNAL MODULE: ./lib/checks/grounding/kubernetes-kinds.js
var kubernetes_kinds = __webpack_require__(51653);
;// CONCATENATED MODULE: ./lib/checks/grounding/known-facts.js



/**
 * What the check counts as known: the shared index of the facts, plus names the caller adds for
 * this one check (`extraKnown`), which a fact of the same name always outranks.
 */
class KnownFacts {
    index;
    /** gRPC methods, GraphQL root fields and AsyncAPI channels by the names a reader writes them with. */
    protocols;
    extraNames;
    constructor(facts, extra = []) {
        this.index = factIndex(facts);
        this.protocols = protocolOperations(facts);
        this.extraNames = lowerCased(extra);
    }
    table(ref) {
        return this.index.schema.table(ref);
    }
    /** A component by any of its reference forms; undefined when the text is not one. */
    component(ref) {
        const id = this.index.components.reference(ref);
        return id ? { kind: 'component', id } : undefined;
    }
    /**
     * A kubectl-style `kind/name` (or `kind/namespace/name`) reference: `undefined` when the text is
     * not one, `null` for kinds with generated names (pods …), else whether it exists.
     */
    kindReference(text) {
        const m = /^([A-Za-z]+)(?:\.[a-z0-9.]+)?\/(?:([a-z0-9][a-z0-9.-]*)\/)?([a-z0-9][a-z0-9._-]*)$/i.exec(text);
        if (!m)
            return undefined;
        const kindWord = m[1].toLowerCase();
        if (kindWord === 'compose') {
            const id = this.index.components.composeService(m[3]);
            return m[2] ? undefined : { known: id !== undefined, ...(id ? { id } : {}) };
        }
        const kind = (0,kubernetes_kinds/* canonicalKind */.D)(kindWord);
        if (!kind)
            return undefined;
        if ((0,kubernetes_kinds/* isEphemeralKind */.g)(kind))
            return null;
        return this.index.components.kubernetesObject(kind, m[3], m[2]);
    }
    /** Any other name in the facts, or one the caller added; a trailing `/` may be left out. */
    name(text) {
        const key = text.toLowerCase();
        return this.exactName(key) ?? this.exactName(key.replace(/\/+$/, ''));
    }
    exactName(key) {
        const named = this.index.names.get(key);
        if (named)
            return named.id === undefined ? { kind: 'name' } : { kind: 'name', id: named.id };
        // A bare RPC method, root field, message or service name (`GetOrder`, `placeOrder`).
        const service = this.protocols.service(key);
        const operation = this.protocols.bareName(key) ?? this.protocols.schema(key) ?? this.protocols.channel(key) ?? service?.id;
        if (operation)
            return { kind: 'name', id: operation };
        return this.extraNames.has(key) ? { kind: 'name' } : undefined;
    }
    /** A snake_case name spelled out in a migration's file name (the old name of a rename). */
    inMigrationName(text) {
        const migration = this.index.names.inMigrationFileName(text);
        return migration ? { kind: 'name', id: migration.id } : undefined;
    }
}
const lowered = new WeakMap();
/** The names lower-cased, once per collection (a repository's file list is checked against many times). */
function lowerCased(names) {
    let set = lowered.get(names);
    if (!set) {
        set = new Set();
        for (const name of names)
            if (name)
                set.add(name.toLowerCase());
        lowered.set(names, set);
    }
    return set;
}

;// CONCATENATED MODULE: ./lib/checks/grounding/mention-collector.js
/** The mentions of one markdown text, as they are found. */
class MentionCollector {
    known;
    markdown;
    commands;
    sqlParser;
    mentions = [];
    constructor(known, markdown, commands = [], sqlParser) {
        this.known = known;
        this.markdown = markdown;
        this.commands = commands;
        this.sqlParser = sqlParser;
    }
    /** A mention; known when `result` is a hit or says it exists. */
    add(kind, text, line, result, end) {
        const known = result !== undefined && ('known' in result ? result.known : true);
        const id = result?.id;
        const m = { kind, text, line, known };
        if (known && id)
            m.factId = id;
        if (end !== undefined)
            m.end = end;
        this.mentions.push(m);
    }
}

;// CONCATENATED MODULE: ./lib/checks/grounding/inline-code-mentions.js






const SPAN_ENDPOINT_RE = new RegExp(`^(${METHODS})\\s+(\\S+)$`);
const URL_RE = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]+@)?([A-Za-z0-9.-]+)(?::\d+)?(?:\/\S*)?$/;
const MEDIA_TYPE_RE = /^(application|text|multipart|image|audio|video|font)\/[\w.+-]+$/i;
/**
 * The mentions in one inline code span. `phrase` is the kind word next to it, if any; `weak` when
 * that word comes before the span ("table `x`"), where a name known as another kind is taken as that;
 * `strict` when the word claims a workload ("`x` deployment"), so a common word is checked too.
 */
function inlineCodeMentions(out, node, phrase, weak = false, strict = false) {
    const { known } = out;
    const value = node.value.trim();
    const line = node.position?.start.line ?? 1;
    const end = node.position?.end.offset;
    if (value === '')
        return;
    // `METHOD /path`
    const ep = SPAN_ENDPOINT_RE.exec(value);
    if (ep) {
        const path = endpointPath(ep[2]);
        if (path) {
            out.add('endpoint', `${ep[1]} ${path}`, line, endpointExists(known, ep[1], path), end);
            return;
        }
    }
    // `OrderService/GetOrder`, `/shop.v1.OrderService/GetOrder`, `Query.orders`, `orders.created`.
    if (!/\s/.test(value) && inlineOperationMention(out, value, line, end, phrase))
        return;
    // A bare API path; other `/paths` are files.
    if (/^\/\S*$/.test(value)) {
        if (known.index.operations.isApiPath(value)) {
            out.add('endpoint', value, line, endpointExists(known, undefined, value), end);
        }
        return;
    }
    // `table(col, col)`, `table (col)`
    const cols = /^([A-Za-z_][\w.]*)\s?\(([\w\s,"]+)\)$/.exec(value);
    if (cols) {
        const t = known.table(cols[1].replace(/^(\w+)\.(?=\w+\.)/, ''));
        if (t) {
            for (const c of cols[2]
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)) {
                const id = known.index.schema.columnOf(t, c);
                out.add('column', `${cols[1]}.${c}`, line, { known: id !== undefined, ...(id ? { id } : {}) }, end);
            }
        }
        else if (phrase === 'table')
            out.add('table', cols[1], line, undefined, end);
        return;
    }
    // Several words: a command or SQL. Only the typed patterns of code blocks.
    if (/\s/.test(value)) {
        if (looksLikeGraphqlOperation(value)) {
            graphqlDocumentMentions(out, value, { line: () => line, end });
            return;
        }
        const header = /^([A-Za-z][\w-]*):\s/.exec(value);
        if (header && /-/.test(header[1])) {
            out.add('name', header[1], line, nameHit(known, header[1]), end);
            return;
        }
        codeTextMentions(out, value, { sql: 'shell', line: () => line, end });
        return;
    }
    // `$VAR`, `${VAR}`, `${VAR:-default}`
    const variable = /^\$\{?([A-Za-z_]\w*)(?::?[-=?+][^}]*)?\}?$/.exec(value);
    if (variable) {
        out.add('name', variable[1], line, nameHit(known, variable[1]), end);
        return;
    }
    // `redis://cache:6379`, `http://orders-api:8080/health`: the host names a component, or, when it
    // has no dots (not a public host), a component that does not exist.
    const url = URL_RE.exec(value);
    if (url) {
        const host = url[1];
        const hit = known.component(host) ?? known.name(host) ?? known.name(value);
        if (hit)
            out.add('component', host, line, hit, end);
        else if (!host.includes('.') && !isGeneric(host))
            out.add('component', host, line, undefined, end);
        return;
    }
    if (MEDIA_TYPE_RE.test(value)) {
        const hit = known.name(value);
        if (hit)
            out.add('name', value, line, hit, end);
        else if (!isGeneric(value))
            out.add('name', value, line, undefined, end);
        return;
    }
    if (!IDENTIFIER_RE.test(value) || /^\d/.test(value))
        return;
    // With a kind word, the kind decides.
    if (phrase) {
        let c = classifyAs(known, phrase, value, strict);
        if (c && !c.known && weak) {
            const other = classify(known, value);
            if (other?.known)
                c = other;
        }
        if (c) {
            out.add(c.kind, value, line, c, end);
            return;
        }
    }
    const c = classify(known, value);
    if (c)
        out.add(c.kind, value, line, c, end);
}

;// CONCATENATED MODULE: ./lib/checks/grounding/kind-words.js
// Kind words: "the `orders` table", "tables `a` and `b`", "the `orders-api` service". A kind word
// next to a span makes it a claim of that kind, checked strictly. Each word in its plural and
// spelling variants, matched case-insensitively.
const TABLE_WORDS = String.raw `tables?|views?|materiali[sz]ed\s+views?`;
const COLUMN_WORDS = 'columns?';
const COMPONENT_WORDS = [
    'services?|deployments?|containers?|pods?|workloads?|queues?|buckets?|clusters?|instances?',
    String.raw `cronjobs?|statefulsets?|daemonsets?|ingress(?:es)?|configmaps?|config\s+maps?|namespaces?`,
    String.raw `autoscalers?|hpas?|topics?|components?|subnet\s+groups?`,
].join('|');
const NAME_WORDS = [
    String.raw `status(?:es)?|headers?|(?:query\s+|path\s+|header\s+)?param(?:eter)?s?|tags?|operations?`,
    String.raw `operationIds?|index(?:es)?|indices|constraints?|(?:security\s+)?schemes?`,
    String.raw `(?:env(?:ironment)?\s+)?variables?|env\s+vars?|enums?|enum\s+values?`,
].join('|');
const KIND_GROUPS = `(?:(${TABLE_WORDS})|(${COLUMN_WORDS})|(${COMPONENT_WORDS})|(${NAME_WORDS}))`;
/** A kind word right after a span: "`x` table". */
const PHRASE_AFTER = new RegExp(String.raw `^\s*${KIND_GROUPS}\b`, 'i');
/** A kind word right before a span: "table `x`", "tables: `x`". */
const PHRASE_BEFORE = new RegExp(String.raw `\b${KIND_GROUPS}:?\s+$`, 'i');
/** Text between two spans that makes them one list sharing the kind word around it: `a`, `b` and `c`. */
const SEPARATOR_RE = /^\s*(?:,\s*(?:and|or)\s+|,|and|or|&|\/)\s*$/;
/** Last parts of a hyphenated plain-text name that make "foo-api service" a component claim. */
const SERVICE_SUFFIXES = new Set([
    'api',
    'svc',
    'service',
    'worker',
    'web',
    'app',
    'db',
    'server',
    'gateway',
    'proxy',
    'cache',
    'queue',
    'consumer',
    'producer',
    'job',
    'cron',
    'frontend',
    'backend',
    'ui',
    'admin',
    'scheduler',
    'broker',
]);
/** The kind a `PHRASE_AFTER` / `PHRASE_BEFORE` match names. */
function phraseOf(m) {
    if (!m)
        return undefined;
    return m[1] ? 'table' : m[2] ? 'column' : m[3] ? 'component' : m[4] ? 'name' : undefined;
}

;// CONCATENATED MODULE: ./lib/checks/grounding/prose-mentions.js





// Plain text (not code): endpoints, names made claims by a kind word right after them ("the
// invoice_archive table", "the billing-api service"), and `public.x` written without backticks.
/** "word table|column|service …" in plain words: group 2 table, 3 column, 4 component words. */
const PLAIN_PHRASE = new RegExp(String.raw `(?<![\w./-])([A-Za-z_][\w-]*(?:\.[A-Za-z_]\w*){0,2})\s+` +
    `(?:(${TABLE_WORDS})|(${COLUMN_WORDS})|` +
    String.raw `(services?|deployments?|containers?|workers?|queues?|buckets?|pods?))\b`, 'gi');
const PLAIN_QUALIFIED = /(?<![\w./-])([A-Za-z_]\w*)\.([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?(?![\w/-])/g;
/** A snake_case (or UPPER_SNAKE) word in plain text: `order_items`, `DATABASE_URL`; not `_x`, `x_`, files. */
const PLAIN_SNAKE = /(?<![\w./\\-])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)(?![\w/\\-]|\.\w)/g;
/** A kebab-case word in plain text, maybe possessive: "payments-gateway's probe". */
const PLAIN_KEBAB = /(?<![\w./\\-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?='s\b|(?![\w/\\.-]|\.\w))/g;
/** Words ending in s that are no plural noun naming a table ("its table", "the status table"). */
const NOT_PLURAL_NOUNS = new Set('this its his has was does status alias analysis canvas bus gas plus various previous'.split(' '));
/** First parts that make a hyphenated word English ("self-service", "in-app", "per-tenant cache"). */
const ENGLISH_FIRST_PARTS = new Set('self full in on off non multi single cross per client third micro write read back front long short'.split(' '));
/** The 1-based markdown line of offset `index` in the value of `node`. */
function prose_mentions_lineAt(node, value, index) {
    const start = node.position?.start.line ?? 1;
    let n = 0;
    for (let k = 0; k < index; k++)
        if (value.charCodeAt(k) === 10)
            n++;
    return start + n;
}
/** Where `text` ends in the source of `node` (searching from `from`), else the node's end. */
function sourceEnd(out, node, text, from = 0) {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined)
        return undefined;
    const at = out.markdown.slice(s, e).indexOf(text, from);
    return at >= 0 ? s + at + text.length : e;
}
/** The mentions in one text node of prose. */
function proseMentions(out, node) {
    const { known } = out;
    const value = node.value;
    for (const m of value.matchAll(ENDPOINT_RE)) {
        const path = endpointPath(m[2]);
        if (!path)
            continue;
        const text = `${m[1]} ${path}`;
        const exists = endpointExists(known, m[1], path);
        out.add('endpoint', text, prose_mentions_lineAt(node, value, m.index), exists, sourceEnd(out, node, text, m.index));
    }
    const covered = [];
    for (const m of value.matchAll(PLAIN_PHRASE)) {
        const word = m[1];
        if (isGeneric(word))
            continue;
        const line = prose_mentions_lineAt(node, value, m.index);
        const end = sourceEnd(out, node, word, m.index);
        const count = out.mentions.length;
        if (m[2]) {
            const table = /-/.test(word) ? undefined : known.table(word);
            // "the shipments table": a plural noun before "table" names one ("a lookup table" does not).
            const pluralNoun = /^[a-z]{3,}s$/.test(word) && !NOT_PLURAL_NOUNS.has(word) && /^\s+tables?\b/i.test(m[0].slice(word.length));
            const looksLikeName = (/[_.]/.test(word) && !/-/.test(word)) || pluralNoun;
            if (table || looksLikeName) {
                out.add('table', word, line, table ? { kind: 'table', id: table.id } : undefined, end);
            }
        }
        else if (m[3]) {
            if (/-/.test(word))
                continue;
            const d = dottedName(known, word);
            const hit = d.kind === 'column' ? d : columnAnywhere(known, word);
            if (hit.known || /[_.]/.test(word))
                out.add('column', word, line, hit, end);
        }
        else {
            const hit = known.component(word);
            const last = word.toLowerCase().split(/[-_]/).pop();
            const looksLikeName = /_/.test(word) || (/-/.test(word) && SERVICE_SUFFIXES.has(last));
            if (hit || looksLikeName)
                out.add('component', word, line, hit, end);
        }
        if (out.mentions.length > count)
            covered.push([m.index, m.index + word.length]);
    }
    const overlaps = (at, length) => covered.some(([s, e]) => at < e && s < at + length);
    // `public.x` and `orders.created_by` written without backticks: a dotted name whose first part
    // is a schema or a table.
    for (const m of value.matchAll(PLAIN_QUALIFIED)) {
        if (!known.index.schema.isSchema(m[1]) && !known.table(m[1]))
            continue;
        if (overlaps(m.index, m[0].length))
            continue;
        const hit = dottedName(known, m[0]);
        if (hit.kind) {
            out.add(hit.kind, m[0], prose_mentions_lineAt(node, value, m.index), hit, sourceEnd(out, node, m[0], m.index));
            covered.push([m.index, m.index + m[0].length]);
        }
    }
    // snake_case and UPPER_SNAKE words: nothing in English is spelled so; they name a table, a
    // column, a variable … or nothing that exists.
    for (const m of value.matchAll(PLAIN_SNAKE)) {
        const word = m[1];
        if (overlaps(m.index, word.length) || isGeneric(word))
            continue;
        const hit = plainNameHit(out, word);
        out.add(hit?.kind ?? 'name', word, prose_mentions_lineAt(node, value, m.index), hit, sourceEnd(out, node, word, m.index));
        covered.push([m.index, m.index + word.length]);
    }
    // kebab-case words that name a component (known), or end like one (`-api`, `-worker`, `-gateway`).
    for (const m of value.matchAll(PLAIN_KEBAB)) {
        const word = m[1];
        if (overlaps(m.index, word.length) || isGeneric(word))
            continue;
        const hit = known.component(word) ?? known.name(word);
        const parts = word.split('-');
        const looksLikeName = SERVICE_SUFFIXES.has(parts.at(-1)) && !ENGLISH_FIRST_PARTS.has(parts[0]);
        if (!hit && !looksLikeName)
            continue;
        out.add('component', word, prose_mentions_lineAt(node, value, m.index), hit, sourceEnd(out, node, word, m.index));
    }
}
/** Any fact a plain word names, in its singular or plural too ("the order_item rows" for `order_items`). */
function plainNameHit(out, word) {
    const { known } = out;
    for (const w of [word, `${word}s`, word.replace(/e?s$/, '')]) {
        const table = known.table(w);
        if (table)
            return { kind: 'table', id: table.id };
        const hit = nameHit(known, w);
        if (hit)
            return hit;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/checks/grounding/phrasing-mentions.js



// Phrasing content (a paragraph, heading or table cell): its text and its code spans in reading
// order, so a kind word in the text next to a span can make the span a claim of that kind.
/** Kind words after a span that claim a running workload of that name. */
const WORKLOAD_AFTER = /^\s*(deployments?|statefulsets?|daemonsets?|cronjobs?)\b/i;
function flatten(node, into) {
    if (!('children' in node))
        return;
    for (const child of node.children) {
        if (child.type === 'text')
            into.push({ type: 'text', node: child });
        else if (child.type === 'inlineCode')
            into.push({ type: 'code', node: child });
        else if ('children' in child && child.type !== 'footnoteDefinition')
            flatten(child, into);
        else
            into.push({ type: 'break' });
    }
}
function textAt(tokens, i) {
    const t = tokens[i];
    return t?.type === 'text' ? t.node.value : undefined;
}
/** The code span after the one at `j` when only a list separator (`, `, ` and `) is between them. */
function nextInRun(tokens, j) {
    const separator = textAt(tokens, j + 1);
    const next = tokens[j + 2];
    return separator !== undefined && SEPARATOR_RE.test(separator) && next?.type === 'code' ? next.node : undefined;
}
function phrasingMentions(out, container) {
    const tokens = [];
    flatten(container, tokens);
    for (const t of tokens)
        if (t.type === 'text')
            proseMentions(out, t.node);
    for (let i = 0; i < tokens.length; i++) {
        const first = tokens[i];
        if (first.type !== 'code')
            continue;
        // A run: `a`, `b` and `c` — codes joined only by list separators share the kind word around them.
        const run = [first.node];
        let j = i;
        for (let next = nextInRun(tokens, j); next; next = nextInRun(tokens, j)) {
            run.push(next);
            j += 2;
        }
        const before = textAt(tokens, i - 1) ?? '';
        const after = textAt(tokens, j + 1) ?? '';
        // "`x` table" is a firm claim; "table `x`" less so ("the orders table `status` column"): a name
        // known as another kind is then taken as that kind.
        const firm = phraseOf(PHRASE_AFTER.exec(after));
        const phrase = firm ?? phraseOf(PHRASE_BEFORE.exec(before));
        // "the `pgbouncer` deployment" claims a workload even when the name is a common word.
        const strict = firm === 'component' && WORKLOAD_AFTER.test(after);
        for (const code of run)
            inlineCodeMentions(out, code, phrase, firm === undefined, strict);
        i = j;
    }
}

;// CONCATENATED MODULE: ./lib/checks/grounding/check-grounding.js
// Grounding: does every name the model wrote exist in the facts? Deterministic, exact matching, no
// model. The text is parsed (remark + GFM) and mentions are pulled out of the mdast; each is looked
// up in the shared index of the fact model (src/facts/index).
//
// What counts as a mention (everything else is prose and is not checked):
//
//   Prose (text, headings, table cells, link text):
//     - `METHOD /path` (or `METHOD https://host/path`) anywhere                         → endpoint
//     - "x_y table" / "x_y view" / "x_y column" / "public.x_y" in plain words, only when the word
//       looks like an identifier (has `_` or `.`) or is a known table; "foo-api service" (and
//       deployment, container, queue …) when the word ends in a service-like part (`-api`, `-worker` …)
//       or has `_`                                                                → table / column / component
//   Inline code spans:
//     - `METHOD /path`                                                                     → endpoint
//     - a bare `/path` that is an API path (has a `{param}`, or its first segment is one of the
//       API's first segments, or it starts with a server base path); other `/paths` are files → endpoint
//     - a span followed or preceded by a kind word — "`x` table", "table `x`", "tables `a` and `b`",
//       "`x` column", "`x` service / deployment / container / pod / queue / bucket / cluster /
//       instance / namespace …", "`x` header / parameter / tag / operation / index / constraint /
//       scheme / variable / status" — is checked as that kind (strictly: a table called a service is
//       unknown)                                                                            → by the kind word
//     - `schema.table` (first part a known schema) / `table.column` (first part a known table) /
//       `schema.table.column`                                                               → table / column
//     - `table(col, col)` with a known table                                                → column
//     - component references: `name`, `namespace/name`, `kind/name` (kubectl kinds and short
//       names), `Kind/namespace/name`, Terraform `type.name` (and `type.name.attribute`), fact ids,
//       `name.namespace.svc(.cluster.local)`, `name:port`                                  → component
//     - `$VAR` / `${VAR}` (the variable), `Header-Name: value` (the header), media types     → name
//     - gRPC `pkg.Service/Method`, `Service/Method`, `/pkg.Service/Method`; GraphQL `Query.field`
//       (`Mutation.…`, `Subscription.…`, or the schema's own root names); a known AsyncAPI channel
//       address or name (`orders.eu.created` is on `orders.{region}.created`) or gRPC service. Only
//       for a protocol the facts hold operations of (else it cannot be told invented from unread);
//       an unknown channel or service is left to the rules below                     → endpoint
//     - any other single identifier-like span (`^[A-Za-z_][A-Za-z0-9_.:/-]*$`) that carries an
//       identifier signal (`_ - . : /`, a digit, or camelCase). Plain words in one case style
//       (`pending`, `Deployment`, `SELECT`) are indistinguishable from English or keywords, so they
//       are mentions only when known or when a kind word (above) makes them a claim          → name
//     - multi-word spans (commands, SQL): only the typed patterns below, as in code blocks.
//   Fenced / indented code blocks (and multi-word inline code). The code is never judged as prose;
//   only these typed patterns are read:
//     - `METHOD /path` and `curl` lines (method from `-X`/`--request`, `-d` → POST, else GET; URL
//       on a server host, localhost/a component with a known port, or `$VAR/…`)          → endpoint
//     - kubectl: `kind/name`, `kubectl <verb> <kind> <name>`, `-n <namespace>`              → component
//     - docker compose: the service names after `logs/restart/exec/…`                      → component
//     - terraform: `-target=type.name`, `state show type.name`                               → component
//     - SQL: relations after FROM / JOIN / UPDATE / INTO / TABLE / VIEW / COPY / VACUUM / ANALYZE
//       and psql `\d name`, in blocks tagged sql/psql/postgres (any case, literals and comments
//       blanked) or in shell blocks / inline code that contain psql or an UPPERCASE SQL verb
//       (UPPERCASE keywords only, `#` comment lines skipped). CTE names, tables the snippet itself
//       creates, functions (`FROM f(`), `pg_*` catalogs and `information_schema` are skipped → table
//     - grpcurl: the method it calls (`Service/Method`, `Service.Method`), the symbol after
//       `describe`/`list` (a service, method or message; `grpc.*`/`google.*` skipped)        → endpoint
//     - GraphQL operations, parsed by graphql-js: ```graphql blocks, gql`…` templates in JS/TS
//       blocks, and code spans starting with `query`/`mutation`/`subscription`; their root fields.
//       What does not parse is not read                                                    → endpoint
//     - blocks in other languages (yaml, json, hcl …) are read for `METHOD /path` only.
//     - nothing else: SQL columns, YAML keys, shell words are not checked.
//
// Known means the name exists in the facts, compared case-insensitively (PostgreSQL folds unquoted
// names, HTTP headers are case-insensitive). "Names in the facts" is broad: tables, views, columns,
// enums and their values, index and FK constraint names, operationIds, tags, parameter names,
// security schemes (and the header an apiKey scheme uses), content types, spec files/titles/servers,
// components in every reference form, namespaces, images (with and without tag; the tag; the bare
// image name for "the `redis` container"), env var names, edge notes, input files and their folders,
// migration files, and snake_case names spelled out in a migration's file name (the old name of a
// rename, `full_name` in `…_rename_customers_full_name.up.sql`). A span on `GENERIC_TERMS` /
// `GENERIC_PATTERNS` (`pg_stat_activity`, `Retry-After`, `readinessProbe` …) is not a mention at all.
// Endpoints match an operation with the same method whose path is equal ignoring path-parameter
// names (`{id}` = `{orderId}` = `:id` = `<id>`); a concrete value (a number, a UUID, anything with a
// digit) also matches a parameter; a server base path (`/v1`) may be included or left out; `/x/*`
// and `/x/...` match any operation below `/x`.






function checkGrounding(markdown, facts, opts = {}) {
    const out = new MentionCollector(new KnownFacts(facts, opts.extraKnown), markdown, opts.commands, opts.sqlParser);
    const walk = (node) => {
        switch (node.type) {
            case 'code':
                codeBlockMentions(out, node);
                return;
            case 'html':
            case 'definition':
                return;
            case 'paragraph':
                // The note `markUnknownMentions` adds after a code block repeats the block's mentions.
                if (node.children[0]?.type === 'text' && node.children[0].value.startsWith(UNKNOWN_CODE_NOTE))
                    return;
                phrasingMentions(out, node);
                return;
            case 'heading':
            case 'tableCell':
                phrasingMentions(out, node);
                return;
        }
        if ('children' in node)
            for (const child of node.children)
                walk(child);
    };
    walk((0,processor/* parseMarkdown */.Dd)(markdown));
    const mentions = out.mentions.sort((a, b) => a.line - b.line || (a.end ?? 0) - (b.end ?? 0));
    const unknown = mentions.filter((m) => !m.known);
    return { mentions, unknown, ratio: mentions.length === 0 ? 1 : (mentions.length - unknown.length) / mentions.length };
}

;// CONCATENATED MODULE: ./lib/checks/grounding/proposed-names.js

// Whether a mention the facts do not know names something a recommendation declared as new.
// Models spell the same new thing a few ways: `payment_attempts` and "payment attempt", a new
// table's columns as `payment_attempts.payment_id`, a new endpoint with other parameter names.
const SPLIT_RE = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE|QUERY)\s+(\S+)$/i;
/** `payment_attempts` ~ `payment_attempt`; `public.x` ~ `x`. */
function variants(name) {
    const lower = name
        .toLowerCase()
        .replace(/^public\./, '')
        .replaceAll('"', '');
    const out = new Set([lower]);
    if (lower.endsWith('es'))
        out.add(lower.slice(0, -2));
    if (lower.endsWith('s'))
        out.add(lower.slice(0, -1));
    else
        out.add(`${lower}s`);
    return [...out];
}
function endpointKey(method, path) {
    return `${method.toUpperCase()} /${pathSegments(path.toLowerCase()).map(normalisePathParam).join('/')}`;
}
class ProposedNames {
    names = new Set();
    /** New tables (and other containers): `x.y` below one of them is new too. */
    parents = new Set();
    endpoints = new Set();
    constructor(proposed) {
        for (const p of proposed) {
            const name = p.name.trim().replaceAll('`', '');
            const ep = SPLIT_RE.exec(name);
            if (ep) {
                this.endpoints.add(endpointKey(ep[1], ep[2]));
                continue;
            }
            for (const v of variants(name))
                this.names.add(v);
            if (p.kind === 'table' || p.kind === 'view' || p.kind === 'queue' || p.kind === 'topic' || p.kind === 'service') {
                for (const v of variants(name))
                    this.parents.add(v);
            }
            // A new column `orders.refund_id` is also written bare, as `refund_id`.
            if (p.kind === 'column' || p.kind === 'field') {
                const bare = name.split('.').pop();
                for (const v of variants(bare))
                    this.names.add(v);
            }
        }
    }
    get size() {
        return this.names.size + this.endpoints.size;
    }
    /** Whether `m` (unknown to the facts) names a declared new thing. */
    matches(m) {
        const text = m.text.trim();
        const ep = SPLIT_RE.exec(text);
        if (ep)
            return this.endpoints.has(endpointKey(ep[1], ep[2]));
        if (text.startsWith('/')) {
            const key = pathSegments(text.toLowerCase()).map(normalisePathParam).join('/');
            return [...this.endpoints].some((e) => e.endsWith(` /${key}`));
        }
        if (variants(text).some((v) => this.names.has(v)))
            return true;
        // `payment_attempts.payment_id`, `public.payment_attempts.id`: a part of a new table.
        const parts = text
            .toLowerCase()
            .replace(/^public\./, '')
            .split('.');
        return parts.length > 1 && variants(parts[0]).some((v) => this.parents.has(v));
    }
}

;// CONCATENATED MODULE: ./lib/checks/grounding/check-answer.js


function checkAnswer(claimParts, proposalParts, facts, opts = {}) {
    const problems = [];
    const exists = (name) => nameExists(name, facts, opts);
    const proposals = proposalParts.map((p) => checkProposal(p, facts, opts, exists));
    const declared = proposals.map((p) => ({ label: p.label, names: new ProposedNames(p.proposal.proposed) }));
    const parts = claimParts.map((part) => ({
        label: part.label,
        grounding: checkGrounding(part.markdown, facts, opts),
    }));
    for (const part of parts) {
        for (const m of part.grounding.unknown) {
            const owner = declared.find((d) => d.names.matches(m));
            problems.push(owner
                ? `${part.label}, line ${m.line}: \`${m.text}\` is only proposed (${owner.label}); describe the system as ` +
                    `it is here and name \`${m.text}\` only in the recommendation`
                : `${part.label}, line ${m.line}: ${m.kind === 'name' ? 'name' : m.kind} \`${m.text}\` does not exist in ` +
                    `the facts; remove it or use a name from the facts (a change you recommend goes in a recommendation)`);
        }
    }
    for (const p of proposals) {
        for (const m of p.unknown) {
            problems.push(`${p.label}, line ${m.line}: \`${m.text}\` does not exist in the facts and is not declared in \`proposed\`; ` +
                `declare it if it is new, or use the name the facts give`);
        }
        for (const t of p.unknownTouches) {
            problems.push(`${p.label}: touches \`${t}\`, which does not exist in the facts; list only existing names there`);
        }
    }
    const mentions = parts.flatMap((p) => p.grounding.mentions);
    const unknown = parts.flatMap((p) => p.grounding.unknown);
    return {
        claims: {
            mentions,
            unknown,
            ratio: mentions.length === 0 ? 1 : (mentions.length - unknown.length) / mentions.length,
        },
        claimParts: parts,
        proposals,
        problems,
    };
}
function checkProposal(part, facts, opts, exists) {
    const { proposal } = part;
    const proposed = proposal.proposed.filter((p) => !exists(p.name));
    const alreadyThere = proposal.proposed.filter((p) => !proposed.includes(p)).map((p) => p.name);
    const touches = [...new Set([...proposal.touches, ...alreadyThere].map(cleanName).filter(Boolean))];
    const names = new ProposedNames(proposed);
    const grounding = checkGrounding(proposal.markdown, facts, opts);
    const mentions = grounding.mentions.map((m) => (!m.known && names.matches(m) ? { ...m, proposed: true } : m));
    return {
        label: part.label,
        proposal: { ...proposal, proposed, touches },
        mentions,
        unknown: mentions.filter((m) => !m.known && !m.proposed),
        unknownTouches: touches.filter((t) => !exists(t)),
    };
}
/** A touched name as written, without backticks or a trailing kind word ("orders table"). */
function cleanName(name) {
    return name
        .trim()
        .replace(/\s+\(?(table|column|service|endpoint|index|queue|component|deployment)\)?$/i, '')
        .trim()
        .replace(/^`+|`+$/g, '')
        .trim();
}
/** Whether a single name exists in the facts: read as a code span would be, and every mention in it known. */
function nameExists(name, facts, opts) {
    const clean = cleanName(name);
    if (clean === '')
        return false;
    const r = checkGrounding(`\`${clean}\``, facts, opts);
    if (r.mentions.length > 0)
        return r.unknown.length === 0;
    // A plain word the check does not read as a name (`orders`, `Deployment`): a name only when the
    // facts hold it under some kind.
    const asTable = checkGrounding(`\`${clean}\` table`, facts, opts);
    if (asTable.mentions.length > 0 && asTable.unknown.length === 0)
        return true;
    const asComponent = checkGrounding(`\`${clean}\` service`, facts, opts);
    return asComponent.mentions.length > 0 && asComponent.unknown.length === 0;
}

;// CONCATENATED MODULE: ./lib/checks/grounding/mark-unknown-mentions.js


/**
 * For `grounding: warn`: the markdown with `UNKNOWN_MARKER` after each unknown mention (after the
 * closing backtick of an inline code span), and, for mentions inside a code block, a note paragraph
 * after the block listing them (code is never edited). Everything else is kept byte for byte.
 */
function markUnknownMentions(markdown, unknown) {
    return markMentions(markdown, [{ mentions: unknown, marker: UNKNOWN_MARKER, note: UNKNOWN_CODE_NOTE }]);
}
/**
 * For a recommendation: `PROPOSED_MARKER` after each name it declares as new (and, when `unknown`
 * is given, `UNKNOWN_MARKER` after the names that are neither in the facts nor declared).
 */
function markProposedMentions(markdown, proposed, unknown = []) {
    return markMentions(markdown, [
        { mentions: proposed, marker: PROPOSED_MARKER, note: PROPOSED_CODE_NOTE },
        { mentions: unknown, marker: UNKNOWN_MARKER, note: UNKNOWN_CODE_NOTE },
    ]);
}
function markMentions(markdown, groups) {
    if (groups.every((g) => g.mentions.length === 0))
        return markdown;
    const tree = (0,processor/* parseMarkdown */.Dd)(markdown);
    const codes = [];
    const inlines = [];
    const collect = (node) => {
        if (node.type === 'code')
            codes.push(node);
        else if (node.type === 'inlineCode' || node.type === 'text')
            inlines.push(node);
        if ('children' in node)
            for (const c of node.children)
                collect(c);
    };
    collect(tree);
    const edits = [];
    groups.forEach((group, order) => {
        const marks = new Map();
        const notes = new Map();
        for (const m of group.mentions) {
            const end = m.end ?? locate(markdown, m, codes, inlines);
            if (end === undefined)
                continue;
            const code = codes.find((c) => c.position && c.position.start.offset < end && end <= c.position.end.offset);
            if (code) {
                const list = notes.get(code) ?? [];
                if (!list.includes(m.text))
                    list.push(m.text);
                notes.set(code, list);
            }
            else if (!markdown.startsWith(group.marker.slice(0, -1), end)) {
                // In a span of several words (an inline command or statement) the marker names the mention.
                const span = inlines.find((n) => n.type === 'inlineCode' && n.position?.end.offset === end);
                // The name inside such a label is the label, not another mention.
                const opening = `${group.marker.slice(0, -1)}: `;
                if (span && markdown.slice(0, span.position.start.offset).endsWith(opening))
                    continue;
                const named = span && span.value.trim() !== m.text;
                const text = named ? `${group.marker.slice(0, -1)}: ${text_code(m.text)})` : group.marker;
                const before = marks.get(end);
                if (before === undefined || (named && !before.includes(text)))
                    marks.set(end, (before ?? '') + text);
            }
        }
        for (const [at, text] of marks)
            edits.push({ at, text, order });
        for (const [code, names] of notes) {
            const at = code.position.end.offset;
            const lineStart = markdown.lastIndexOf('\n', code.position.start.offset - 1) + 1;
            // The note goes inside the same list item or quote as the block: its prefix, markers blanked.
            const blockPrefix = markdown.slice(lineStart, code.position.start.offset);
            const prefix = blockPrefix.replace(/[-*+]|\d+[.)]/g, (s) => ' '.repeat(s.length));
            const note = `${group.note} ${names.map(text_code).join(', ')}.`;
            // Already marked (a second pass over marked text must not add a second note).
            const noted = markdown.startsWith(`\n${prefix.trimEnd()}\n${prefix}${group.note}`, at) ||
                markdown.startsWith(`\n\n${prefix}${group.note}`, at);
            if (noted)
                continue;
            edits.push({ at, text: `\n${prefix.trimEnd()}\n${prefix}${note}`, order });
        }
    });
    // From the end backwards; at one offset the first group's text comes first.
    let result = markdown;
    for (const e of edits.sort((a, b) => b.at - a.at || b.order - a.order)) {
        result = result.slice(0, e.at) + e.text + result.slice(e.at);
    }
    return result;
}
/** The end offset of a mention made without one: an inline code span or text on its line holding it. */
function locate(markdown, m, codes, inlines) {
    for (const n of inlines) {
        if (n.position?.start.line !== m.line || !n.value.includes(m.text))
            continue;
        if (n.type === 'inlineCode')
            return n.position.end.offset;
        const s = n.position.start.offset;
        const at = markdown.slice(s, n.position.end.offset).indexOf(m.text);
        return at >= 0 ? s + at + m.text.length : n.position.end.offset;
    }
    const code = codes.find((c) => c.position && c.position.start.line <= m.line && m.line <= c.position.end.line);
    return code?.position?.end.offset;
}

;// CONCATENATED MODULE: ./lib/checks/grounding/proposal-types.js
// What the architect may recommend. A recommendation is judgement, not description: it may name
// things that do not exist yet, but only when it declares each of them (`proposed`), and every
// existing thing it changes must be real (`touches`). The grounding check enforces both.
/** The kinds of thing a recommendation may propose. */
const PROPOSED_KINDS = [
    'table',
    'column',
    'index',
    'constraint',
    'view',
    'endpoint',
    'field',
    'queue',
    'topic',
    'service',
    'datastore',
    'cache',
    'bucket',
    'job',
    'metric',
    'alert',
    'dashboard',
    'setting',
    'other',
];

;// CONCATENATED MODULE: ./lib/checks/grounding/index.js
// The grounding check: every name a generated section mentions must exist in the facts.







;// CONCATENATED MODULE: ./lib/agent/render-answer.js

// A checked answer as the block's Markdown. Claims read as the description of the system;
// recommendations sit under their own heading, each new name labelled "(proposed)" wherever the
// text names it and listed with what it is for, so a reader never takes a proposal for the design.
/** The heading a section's recommendations are rendered under (found again when the text is updated). */
const RECOMMENDATIONS_HEADING = 'Recommendations';
const RECOMMENDATIONS_LEAD = '_Proposals for the team to weigh, not the current design: names marked (proposed) do not exist yet._';
function renderAnswer(answer, check, opts) {
    const heading = (text) => `${'#'.repeat(Math.min(opts.depth, 6))} ${text}`;
    const claim = (i, markdown) => opts.markUnknown ? markUnknownMentions(markdown, check.claimParts[i]?.grounding.unknown ?? []) : markdown;
    const proposal = (i) => renderProposal(check.proposals[i], opts.markUnknown);
    if (answer.format === 'section') {
        const parts = [claim(0, answer.markdown)];
        if (answer.recommendations.length > 0) {
            parts.push(heading(RECOMMENDATIONS_HEADING), RECOMMENDATIONS_LEAD);
            parts.push(...answer.recommendations.map((_, i) => proposal(i)));
        }
        return parts.filter((p) => p !== '').join('\n\n');
    }
    const parts = [
        heading('Context'),
        claim(0, answer.context),
        heading('Decision (proposed)'),
        proposal(0),
        heading('Consequences'),
        claim(1, answer.consequences),
    ];
    if (answer.alternatives.length > 0) {
        parts.push(heading('Alternatives considered'));
        parts.push(...answer.alternatives.map((_, i) => proposal(i + 1)));
    }
    return parts.filter((p) => p !== '').join('\n\n');
}
function renderProposal(checked, markUnknown) {
    const p = checked.proposal;
    const proposed = checked.mentions.filter((m) => m.proposed);
    const text = markProposedMentions(p.markdown, proposed, markUnknown ? checked.unknown : []);
    const lines = [`**${escapeInline(p.title)}.**`, '', text];
    const facts = [];
    for (const n of p.proposed) {
        const kind = n.kind === 'other' ? '' : `${n.kind} `;
        facts.push(`- Proposed ${kind}${code(n.name)}${n.why.trim() ? `: ${escapeInline(n.why.trim())}` : ''}`);
    }
    if (p.touches.length > 0) {
        const touched = p.touches.map((t) => markUnknown && checked.unknownTouches.includes(t) ? `${code(t)} (⚠ not in the sources)` : code(t));
        facts.push(`- Touches ${touched.join(', ')}`);
    }
    if (facts.length > 0)
        lines.push('', ...facts);
    return lines.join('\n');
}
/** A code span that holds any text (backticks inside get a longer fence). */
function code(text) {
    const runs = text.match(/`+/g) ?? [];
    const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
    return fence.length > 1 || /^\s|\s$/.test(text) ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}
/** Plain text for inline Markdown: no emphasis, code, links or HTML from the model's title. */
function escapeInline(text) {
    return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
/**
 * The current text split where the rendered recommendations begin: the model is given its
 * description and its earlier recommendations apart, so it can answer in the same two parts.
 */
function splitRenderedText(text, depth) {
    const marker = `${'#'.repeat(Math.min(depth, 6))} ${RECOMMENDATIONS_HEADING}`;
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.trimEnd() === marker);
    if (at < 0)
        return { claims: text };
    return {
        claims: lines.slice(0, at).join('\n').trimEnd(),
        recommendations: lines
            .slice(at + 1)
            .join('\n')
            .replace(RECOMMENDATIONS_LEAD, '')
            .trim(),
    };
}

;// CONCATENATED MODULE: ./lib/agent/prompt.js




const OUTPUT_CONTRACT = `## How to answer

You are asked for one section of a Markdown document at a time. Answer with JSON only, matching
the given schema. An answer has two kinds of content, and they are checked differently:

1. Description (\`markdown\`; in a decision record \`context\` and \`consequences\`): the system as it
   is today. Every endpoint, table, column, service, queue, variable or other named thing must exist
   in the facts, spelled exactly as the facts spell it. A name that is not in the facts is rejected.
2. Recommendations (\`recommendations\`; in a decision record \`decision\` and \`alternatives\`): what
   you advise changing. A recommendation may name things that do not exist yet, but it must declare
   each of them in \`proposed\` (its kind, its name, why it is needed) and list in \`touches\` the
   existing names it changes. Existing names in a recommendation must be real, with real columns:
   an index on \`orders(customer_id, created_at)\` needs both columns in the facts, or the new one
   declared as a proposed column \`orders.created_at\`. Never describe a proposed thing as if it
   already existed, and never put a proposed name in the description.

Rules for the Markdown of both:
- It is the body of the section only: the section heading already exists above it. Recommendations
  are rendered under their own heading, so do not write a "Recommendations" heading yourself, and a
  recommendation's text has no headings.
- Headings in the description must be deeper than the section heading (the request says which level).
- Write every endpoint as \`METHOD /path\`, and every table, column, service, queue or other named
  thing in backticks.
- No HTML, no Mermaid or other diagrams, links only relative or https.
- If the facts do not show something the section should cover, say so plainly instead of guessing.
  A gap you think should be closed is a recommendation, not a description.`;
/**
 * The prefix shared by every call of a run: persona, output contract and fact digest, in that
 * order, from what changes least to what changes most. It is byte-identical across the run's calls
 * and holds every fact the sections are written from, so after the first call it is read from the
 * prompt cache and each section pays only for its short request. Two cache breakpoints: after the
 * contract (tools, persona and contract are the same run after run, so a run on changed facts
 * within the cache's lifetime still reads them) and after the digest (the whole prefix).
 */
function buildPrefix(persona, digest) {
    return {
        tools: AGENT_TOOLS,
        system: [
            { type: 'text', text: persona },
            { type: 'text', text: OUTPUT_CONTRACT, cache_control: { type: 'ephemeral' } },
            { type: 'text', text: (0,redact_secrets/* redactSecrets */.fp)(digest).text, cache_control: { type: 'ephemeral' } },
        ],
    };
}
/** The per-section request: what to write, from which facts, and the text to update. */
function buildSectionRequest(job, problems) {
    const parts = [
        `Section: ${job.blockId}`,
        `Document: ${job.file}${job.service ? ` (runbook for the service \`${job.service}\`)` : ''}`,
        `Write: ${job.purpose}.`,
        `Use headings of level ${job.minHeadingDepth} or deeper only (${'#'.repeat(job.minHeadingDepth)}).`,
        '',
        `Facts this section is about (${job.factIds.length}):`,
        job.factsText,
    ];
    if (job.changeSummary)
        parts.push('', `What changed since the current text was written:\n${job.changeSummary}`);
    if (job.answer === 'decision')
        parts.push('', 'Answer in the decision-record shape: `context` and `consequences` describe (claims), ' +
            '`decision` and `alternatives` are proposals.');
    if (job.currentText) {
        // The block holds our rendering of the earlier answer: its description and its recommendations
        // are handed back apart, so the model answers in the same two parts.
        const current = splitRenderedText(job.currentText, job.minHeadingDepth);
        parts.push('', 'The current text of this section. Update it to match the facts; ' +
            'keep what is still true and its wording where it is fine:', '<current>', current.claims, '</current>');
        if (current.recommendations)
            parts.push('', 'Your earlier recommendations, as rendered (the "(proposed)" labels and the lists of proposed and ' +
                'touched names were added from your JSON): keep those that still apply, in `recommendations`.', '<recommendations>', current.recommendations, '</recommendations>');
    }
    if (problems?.length)
        parts.push('', 'Your previous answer was rejected by the automatic checks. Fix every problem:', ...problems.map((p) => `- ${p}`));
    // Facts can carry literal values (column defaults, server URLs): nothing secret leaves the runner.
    return (0,redact_secrets/* redactSecrets */.fp)(parts.join('\n')).text;
}
/**
 * The section's facts within a token allowance: the full JSON when it fits; else the list of ids;
 * else counts by kind and as many ids as fit. The model reaches the rest with lookup_facts, so a
 * large system never silently loses facts to truncation — the prompt says what was left out.
 */
function inlineFacts(ids, facts, allowanceTokens) {
    const json = JSON.stringify(facts);
    if (estimateTokens(json) <= allowanceTokens)
        return json;
    const list = ids.join('\n');
    if (estimateTokens(list) <= allowanceTokens)
        return `${list}\n(Only ids are given, to keep the prompt small: use lookup_facts for details.)`;
    const counts = new Map();
    for (const id of ids)
        counts.set(id.split(':')[0], (counts.get(id.split(':')[0]) ?? 0) + 1);
    const head = [...counts.entries()].map(([kind, n]) => `${n} ${kind}`).join(', ');
    const shown = [];
    let used = estimateTokens(head) + 50;
    for (const id of ids) {
        used += estimateTokens(id) + 1;
        if (used > allowanceTokens)
            break;
        shown.push(id);
    }
    return (`${head}.\nFirst ${shown.length} of ${ids.length} ids:\n${shown.join('\n')}\n` +
        `(The rest are left out to keep the prompt small: use lookup_facts with a query to reach them.)`);
}

;// CONCATENATED MODULE: ./lib/agent/section-facts.js

/**
 * The fact ids an agent-written section depends on. A section is regenerated only when one of
 * these facts (or its template, persona or model) changed, so this is what makes runs cheap.
 */
function factIdsForSection(blockId, facts, service, adr) {
    const ops = facts.api.operations.map((o) => o.id);
    const schemes = facts.api.securitySchemes.map((s) => s.id);
    const schema = [
        ...facts.schema.tables.map((t) => t.id),
        ...facts.schema.foreignKeys.map((f) => f.id),
        ...facts.schema.indexes.map((i) => i.id),
        ...facts.schema.enums.map((e) => e.id),
    ];
    const migrations = facts.schema.migrations.map((m) => m.id);
    const components = facts.infra.components.map((c) => c.id);
    const edges = facts.infra.edges.map(edgeId);
    // The findings about a section's facts are part of what it must address.
    const findingsAbout = (ids) => {
        const set = new Set(ids);
        return facts.findings
            .filter((f) => f.factIds.some((id) => set.has(id)) || (f.factIds.length === 0 && ids.some((i) => i.startsWith('table:'))))
            .map((f) => f.id);
    };
    const withFindings = (ids) => [...ids, ...findingsAbout(ids)];
    switch (blockId) {
        case 'api.design-notes':
            return withFindings([...ops, ...schemes]);
        case 'data.notes':
            return withFindings([...schema, ...migrations]);
        case 'infra.notes':
            return withFindings([...components, ...edges]);
        case 'overview.security':
            return withFindings([...ops, ...schemes, ...components]);
        case 'adr.decision':
            return adr ? [...adr.factIds].sort() : [];
        case 'runbook.procedures': {
            if (!service)
                return components;
            const own = new Set(service.components.map((c) => c.id));
            const related = facts.infra.edges.filter((e) => own.has(e.from) || own.has(e.to));
            return withFindings([...own, ...related.flatMap((e) => [e.from, e.to]), ...related.map(edgeId)]
                .filter((v, i, a) => a.indexOf(v) === i)
                .sort());
        }
        default:
            // Overview sections look at the whole system.
            return [...ops, ...schemes, ...schema, ...components, ...edges, ...facts.findings.map((f) => f.id)];
    }
}
/** Sections about the whole system that read tables by name: see `tableDetailFor`. */
const TABLES_BY_NAME = new Set(['overview.context', 'overview.reliability', 'overview.observability']);
/**
 * How much of each table a section's text depends on. The sections about the whole system describe
 * its data stores, flows and risks, not columns: they depend on which tables exist (and on the keys,
 * indexes and enums, in full), so a new column, the data doc's business, does not rewrite them. What
 * their kept text names must still exist: `goneSchemaNames` checks that before a section is kept.
 * Any other section (a new one included) depends on its tables whole.
 */
function tableDetailFor(blockId) {
    return TABLES_BY_NAME.has(blockId) ? 'names' : 'columns';
}

;// CONCATENATED MODULE: ./lib/agent/kept-text.js


/**
 * The tables and columns a kept section's description names that the facts no longer have (a
 * column dropped or renamed since it was written). A section that depends on tables by name only
 * (`tableDetailFor`) is not rewritten for a column change, so its text is read for such names
 * before it is kept; any found means it is written again. A name the text already marks as not in
 * the sources (grounding `warn`) was accepted so, and does not count.
 */
function goneSchemaNames(text, depth, facts) {
    const { claims } = splitRenderedText(text, depth);
    const gone = checkGrounding(claims, facts).unknown.filter((m) => (m.kind === 'table' || m.kind === 'column') &&
        !(m.end !== undefined && claims.slice(m.end).startsWith(UNKNOWN_MARKER)));
    return [...new Set(gone.map((m) => m.text))];
}

;// CONCATENATED MODULE: ./lib/agent/section-scope.js

/** The kind of a fact id: what comes before its first `:` (`table`, `op`, `k8s`, `finding` …). */
const kindOf = (id) => id.slice(0, Math.max(0, id.indexOf(':')));
/** How many facts of each kind the fact model has, for `sectionScope`. */
function factKindCounts(facts) {
    const ids = [
        ...facts.api.operations.map((o) => o.id),
        ...facts.api.securitySchemes.map((s) => s.id),
        ...facts.schema.tables.map((t) => t.id),
        ...facts.schema.foreignKeys.map((f) => f.id),
        ...facts.schema.indexes.map((i) => i.id),
        ...facts.schema.enums.map((e) => e.id),
        ...facts.schema.migrations.map((m) => m.id),
        ...facts.infra.components.map((c) => c.id),
        ...facts.infra.edges.map(edgeId),
        ...facts.findings.map((f) => f.id),
    ];
    const counts = new Map();
    for (const id of ids)
        counts.set(kindOf(id), (counts.get(kindOf(id)) ?? 0) + 1);
    return counts;
}
/**
 * The facts a section is about, for a request whose cached prefix already lists every fact with
 * its detail: a kind the section covers whole is named by its count, the rest by id. Repeating the
 * facts here would make every section pay for them again outside the cache.
 */
function sectionScope(ids, counts) {
    const byKind = new Map();
    for (const id of ids)
        byKind.set(kindOf(id), [...(byKind.get(kindOf(id)) ?? []), id]);
    const lines = [];
    for (const [kind, some] of byKind) {
        const total = counts.get(kind) ?? some.length;
        lines.push(some.length === total && total > 1 ? `- every \`${kind}:\` fact (${total})` : `- ${some.join(', ')}`);
    }
    lines.push('(Their detail is in the facts above; lookup_facts gives the whole record of any fact, ' +
        'read_source its source lines.)');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/agent/plan-sections.js









const sectionKey = (file, blockId) => `${file}#${blockId}`;
/**
 * Decides which agent sections need the model. A section is (re)written when it has no model
 * text yet, or when anything it was written from changed: its facts, its template, the persona or
 * the model. Everything else is left alone — that is what makes an unchanged run free.
 */
function planSections(input) {
    const byId = factIndex(input.facts).byId;
    const prevById = input.previousFacts ? factIndex(input.previousFacts).byId : undefined;
    const jobs = [];
    const unchanged = [];
    const counts = input.factsInPrefix ? factKindCounts(input.facts) : undefined;
    for (const doc of input.docs) {
        const previous = input.existing.get(doc.file);
        const source = previous ?? doc.template;
        const blocks = (0,managed_blocks/* parseBlocks */.SV)(source).blocks;
        for (const block of blocks) {
            const spec = SECTIONS[block.id];
            if (spec?.kind !== 'agent')
                continue;
            const held = (0,managed_blocks/* normaliseBody */.t0)(block.body);
            const isPlaceholder = holdsNoModelText(held);
            const factIds = factIdsForSection(block.id, input.facts, doc.service, doc.adr);
            // A decision record about a removal talks about facts only the previous run had.
            const used = factIds.map((id) => byId.get(id) ?? prevById?.get(id) ?? null);
            const byName = tableDetailFor(block.id) === 'names';
            const inputsDigest = (0,hash/* digest */.br)({
                block: block.id,
                purpose: spec.purpose,
                template: input.templatesDigest,
                persona: input.personaDigest,
                model: input.model,
                service: doc.service?.name,
                facts: byName ? used.map((f, i) => (factIds[i].startsWith('table:') ? factIds[i] : f)) : used,
            });
            const key = sectionKey(doc.file, block.id);
            const minHeadingDepth = headingDepthAbove(source, block.start) + 1;
            const inputsSame = !input.force && !isPlaceholder && input.sections[key]?.digest === inputsDigest;
            // Told to the model whenever the section is rewritten; it alone rewrites a section that reads tables by name.
            const gone = byName && !isPlaceholder ? goneSchemaNames(held, minHeadingDepth, input.facts) : [];
            if (inputsSame && gone.length === 0) {
                unchanged.push(key);
                continue;
            }
            const changes = [
                !isPlaceholder && prevById ? changeSummary(factIds, byId, prevById) : undefined,
                ...gone.map((name) => `- no longer in the facts, named by the current text: ${name}`),
            ].filter(Boolean);
            // Facts of the previous run only are not in the prefix: those sections get theirs inlined.
            const inPrefix = counts !== undefined && factIds.every((id) => byId.has(id));
            jobs.push({
                file: doc.file,
                blockId: block.id,
                purpose: spec.purpose,
                minHeadingDepth,
                factIds,
                factsText: inPrefix ? sectionScope(factIds, counts) : inlineFacts(factIds, used, input.inlineFactsTokens),
                currentText: isPlaceholder ? undefined : held,
                changeSummary: changes.length > 0 ? changes.join('\n') : undefined,
                service: doc.service?.name,
                inputsDigest,
                ...(doc.adr && input.previousFacts ? { alsoKnown: input.previousFacts } : {}),
                ...(spec.answer ? { answer: spec.answer } : {}),
            });
        }
    }
    return { jobs, unchanged };
}
/** Depth of the last heading before `offset` (outside code fences); 1 when there is none. */
function headingDepthAbove(text, offset) {
    let depth = 1;
    let fence;
    for (const line of text.slice(0, offset).split(/\r?\n/)) {
        const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (f && (!fence || f[0] === fence[0]))
            fence = fence ? undefined : f;
        const h = !fence && /^\s{0,3}(#{1,6})\s/.exec(line);
        if (h)
            depth = h[1].length;
    }
    return Math.min(depth, 5);
}
/** Added, removed and changed fact ids of this section since the previous run. */
function changeSummary(ids, now, before) {
    const lines = [];
    for (const id of ids) {
        if (!before.has(id))
            lines.push(`- added: ${id}`);
        // Key order is not a change: the previous facts come back from the state file with sorted keys.
        else if ((0,hash/* canonicalJson */.dj)(before.get(id)) !== (0,hash/* canonicalJson */.dj)(now.get(id)))
            lines.push(`- changed: ${id}`);
    }
    const current = new Set(ids);
    // Removed facts of the same kinds this section covers.
    const kinds = new Set(ids.map((id) => id.split(':')[0]));
    for (const id of before.keys())
        if (!current.has(id) && kinds.has(id.split(':')[0]) && !now.has(id))
            lines.push(`- removed: ${id}`);
    if (lines.length === 0)
        return undefined;
    const MAX = 60;
    return lines.length > MAX
        ? `${lines.slice(0, MAX).join('\n')}\n- … and ${lines.length - MAX} more changes (use lookup_facts)`
        : lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/agent/usage-meter.js


/** Dollars are summed in whole picodollars: integer sums do not depend on the order calls finish in. */
const PICO = 1e12;
/**
 * Counts what the run spent and refuses a call that could exceed the budget: the check uses the
 * worst case (the whole request billed as fresh input, plus max_tokens of output), so a run
 * never goes over what the user allowed. Calls still in flight are counted by their worst case
 * (`reserved`, in the budget's unit), so concurrent calls cannot overshoot either.
 */
class UsageMeter {
    budget;
    priceOverrides;
    totals = {
        calls: 0,
        inputTokens: 0,
        outputTokens: 0,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
        costUsd: 0,
        batchCalls: 0,
    };
    costPico = 0;
    constructor(budget, priceOverrides) {
        this.budget = budget;
        this.priceOverrides = priceOverrides;
    }
    /** The most this call could count against the budget, in the budget's unit (0 without a budget). */
    worstCase(params, kind = {}) {
        if (!this.budget)
            return 0;
        const { input, output } = worstTokens(params);
        if (this.budget.kind === 'tokens')
            return input + output;
        // Billed as a cache write (1.25× input) when the cached prefix is (re)written: take that rate.
        return this.cost(params.model, { input_tokens: 0, cache_creation_input_tokens: input, output_tokens: output }, kind);
    }
    /** Why this call may not start, with `reserved` held by calls in flight; undefined when it fits. */
    refuse(params, reserved = 0, kind = {}) {
        if (!this.budget)
            return undefined;
        const worst = this.worstCase(params, kind);
        if (this.budget.kind === 'tokens') {
            const spent = this.totals.inputTokens + this.totals.cacheReadTokens + this.totals.cacheWriteTokens + this.totals.outputTokens;
            if (spent + reserved + worst > this.budget.limit)
                return (`the token budget (${this.budget.limit}) would be exceeded: ` +
                    `${spent} spent${inFlight(reserved, String(reserved))}, this call could use ${worst}`);
        }
        else if (this.totals.costUsd + reserved + worst > this.budget.limit) {
            return (`the budget ($${this.budget.limit.toFixed(2)}) would be exceeded: ` +
                `$${this.totals.costUsd.toFixed(4)} spent${inFlight(reserved, `$${reserved.toFixed(4)}`)}, ` +
                `this call could cost $${worst.toFixed(4)}`);
        }
        return undefined;
    }
    record(model, usage, kind = {}) {
        this.totals.calls++;
        if (kind.batch)
            this.totals.batchCalls++;
        this.totals.inputTokens += usage.input_tokens;
        this.totals.outputTokens += usage.output_tokens;
        this.totals.cacheReadTokens += usage.cache_read_input_tokens ?? 0;
        this.totals.cacheWriteTokens += usage.cache_creation_input_tokens ?? 0;
        this.costPico += Math.round(this.cost(model, usage, kind) * PICO);
        this.totals.costUsd = this.costPico / PICO;
    }
    cost(model, usage, kind) {
        const full = costUsd(usage, priceFor(model, this.priceOverrides));
        return kind.batch ? full * BATCH_PRICE_FACTOR : full;
    }
}
/** A sequential run never has calls in flight at a check, so its messages stay as they were. */
function inFlight(reserved, shown) {
    return reserved > 0 ? ` and ${shown} held by calls in flight` : '';
}
function worstTokens(params) {
    // chars/4 can undercount dense text, and the API adds its own tool-use and schema tokens:
    // a margin keeps the estimate a true worst case.
    const input = Math.ceil(estimateTokens(JSON.stringify({ s: params.system, m: params.messages, t: params.tools, o: params.output_config })) * 1.25) + 1_000;
    return { input, output: params.max_tokens };
}

;// CONCATENATED MODULE: ./lib/agent/grounding-commands.js

/** The platform-command readers of every registered source kind, for the grounding check. */
function groundingCommands() {
    return (0,registry/* sourceKinds */.Bb)().flatMap((k) => (k.commandMentions ? [k.commandMentions] : []));
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./lib/agent/section-answer.js


const PROPOSAL_JSON = {
    type: 'object',
    properties: {
        title: { type: 'string', description: 'a short imperative title, e.g. "Make payment retries idempotent"' },
        markdown: {
            type: 'string',
            description: 'the recommendation in Markdown, no headings: what to change, why, and its cost or trade-off; ' +
                'names in backticks, new ones exactly as declared in proposed',
        },
        proposed: {
            type: 'array',
            description: 'every new thing the recommendation names (empty when it only changes existing things)',
            items: {
                type: 'object',
                properties: {
                    kind: { type: 'string', enum: [...PROPOSED_KINDS] },
                    name: { type: 'string', description: 'a column as table.column, an endpoint as METHOD /path' },
                    why: { type: 'string' },
                },
                required: ['kind', 'name', 'why'],
                additionalProperties: false,
            },
        },
        touches: {
            type: 'array',
            description: 'the existing names, exactly as the facts spell them, that the change touches',
            items: { type: 'string' },
        },
    },
    required: ['title', 'markdown', 'proposed', 'touches'],
    additionalProperties: false,
};
/** The JSON schema of a section answer (structured output). */
const SECTION_OUTPUT_SCHEMA = {
    type: 'object',
    properties: {
        markdown: {
            type: 'string',
            description: 'the section body: the system as it is, from the facts; every name must exist in the facts',
        },
        recommendations: { type: 'array', description: 'your recommendations; may be empty', items: PROPOSAL_JSON },
    },
    required: ['markdown', 'recommendations'],
    additionalProperties: false,
};
/** The JSON schema of a decision record answer. */
const DECISION_OUTPUT_SCHEMA = {
    type: 'object',
    properties: {
        context: { type: 'string', description: 'the forces and the situation, from the facts (claims)' },
        decision: { ...PROPOSAL_JSON, description: 'the decision the change makes, as a proposal for the team' },
        consequences: { type: 'string', description: 'what follows from it: risks, costs, operations (claims)' },
        alternatives: { type: 'array', description: 'alternatives worth recording', items: PROPOSAL_JSON },
    },
    required: ['context', 'decision', 'consequences', 'alternatives'],
    additionalProperties: false,
};
function outputSchema(format) {
    return (format === 'decision' ? DECISION_OUTPUT_SCHEMA : SECTION_OUTPUT_SCHEMA);
}
const proposal = schemas/* object */.Ikc({
    title: schemas/* string */.YjP(),
    markdown: schemas/* string */.YjP(),
    proposed: schemas/* array */.YOg(schemas/* object */.Ikc({ kind: schemas/* enum */.k5n(PROPOSED_KINDS).catch('other'), name: schemas/* string */.YjP(), why: schemas/* string */.YjP() })),
    touches: schemas/* array */.YOg(schemas/* string */.YjP()),
});
// `recommendations` may be left out: an answer with none is a complete answer.
const sectionAnswer = schemas/* object */.Ikc({ markdown: schemas/* string */.YjP(), recommendations: schemas/* array */.YOg(proposal).default([]) });
const decisionAnswer = schemas/* object */.Ikc({
    context: schemas/* string */.YjP(),
    decision: proposal,
    consequences: schemas/* string */.YjP(),
    alternatives: schemas/* array */.YOg(proposal).default([]),
});
const SHAPE = {
    section: '{"markdown": "...", "recommendations": [{"title", "markdown", "proposed": [...], "touches": [...]}]}',
    decision: '{"context": "...", "decision": {recommendation}, "consequences": "...", "alternatives": [...]}',
};
function parseAnswer(text, format) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { ok: false, problem: `the answer was not valid JSON; answer with JSON only: ${SHAPE[format]}` };
    }
    if (format === 'decision') {
        const parsed = decisionAnswer.safeParse(json);
        if (!parsed.success)
            return { ok: false, problem: `the JSON answer must have the shape ${SHAPE.decision}` };
        const d = parsed.data;
        return {
            ok: true,
            answer: {
                format,
                context: d.context.trim(),
                decision: trimProposal(d.decision),
                consequences: d.consequences.trim(),
                alternatives: d.alternatives.map(trimProposal),
            },
        };
    }
    const parsed = sectionAnswer.safeParse(json);
    if (!parsed.success)
        return { ok: false, problem: `the JSON answer must have the shape ${SHAPE.section}` };
    return {
        ok: true,
        answer: {
            format,
            markdown: parsed.data.markdown.trim(),
            recommendations: parsed.data.recommendations.map(trimProposal).filter((r) => r.markdown !== ''),
        },
    };
}
function trimProposal(p) {
    return { ...p, title: p.title.trim().replace(/[.:]$/, ''), markdown: p.markdown.trim() };
}
/** The parts of an answer the grounding check reads, each under the label its problems use. */
function answerParts(answer) {
    if (answer.format === 'section') {
        return {
            claims: [{ label: 'markdown', markdown: answer.markdown }],
            proposals: answer.recommendations.map((proposal, i) => ({
                label: `recommendation ${i + 1} ("${proposal.title}")`,
                proposal,
            })),
        };
    }
    return {
        claims: [
            { label: 'context', markdown: answer.context },
            { label: 'consequences', markdown: answer.consequences },
        ],
        proposals: [
            { label: 'decision', proposal: answer.decision },
            ...answer.alternatives.map((proposal, i) => ({ label: `alternative ${i + 1} ("${proposal.title}")`, proposal })),
        ],
    };
}
/** The answer with its proposals replaced (after the check moved existing names to `touches`). */
function withProposals(answer, proposals) {
    if (answer.format === 'section')
        return { ...answer, recommendations: proposals };
    return { ...answer, decision: proposals[0], alternatives: proposals.slice(1) };
}

;// CONCATENATED MODULE: ./lib/agent/write-section.js








/**
 * Writes one section: asks the model (letting it call the read-only tools a bounded number of
 * times), then checks the answer — Markdown structure, claims grounded in the facts, proposals
 * declaring what they add. Only a real problem costs a retry (once, with the list of problems); a
 * second rejection is final. What the check can settle itself (a "new" name that already exists)
 * it settles without asking again.
 */
async function writeSection(client, job, opts) {
    let problems;
    let lastCheck;
    const format = job.answer ?? 'section';
    const facts = job.alsoKnown ? unionFacts(opts.facts, job.alsoKnown) : opts.facts;
    for (let attempt = 1; attempt <= 2; attempt++) {
        const answer = await ask(client, job, problems, opts, attempt === 1 ? opts.firstAnswer : undefined);
        if (!answer.ok)
            return { ...answer, attempts: attempt };
        const parsed = parseAnswer(answer.text, format);
        if (!parsed.ok) {
            problems = [parsed.problem];
            continue;
        }
        const parts = answerParts(parsed.answer);
        // In a decision record the parts sit under headings we add, one level below the block's own.
        const claimDepth = job.minHeadingDepth + (format === 'decision' ? 1 : 0);
        const markdownProblems = [
            ...parts.claims.flatMap((c) => structureProblems(c.markdown, claimDepth, job.file).map((p) => prefixed(c.label, p, parts))),
            ...parts.proposals.flatMap((c) => structureProblems(c.proposal.markdown, 7, job.file).map((p) => prefixed(c.label, p.replace(/heading "(.*?)" is level .*$/, 'remove the heading "$1": a recommendation has none'), parts))),
        ];
        const check = checkAnswer(parts.claims, parts.proposals, facts, {
            commands: groundingCommands(),
            // A name the model read in a source file (an OpenAPI schema, a config key) is in the sources.
            extraKnown: answer.read.length > 0 ? new Set([...(opts.repoFiles ?? []), ...namesIn(answer.read)]) : (opts.repoFiles ?? []),
            ...(opts.sqlParser ? { sqlParser: opts.sqlParser } : {}),
        });
        lastCheck = check;
        const settled = withProposals(parsed.answer, check.proposals.map((p) => p.proposal));
        const render = (markUnknown) => renderAnswer(settled, check, { depth: job.minHeadingDepth, markUnknown });
        if (markdownProblems.length === 0 && check.problems.length === 0)
            return { ok: true, markdown: render(false), check, answer: settled, attempts: attempt };
        if (attempt === 2 && markdownProblems.length === 0 && opts.grounding === 'warn') {
            return { ok: true, markdown: render(true), check, answer: settled, attempts: attempt };
        }
        problems = [...markdownProblems, ...check.problems];
    }
    return {
        ok: false,
        kind: 'check-failed',
        reason: `rejected twice by the checks: ${problems.join('; ')}`,
        check: lastCheck,
        attempts: 2,
    };
}
/** The identifier-like words of the source text the model read with `read_source`. */
function namesIn(texts) {
    const names = new Set();
    for (const text of texts)
        for (const m of text.matchAll(/[A-Za-z_][\w.:/-]*\w/g))
            names.add(m[0]);
    return names;
}
function structureProblems(markdown, minHeadingDepth, file) {
    return checkMarkdown(markdown, { minHeadingDepth, docFile: file }).map((p) => p.line ? `line ${p.line}: ${p.message}` : p.message);
}
/** A problem of one part of the answer, named so the model finds it (only when there are several parts). */
function prefixed(label, problem, parts) {
    return parts.claims.length + parts.proposals.length > 1 ? `${label}, ${problem}` : problem;
}
/** Both runs' facts, for checking text that may name what was removed. */
function unionFacts(now, before) {
    const union = (a, b) => [...a, ...b.filter((x) => !a.some((y) => y.id === x.id))];
    return {
        ...now,
        api: {
            ...now.api,
            operations: union(now.api.operations, before.api.operations),
            securitySchemes: union(now.api.securitySchemes, before.api.securitySchemes),
        },
        schema: {
            ...now.schema,
            tables: union(now.schema.tables, before.schema.tables),
            enums: union(now.schema.enums, before.schema.enums),
        },
        infra: { ...now.infra, components: union(now.infra.components, before.infra.components) },
    };
}
/** The request of one turn of a section's conversation. */
function turnRequest(job, messages, turn, opts) {
    const toolsAllowed = turn < opts.maxToolTurns;
    return {
        model: opts.model,
        max_tokens: opts.maxOutputTokens,
        system: opts.prefix.system,
        messages,
        output_config: {
            format: { type: 'json_schema', schema: outputSchema(job.answer ?? 'section') },
        },
        ...(toolsAllowed ? { tools: opts.prefix.tools } : { tools: opts.prefix.tools, tool_choice: { type: 'none' } }),
    };
}
/**
 * The first request `writeSection` makes for a section (first attempt, first turn), exactly as it
 * makes it, so that it can be sent ahead in a Message Batch; undefined when it is over
 * max-input-tokens (`writeSection` then reports that without a call).
 */
function firstRequest(job, opts) {
    const params = turnRequest(job, [{ role: 'user', content: buildSectionRequest(job, undefined) }], 0, opts);
    return tooLarge(params, opts.maxInputTokens) ? undefined : params;
}
function tooLarge(params, maxInputTokens) {
    return estimateTokens(JSON.stringify([params.system, params.tools, params.messages])) > maxInputTokens;
}
/**
 * One attempt: the conversation with tool calls, until the model gives its final text.
 * `preAnswered` is the answer to its first request when a Message Batch already gave it.
 */
async function ask(client, job, problems, opts, preAnswered) {
    const messages = [{ role: 'user', content: buildSectionRequest(job, problems) }];
    const read = [];
    for (let turn = 0;; turn++) {
        const params = turnRequest(job, messages, turn, opts);
        if (tooLarge(params, opts.maxInputTokens)) {
            return {
                ok: false,
                kind: 'model-error',
                reason: `the request would exceed max-input-tokens (${opts.maxInputTokens}); raise it or narrow the section`,
            };
        }
        let response;
        if (turn === 0 && preAnswered)
            response = preAnswered;
        else {
            const permit = await opts.calls.admit(params);
            if (permit.refusal !== undefined)
                return { ok: false, kind: 'budget', reason: permit.refusal };
            try {
                // The SDK retries 408/409/429/5xx and timeouts itself (`maxRetries` of the client).
                response = await client.messages.create(params);
            }
            catch (err) {
                permit.done(opts.model);
                return { ok: false, kind: 'model-error', reason: describeError(err) };
            }
            permit.done(opts.model, response.usage);
        }
        if (response.stop_reason === 'max_tokens')
            return {
                ok: false,
                kind: 'model-error',
                reason: `the answer was cut off at max_tokens (${opts.maxOutputTokens})`,
            };
        if (response.stop_reason === 'refusal')
            return { ok: false, kind: 'model-error', reason: 'the model refused to answer' };
        const toolUses = response.content.filter((b) => b.type === 'tool_use');
        if (response.stop_reason === 'tool_use' && toolUses.length > 0) {
            messages.push({ role: 'assistant', content: response.content });
            const results = [];
            for (const use of toolUses) {
                const r = await runTool(use.name, use.input, opts.tools);
                if (use.name === 'read_source' && !r.isError)
                    read.push(r.text);
                results.push({ type: 'tool_result', tool_use_id: use.id, content: r.text, is_error: r.isError });
            }
            messages.push({ role: 'user', content: results });
            continue;
        }
        return {
            ok: true,
            text: response.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''),
            read,
        };
    }
}
/** A readable reason for the run report; never includes request bodies or keys. */
function describeError(err) {
    const e = err;
    if (e?.status)
        return `the model API answered ${e.status}${e.type ? ` ${e.type}` : ''} after retries`;
    if (e?.name === 'APIConnectionTimeoutError')
        return 'the model API timed out after retries';
    if (e?.name === 'APIConnectionError')
        return 'the model API could not be reached after retries';
    return `the model call failed: ${e?.message ?? String(err)}`;
}

;// CONCATENATED MODULE: ./lib/agent/call-gate.js
/**
 * Admits the model calls of sections running side by side, under the budget. Sections are numbered
 * in plan order (the order a sequential run writes them in), and that order decides:
 * - a call starts when the budget has room for it on top of what was spent and the worst case of
 *   every call in flight; a call that would not fit waits, and no later section's call jumps it;
 * - a call is refused only once nothing is in flight and every running section waits here, so the
 *   refusal is decided on what was really spent, by the earliest section: when each section needs one
 *   call, that is exactly the decision, and the message, of a sequential run;
 * - the first refusal stops the budget: every later call is refused with the same reason.
 * Without a budget every call starts at once (the pool of sections bounds how many are open).
 */
class CallGate {
    meter;
    running = new Set();
    waiting = [];
    inFlight = 0;
    reserved = 0;
    stopReason;
    constructor(meter) {
        this.meter = meter;
    }
    /** The reason of the first refusal, once there was one. */
    get stopped() {
        return this.stopReason;
    }
    /** Runs one section as number `index` in plan order: its calls are admitted in that position. */
    async section(index, body) {
        this.running.add(index);
        try {
            return await body({ admit: (params) => this.admit(index, params) });
        }
        finally {
            this.running.delete(index);
            this.pump();
        }
    }
    admit(section, params) {
        if (this.stopReason)
            return Promise.resolve({ refusal: this.stopReason });
        if (!this.meter.budget)
            return Promise.resolve(this.permit(0));
        return new Promise((grant) => {
            this.waiting.push({ section, params, grant });
            this.waiting.sort((a, b) => a.section - b.section);
            this.pump();
        });
    }
    permit(worst) {
        this.inFlight++;
        this.reserved += worst;
        let settled = false;
        return {
            done: (model, usage) => {
                if (settled)
                    return;
                settled = true;
                this.inFlight--;
                this.reserved = this.inFlight === 0 ? 0 : this.reserved - worst;
                if (usage)
                    this.meter.record(model, usage);
                this.pump();
            },
        };
    }
    /** Grants what fits, earliest section first; refuses the earliest only when nothing can change. */
    pump() {
        while (this.waiting.length > 0) {
            const next = this.waiting[0];
            if (this.stopReason) {
                this.waiting.shift();
                next.grant({ refusal: this.stopReason });
                continue;
            }
            const refusal = this.meter.refuse(next.params, this.reserved);
            if (!refusal) {
                this.waiting.shift();
                next.grant(this.permit(this.meter.worstCase(next.params)));
                continue;
            }
            // Something may still free room or come first: a call in flight, or a section working between calls.
            if (this.inFlight > 0 || this.waiting.length < this.running.size)
                return;
            this.stopReason = refusal;
        }
    }
}

;// CONCATENATED MODULE: ./lib/agent/first-then-pool.js
/**
 * Runs `task(0)` alone, then `task(1)` … `task(count - 1)` with at most `limit` running at once,
 * each started in index order as a slot frees. The first task runs alone because its model call
 * writes the prompt cache that every later call reads: started together, they would all write it.
 * A task that throws stops new ones from starting; the rest finish, then the first error is thrown
 * (nothing is left running behind the caller's back).
 */
async function firstThenPool(count, limit, task) {
    if (count === 0)
        return;
    await task(0);
    let next = 1;
    let failure;
    const worker = async () => {
        while (!failure && next < count) {
            const index = next++;
            try {
                await task(index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit), count - 1));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure)
        throw failure.error;
}

// EXTERNAL MODULE: ./lib/sources/migrations/pg-parser.js
var pg_parser = __webpack_require__(68685);
;// CONCATENATED MODULE: ./lib/agent/repo-files.js

// The repository's tracked files, so a section may point at a real file (`deploy/k8s/kustomization.yaml`)
// that is no input of the facts. Asked of git once per run that writes sections; without git, none.
const MAX_FILES = 200_000;
/** Every tracked path, its folders and its file name; empty when git cannot say. */
function repoFileNames(repoRoot) {
    const names = new Set();
    let out;
    try {
        out = (0,external_node_child_process_.execFileSync)('git', ['ls-files', '-z'], {
            cwd: repoRoot,
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            timeout: 20_000,
            stdio: ['ignore', 'pipe', 'ignore'],
        });
    }
    catch {
        return names;
    }
    for (const path of out.split('\0').slice(0, MAX_FILES)) {
        if (!path)
            continue;
        names.add(path);
        const parts = path.split('/');
        names.add(parts.at(-1));
        for (let i = 1; i < parts.length; i++)
            names.add(`${parts.slice(0, i).join('/')}/`);
    }
    return names;
}

;// CONCATENATED MODULE: ./lib/agent/message-batch.js

/**
 * The waits between status checks: the first is a sixteenth of the time limit (at most 15 s), each
 * next one twice the last, up to a quarter of the limit (at most 2 min). A batch usually takes
 * minutes, so polling eagerly buys nothing; the cap keeps an ended batch from sitting unnoticed for
 * long, and tying both to the limit makes a short limit poll quickly. Deterministic: no jitter, one
 * client polls one batch.
 */
function pollWaits(timeoutMs) {
    return { first: Math.min(15_000, timeoutMs / 16), cap: Math.min(120_000, timeoutMs / 4) };
}
/**
 * Sends the requests as one Message Batch, waits for it to end within the time limit (checking its
 * status with the backoff of `pollWaits`), and reads every result. At the time limit the batch is
 * canceled and whatever it had answered by then is kept; the rest is unanswered. Nothing here
 * throws for an API failure: a batch that cannot be created errs every request, and one that can no
 * longer be read leaves them unanswered.
 */
async function runMessageBatch(client, requests, timing) {
    const sleep = timing.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const now = timing.now ?? Date.now;
    const run = { answers: new Map(), polls: 0, waits: [], canceled: false };
    const all = (answer) => {
        for (const r of requests)
            if (!run.answers.has(r.custom_id))
                run.answers.set(r.custom_id, answer);
    };
    let batch;
    try {
        batch = await client.create({ requests });
    }
    catch (err) {
        all({ kind: 'errored', reason: `the Message Batch could not be created: ${describeError(err)}` });
        return run;
    }
    run.id = batch.id;
    const deadline = now() + timing.timeoutMs;
    const { first, cap } = pollWaits(timing.timeoutMs);
    let wait = first;
    const seconds = Math.round(timing.timeoutMs / 100) / 10;
    const canceledReason = `the Message Batch had not answered it within the batch time limit (${seconds} s) and was canceled; ` +
        'it waits for the next run';
    try {
        while (batch.processing_status !== 'ended') {
            const left = deadline - now();
            if (left <= 0)
                break;
            const ms = Math.min(wait, left);
            run.waits.push(ms);
            await sleep(ms);
            wait = Math.min(wait * 2, cap);
            batch = await client.retrieve(batch.id);
            run.polls++;
        }
        if (batch.processing_status !== 'ended') {
            run.canceled = true;
            // Cancelling ends the batch once the requests in flight finish; what ended by then is read.
            batch = await client.cancel(batch.id);
        }
        if (batch.processing_status === 'ended')
            await readResults(client, batch.id, run, canceledReason);
    }
    catch (err) {
        if (!run.canceled && batch.processing_status !== 'ended') {
            run.canceled = true;
            await Promise.resolve(client.cancel(batch.id)).catch(() => undefined);
        }
        all({ kind: 'unanswered', reason: `the Message Batch could not be read: ${describeError(err)}` });
    }
    all({ kind: 'unanswered', reason: run.canceled ? canceledReason : 'the Message Batch ended without answering it' });
    return run;
}
async function readResults(client, id, run, canceledReason) {
    for await (const item of await client.results(id)) {
        const r = item.result;
        if (r.type === 'succeeded')
            run.answers.set(item.custom_id, { kind: 'answered', message: r.message });
        else if (r.type === 'errored')
            run.answers.set(item.custom_id, {
                kind: 'errored',
                reason: `the Message Batch answered ${r.error?.error?.type ?? 'an error'} for it`,
            });
        else if (r.type === 'expired')
            run.answers.set(item.custom_id, { kind: 'unanswered', reason: 'the Message Batch expired before answering it' });
        else
            run.answers.set(item.custom_id, {
                kind: 'unanswered',
                reason: run.canceled ? canceledReason : 'the Message Batch was canceled before answering it',
            });
    }
}

;// CONCATENATED MODULE: ./lib/agent/batch-sections.js


/**
 * Sends the first request of every section that fits the budget as one Message Batch and hands
 * back how each section starts. The budget is checked before sending, at the batch price, in plan
 * order on the worst case of every request before it: the first that does not fit, and every
 * section after it, is skipped with the refusal's reason, as a sequential run would skip them.
 */
async function startSectionsInBatch(jobs, options, meter, client, timing) {
    // `sent` marks a section whose first request went into the batch: its start is its answer.
    const slots = [];
    const requests = [];
    let reserved = 0;
    let refusal;
    for (const [index, job] of jobs.entries()) {
        const params = firstRequest(job, options);
        if (!params) {
            slots.push({ direct: true });
            continue;
        }
        refusal ??= meter.refuse(params, reserved, { batch: true });
        if (refusal) {
            slots.push({ outcome: { ok: false, kind: 'budget', reason: refusal, attempts: 0 } });
            continue;
        }
        reserved += meter.worstCase(params, { batch: true });
        requests.push({ custom_id: customId(index), params });
        slots.push('sent');
    }
    if (requests.length === 0)
        return { starts: slots, sent: 0 };
    const run = await runMessageBatch(client, requests, timing);
    const starts = slots.map((slot, index) => {
        if (slot !== 'sent')
            return slot;
        const answer = run.answers.get(customId(index));
        if (answer.kind === 'answered') {
            // Paid as soon as the batch answered, whatever becomes of the section: counted now, in plan order.
            meter.record(options.model, answer.message.usage, { batch: true });
            return { firstAnswer: answer.message };
        }
        const kind = answer.kind === 'errored' ? 'model-error' : 'unanswered';
        return { outcome: { ok: false, kind, reason: answer.reason, attempts: 1 } };
    });
    return { starts, run, sent: requests.length };
}
/** The batch's name for a section: its place in the plan (custom_id allows 1-64 of [A-Za-z0-9_-]). */
function customId(index) {
    return `section-${index}`;
}

;// CONCATENATED MODULE: ./lib/agent/run-agent.js













/**
 * Runs the architect over the sections that need it. The first section is written alone, so its
 * call creates the prompt cache; the rest then run side by side (at most `concurrency` calls open)
 * and read it. Their results are applied in plan order with a sequential run's rules, so the docs
 * and the state do not depend on which call answered first: a model failure freezes the whole doc
 * it belongs to (it stays as it was; later sections of that doc count as not attempted, even when
 * they ran); a budget stop skips everything after it; a section that fails the checks is not
 * written. What ran anyway was still paid for and is in the usage.
 */
async function runAgent(input) {
    const digest = factDigest(input.facts, Math.floor(input.maxInputTokens * 0.6));
    const plan = planSections({
        facts: input.facts,
        previousFacts: input.previousFacts,
        docs: input.docs,
        existing: input.existing,
        sections: input.sections,
        personaDigest: (0,hash/* sha256 */.sc)(input.persona),
        templatesDigest: input.templatesDigest,
        model: input.model,
        force: input.force,
        inlineFactsTokens: Math.max(0, input.maxInputTokens - digest.tokens - 4_000) / 2,
        factsInPrefix: digest.level === 0,
    });
    const meter = new UsageMeter(input.budget, input.prices);
    const outcome = {
        bodies: new Map(),
        frozenDocs: new Map(),
        skipped: [],
        sections: Object.fromEntries(plan.unchanged.map((k) => [k, input.sections[k]])),
        usage: meter.totals,
        generated: 0,
        unchanged: plan.unchanged.length,
        groundingRatio: 1,
        recommendations: 0,
        proposedNames: 0,
        retried: 0,
        digestLevel: digest.level,
    };
    const prefix = buildPrefix(input.persona, digest.text);
    const tools = { repoRoot: input.repoRoot, facts: input.facts, byId: factIndex(input.facts).byId };
    let known = 0;
    let mentions = 0;
    let budgetStop;
    // SQL in the answers is read with the real parser; if it cannot load, the keyword scan reads it.
    const sqlParser = plan.jobs.length > 0 ? await (0,pg_parser/* loadPgParser */.D)().catch(() => undefined) : undefined;
    const repoFiles = plan.jobs.length > 0 ? repoFileNames(input.repoRoot) : undefined;
    const gate = new CallGate(meter);
    const results = [];
    // Docs with a failed call, whichever section saw it first: a section not yet started there is
    // after that one in plan order, so a sequential run would not have attempted it either.
    const failedDocs = new Set();
    const options = {
        model: input.model,
        maxInputTokens: input.maxInputTokens,
        maxOutputTokens: input.maxOutputTokens,
        maxToolTurns: 4,
        grounding: input.grounding,
        facts: input.facts,
        tools,
        prefix,
        ...(sqlParser ? { sqlParser } : {}),
        ...(repoFiles ? { repoFiles } : {}),
    };
    // A batch run sends every section's first request up front, then writes the sections from their
    // answers below, exactly as if each first call had just returned (see batch-sections.ts).
    const batched = input.batch && plan.jobs.length > 0
        ? await startSectionsInBatch(plan.jobs, options, meter, input.batch.client, { timeoutMs: input.batch.timeoutMs })
        : undefined;
    if (batched)
        outcome.batch = batchReport(batched);
    await firstThenPool(plan.jobs.length, input.concurrency ?? config_values/* DEFAULT_MODEL_CONCURRENCY */.i8, async (index) => {
        const job = plan.jobs[index];
        if (gate.stopped || failedDocs.has(job.file))
            return;
        const start = batched?.starts[index];
        if (start && 'outcome' in start) {
            if (start.outcome.kind === 'model-error')
                failedDocs.add(job.file);
            results[index] = start.outcome;
            return;
        }
        const firstAnswer = start && 'firstAnswer' in start ? { firstAnswer: start.firstAnswer } : {};
        const result = await gate.section(index, (calls) => writeSection(input.client, job, { ...options, calls, ...firstAnswer }));
        if (!result.ok && result.kind === 'model-error')
            failedDocs.add(job.file);
        results[index] = result;
    });
    for (const [index, job] of plan.jobs.entries()) {
        const key = sectionKey(job.file, job.blockId);
        if (input.sections[key])
            outcome.sections[key] = input.sections[key];
        if (budgetStop) {
            outcome.skipped.push({ file: job.file, blockId: job.blockId, kind: 'budget', reason: budgetStop });
            continue;
        }
        if (outcome.frozenDocs.has(job.file)) {
            outcome.skipped.push({
                file: job.file,
                blockId: job.blockId,
                kind: 'model-error',
                reason: 'not attempted: an earlier section of this doc failed',
            });
            continue;
        }
        const result = results[index];
        // Only a budget stop or a failed doc earlier in plan order leaves a section unstarted.
        if (!result)
            throw new Error(`internal: section ${key} was not run and nothing before it explains why`);
        if (result.check) {
            mentions += result.check.claims.mentions.length;
            known += result.check.claims.mentions.length - result.check.claims.unknown.length;
        }
        if (result.attempts > 1)
            outcome.retried++;
        if (result.ok) {
            outcome.recommendations += result.check.proposals.length;
            outcome.proposedNames += result.check.proposals.reduce((n, p) => n + p.proposal.proposed.length, 0);
            const forDoc = outcome.bodies.get(job.file) ?? new Map();
            forDoc.set(job.blockId, result.markdown);
            outcome.bodies.set(job.file, forDoc);
            outcome.sections[key] = { digest: job.inputsDigest, model: input.model };
            outcome.generated++;
            continue;
        }
        outcome.skipped.push({ file: job.file, blockId: job.blockId, kind: result.kind, reason: result.reason });
        if (result.kind === 'budget')
            budgetStop = result.reason;
        if (result.kind === 'model-error')
            outcome.frozenDocs.set(job.file, result.reason);
    }
    // A frozen doc keeps none of this run's model text: it is updated whole or not at all.
    for (const file of outcome.frozenDocs.keys()) {
        for (const blockId of outcome.bodies.get(file)?.keys() ?? []) {
            const key = sectionKey(file, blockId);
            if (input.sections[key])
                outcome.sections[key] = input.sections[key];
            else
                delete outcome.sections[key];
            outcome.generated--;
        }
        outcome.bodies.delete(file);
    }
    outcome.groundingRatio = mentions === 0 ? 1 : known / mentions;
    return outcome;
}
function batchReport(b) {
    const answers = [...(b.run?.answers.values() ?? [])];
    const count = (kind) => answers.filter((a) => a.kind === kind).length;
    return {
        ...(b.run?.id ? { id: b.run.id } : {}),
        sent: b.sent,
        answered: count('answered'),
        errored: count('errored'),
        unanswered: count('unanswered'),
        polls: b.run?.polls ?? 0,
        waits: b.run?.waits ?? [],
        canceled: b.run?.canceled ?? false,
    };
}

;// CONCATENATED MODULE: ./lib/agent/agent-stage.js




/** The model stage of the pipeline: decides online/offline, sets the model up, runs the architect. */
async function runAgentStage(input) {
    const { agent } = input.config;
    if (input.untrustedReason)
        return { offline: true, offlineReason: input.untrustedReason, diagnostics: [] };
    if (agent.offline)
        return { offline: true, offlineReason: 'the run was asked to be offline', diagnostics: [] };
    if (agent.provider === 'anthropic' && !agent.apiKey)
        return { offline: true, offlineReason: 'no `anthropic-api-key` was given', diagnostics: [] };
    const { persona, diagnostics } = await loadPersona(input.config.repoRoot, agent.agentFile, input.baseSha);
    const client = await createModelClient({
        provider: agent.provider,
        apiKey: agent.apiKey,
        awsRegion: agent.awsRegion,
        vertexProjectId: agent.vertexProjectId,
        vertexRegion: agent.vertexRegion,
        timeoutMs: agent.timeoutMs,
        maxRetries: 2,
    });
    const resolved = await resolveModel(agent.model ?? persona.model ?? 'sonnet', client.listModels);
    if (agent.batch && !client.batches)
        diagnostics.push({
            severity: 'warning',
            stage: 'docs',
            file: input.config.configFile ?? 'action inputs',
            message: `batch: the ${agent.provider} provider does not serve the Message Batches API here; ` +
                'the sections were written with normal calls at the normal price',
        });
    const outcome = await runAgent({
        repoRoot: input.config.repoRoot,
        facts: input.facts,
        previousFacts: input.previousFacts,
        docs: input.docs,
        existing: input.existing,
        sections: input.sections,
        templatesDigest: input.templatesDigest,
        persona: persona.systemPrompt,
        model: client.modelId(resolved.id),
        client,
        force: input.config.force,
        maxInputTokens: agent.maxInputTokens,
        maxOutputTokens: agent.maxOutputTokens,
        grounding: agent.grounding,
        budget: agent.budget,
        prices: agent.prices,
        concurrency: agent.modelConcurrency,
        ...(agent.batch && client.batches ? { batch: { client: client.batches, timeoutMs: agent.batchTimeoutMs } } : {}),
    });
    const batch = outcome.batch;
    if (batch?.canceled)
        diagnostics.push({
            severity: 'warning',
            stage: 'docs',
            file: input.config.configFile ?? 'action inputs',
            message: `the Message Batch${batch.id ? ` ${batch.id}` : ''} had not ended after ${agent.batchTimeoutMs / 1000} s ` +
                `(batch-timeout-seconds) and was canceled: ${batch.answered} of ${batch.sent} sections answered, ` +
                'the rest left for the next run',
        });
    for (const s of outcome.skipped) {
        diagnostics.push({
            severity: s.kind === 'model-error' ? 'error' : 'warning',
            stage: 'docs',
            file: s.file,
            message: `section "${s.blockId}" not written: ${s.reason}`,
        });
    }
    return {
        outcome,
        offline: false,
        model: resolved.id,
        modelNote: resolved.note,
        personaSource: persona.source,
        diagnostics,
    };
}

;// CONCATENATED MODULE: ./lib/agent/estimate-plan.js





/**
 * What a run would ask the model, without asking: the sections to (re)write and an estimate of
 * tokens and cost. Estimates count characters (about four a token) and assume one call per
 * section with no tool use, the first writing the prompt cache and the rest reading it.
 */
function estimatePlan(input) {
    const digest = factDigest(input.facts, Math.floor(input.maxInputTokens * 0.6));
    const plan = planSections({
        ...input,
        personaDigest: (0,hash/* sha256 */.sc)(input.persona),
        inlineFactsTokens: Math.max(0, input.maxInputTokens - digest.tokens - 4_000) / 2,
        factsInPrefix: digest.level === 0,
    });
    const prefix = buildPrefix(input.persona, digest.text);
    const prefixTokens = estimateTokens(JSON.stringify(prefix));
    const price = priceFor(input.model, input.prices);
    let cost = 0;
    let inputTokens = 0;
    const sections = plan.jobs.map((job, i) => {
        const own = estimateTokens(buildSectionRequest(job));
        inputTokens += own + prefixTokens;
        cost += costUsd({
            input_tokens: own,
            output_tokens: input.maxOutputTokens,
            cache_creation_input_tokens: i === 0 ? prefixTokens : 0,
            cache_read_input_tokens: i === 0 ? 0 : prefixTokens,
        }, price);
        return {
            file: job.file,
            blockId: job.blockId,
            inputTokens: own + prefixTokens,
            reason: job.currentText
                ? 'its facts, template, persona or model changed, or its text names what is gone'
                : 'no model text yet',
        };
    });
    return {
        model: input.model,
        sections,
        unchanged: plan.unchanged.length,
        prefixTokens,
        inputTokens,
        maxOutputTokens: sections.length * input.maxOutputTokens,
        costUsd: input.batch ? cost * BATCH_PRICE_FACTOR : cost,
        batch: input.batch ?? false,
    };
}

// EXTERNAL MODULE: ./lib/sources/extract-facts.js + 3 modules
var extract_facts = __webpack_require__(31754);
// EXTERNAL MODULE: ./lib/sources/tree-at-commit.js
var tree_at_commit = __webpack_require__(18664);
// EXTERNAL MODULE: ./lib/facts/api-changes/api-changes.js + 7 modules
var api_changes = __webpack_require__(61186);
// EXTERNAL MODULE: ./lib/system/derive-system.js + 6 modules
var derive_system = __webpack_require__(83751);
// EXTERNAL MODULE: ./lib/publish/write-files.js
var write_files = __webpack_require__(94470);
// EXTERNAL MODULE: ./lib/sources/discover-sources.js + 1 modules
var discover_sources = __webpack_require__(90555);
// EXTERNAL MODULE: ./lib/sources/referenced-inputs.js
var referenced_inputs = __webpack_require__(57549);
// EXTERNAL MODULE: ./lib/state/run-key.js
var run_key = __webpack_require__(74166);
// EXTERNAL MODULE: ./lib/state/change-base.js
var change_base = __webpack_require__(18543);
// EXTERNAL MODULE: ./lib/state/extraction-key.js
var extraction_key = __webpack_require__(71846);
// EXTERNAL MODULE: ./lib/state/facts-cache.js
var facts_cache = __webpack_require__(58165);
// EXTERNAL MODULE: ./lib/state/state-file.js
var state_file = __webpack_require__(93603);
// EXTERNAL MODULE: ./lib/state/state-path.js
var state_path = __webpack_require__(41938);
// EXTERNAL MODULE: ./lib/up-to-date.js
var up_to_date = __webpack_require__(56559);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
;// CONCATENATED MODULE: ./lib/pipeline.js






























/**
 * The one pipeline both the action and the CLI run:
 * config → discover → facts (or the cached facts when inputs are unchanged) → docs → write/check.
 */
async function pipeline_run(config, context = {}, found) {
    return renderAndPublish(config, context, await prepare(config, found));
}
/** What a run would ask the model and roughly what it would cost: `architect-docs plan`. Never calls the model. */
async function planModelRun(config) {
    const p = await prepare(config);
    const { persona } = await loadPersona(config.repoRoot, config.agent.agentFile, undefined);
    // No call to the Models API either: aliases resolve to the pinned model of their family.
    const { id: model } = await resolveModel(config.agent.model ?? persona.model ?? 'sonnet');
    return estimatePlan({
        facts: p.facts,
        previousFacts: p.previousFacts,
        docs: p.planned,
        existing: p.existing,
        sections: p.previous.record?.sections ?? {},
        templatesDigest: p.templates.digest,
        persona: persona.systemPrompt,
        model,
        force: config.force,
        maxInputTokens: config.agent.maxInputTokens,
        maxOutputTokens: config.agent.maxOutputTokens,
        prices: config.agent.prices,
        batch: config.agent.batch,
    });
}
async function prepare(config, discovered) {
    const found = discovered ?? (await (0,discover_sources/* discoverSources */.w)(config.repoRoot, config.sources, [config.docsDir]));
    const previous = await (0,state_file.readState)(config.repoRoot, config.docsDir);
    const { facts, extracted, key } = await factsFor(config, found, previous);
    const previousFacts = previous.legacy?.facts ??
        (previous.record ? await (0,change_base.factsOfRecord)(config, previous.record, { facts, extractionKey: key }) : undefined);
    const templates = await (0,docs_templates/* loadTemplates */.K8)(config.repoRoot, config.templatesDir);
    const { docs: planned, services } = planDocs(facts, config.docsDir, templates, await adrPlan(config, previousFacts, facts));
    const onDisk = new Map();
    const existing = new Map();
    for (const doc of planned) {
        const text = await readOptional((0,external_node_path_.join)(config.repoRoot, doc.file));
        onDisk.set(doc.file, text);
        existing.set(doc.file, text === undefined ? undefined : insertNewTemplateBlocks(text, doc.template, previous.record?.blocks[doc.file]));
    }
    return { facts, extracted, key, previous, previousFacts, templates, planned, services, existing, onDisk };
}
/** Only the fact model: what `architect-docs facts` prints. */
async function extractFacts(config) {
    return (0,change_base/* extractWithSystem */.Tk)(config);
}
/**
 * The facts of the repository as it was at a commit (a pull request's base), read from that
 * commit's sources with today's config: the change base when no state file is there to say it.
 */
async function extractFactsAt(config, ref) {
    return (0,change_base/* extractAtCommit */.Q6)(config, ref);
}
/** The facts with the logical system model derived from them (the system stage). */
function withSystem(facts) {
    return { ...facts, system: (0,derive_system/* deriveSystem */.B)(facts) };
}
async function factsFor(config, found, previous) {
    // Unchanged inputs: the last run's facts, from the cache, are the facts. Hashing is all the work
    // done. The inputs list is always what discovery found now (plus the files the last extraction
    // read through references, re-hashed now), never what a (possibly edited) state file says.
    const record = previous.record;
    if (!config.force && record) {
        const inputs = await (0,referenced_inputs/* rehashReferencedInputs */.wM)(config.repoRoot, found.inputs, record.referenced);
        const key = (0,extraction_key/* extractionKey */.P)(config, inputs);
        if (record.extractionKey === key) {
            const known = previous.legacy?.facts ?? (await (0,facts_cache/* cachedFacts */.E)(key));
            if (known)
                return { facts: { ...known, inputs }, extracted: false, key };
        }
    }
    const facts = withSystem(await (0,extract_facts/* buildFacts */._)(config.repoRoot, found));
    const key = (0,extraction_key/* extractionKey */.P)(config, facts.inputs);
    await (0,facts_cache/* cacheFacts */.s)(key, facts);
    return { facts, extracted: true, key };
}
async function renderAndPublish(config, context, p) {
    const { facts, extracted, previous, previousFacts, templates, planned, services, existing, onDisk } = p;
    const last = previous.record;
    // Check mode never calls the model: it answers "would the docs change?" from the facts alone.
    const agent = config.mode === 'check'
        ? { offline: true, offlineReason: 'check mode does not call the model', diagnostics: [] }
        : await runAgentStage({
            config,
            facts,
            previousFacts,
            docs: planned,
            existing,
            sections: last?.sections ?? {},
            templatesDigest: templates.digest,
            baseSha: context.baseSha,
            untrustedReason: context.untrustedReason,
        });
    const rendered = renderDocs(facts, config.docsDir, planned, services, existing, {
        force: config.force,
        agentBodies: agent.outcome?.bodies,
        frozenDocs: agent.outcome?.frozenDocs,
        onDisk,
    });
    const changed = rendered.docs
        .filter((d) => d.text !== d.previous)
        .map((d) => ({ file: d.file, text: d.text }));
    const generated = generatedFiles(facts, config.catalog);
    for (const g of generated)
        if (g.text !== (await readOptional((0,external_node_path_.join)(config.repoRoot, g.file))))
            changed.push({ file: g.file, text: g.text });
    const stateFile = (0,state_path/* statePath */.BQ)(config.docsDir);
    // An offline run cannot tell cheaply which sections the model would rewrite: it leaves them all
    // to the next run that may call it. A model run leaves what it skipped or could not write.
    const modelPending = agent.outcome
        ? agent.outcome.skipped.length > 0 || rendered.docs.some((d) => d.needsModel.length > 0)
        : true;
    // The legacy JSON state goes with the first run that writes the line format.
    const removals = previous.legacy
        ? [{ file: (0,state_path/* legacyStatePath */.Uv)(config.docsDir), text: '', remove: true }]
        : [];
    const state = {
        generator: version/* VERSION */.x,
        extractionKey: p.key,
        commit: await (0,tree_at_commit/* cleanSourceCommit */.q)(config.repoRoot, facts.inputs.map((i) => i.file)),
        diagnostics: facts.diagnostics.length,
        referenced: facts.inputs.filter((i) => i.referenced),
        // A past decision record is no longer planned but still owned: its sections and blocks stay known.
        sections: {
            ...pastRecords(config, last?.sections, planned),
            ...(agent.outcome?.sections ?? last?.sections),
        },
        blocks: {
            ...pastRecords(config, last?.blocks, planned),
            ...Object.fromEntries(rendered.docs.map((d) => [d.file, (0,managed_blocks/* parseBlocks */.SV)(d.text).blocks.map((b) => b.id)])),
        },
        // Check mode answers a question and writes nothing: what it would record is the last run's.
        ...(config.mode === 'check'
            ? { runKey: last?.runKey, docsKey: last?.docsKey, modelPending: last?.modelPending }
            : {
                ...(await keysAfter(config, facts, templates, changed)),
                modelPending: modelPending || undefined,
            }),
    };
    const stateText = keepUnlessMoreChanged((0,state_file/* formatState */.lN)(state), state, last, previous.text);
    if (stateText !== previous.text)
        changed.push({ file: stateFile, text: stateText });
    changed.push(...removals);
    if (config.mode !== 'check' && changed.length > 0)
        await (0,write_files/* writeFilesAtomically */.i)(config.repoRoot, config.docsDir, changed);
    const owned = [
        ...rendered.docs.map((d) => ({ file: d.file, text: d.text })),
        ...generated,
        ...(await pastDecisionRecords(config, planned)),
        { file: stateFile, text: stateText },
        ...removals,
    ];
    const base = context.baseSha
        ? ((await (0,change_base/* factsAtBase */.k3)(config, context.baseSha, { facts, extractionKey: p.key })) ?? previousFacts)
        : previousFacts;
    return {
        mode: config.mode,
        changed,
        owned,
        docs: rendered.docs,
        facts,
        extractionKey: p.key,
        extracted,
        diagnostics: [...facts.diagnostics, ...agent.diagnostics, ...rendered.diagnostics],
        findings: (0,findings_triage/* triageFindings */.NZ)(facts, base),
        apiChanges: base ? (0,api_changes.apiChanges)(base.api, facts.api, { before: base.inputs, after: facts.inputs }) : [],
        stale: config.mode === 'check' && changed.length > 0,
        agent,
    };
}
/**
 * The last state's text when the docs key (and what was left to the model) is all that changed:
 * a person edited a generated block, which the run keeps, and that is not worth a commit of the
 * state. Runs are then full, not no-ops, until a change the docs show.
 */
function keepUnlessMoreChanged(text, state, previous, previousText) {
    if (!previous || previousText === undefined || text === previousText)
        return text;
    // The commit alone differing is no change either: the last one's sources give the same facts.
    const same = (0,state_file/* formatState */.lN)({
        ...state,
        docsKey: previous.docsKey,
        modelPending: previous.modelPending,
        commit: previous.extractionKey === state.extractionKey ? previous.commit : state.commit,
    });
    return same === previousText ? previousText : text;
}
/** The keys of this run and of the docs folder as it leaves it (run-key.ts): what the next run compares. */
async function keysAfter(config, facts, templates, changed) {
    const written = new Map(changed.map((c) => [c.file, c.text]));
    return {
        runKey: (0,run_key/* runKey */.r)({
            config,
            inputs: facts.inputs,
            templatesDigest: templates.digest,
            agentFileText: await (0,up_to_date/* agentFileText */.BV)(config),
        }),
        docsKey: (0,run_key/* docsKey */.p)(await (0,doc_fingerprint/* docFingerprints */.S)(config.repoRoot, config.docsDir, written)),
    };
}
/**
 * Decision records written by earlier runs: history the run no longer plans but still owns, so a
 * docs branch rebuilt from the base keeps them.
 */
async function pastDecisionRecords(config, planned) {
    const dir = external_node_path_.posix.join(config.docsDir, 'adr');
    const names = await (0,promises_.readdir)((0,external_node_path_.join)(config.repoRoot, dir)).catch(() => []);
    const out = [];
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
        const file = external_node_path_.posix.join(dir, name);
        if (planned.some((d) => d.file === file))
            continue;
        const text = await readOptional((0,external_node_path_.join)(config.repoRoot, file));
        if (text !== undefined)
            out.push({ file, text });
    }
    return out;
}
/**
 * The last run's entries (keyed by file, or by `file#block`) for decision records this run does not
 * plan: they are history, and forgetting them would make the next check call the docs stale.
 */
function pastRecords(config, last, planned) {
    const dir = `${external_node_path_.posix.join(config.docsDir, 'adr')}/`;
    const plannedFiles = new Set(planned.map((d) => d.file));
    return Object.fromEntries(Object.entries(last ?? {}).filter(([key]) => key.startsWith(dir) && !plannedFiles.has(key.split('#')[0])));
}
/** Decision records to draft: one per significant change since the previous run's facts. */
async function adrPlan(config, before, after) {
    if (!before)
        return { changes: [], nextNumber: 1 };
    const changes = (0,diff_facts/* significantChanges */.h)(before, after);
    if (changes.length === 0)
        return { changes, nextNumber: 1 };
    const existing = await (0,promises_.readdir)((0,external_node_path_.join)(config.repoRoot, config.docsDir, 'adr')).catch(() => []);
    return { changes, nextNumber: nextAdrNumber(existing) };
}
async function readOptional(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}


/***/ }),

/***/ 90146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ importVendored),
/* harmony export */   e: () => (/* binding */ vendoredFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);



/**
 * Imports a WASM-backed package. In the bundle, ncc cannot carry these packages' .wasm/.data
 * files, so the build copies each package's own files to `dist/vendor/<name>/` and we load
 * them from there; from source (tests, `tsc` output) the ordinary node_modules copy is used.
 * The specifier is computed at run time so ncc does not try to inline the package.
 */
async function importVendored(vendorName, entry, packageName) {
    const candidate = vendoredFile(vendorName, entry);
    if (candidate !== undefined)
        return (await import(/* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(candidate).href));
    const specifier = [packageName][0];
    return (await import(/* webpackIgnore: true */ specifier));
}
/**
 * The path of a file the build put in `dist/vendor/<name>/`, found the way importVendored finds
 * entries; undefined when running from source (no vendor folder there) or when the file is absent.
 */
function vendoredFile(vendorName, file) {
    const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), 'vendor', vendorName, file);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate) ? candidate : undefined;
}


/***/ }),

/***/ 68685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ loadPgParser),
/* harmony export */   W: () => (/* binding */ parserErrorOffset)
/* harmony export */ });
/* harmony import */ var _common_vendor_import_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90146);

let loading;
function loadPgParser() {
    loading ??= (async () => {
        const lib = await (0,_common_vendor_import_js__WEBPACK_IMPORTED_MODULE_0__/* .importVendored */ .D)('libpg-query', 'index.mjs', 'libpg-query');
        await lib.loadModule();
        return { parse: (sql) => lib.parseSync(sql), scan: (sql) => lib.scanSync(sql) };
    })();
    return loading;
}
/** The parser's error position (1-based character offset into the statement), if it gave one. */
function parserErrorOffset(err) {
    const pos = err.sqlDetails?.cursorPosition;
    return typeof pos === 'number' && pos > 0 ? pos : undefined;
}


/***/ })

};
