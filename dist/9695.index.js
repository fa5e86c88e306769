export const id = 9695;
export const ids = [9695];
export const modules = {

/***/ 29695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfigFile: () => (/* binding */ parseConfigFile)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/config/config-error.js
var config_error = __webpack_require__(21429);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./lib/config/config-values.js
var config_values = __webpack_require__(32165);
;// CONCATENATED MODULE: ./lib/config/config-schema.js



// One schema for the config file; action inputs and CLI flags are mapped onto the same shape
// so every entry is validated by the same rules and reports errors the same way. Only a run with
// a config file loads it (zod is costly to start): the values a run without one needs are apart.

const globList = schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('list of glob patterns, relative to the repository root');
const sourcesObject = schemas/* strictObject */.rej({
    /** Turn off to read only what the globs below name. */
    'auto-discover': schemas/* boolean */.zMY().default(true),
    /**
     * Folders auto-discovery searches (default: the whole repository); the globs below name files
     * anywhere. In a monorepo each system names its own folders.
     */
    paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    openapi: globList.default([]),
    /** Globs naming the other API contracts: `.proto` files, GraphQL SDL, AsyncAPI documents. */
    contracts: globList.default([]),
    /** Globs naming migration files or folders holding them. */
    migrations: globList.default([]),
    infra: globList.default([]),
    exclude: globList.default([]),
    /**
     * Read test and fixture folders (`tests/`, `testdata/`, `e2e/` …) too; the globs above reach into
     * them either way.
     */
    'include-test-folders': schemas/* boolean */.zMY().default(false),
    /**
     * Which per-dialect migration files to replay when a folder holds several
     * (`x.postgres.up.sql`, `x.mysql.up.sql` …); PostgreSQL when present unless set.
     */
    'migration-dialect': schemas/* enum */.k5n(['postgres', 'mysql', 'sqlite']).optional(),
    /**
     * Values for placeholders in migrations: Go templates (`{{ .Namespace }}`), Flyway and Liquibase
     * (`${schema}`). A placeholder without a value gets a documented default (see the README).
     */
    'migration-placeholders': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
    /**
     * How Helm charts are rendered: each entry names a chart folder and the values files layered
     * over its `values.yaml` (as `helm template -f`), with the release name and namespace. A chart
     * not listed renders with its own values, released under its own name.
     */
    helm: schemas/* array */.YOg(schemas/* strictObject */.rej({
        chart: schemas/* string */.YjP().min(1),
        values: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
        release: schemas/* string */.YjP().min(1).optional(),
        namespace: schemas/* string */.YjP().min(1).optional(),
    }))
        .default([]),
    /**
     * `auto` renders charts, overlays and Compose projects with `helm`, `kubectl kustomize` and
     * `docker compose` when they are on PATH, else with the built-in renderers; `built-in` always
     * uses the built-in ones (same result on every machine).
     */
    'render-tools': schemas/* enum */.k5n(['auto', 'built-in']).default('auto'),
    /** Compose profiles to resolve as active (`docker compose --profile`); services of other profiles are left out. */
    'compose-profiles': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
});
const sourcesSchema = sourcesObject.default(config_values/* defaultSources */.ye);
/**
 * A system's `sources`: the same keys, with no defaults, so that a key the system leaves out is the
 * top level's (defaults filled in would override it).
 */
const systemSourcesSchema = schemas/* strictObject */.rej(Object.fromEntries(Object.entries(sourcesObject.shape).map(([key, field]) => [
    key,
    (field instanceof schemas/* ZodDefault */.XiL ? field.unwrap() : field).optional(),
])));
const priceSchema = schemas/* strictObject */.rej({
    input: schemas/* number */.aig().nonnegative().optional(),
    output: schemas/* number */.aig().nonnegative().optional(),
    'cache-write': schemas/* number */.aig().nonnegative().optional(),
    'cache-read': schemas/* number */.aig().nonnegative().optional(),
});
/** Settings of the architect model. The API key is never read from the file: only from inputs or the environment. */
const agentFileSchema = schemas/* strictObject */.rej({
    model: schemas/* string */.YjP().min(1).optional(),
    'agent-file': schemas/* string */.YjP().min(1).optional(),
    provider: schemas/* enum */.k5n(config_values/* PROVIDERS */.xq).optional(),
    'max-input-tokens': schemas/* number */.aig().int().min(2_000).optional(),
    'max-output-tokens': schemas/* number */.aig().int().min(256).max(32_000).optional(),
    grounding: schemas/* enum */.k5n(config_values/* GROUNDING */.kQ).optional(),
    budget: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    'fail-on-model-error': schemas/* boolean */.zMY().optional(),
    'timeout-seconds': schemas/* number */.aig().positive().optional(),
    'model-concurrency': schemas/* number */.aig({ error: config_values/* MODEL_CONCURRENCY_RULE */.pC })
        .int(config_values/* MODEL_CONCURRENCY_RULE */.pC)
        .min(1, config_values/* MODEL_CONCURRENCY_RULE */.pC)
        .max(config_values/* MAX_MODEL_CONCURRENCY */.bg, config_values/* MODEL_CONCURRENCY_RULE */.pC)
        .optional(),
    /** Send the sections' first requests as one Message Batch (half price, answers within the time limit). */
    batch: schemas/* boolean */.zMY().optional(),
    'batch-timeout-seconds': schemas/* number */.aig().positive().optional(),
    /** USD per million tokens, by model family (`opus`, `sonnet`, `haiku`) or exact model id. */
    prices: schemas/* record */.g1P(schemas/* string */.YjP(), priceSchema).optional(),
});
/**
 * Backstage's rule for an entity name (Kubernetes object names): letters, digits and `-_.`,
 * starting and ending with a letter or digit, at most 63 characters.
 */
const ENTITY_NAME = /^(?=.{1,63}$)[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** A Backstage entity reference: `[kind:][namespace/]name`, e.g. `group:default/payments-team`. */
const ENTITY_REF = /^([A-Za-z][A-Za-z0-9]*:)?([a-z0-9]([-a-z0-9]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** The optional Backstage catalog file (`catalog-info.yaml`) generated next to the docs. */
const catalogFileSchema = schemas/* strictObject */.rej({
    backstage: schemas/* boolean */.zMY().optional(),
    /** Who owns every entity: Backstage requires an owner on each, and the sources never say who it is. */
    owner: schemas/* string */.YjP()
        .regex(ENTITY_REF, 'must be a Backstage entity reference such as "team-a" or "group:team-a"')
        .optional(),
    lifecycle: schemas/* string */.YjP().min(1).optional(),
    system: schemas/* string */.YjP().regex(ENTITY_NAME, 'must be a Backstage entity name ([A-Za-z0-9-_.], at most 63)').optional(),
    /** Relative to the docs folder, and inside it: the catalog is written, diffed and checked like the docs. */
    path: schemas/* string */.YjP()
        .regex(/\.ya?ml$/, 'must name a .yaml or .yml file')
        .refine((p) => {
        const n = external_node_path_.posix.normalize(p.replaceAll('\\', '/'));
        return !n.startsWith('/') && n !== '..' && !n.startsWith('../');
    }, { message: 'must be a file inside the docs folder' })
        .optional(),
    /** Where the sources are browsed (`https://github.com/acme/shop/tree/main/`): `backstage.io/source-location`. */
    'source-location': schemas/* url */.OZ5().optional(),
});
/** One system of a monorepo: its own sources and docs folder; what it leaves out is the top level's. */
const systemFileSchema = schemas/* strictObject */.rej({
    'docs-dir': schemas/* string */.YjP().min(1),
    'templates-dir': schemas/* string */.YjP().min(1).optional(),
    sources: systemSourcesSchema.optional(),
    agent: agentFileSchema.optional(),
    catalog: catalogFileSchema.optional(),
});
const configFileSchema = schemas/* strictObject */.rej({
    'docs-dir': schemas/* string */.YjP().min(1).optional(),
    'templates-dir': schemas/* string */.YjP().min(1).optional(),
    sources: sourcesSchema.optional(),
    agent: agentFileSchema.optional(),
    catalog: catalogFileSchema.optional(),
    /** Several systems in one repository, by name; without it the repository is one system. */
    systems: schemas/* record */.g1P(schemas/* string */.YjP().regex(config_values/* SYSTEM_NAME */.Mq, `system name ${config_values/* SYSTEM_NAME_RULE */.T1}`), systemFileSchema)
        .refine((systems) => Object.keys(systems).length > 0, { message: 'must name at least one system' })
        .optional(),
});

;// CONCATENATED MODULE: ./lib/config/parse-config-file.js



/** The config file's text as settings, or a ConfigError at the line of the first problem. */
function parseConfigFile(text, path) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new config_error/* ConfigError */.x(`invalid YAML: ${e.message.split('\n')[0]}`, path, lineCounter.linePos(e.pos[0]).line);
    }
    const raw = doc.toJS() ?? {};
    const parsed = configFileSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const keyPath = issue.path.map(String);
        // Point at the unknown key itself, else at the bad value.
        const node = issue.code === 'unrecognized_keys'
            ? keyNode(doc, keyPath, issue.keys[0])
            : keyPath.length > 0
                ? doc.getIn(keyPath, true)
                : undefined;
        const offset = node?.range?.[0];
        throw new config_error/* ConfigError */.x(describeIssue(issue), path, offset !== undefined ? lineCounter.linePos(offset).line : undefined);
    }
    return parsed.data;
}
function keyNode(doc, path, key) {
    const map = path.length > 0 ? doc.getIn(path, true) : doc.contents;
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    return map.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key)?.key;
}
function describeIssue(issue) {
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the file';
    if (issue.code === 'unrecognized_keys') {
        const prefix = issue.path.length > 0 ? `${issue.path.join('.')}.` : '';
        return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${prefix}${k}"`).join(', ')}`;
    }
    // A bad record key (a system's name) carries the key's own rule inside.
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    return `${where}: ${message}`;
}


/***/ })

};
