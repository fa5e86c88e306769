export const id = 2666;
export const ids = [2666];
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

/***/ 9330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ stringify),
/* harmony export */   FY: () => (/* binding */ paragraph),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   _Y: () => (/* binding */ codeNode),
/* harmony export */   ko: () => (/* binding */ strong),
/* harmony export */   lN: () => (/* binding */ emphasis),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   oR: () => (/* binding */ joined),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   v8: () => (/* binding */ tableNode)
/* harmony export */ });
/* unused harmony exports text, table, codeBlock */
/* harmony import */ var _markdown_processor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90985);
// Markdown built from facts as mdast and printed by the one processor (`src/markdown`), so escaping
// is the stringifier's job (a `|` in a table cell, a `*` in a summary, a fence inside a code sample)
// and the output is byte-stable: one set of options, used for everything generated.


/** Print nodes as Markdown; the result ends with exactly one `\n` (or is empty). */
function stringify(nodes) {
    const root = isRoot(nodes)
        ? nodes
        : { type: 'root', children: Array.isArray(nodes) ? [...nodes] : [nodes] };
    if (root.children.length === 0)
        return '';
    return (0,_markdown_processor_js__WEBPACK_IMPORTED_MODULE_0__/* .stringifyMarkdown */ .FH)(root);
}
function isRoot(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x) && x.type === 'root';
}
// ---------------------------------------------------------------- nodes
/** Plain text on one line: line breaks (which would end a table row or a heading) become spaces. */
function text(value) {
    return { type: 'text', value: oneLine(value) };
}
function inlineCode(value) {
    return { type: 'inlineCode', value: oneLine(value) };
}
function link(url, ...label) {
    return { type: 'link', url, children: phrasing(label.flat()) };
}
function strong(...label) {
    return { type: 'strong', children: phrasing(label.flat()) };
}
function emphasis(...label) {
    return { type: 'emphasis', children: phrasing(label.flat()) };
}
function heading(depth, ...content) {
    return { type: 'heading', depth, children: phrasing(content.flat()) };
}
/** Pieces given separately are joined as they are: `paragraph('Defined in ', link(…), '.')`. */
function paragraph(...content) {
    return { type: 'paragraph', children: phrasing(content.flat(), false) };
}
/** Inline pieces with a separator between them, e.g. several `inlineCode` names joined by ", ". */
function joined(items, separator = ', ') {
    return items.flatMap((x, i) => (i === 0 ? [x] : [separator, x]));
}
function list(items, ordered = false) {
    return {
        type: 'list',
        ordered,
        spread: false,
        ...(ordered ? { start: 1 } : {}),
        children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
    };
}
function codeNode(lang, value) {
    return { type: 'code', lang: lang || null, meta: null, value: value.replace(/\r\n?/g, '\n').replace(/\n+$/, '') };
}
function tableNode(headers, rows) {
    const width = Math.max(headers.length, ...rows.map((r) => r.length));
    const row = (cells) => ({
        type: 'tableRow',
        children: Array.from({ length: width }, (_, i) => {
            const cell = cells[i] ?? '';
            // GFM trims cell text anyway; trimming here keeps the printed row stable.
            return { type: 'tableCell', children: phrasing(typeof cell === 'string' ? oneLine(cell).trim() : cell) };
        }),
    });
    return { type: 'table', align: headers.map(() => null), children: [row(headers), ...rows.map(row)] };
}
// ---------------------------------------------------------------- strings
/** A GFM table. Plain-text cells are escaped (`|`, `*`, backticks …); line breaks become spaces. */
function table(headers, rows) {
    return stringify(tableNode(headers, rows));
}
/** A fenced code block; the fence grows when the text itself contains backtick fences. */
function codeBlock(lang, value) {
    return stringify(codeNode(lang, value));
}
// ---------------------------------------------------------------- helpers
function oneLine(value) {
    return value.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
}
function phrasing(content, singleLine = true) {
    const parts = typeof content === 'string' || !Array.isArray(content)
        ? [content]
        : content;
    const out = [];
    for (const part of parts) {
        if (typeof part !== 'string')
            out.push(part);
        else if (part !== '')
            out.push({ type: 'text', value: singleLine ? oneLine(part) : part.replace(/\r\n?/g, '\n') });
    }
    return out;
}


/***/ }),

/***/ 90985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ parseMarkdown),
/* harmony export */   FH: () => (/* binding */ stringifyMarkdown)
/* harmony export */ });
/* unused harmony export STRINGIFY_OPTIONS */
/* harmony import */ var remark_gfm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58526);
/* harmony import */ var remark_parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76753);
/* harmony import */ var remark_stringify__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13996);
/* harmony import */ var unified__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23900);
// The one Markdown processor: remark-parse + GFM + remark-stringify, configured once. Managed
// blocks, the Markdown checks and the rendered docs all read and print Markdown through it, so what
// the checks parse is what the managed blocks parse, and every generated block is printed alike.




/** The one style every generated block is printed in. Changing any of these changes every doc. */
const STRINGIFY_OPTIONS = {
    bullet: '-',
    bulletOther: '*',
    bulletOrdered: '.',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    rule: '-',
    ruleRepetition: 3,
    ruleSpaces: false,
    setext: false,
    closeAtx: false,
    listItemIndent: 'one',
    incrementListMarker: true,
    quote: '"',
    resourceLink: false,
    tightDefinitions: true,
};
/**
 * No column padding: a table whose widest cell grows does not rewrite every row, so regenerated docs
 * diff by the rows that changed. (These options only affect printing; parsing is plain GFM.)
 */
const GFM_OPTIONS = { tablePipeAlign: false, tableCellPadding: true };
const processor = (0,unified__WEBPACK_IMPORTED_MODULE_0__/* .unified */ .l)().use(remark_parse__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A).use(remark_gfm__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A, GFM_OPTIONS).use(remark_stringify__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A, STRINGIFY_OPTIONS);
/** The mdast of a Markdown text (GFM), with positions. */
function parseMarkdown(markdown) {
    return processor.parse(markdown);
}
/** Print an mdast tree as Markdown in `STRINGIFY_OPTIONS` style. */
function stringifyMarkdown(tree) {
    return processor.stringify(tree);
}


/***/ }),

/***/ 22666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatDiagnostic: () => (/* binding */ formatDiagnostic),
/* harmony export */   formatNewRisk: () => (/* binding */ formatNewRisk),
/* harmony export */   runSummaryMarkdown: () => (/* binding */ runSummaryMarkdown)
/* harmony export */ });
/* unused harmony export apiChangeLines */
/* harmony import */ var _docs_change_risks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20546);

/**
 * The job summary: the risks the change introduces, what was read, what changed, and every
 * diagnostic, as Markdown.
 * Built from the run result only, so the CLI can print the same report.
 */
function runSummaryMarkdown(result) {
    const { facts } = result;
    const lines = ['## Architect Docs', ''];
    // What the change brings leads: a reviewer reads the new risks before the bookkeeping.
    const risks = (0,_docs_change_risks_js__WEBPACK_IMPORTED_MODULE_0__/* .changeRisksMarkdown */ .m)(result.findings);
    if (risks)
        lines.push(risks);
    lines.push(...apiChangeLines(result.apiChanges));
    const verdict = result.mode === 'check'
        ? result.stale
            ? `**Docs are stale**: ${result.changed.length} file(s) would change.`
            : '**Docs are current.**'
        : result.changed.length > 0
            ? `**${result.changed.length} file(s) updated.**`
            : '**No changes**: the docs already match the sources.';
    lines.push(verdict, '');
    lines.push('| Read | Count |', '| --- | --- |', `| OpenAPI operations | ${facts.api.operations.length} (${facts.api.specs.length} specs) |`, `| Tables and views | ${facts.schema.tables.length} (${facts.schema.migrations.length} migrations) |`, `| Infrastructure components | ${facts.infra.components.length} |`, `| Input files | ${facts.inputs.length} |`, '');
    lines.push(result.extracted
        ? 'Sources were re-read: their hashes changed since the last run.'
        : 'Sources unchanged since the last run: their facts were taken from the facts cache.', '');
    if (result.changed.length > 0) {
        lines.push(result.mode === 'check' ? '### Files that would change' : '### Files changed', '');
        for (const c of result.changed)
            lines.push(`- \`${c.file}\``);
        lines.push('');
    }
    lines.push(...agentReport(result));
    lines.push(...diagnosticsTable(result.diagnostics));
    return lines.join('\n');
}
/** The contract changes a client may feel, as their tools name them (oasdiff, buf, graphql-js). */
function apiChangeLines(changes) {
    if (changes.length === 0)
        return [];
    const breaking = changes.filter((c) => c.level === 'error').length;
    const lines = [
        `### API changes (${breaking} breaking, ${changes.length - breaking} to review)`,
        '',
        '| Level | Rule | About | Change |',
        '| --- | --- | --- | --- |',
    ];
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    for (const c of changes) {
        const where = c.source ? ` (${c.source.file}:${c.source.line})` : '';
        lines.push(`| ${c.level} | \`${c.rule}\` | \`${cell(c.id)}\` | ${cell(c.message)}${cell(where)} |`);
    }
    lines.push('');
    return lines;
}
function agentReport(result) {
    const { agent } = result;
    const waiting = result.docs.reduce((n, d) => n + d.needsModel.length, 0);
    const lines = ['### Architect model', ''];
    if (agent.offline) {
        lines.push(`Offline: ${agent.offlineReason}.`);
        if (waiting > 0)
            lines.push('', `${waiting} narrative sections are not written yet and say so in the docs; ` +
                `every section computed from the sources is complete.`);
        return [...lines, ''];
    }
    const o = agent.outcome;
    lines.push(`Model \`${agent.model}\`${agent.modelNote ? ` (${agent.modelNote})` : ''}; persona: ${agent.personaSource}.`, '', '| Sections written | Unchanged (no call) | Skipped | Calls ' +
        '| Input tokens (cached read / write) | Output tokens | Cost | Grounding |', '| --- | --- | --- | --- | --- | --- | --- | --- |', `| ${o.generated} | ${o.unchanged} | ${o.skipped.length} | ${o.usage.calls} ` +
        `| ${o.usage.inputTokens} (${o.usage.cacheReadTokens} / ${o.usage.cacheWriteTokens}) ` +
        `| ${o.usage.outputTokens} | $${o.usage.costUsd.toFixed(4)}${o.usage.batchCalls > 0 ? ' (batch)' : ''} ` +
        `| ${(o.groundingRatio * 100).toFixed(1)}% of names in the descriptions found in the facts |`, '', ...batchLines(o), `Recommendations: ${o.recommendations} ` +
        `(${o.proposedNames} proposed new ${o.proposedNames === 1 ? 'name' : 'names'}, ` +
        `labelled as proposals in the docs). Sections that needed a second call: ${o.retried}.`, '');
    if (o.skipped.length > 0) {
        lines.push('Not written in this run (the previous text, or the "not written yet" note, stays):', '');
        for (const s of o.skipped)
            lines.push(`- \`${s.file}\` › \`${s.blockId}\`: ${s.reason}`);
        lines.push('');
    }
    for (const [file, reason] of o.frozenDocs)
        lines.push(`- \`${file}\` was left exactly as it was: ${reason}.`);
    if (o.frozenDocs.size > 0)
        lines.push('');
    return lines;
}
/** How the Message Batch went, for a batch run. */
function batchLines(o) {
    const b = o.batch;
    if (!b)
        return [];
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
function diagnosticsTable(diagnostics) {
    if (diagnostics.length === 0)
        return ['No diagnostics.', ''];
    const cell = (s) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
    return [
        `### Diagnostics (${diagnostics.length})`,
        '',
        '| Severity | Where | Message |',
        '| --- | --- | --- |',
        ...diagnostics.map((d) => `| ${d.severity} | \`${cell(d.line ? `${d.file}:${d.line}` : d.file)}\` | ${cell(d.message)} |`),
        '',
    ];
}
/** One line per diagnostic, compiler style, for terminals. */
function formatDiagnostic(d) {
    const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
    return `${where}: ${d.severity}: ${d.message}`;
}
/** A finding the change introduced, compiler style, for terminals: before the diagnostics. */
function formatNewRisk(f) {
    return `${f.source.file}:${f.source.line}: new ${f.severity} risk (${f.rule}): ${f.message}`;
}


/***/ })

};
