export const id = 2339;
export const ids = [2339];
export const modules = {

/***/ 8532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cQ: () => (/* binding */ configFileSchema),
/* harmony export */   i8: () => (/* reexport safe */ _config_values_js__WEBPACK_IMPORTED_MODULE_1__.i8)
/* harmony export */ });
/* unused harmony exports sourcesSchema, agentFileSchema, ENTITY_NAME, catalogFileSchema */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32165);



// One schema for the config file; action inputs and CLI flags are mapped onto the same shape
// so every entry is validated by the same rules and reports errors the same way. Only a run with
// a config file loads it (zod is costly to start): the values a run without one needs are apart.

const globList = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).describe('list of glob patterns, relative to the repository root');
const sourcesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    /** Turn off to read only what the globs below name. */
    'auto-discover': zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true),
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
    'include-test-folders': zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false),
    /**
     * Which per-dialect migration files to replay when a folder holds several
     * (`x.postgres.up.sql`, `x.mysql.up.sql` …); PostgreSQL when present unless set.
     */
    'migration-dialect': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['postgres', 'mysql', 'sqlite']).optional(),
    /**
     * Values for placeholders in migrations: Go templates (`{{ .Namespace }}`), Flyway and Liquibase
     * (`${schema}`). A placeholder without a value gets a documented default (see the README).
     */
    'migration-placeholders': zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default({}),
    /**
     * How Helm charts are rendered: each entry names a chart folder and the values files layered
     * over its `values.yaml` (as `helm template -f`), with the release name and namespace. A chart
     * not listed renders with its own values, released under its own name.
     */
    helm: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        chart: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        values: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default([]),
        release: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
        namespace: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    }))
        .default([]),
    /**
     * `auto` renders charts, overlays and Compose projects with `helm`, `kubectl kustomize` and
     * `docker compose` when they are on PATH, else with the built-in renderers; `built-in` always
     * uses the built-in ones (same result on every machine).
     */
    'render-tools': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['auto', 'built-in']).default('auto'),
    /** Compose profiles to resolve as active (`docker compose --profile`); services of other profiles are left out. */
    'compose-profiles': zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).optional(),
})
    .default(_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultSources */ .ye);
const priceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    input: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    output: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    'cache-write': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    'cache-read': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
});
/** Settings of the architect model. The API key is never read from the file: only from inputs or the environment. */
const agentFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    'agent-file': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    provider: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVIDERS */ .xq).optional(),
    'max-input-tokens': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(2_000).optional(),
    'max-output-tokens': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(256).max(32_000).optional(),
    grounding: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .GROUNDING */ .kQ).optional(),
    budget: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]).optional(),
    'fail-on-model-error': zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    'timeout-seconds': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().optional(),
    'model-concurrency': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: _config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_CONCURRENCY_RULE */ .pC })
        .int(_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_CONCURRENCY_RULE */ .pC)
        .min(1, _config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_CONCURRENCY_RULE */ .pC)
        .max(_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_MODEL_CONCURRENCY */ .bg, _config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_CONCURRENCY_RULE */ .pC)
        .optional(),
    /** USD per million tokens, by model family (`opus`, `sonnet`, `haiku`) or exact model id. */
    prices: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), priceSchema).optional(),
});
/**
 * Backstage's rule for an entity name (Kubernetes object names): letters, digits and `-_.`,
 * starting and ending with a letter or digit, at most 63 characters.
 */
const ENTITY_NAME = /^(?=.{1,63}$)[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** A Backstage entity reference: `[kind:][namespace/]name`, e.g. `group:default/payments-team`. */
const ENTITY_REF = /^([A-Za-z][A-Za-z0-9]*:)?([a-z0-9]([-a-z0-9]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** The optional Backstage catalog file (`catalog-info.yaml`) generated next to the docs. */
const catalogFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    backstage: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    /** Who owns every entity: Backstage requires an owner on each, and the sources never say who it is. */
    owner: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(ENTITY_REF, 'must be a Backstage entity reference such as "team-a" or "group:team-a"')
        .optional(),
    lifecycle: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    system: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(ENTITY_NAME, 'must be a Backstage entity name ([A-Za-z0-9-_.], at most 63)').optional(),
    /** Relative to the docs folder, and inside it: the catalog is written, diffed and checked like the docs. */
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/\.ya?ml$/, 'must name a .yaml or .yml file')
        .refine((p) => {
        const n = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(p.replaceAll('\\', '/'));
        return !n.startsWith('/') && n !== '..' && !n.startsWith('../');
    }, { message: 'must be a file inside the docs folder' })
        .optional(),
    /** Where the sources are browsed (`https://github.com/acme/shop/tree/main/`): `backstage.io/source-location`. */
    'source-location': zod__WEBPACK_IMPORTED_MODULE_2__/* .url */ .OZ5().optional(),
});
const configFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    'docs-dir': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    'templates-dir': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    sources: sourcesSchema.optional(),
    agent: agentFileSchema.optional(),
    catalog: catalogFileSchema.optional(),
});


/***/ }),

/***/ 42339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfigFile: () => (/* binding */ parseConfigFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21429);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);



/** The config file's text as settings, or a ConfigError at the line of the first problem. */
function parseConfigFile(text, path) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(`invalid YAML: ${e.message.split('\n')[0]}`, path, lineCounter.linePos(e.pos[0]).line);
    }
    const raw = doc.toJS() ?? {};
    const parsed = _config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .configFileSchema */ .cQ.safeParse(raw);
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
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(describeIssue(issue), path, offset !== undefined ? lineCounter.linePos(offset).line : undefined);
    }
    return parsed.data;
}
function keyNode(doc, path, key) {
    const map = path.length > 0 ? doc.getIn(path, true) : doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    return map.items.find((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.value === key)?.key;
}
function describeIssue(issue) {
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the file';
    if (issue.code === 'unrecognized_keys') {
        const prefix = issue.path.length > 0 ? `${issue.path.join('.')}.` : '';
        return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${prefix}${k}"`).join(', ')}`;
    }
    return `${where}: ${issue.message}`;
}


/***/ })

};
