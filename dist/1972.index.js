export const id = 1972;
export const ids = [1972,3603];
export const modules = {

/***/ 91322:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z$: () => (/* binding */ hashBody),
  t0: () => (/* binding */ normaliseBody),
  SV: () => (/* binding */ parseBlocks),
  eU: () => (/* binding */ prepareBody),
  g8: () => (/* binding */ renderBlock)
});

// UNUSED EXPORTS: beginMarker, endMarker

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/unist-util-visit/lib/index.js
var lib = __webpack_require__(73617);
// EXTERNAL MODULE: ./lib/markdown/processor.js
var processor = __webpack_require__(90985);
;// CONCATENATED MODULE: ./lib/docs/html-spans.js
// The HTML nodes of a Markdown document (where the marker scan looks for markers), found by parsing
// the document in pieces. One micromark parse holds every event of its input at once: about 400
// bytes of heap per byte of a docs page full of tables (GitHub's REST description gives a 280 KB
// api.md, whose single parse took 120 MB). Pieces of at most ~16 KB keep that small, and each
// piece's nodes are the ones a parse of the whole document finds, because a piece only ends where
// the parser's state cannot reach across:
//   - before a line that follows a blank line and starts in column 0 with no list marker, quote
//     or setext underline: after a blank line no paragraph continues lazily, no table or heading
//     underline attaches to what came before, and an unindented line closes every list item and
//     indented code block;
//   - only when the piece's own parse shows that its last node ended before that blank line: a
//     fenced code block or a <pre>/<script>/comment HTML block still open runs to the piece's end,
//     and then the rest of the document is parsed as one piece, as before;
//   - never in a document with a `]:` anywhere: link and footnote definitions reach the whole
//     document (a defined `[label]` is not parsed for HTML), so such a document is parsed whole.
// The document is cut at every such line. A segment with no `<` holds no HTML node, and without a
// fence line either it leaves nothing open for the next one (an HTML block needs a `<` to start),
// so it is not parsed at all; the others are parsed, joined up to ~16 KB. Generated docs are mostly
// such segments (api.md of GitHub's description: 8 `<` in 280 KB, all markers): parsing them had
// allocated 0.9 GB in one run, and the heap grew by ~150 MB before collecting it.


/** Consecutive segments that need a parse are parsed together up to this many characters. */
const PIECE_CHARS = 16_384;
const BLANK = /^[ \t]*$/;
/** A line that starts a fresh construct after a blank line, whatever was open before it. */
const FRESH_START = /^[^\s\-+*>=\d]/;
/** A line that may open a fenced code block, at the top level (in a list item or a quote it ends with them). */
const FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})/m;
/**
 * Every HTML node (flow or inline) of `markdown`, in document order. The document is cut at every
 * safe line; the segments that need a parse are parsed together up to `pieceChars` (Infinity: one
 * parse of the whole document, nothing skipped).
 */
function htmlSpans(markdown, lines, pieceChars = PIECE_CHARS) {
    const spans = [];
    const whole = pieceChars === Number.POSITIVE_INFINITY || markdown.includes(']:');
    const offsetOf = (line) => (line < lines.length ? lines[line].start : markdown.length);
    const inert = inertTest(markdown);
    const bom = markdown.startsWith('\uFEFF');
    let startLine = 0;
    while (startLine < lines.length) {
        const from = offsetOf(startLine);
        let endLine = whole ? lines.length : nextCut(markdown, lines, startLine);
        if (!whole && inert(from, offsetOf(endLine))) {
            startLine = endLine;
            continue;
        }
        // The segments after it that need a parse too join this one, up to pieceChars.
        while (endLine < lines.length && offsetOf(endLine) - from < pieceChars) {
            const next = nextCut(markdown, lines, endLine);
            if (inert(offsetOf(endLine), offsetOf(next)))
                break;
            endLine = next;
        }
        const to = offsetOf(endLine);
        const piece = collect(markdown.slice(from, to), from, startLine, from === 0 && bom);
        if (endLine < lines.length && !closedBeforeBlank(piece.lastEnd, markdown, lines, endLine)) {
            // Something stays open across the blank line: the rest is one piece, exactly as parsed whole.
            spans.push(...collect(markdown.slice(from), from, startLine, from === 0 && bom).spans);
            break;
        }
        spans.push(...piece.spans);
        startLine = endLine;
    }
    return spans;
}
/**
 * Whether `markdown[from, to)` holds no HTML node and nothing that stays open past its end. Calls
 * come in document order, so the next `<` is searched for once, not once per segment.
 */
function inertTest(markdown) {
    let nextLt = -2;
    return (from, to) => {
        if (nextLt !== -1 && nextLt < from)
            nextLt = markdown.indexOf('<', from);
        if (nextLt !== -1 && nextLt < to)
            return false;
        return !FENCE_LINE.test(markdown.slice(from, to));
    };
}
/** The first line after `first` where the document may be cut (a safe line), or the end. */
function nextCut(markdown, lines, first) {
    for (let i = first + 1; i < lines.length; i++) {
        const before = lines[i - 1];
        if (!BLANK.test(markdown.slice(before.start, before.end)))
            continue;
        if (FRESH_START.test(markdown.slice(lines[i].start, lines[i].end)))
            return i;
    }
    return lines.length;
}
/** The last top-level node ended at or before the line ending of the last non-blank line before `cut`. */
function closedBeforeBlank(lastEnd, markdown, lines, cut) {
    if (lastEnd === undefined)
        return true;
    let i = cut - 1;
    while (i > 0 && BLANK.test(markdown.slice(lines[i].start, lines[i].end)))
        i--;
    return lastEnd <= lines[i].end;
}
function collect(text, offset, lineOffset, bom) {
    const tree = (0,processor/* parseMarkdown */.Dd)(text);
    // micromark leaves a leading BOM out of its offsets (lines are unaffected).
    const shift = offset + (bom ? 1 : 0);
    const spans = [];
    (0,lib/* visit */.YR)(tree, 'html', (node, _index, parent) => {
        if (!node.position)
            return;
        spans.push({
            from: (node.position.start.offset ?? 0) + shift,
            to: (node.position.end.offset ?? text.length) + shift,
            startLine: node.position.start.line + lineOffset,
            endLine: node.position.end.line + lineOffset,
            topLevel: parent === tree,
        });
    });
    const last = tree.children.at(-1)?.position?.end.offset;
    return { spans, lastEnd: last === undefined ? undefined : last + shift };
}

// EXTERNAL MODULE: ./lib/docs/marker-patterns.js
var marker_patterns = __webpack_require__(92601);
;// CONCATENATED MODULE: ./lib/docs/marker-scan.js
// Where the managed-block markers of a document are: marker-looking comment lines found through the
// mdast of the one Markdown processor (`src/markdown`, parsed in pieces by `html-spans.ts`), so a
// marker inside a code fence or an inline code span is text, not a marker. Offsets are into the
// ORIGINAL text, for splicing.


/** A comment line that claims to be a marker (well-formed or not): the patterns live apart. */

function splitLines(text) {
    const lines = [];
    const re = /\r\n|\r|\n/g;
    let start = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        lines.push({ start, end: m.index, next: m.index + m[0].length });
        start = m.index + m[0].length;
    }
    lines.push({ start, end: text.length, next: text.length });
    return lines;
}
function scanMarkers(markdown) {
    const lines = splitLines(markdown);
    const candidates = [];
    const problems = [];
    const hits = new Set();
    if (!marker_patterns/* MARKER_HINT */.D.test(markdown))
        return { lines, candidates, problems, hits: [] };
    const reported = new Set();
    for (const node of htmlSpans(markdown, lines)) {
        const { from, to, topLevel } = node;
        for (let ln = node.startLine; ln <= node.endLine; ln++) {
            const info = lines[ln - 1];
            if (!info)
                continue;
            const raw = markdown.slice(info.start, info.end);
            const hint = new RegExp(marker_patterns/* MARKER_HINT */.D.source, 'g');
            let found = false;
            for (let m = hint.exec(raw); m; m = hint.exec(raw)) {
                const at = info.start + m.index;
                if (at >= from && at < to) {
                    hits.add(at);
                    found = true;
                }
            }
            if (!found)
                continue;
            const text = raw.trim();
            if (topLevel && marker_patterns/* MARKER_LINE */.M.test(text)) {
                candidates.push({ line: ln, text, textStart: info.start + raw.indexOf(text), lineInfo: info });
            }
            else if (!reported.has(ln)) {
                reported.add(ln);
                problems.push({
                    line: ln,
                    message: topLevel
                        ? 'architect-docs marker ignored: it must stand alone on its line'
                        : 'architect-docs marker ignored: it must be at the top level of the document ' +
                            '(not in a list, quote or paragraph)',
                });
            }
        }
    }
    candidates.sort((a, b) => a.line - b.line);
    return { lines, candidates, problems, hits: [...hits].sort((a, b) => a - b) };
}

;// CONCATENATED MODULE: ./lib/docs/managed-blocks.js
// Managed blocks: the generated parts of a document, fenced by HTML comments, so that everything a
// person writes around them survives every run.
//
//   <!-- architect-docs:begin id=api.endpoints hash=3f2a9c01b7de -->
//
//   …generated Markdown…
//
//   <!-- architect-docs:end id=api.endpoints -->
//
// Markers are found through the mdast of the one Markdown processor (`marker-scan.ts`): a marker
// inside a code fence or an inline code span is text, not a marker. The document is then edited by
// splicing the ORIGINAL text at line offsets (`merge-document.ts`): every byte outside the replaced
// blocks is kept exactly as it was.
//
// The hash in the begin marker is the sha256 (first 12 hex digits) of the body as it was generated,
// after `normaliseBody`. When the body in the file no longer has that hash, a person edited it: their
// text is kept and a conflict is reported, unless the caller forces the update.


const BLOCK_ID = /^[a-z0-9._-]+$/;
const HASH = /^[0-9a-f]{8,64}$/;
const HASH_LENGTH = 12;
// ---------------------------------------------------------------- body, hash, rendering
/**
 * The canonical form of a body, which the hash is computed over: LF line endings, no trailing
 * whitespace on any line, no blank lines at either end. Pure text (no Markdown re-formatting), so the
 * hash of an untouched block does not change when a library's output style changes.
 */
function normaliseBody(body) {
    const lines = body
        .replace(/^\uFEFF/, '')
        .split(/\r\n|\r|\n/)
        .map((l) => l.replace(/[ \t]+$/, ''));
    let a = 0;
    let b = lines.length;
    while (a < b && lines[a] === '')
        a++;
    while (b > a && lines[b - 1] === '')
        b--;
    return lines.slice(a, b).join('\n');
}
/** sha256 of the normalised body, first 12 hex digits. */
function hashBody(body) {
    return (0,external_node_crypto_.createHash)('sha256').update(normaliseBody(body), 'utf8').digest('hex').slice(0, HASH_LENGTH);
}
function beginMarker(id, hash) {
    assertId(id);
    return hash === undefined
        ? `<!-- architect-docs:begin id=${id} -->`
        : `<!-- architect-docs:begin id=${id} hash=${hash} -->`;
}
function endMarker(id) {
    assertId(id);
    return `<!-- architect-docs:end id=${id} -->`;
}
/**
 * A whole block: begin marker, a blank line, the normalised body, a blank line, end marker (no line
 * ending after it). A body line that would read as a marker is neutralised first, so a generated
 * body can never open or close a block.
 */
function renderBlock(id, body, eol = '\n') {
    const normal = prepareBody(body);
    const lines = [beginMarker(id, hashBody(normal)), ''];
    if (normal !== '')
        lines.push(...normal.split('\n'), '');
    lines.push(endMarker(id));
    const rendered = lines.join(eol);
    // Valid by construction, or not at all: a body that swallows its end marker (an unclosed code
    // fence, an unclosed <pre>) would corrupt the document on the next run.
    const check = parseBlocks(rendered);
    if (check.blocks.length !== 1 || check.blocks[0].id !== id || check.problems.length > 0) {
        const why = check.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ') ||
            'the end marker is not recognised (unclosed code fence or HTML block?)';
        throw new Error(`managed block id=${id}: the generated body breaks its markers: ${why}`);
    }
    return rendered;
}
/** The body as it is written: normalised, with marker look-alikes neutralised. */
function prepareBody(body) {
    return normaliseBody(neutraliseMarkers(normaliseBody(body)));
}
/** Turn every marker look-alike outside code into visible text: `&lt;!-- architect-docs:…`. */
function neutraliseMarkers(body) {
    if (!marker_patterns/* MARKER_HINT */.D.test(body))
        return body;
    let out = body;
    for (const at of [...scanMarkers(body).hits].reverse())
        out = `${out.slice(0, at)}&lt;${out.slice(at + 1)}`;
    return out;
}
function assertId(id) {
    if (!BLOCK_ID.test(id))
        throw new Error(`invalid managed block id ${JSON.stringify(id)}: use [a-z0-9._-]`);
}
function readMarker(c, problems) {
    const m = marker_patterns/* MARKER_LINE */.M.exec(c.text);
    const kind = m[1];
    const attrs = new Map();
    for (const part of m[2].trim().split(/\s+/).filter(Boolean)) {
        const eq = part.indexOf('=');
        if (eq <= 0) {
            problems.push({
                line: c.line,
                message: `architect-docs ${kind} marker: cannot read ${JSON.stringify(part)} (expected key=value)`,
            });
            return undefined;
        }
        attrs.set(part.slice(0, eq), part.slice(eq + 1));
    }
    const id = attrs.get('id');
    if (id === undefined || !BLOCK_ID.test(id)) {
        problems.push({
            line: c.line,
            message: `architect-docs ${kind} marker without a valid id (expected id=[a-z0-9._-]+)`,
        });
        return undefined;
    }
    let hash = attrs.get('hash')?.toLowerCase();
    if (hash !== undefined && !HASH.test(hash)) {
        problems.push({
            line: c.line,
            message: `architect-docs begin marker id=${id}: hash ${JSON.stringify(hash)} is not hex; ` +
                `the block is treated as edited`,
        });
        hash = '!invalid';
    }
    return { kind, id, hash: kind === 'begin' ? hash : undefined, line: c.line, lineInfo: c.lineInfo };
}
/** Find the managed blocks of a document, and what is wrong with its markers. */
function parseBlocks(markdown) {
    const scan = scanMarkers(markdown);
    const problems = [...scan.problems];
    const blocks = [];
    const ids = new Map();
    let open;
    for (const c of scan.candidates) {
        const marker = readMarker(c, problems);
        if (!marker) {
            if (open)
                open.damaged = true;
            continue;
        }
        if (marker.kind === 'begin') {
            if (open) {
                problems.push({
                    line: marker.line,
                    message: `begin id=${marker.id} inside block id=${open.marker.id} (opened at line ${open.marker.line}): ` +
                        `blocks cannot nest`,
                });
                open.damaged = true;
                continue;
            }
            open = { marker, damaged: false };
            continue;
        }
        if (!open) {
            problems.push({ line: marker.line, message: `end id=${marker.id} without a begin marker` });
            continue;
        }
        if (marker.id !== open.marker.id) {
            problems.push({
                line: marker.line,
                message: `end id=${marker.id} does not match the open block id=${open.marker.id} (line ${open.marker.line})`,
            });
            open.damaged = true;
            continue;
        }
        const begin = open.marker;
        const damaged = open.damaged;
        open = undefined;
        if (damaged) {
            problems.push({
                line: begin.line,
                message: `block id=${begin.id} has stray markers inside: it is left untouched`,
            });
            continue;
        }
        const first = ids.get(begin.id);
        if (first !== undefined) {
            problems.push({
                line: begin.line,
                message: `duplicate block id=${begin.id} (first at line ${first}): only the first is managed`,
            });
            continue;
        }
        ids.set(begin.id, begin.line);
        const bodyStart = begin.lineInfo.next;
        const bodyEnd = Math.max(bodyStart, marker.lineInfo.start);
        blocks.push({
            id: begin.id,
            hash: begin.hash,
            bodyStart,
            bodyEnd,
            body: markdown.slice(bodyStart, bodyEnd),
            line: begin.line,
            endLine: marker.line,
            start: begin.lineInfo.start,
            end: marker.lineInfo.end,
        });
    }
    if (open)
        problems.push({ line: open.marker.line, message: `begin id=${open.marker.id} has no end marker` });
    problems.sort((a, b) => a.line - b.line);
    return { blocks, problems };
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

/***/ 95118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ significantChanges),
/* harmony export */   z: () => (/* binding */ diffFacts)
/* harmony export */ });
/* harmony import */ var _api_changes_api_changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61186);
/* harmony import */ var _api_changes_operation_matching_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73977);


/**
 * What changed between the facts of the previous run and this one, by stable id. Operations are
 * matched ignoring path-parameter names (`/orders/{id}` = `/orders/{orderId}`), as oasdiff does.
 */
function diffFacts(before, after) {
    const changes = [];
    const compare = (a, b, key = (x) => x.id) => {
        const old = new Map(a.map((x) => [key(x), x]));
        const now = new Map(b.map((x) => [key(x), x]));
        for (const [k, x] of now) {
            const prev = old.get(k);
            if (!prev)
                changes.push({ id: x.id, change: 'added' });
            else if (JSON.stringify(withoutSource(prev)) !== JSON.stringify(withoutSource(x)))
                changes.push({ id: x.id, change: 'changed' });
        }
        for (const [k, x] of old)
            if (!now.has(k))
                changes.push({ id: x.id, change: 'removed' });
    };
    compare(before.api.operations, after.api.operations, (o) => `${o.spec} ${(0,_api_changes_operation_matching_js__WEBPACK_IMPORTED_MODULE_1__/* .operationKey */ .t2)(o)}`);
    compare(before.api.securitySchemes, after.api.securitySchemes);
    compare(before.schema.tables, after.schema.tables);
    compare(before.schema.foreignKeys, after.schema.foreignKeys);
    compare(before.schema.indexes, after.schema.indexes);
    compare(before.schema.enums, after.schema.enums);
    compare(before.infra.components, after.infra.components);
    const breaking = (0,_api_changes_api_changes_js__WEBPACK_IMPORTED_MODULE_0__.apiChanges)(before.api, after.api, { before: before.inputs, after: after.inputs }).filter((c) => c.level !== 'info');
    return { changes, breaking };
}
/** Line numbers move with every edit above a fact; they are not a change of the fact. */
function withoutSource(x) {
    const { source: _source, ...rest } = x;
    return rest;
}
const DATASTORE_IMAGE = new RegExp(String.raw `(^|\/)(postgres|postgis|mysql|mariadb|redis|valkey|mongo|cassandra|` +
    'scylla|kafka|rabbitmq|nats|elasticsearch|opensearch|memcached|clickhouse|' +
    'cockroach|minio)([:@]|$)', 'i');
const DATASTORE_RESOURCE = new RegExp('^(aws_(db_instance|rds_cluster|elasticache_|dynamodb_table|s3_bucket$|' +
    'sqs_queue|sns_topic|msk_cluster|docdb_cluster|opensearch_domain|kinesis_stream)|' +
    'google_(sql_database_instance|storage_bucket|pubsub_topic|redis_instance|' +
    'bigtable_instance|spanner_instance)|azurerm_(postgresql|mysql|mssql|' +
    'cosmosdb|redis_cache|storage_account|servicebus))');
/** Env var names that point at a third-party service. */
const INTEGRATION_ENV = new RegExp('(STRIPE|PAYPAL|ADYEN|BRAINTREE|SENDGRID|MAILGUN|POSTMARK|TWILIO|SLACK|' +
    'SEGMENT|MIXPANEL|SENTRY|DATADOG|AUTH0|OKTA|OPENAI|ANTHROPIC|ALGOLIA|' +
    'SHOPIFY|GITHUB)_|_WEBHOOK_', 'i');
/**
 * Changes worth an architecture decision record: a new deployable service, a new datastore, a new
 * third-party integration, or a breaking API change. Deterministic, from the two fact models.
 */
function significantChanges(before, after, diff = diffFacts(before, after)) {
    const out = [];
    const added = new Set(diff.changes.filter((c) => c.change === 'added').map((c) => c.id));
    const newComponents = after.infra.components.filter((c) => added.has(c.id));
    const oldServiceNames = new Set(before.infra.components.filter((c) => c.deployable).map((c) => c.name));
    const isStore = (c) => (c.image !== undefined && DATASTORE_IMAGE.test(c.image)) ||
        (c.platform === 'terraform' && DATASTORE_RESOURCE.test(c.kind));
    for (const c of newComponents) {
        if (isStore(c))
            out.push({
                kind: 'new-datastore',
                title: `Add ${c.name} (${c.image ?? c.kind})`,
                factIds: [c.id],
                detail: [`new ${c.platform} ${c.kind} \`${c.name}\`${c.image ? ` running \`${c.image}\`` : ''}`],
            });
        else if (c.deployable && !oldServiceNames.has(c.name))
            out.push({
                kind: 'new-service',
                title: `Introduce the ${c.name} service`,
                factIds: [c.id],
                detail: [`new deployable ${c.platform} ${c.kind} \`${c.name}\``],
            });
    }
    const oldEnv = new Set(before.infra.components.flatMap((c) => c.env));
    const newIntegrations = after.infra.components.flatMap((c) => c.env.filter((e) => INTEGRATION_ENV.test(e) && !oldEnv.has(e)).map((e) => ({ c, e })));
    if (newIntegrations.length > 0) {
        out.push({
            kind: 'new-integration',
            title: `Integrate ${[...new Set(newIntegrations.map(({ e }) => e.split('_')[0].toLowerCase()))].join(', ')}`,
            factIds: [...new Set(newIntegrations.map(({ c }) => c.id))],
            detail: newIntegrations.map(({ c, e }) => `\`${c.name}\` is now given \`${e}\``),
        });
    }
    // Only what breaks clients calls for a decision record; a warning goes to the review, not an ADR.
    const breaking = diff.breaking.filter((c) => c.level === 'error');
    if (breaking.length > 0) {
        out.push({
            kind: 'breaking-api-change',
            title: 'Breaking API change',
            factIds: [...new Set(breaking.map((c) => c.id))],
            detail: breaking.map((c) => `${c.rule}: ${c.message}`),
        });
    }
    return out;
}


/***/ }),

/***/ 62179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ FACT_RULES),
/* harmony export */   Nc: () => (/* binding */ isFactRule),
/* harmony export */   h8: () => (/* binding */ factFindings)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11062);

// Risks visible in the fact model itself (schema shape, API contract, deployment settings), in
// the spirit of tbls' lint, Spectral and kube-score. Migration statement rules live with the
// replay (src/sources/migrations/migration-rules.ts), where each statement's AST is at hand.
/**
 * The rules computed here, with what to do about a finding of each (plain text: the docs print it
 * in table cells). They are about the design as
 * it is now, so a finding of any of them is a current risk, whichever migration a table came from
 * (the triage, findings-triage.ts, tells them from migration-statement rules by this list).
 */
const FACT_RULES = {
    'table-without-primary-key': 'Add a primary key: a surrogate id, or the columns that are unique together.',
    'prefer-timestamptz': 'Use timestamp with time zone (timestamptz) and store instants in UTC.',
    'foreign-key-without-index': 'Index the foreign key columns (CREATE INDEX CONCURRENTLY on a live table).',
    'relations-without-constraints': 'Add the foreign keys to the database, or make every writer go through the client that keeps them.',
    'operation-without-security': "Require one of the API's security schemes on the operation.",
    'operation-without-4xx': 'Document the error responses: the 4xx statuses, or a default error body.',
    'missing-operation-id': 'Give the operation a unique, stable operationId.',
    'k8s-image-not-pinned': 'Deploy a fixed version tag, or better an image digest (@sha256:…).',
    'k8s-single-replica': 'Run two or more replicas, or add a HorizontalPodAutoscaler with a minimum of two.',
};
function isFactRule(rule) {
    return Object.hasOwn(FACT_RULES, rule);
}
function factFindings(facts) {
    const out = [];
    const add = (rule, severity, message, factIds, source) => {
        if (!source)
            return;
        out.push({ id: `finding:${rule}@${source.file}:${source.line}`, rule, severity, message, factIds, source });
    };
    for (const t of facts.schema.tables) {
        if (t.kind !== 'table')
            continue;
        if (t.primaryKey.length === 0)
            add('table-without-primary-key', 'medium', `${t.schema}.${t.name} has no primary key: ` +
                `rows cannot be addressed reliably and logical replication cannot update them`, [t.id], t.source);
        for (const c of t.columns) {
            if (c.type === 'timestamp without time zone')
                add('prefer-timestamptz', 'low', `${t.name}.${c.name} is timestamp without time zone: values are ambiguous across time zones`, [c.id], t.source);
        }
    }
    for (const fk of facts.schema.foreignKeys) {
        const indexed = facts.schema.indexes.some((i) => i.table === fk.table && fk.columns.every((col, n) => i.columns[n] === col));
        const table = facts.schema.tables.find((t) => t.id === fk.table);
        if (!indexed)
            add('foreign-key-without-index', 'medium', `${fk.name}: no index starts with (${fk.columns.join(', ')}), ` +
                `so deletes on the parent and joins scan ${table?.name ?? fk.table}`, [fk.id, fk.table], table?.source);
    }
    // One finding per setting that turned the constraints off, not one per relation.
    const keptAt = new Map();
    for (const fk of facts.schema.foreignKeys) {
        if (!fk.keptBy)
            continue;
        const at = `${fk.keptBy.source.file}:${fk.keptBy.source.line}`;
        const seen = keptAt.get(at) ?? { ...fk.keptBy, ids: [] };
        seen.ids.push(fk.id);
        keptAt.set(at, seen);
    }
    for (const kept of keptAt.values())
        add('relations-without-constraints', 'low', `${kept.ids.length} relation${kept.ids.length === 1 ? ' has' : 's have'} no foreign key in the ` +
            `database: ${kept.client} keeps ${kept.ids.length === 1 ? 'it' : 'them'}, so a write by any other ` +
            'client (a script, another service, a SQL console) can leave rows pointing at nothing', kept.ids, kept.source);
    const specsWithSchemes = new Set(facts.api.securitySchemes.map((s) => s.spec));
    // These are OpenAPI's conventions: an rpc has no 4xx, a GraphQL field no operationId, an
    // AsyncAPI channel no HTTP security; their contracts say such things differently or not at all.
    for (const op of facts.api.operations.filter((o) => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .protocolOf */ .A)(o) === 'http')) {
        const isPublic = op.security.length === 0 || op.security.some((alt) => alt.length === 0);
        if (isPublic && specsWithSchemes.has(op.spec) && !['GET', 'HEAD', 'OPTIONS'].includes(op.method)) {
            add('operation-without-security', 'high', `${op.method} ${op.path} changes state and requires no credentials, though the API declares security schemes`, [op.id], op.source);
        }
        if (!op.responses.some((r) => /^4/.test(r.status) || r.status === 'default'))
            add('operation-without-4xx', 'low', `${op.method} ${op.path} documents no 4xx response: clients cannot tell how errors look`, [op.id], op.source);
        if (!op.operationId)
            add('missing-operation-id', 'low', `${op.method} ${op.path} has no operationId: generated clients get unstable method names`, [op.id], op.source);
    }
    const scaled = new Set(facts.infra.edges.filter((e) => e.from.startsWith('k8s:HorizontalPodAutoscaler/')).map((e) => e.to));
    for (const c of facts.infra.components) {
        if (c.platform !== 'kubernetes' || !c.deployable)
            continue;
        if (c.image && (!/:[^/]+$/.test(c.image) || c.image.endsWith(':latest')) && !c.image.includes('@sha256:')) {
            add('k8s-image-not-pinned', 'medium', `${c.kind} ${c.name} runs ${c.image}: a moving tag makes rollbacks and incidents unreproducible`, [c.id], c.source);
        }
        // `replicas: 0` is a workload parked on purpose (scaled up by hand or by an operator), not one pod.
        if (c.kind === 'Deployment' && (c.replicas ?? 1) === 1 && !scaled.has(c.id))
            add('k8s-single-replica', 'medium', `Deployment ${c.name} runs one replica and no autoscaler: every rollout or node loss is an outage`, [c.id], c.source);
    }
    return out;
}


/***/ }),

/***/ 36146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ triageFindings),
/* harmony export */   RJ: () => (/* binding */ groupByRule)
/* harmony export */ });
/* unused harmony exports compareFindings, isStatementFinding, findingKey */
/* harmony import */ var _fact_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62179);

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 };
/** Most severe first, then by rule, then by where: the order every list of findings uses. */
function compareFindings(a, b) {
    return (SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.rule.localeCompare(b.rule) ||
        a.source.file.localeCompare(b.source.file) ||
        a.source.line - b.source.line ||
        a.id.localeCompare(b.id));
}
/**
 * A finding about one migration statement, as opposed to the design: a rule the fact model does
 * not compute, on a file the replay read as a migration. (A table's design rules point at the
 * migration that created it too, which is why the file alone does not tell.)
 */
function isStatementFinding(f, migrationFiles) {
    return !(0,_fact_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .isFactRule */ .Nc)(f.rule) && migrationFiles.has(f.source.file);
}
/**
 * A finding's identity across runs. Never the line (or the id, which holds the line): an edit
 * above a statement or a table moves it without changing what it is. The key is the rule plus the
 * sorted fact ids, plus the file for migration statements (the same rule on the same table in two
 * migrations is two statements) and for findings that name no fact (a dropped table). A design
 * finding with fact ids leaves the file out: fact ids are unique in the repository, while the
 * file a design fact points at can change without the design changing (a manifest moved to
 * another folder, a table recreated by a later migration).
 */
function findingKey(f, statement) {
    const facts = [...f.factIds].sort().join(',');
    return statement || facts === '' ? `${f.rule} ${facts} @${f.source.file}` : `${f.rule} ${facts}`;
}
/**
 * Sorts the findings of `facts` against `base`. Findings sharing a key (two columns dropped from
 * one table in one migration) are matched one to one, those with the same message first, so a
 * third drop added to that migration is the one introduced.
 */
function triageFindings(facts, base) {
    const now = migrationFileSet(facts);
    const statement = (f) => isStatementFinding(f, now);
    if (!base) {
        const sorted = [...facts.findings].sort(compareFindings);
        return {
            introduced: [],
            design: sorted.filter((f) => !statement(f)),
            history: sorted.filter(statement),
            resolved: [],
        };
    }
    const then = migrationFileSet(base);
    const { unmatched, leftOver } = matchByKey(facts.findings, base.findings, (f) => findingKey(f, statement(f)), (f) => findingKey(f, isStatementFinding(f, then)));
    const unchanged = unchangedMigrationFiles(facts, base);
    const introduced = [];
    const design = [];
    const history = [];
    for (const f of facts.findings) {
        const isStatement = statement(f);
        // A new rule (a newer Architect Docs) firing on a migration the change did not touch is not the
        // change's doing: that statement ran before the base, so it is history like the rest.
        if (unmatched.has(f) && !(isStatement && unchanged.has(f.source.file)))
            introduced.push(f);
        else
            (isStatement ? history : design).push(f);
    }
    return {
        introduced: introduced.sort(compareFindings),
        design: design.sort(compareFindings),
        history: history.sort(compareFindings),
        resolved: leftOver.sort(compareFindings),
    };
}
function migrationFileSet(facts) {
    return new Set(facts.schema.migrations.map((m) => m.file));
}
/** Migration files of the base whose content is the same now. */
function unchangedMigrationFiles(facts, base) {
    const hashNow = new Map(facts.inputs.map((i) => [i.file, i.sha256]));
    const baseHash = new Map(base.inputs.map((i) => [i.file, i.sha256]));
    const out = new Set();
    for (const m of base.schema.migrations) {
        const h = baseHash.get(m.file);
        if (h !== undefined && hashNow.get(m.file) === h)
            out.add(m.file);
    }
    return out;
}
/** One-to-one matching by key: the findings of `now` without a partner, and the base's left over. */
function matchByKey(now, before, keyNow, keyBefore) {
    const pool = new Map();
    for (const f of before) {
        const k = keyBefore(f);
        pool.set(k, [...(pool.get(k) ?? []), f]);
    }
    const take = (f, pick) => {
        const candidates = pool.get(keyNow(f));
        const at = candidates ? pick(candidates) : -1;
        if (at < 0)
            return false;
        candidates.splice(at, 1);
        return true;
    };
    const rest = now.filter((f) => !take(f, (c) => c.findIndex((b) => b.message === f.message)));
    const unmatched = new Set(rest.filter((f) => !take(f, (c) => (c.length > 0 ? 0 : -1))));
    return { unmatched, leftOver: [...pool.values()].flat() };
}
/** Findings grouped by rule: most severe first, then most frequent, then by name. */
function groupByRule(findings) {
    const byRule = new Map();
    for (const f of [...findings].sort(compareFindings))
        byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    return [...byRule.entries()]
        .map(([rule, list]) => ({ rule, severity: list[0].severity, findings: list }))
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        b.findings.length - a.findings.length ||
        a.rule.localeCompare(b.rule));
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

/***/ 94470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ writeFilesAtomically)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/**
 * Writes all changes or none: every file goes to a temporary sibling first, and only when all
 * of them are written are they renamed into place, so a failure never leaves half the docs new.
 * Paths are checked to stay inside `allowedDir`: generated output can only land in the docs folder.
 */
async function writeFilesAtomically(repoRoot, allowedDir, changes) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoRoot, allowedDir);
    const staged = [];
    try {
        for (const change of changes) {
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoRoot, change.file);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, target);
            if (rel === '' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || rel === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, rel) !== target) {
                throw new Error(`refusing to write ${change.file}: outside the docs folder ${allowedDir}`);
            }
            if (change.remove) {
                staged.push({ tmp: '', target });
                continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
            // A symlinked folder inside the docs folder must not carry the write elsewhere.
            const realParent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target));
            const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root).catch(() => root);
            if (realParent !== realRoot && !realParent.startsWith(`${realRoot}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`))
                throw new Error(`refusing to write ${change.file}: its folder resolves outside the docs folder ${allowedDir}`);
            const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), `.${Date.now()}-${process.pid}-${staged.length}.architect-docs.tmp`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, change.text, 'utf8');
            staged.push({ tmp, target });
        }
    }
    catch (err) {
        await Promise.all(staged.filter((s) => s.tmp).map((s) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(s.tmp, { force: true })));
        throw err;
    }
    for (const s of staged)
        await (s.tmp ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(s.tmp, s.target) : (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(s.target, { force: true }));
}


/***/ }),

/***/ 93603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* reexport safe */ _state_path_js__WEBPACK_IMPORTED_MODULE_3__.BQ),
/* harmony export */   lN: () => (/* reexport safe */ _state_text_js__WEBPACK_IMPORTED_MODULE_4__.lN),
/* harmony export */   readState: () => (/* binding */ readState)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _system_derive_system_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83751);
/* harmony import */ var _state_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41938);
/* harmony import */ var _state_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99258);







/** The previous state; no record when there is none or it cannot be used (another version, corrupt). */
async function readState(repoRoot, docsDir) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, (0,_state_path_js__WEBPACK_IMPORTED_MODULE_3__/* .statePath */ .BQ)(docsDir)), 'utf8').catch(() => undefined);
    const legacyText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, (0,_state_path_js__WEBPACK_IMPORTED_MODULE_3__/* .legacyStatePath */ .Uv)(docsDir)), 'utf8').catch(() => undefined);
    if (legacyText === undefined)
        return { record: text === undefined ? undefined : (0,_state_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStateText */ .A6)(text), text };
    // Both there (a branch merged from before the upgrade): the line format holds; the JSON goes.
    if (text !== undefined)
        return { record: (0,_state_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStateText */ .A6)(text), text, legacy: { facts: undefined } };
    const legacy = parseLegacyState(legacyText);
    return { record: legacy?.record, legacy: { facts: legacy?.facts } };
}
/** The JSON state of earlier releases: its sections and blocks carry over, its facts are the change base. */
function parseLegacyState(text) {
    try {
        const state = JSON.parse(text);
        if (state.stateVersion !== 1 || ![2, 3].includes(state.facts?.modelVersion))
            return undefined;
        const facts = { ...state.facts, system: (0,_system_derive_system_js__WEBPACK_IMPORTED_MODULE_2__/* .deriveSystem */ .B)(state.facts) };
        return {
            facts,
            record: {
                generator: state.generator,
                extractionKey: state.extractionKey,
                diagnostics: facts.diagnostics.length,
                referenced: facts.inputs.filter((i) => i.referenced),
                sections: state.sections ?? {},
                blocks: state.blocks ?? {},
                // Its keys name a run whose state was the old file: a run now always writes the new one.
            },
        };
    }
    catch {
        return undefined;
    }
}


/***/ })

};
