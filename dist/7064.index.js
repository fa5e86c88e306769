export const id = 7064;
export const ids = [7064];
export const modules = {

/***/ 67064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eL: () => (/* reexport */ key_names/* classifyKey */.eL),
  fp: () => (/* binding */ redactSecrets)
});

// UNUSED EXPORTS: REDACTION_RULES, redactValue, redactionMarker

;// CONCATENATED MODULE: ./lib/redaction/char-codes.js
/**
 * Character codes and one-character tests. The scanners work on `charCodeAt` rather than on
 * one-character strings so that a 13 MB file does not allocate a string per character.
 */
const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const DQ = 34;
const SQ = 39;
const BT = 96;
function isBlank(c) {
    return c === SPACE || c === TAB;
}
/** Characters a key name may be made of: `db_password`, `x-api-key`, `spring.datasource.password`. */
function isKeyChar(c) {
    return ((c >= 97 && c <= 122) || // a-z
        (c >= 65 && c <= 90) || // A-Z
        (c >= 48 && c <= 57) || // 0-9
        c === 95 || // _
        c === 45 || // -
        c === 46 // .
    );
}
function isAlnum(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

;// CONCATENATED MODULE: ./lib/redaction/redaction-result.js
/** What `redactSecrets` returns, and how a redacted span is written. */
function redaction_result_redactionMarker(rule) {
    return `[REDACTED:${rule}]`;
}

;// CONCATENATED MODULE: ./lib/redaction/apply-spans.js
/**
 * Writing the findings into the text: overlapping spans are merged (the union is redacted under
 * the rule of highest priority) and each finding is reported once, on the line where it starts.
 */


function applySpans(text, spans) {
    if (spans.length === 0)
        return { text, redactions: [] };
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const sp of spans) {
        const cur = merged[merged.length - 1];
        if (cur && sp.start < cur.end) {
            if (sp.end > cur.end)
                cur.end = sp.end;
            if (sp.prio > cur.prio) {
                cur.prio = sp.prio;
                cur.rule = sp.rule;
                cur.group = sp.group;
            }
        }
        else
            merged.push({ ...sp });
    }
    const out = [];
    const redactions = [];
    let pos = 0;
    let line = 1;
    let lastGroup = -1;
    for (const sp of merged) {
        for (let i = pos; i < sp.start; i++)
            if (text.charCodeAt(i) === NL)
                line++;
        out.push(text.slice(pos, sp.start), redaction_result_redactionMarker(sp.rule));
        if (sp.group !== lastGroup)
            redactions.push({ line, rule: sp.rule });
        lastGroup = sp.group;
        pos = sp.end;
    }
    out.push(text.slice(pos));
    return { text: out.join(''), redactions };
}

;// CONCATENATED MODULE: ./lib/redaction/lower-bound.js
/** Index of the first element of an ascending list that is >= value (binary search). */
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./lib/redaction/priorities.js
// Priorities when two findings overlap: the union is redacted under the most specific rule.
/** A token that identifies a secret on its own (`ghp_…`, `AKIA…`, a PEM block, a JWT). */
const PRIO_TOKEN = 4;
/** Inside a Secret manifest the dedicated rule names the finding (over url-credentials). */
const PRIO_K8S = 3.5;
/** Passwords in URLs and command lines, `Authorization:` header values. */
const PRIO_URL = 3;
/** A literal assigned to a sensitive name. */
const PRIO_CONTEXT = 2;
/** SQL `PASSWORD '…'`: lowest, so a span another rule also found is reported under that rule. */
const PRIO_SQL = 1;

;// CONCATENATED MODULE: ./lib/redaction/aws-secrets-near-key-ids.js
/**
 * AWS secret access keys have no prefix: a 40-character base64-ish string is one only when an
 * access key id (found by the token rules) is nearby or the key name says so.
 */


/** A 40-character AWS secret access key written next to an access key id (CSV, INI, scripts). */
function scanAwsSecretsNearKeyIds(s, awsKeyIds) {
    const re = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
    let lastEnd = 0;
    for (const pos of awsKeyIds) {
        const from = Math.max(lastEnd, pos - 400);
        const to = Math.min(s.len, pos + 600);
        if (from >= to)
            continue;
        re.lastIndex = from;
        for (let m = re.exec(s.text); m && m.index < to; m = re.exec(s.text)) {
            if (m.index + 40 > to)
                break;
            const v = m[0];
            if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9/+]/.test(v) && !/^[A-Z0-9]+$/.test(v)) {
                s.add(m.index, m.index + 40, 'aws-secret-access-key', PRIO_TOKEN);
            }
        }
        lastEnd = to;
    }
}
/**
 * Whether a position lies within 600 characters of an AWS access key id. `awsKeyIds` (filled by
 * the token rules, in text order) is read at call time, so the test may be built before the scan.
 */
function nearAwsKeyId(awsKeyIds) {
    // awsKeyIds is in text order: binary-search the nearest one.
    return (pos) => {
        const lo = lowerBound(awsKeyIds, pos);
        return (lo < awsKeyIds.length && awsKeyIds[lo] - pos < 600) || (lo > 0 && pos - awsKeyIds[lo - 1] < 600);
    };
}

// EXTERNAL MODULE: ./lib/redaction/key-names.js
var key_names = __webpack_require__(80679);
;// CONCATENATED MODULE: ./lib/redaction/non-secret-values.js
/**
 * Which values assigned to a sensitive name stay visible. The docs must show wiring (references,
 * templates, env var names, file paths, code), so only literals that could be a live credential
 * are redacted; empty values, booleans, small numbers, type names, prose and placeholders are not.
 */

// Also GitHub Actions permission levels (`id-token: write`).
const non_secret_values_BOOL_NULL = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|~|n\/a|read|write|read-all|write-all)$/i;
const SMALL_NUMBER = /^[-+]?\d{1,5}(?:\.\d{1,6})?$/;
const non_secret_values_DUMMY = new RegExp(String.raw `^(?:change[-_ ]?me|change[-_ ]?it|changethis|replace[-_ ]?me|to[-_ ]?do|tbd|fixme|x{3,}|\*{3,}|` +
    String.raw `\.{3}|…|example|dummy|placeholder|redacted|\[redacted[^\]]{0,40}\]|your[-_ .][\w .-]{0,60}|` +
    String.raw `(?:insert|enter|put|add)[-_ ](?:your|the|a)[-_ ][\w .-]{0,60})$`, 'i');
// Masked or fill-in values: `aio_XXXXXXXXXXXX`, `sk_live_xxxxxxxx`, `provide-password-here!`.
const MASKED = /x{6}|X{6}|\*{4}|•{3}|[-_ ]here!?$/;
const TYPE_WORD = new RegExp('^(?:string|str|text|int|int32|int64|integer|number|float|double|decimal|bool|boolean|object|' +
    String.raw `array|any|bytes|byte|binary|date|date-?time|uuid|varchar(?:\(\d{1,5}\))?|char(?:\(\d{1,5}\))?)` +
    String.raw `[!?]?(?:\[\])?[;,]?$`, 'i');
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const PATH_LIKE = /^(?:~|\.{1,2})?\/[\w.@/-]{0,300}$/;
const URL_NO_USERINFO = /^[a-z][a-z0-9+.-]{0,30}:\/\/[^\s@]{0,2000}$/i;
const STOPWORDS = new Set([
    'the',
    'a',
    'an',
    'is',
    'are',
    'be',
    'to',
    'of',
    'for',
    'in',
    'on',
    'with',
    'from',
    'this',
    'that',
    'must',
    'should',
    'will',
    'use',
    'used',
    'see',
    'and',
    'or',
    'not',
    'your',
    'you',
    'it',
    'by',
    'if',
    'when',
    'which',
]);
const TEMPLATE_MARKERS = new RegExp(String.raw `\$\{[^}\n]{0,200}\}|\{\{[^}\n]{0,300}\}\}|\$\([^)\n]{0,300}\)|#\{[^}\n]{0,200}\}|` +
    String.raw `%\{[^}\n]{0,200}\}|\$\{\{`);
const REFERENCE_VALUE = new RegExp([
    // Terraform / HCL references and expressions.
    String.raw `^(?:var|local|module|data|each|count|self|path|terraform)\.[\w.\[\]"*-]{1,300}$`,
    String.raw `^[a-z][a-z0-9]{0,40}_[a-z0-9_]{1,80}\.[\w-]{1,100}(?:\.[\w\[\]"*-]{1,100}){0,10}$`,
    // Code and CI contexts.
    String.raw `^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|System\.getenv|` +
        String.raw `Environment\.GetEnvironmentVariable|ENV|env|secrets|vars|inputs|steps|needs|matrix|github|` +
        String.raw `config|settings|context|ctx|props|this|self|params|values|Values|request|req)[.\[(]`,
    // CloudFormation / YAML tags and cloud secret stores.
    String.raw `^!(?:Ref|Sub|GetAtt|ImportValue|FindInMap|Select|Join|If|Base64|secret|env|env_var|vault|include)\b`,
    String.raw `^arn:aws[\w-]{0,20}:`,
    '^(?:vault|ssm|op|secretsmanager|awssm|gcpsm|azkv|sops|akv|k8s|file|env|secretref|secret|ref)' +
        String.raw `(?::\/\/|:)[\w\/]`,
    String.raw `^projects\/[^\/\s]{1,100}\/secrets\/`,
].join('|'));
// Code: a call (`getToken()`, `new GoogleAuth({`, `await provider()`), an arrow function, or a
// property chain (`process.env.X`, `keys.web.client_secret`, `auth[1]`).
const CODE_CALL = new RegExp(String.raw `^(?:(?:new|await|yield|typeof|async)\s+)?[A-Za-z_$][\w$]{0,100}` +
    String.raw `(?:\s?\??\.\s?[A-Za-z_$][\w$]{0,100}|\[[^\]\n]{0,100}\]){0,20}\s?\(`);
const CODE_CHAIN = /^[A-Za-z_$][\w$]{0,100}(?:\??\.[A-Za-z_$][\w$]{0,100}|\[[^\]\n]{0,100}\]){1,20}$/;
const CODE_LAMBDA = /^(?:function\b|\([^)\n]{0,200}\)\s?=>)/;
const IDENT_CHAIN = /^[A-Za-z_][A-Za-z0-9_]{0,100}$/;
const HCL_REFERENCE_INSIDE = /(?:^|[\s(,?:![])(?:var|local|module|data|each|count|self)\.[A-Za-z_]/;
const PASCAL_TYPE = /^[A-Z][a-z]{1,20}(?:[A-Z][a-z]{1,20}){0,3}$/;
// Shell `$VAR`, PowerShell `$env:VAR`, Windows `%VAR%`.
const SHELL_VARIABLE = /^\$[A-Za-z_]\w{0,100}$/;
const POWERSHELL_VARIABLE = /^\$env:\w{1,100}$/i;
const WINDOWS_VARIABLE = /^%[A-Za-z_]\w{0,100}%$/;
/** True for values that reference a secret rather than contain one (kept visible). */
function non_secret_values_isReference(v, quoted, code = false) {
    if (v.length === 0)
        return true;
    if (TEMPLATE_MARKERS.test(v))
        return true;
    if (SHELL_VARIABLE.test(v) || POWERSHELL_VARIABLE.test(v) || WINDOWS_VARIABLE.test(v))
        return true;
    if (/^<[^<>\n]{1,80}>$/.test(v))
        return true;
    if (v.startsWith('[REDACTED'))
        return true;
    if (ENV_NAME.test(v))
        return true;
    if (REFERENCE_VALUE.test(v))
        return true;
    if (!quoted) {
        if (CODE_CALL.test(v) || CODE_CHAIN.test(v) || CODE_LAMBDA.test(v))
            return true;
        // An HCL/code expression that uses a reference somewhere (`cond ? random_password.x.result : var.p`).
        if (HCL_REFERENCE_INSIDE.test(v) || /\s\?\s[^\n]{0,300}\s:\s/.test(v))
            return true;
        // In code (`{ password: pass }`, `secret = token;`) a bare identifier is a variable.
        if (code && /^[A-Za-z_$][A-Za-z_$]{0,100}$/.test(v))
            return true;
        // A variable named like a secret (`apiKey`, `db_password`, `GITHUB_TOKEN`) is a reference.
        if (IDENT_CHAIN.test(v)) {
            const segs = (0,key_names/* keySegments */["in"])(v);
            if (segs.length >= 2 && (0,key_names/* classifySegments */.X3)(segs) !== null)
                return true;
        }
    }
    return false;
}
function looksLikeProse(v) {
    if (v.endsWith('.') && v.split(/\s+/).length >= 3)
        return true;
    const words = v.toLowerCase().split(/\s+/);
    if (words.length < 3)
        return false;
    let stop = 0;
    for (const w of words)
        if (STOPWORDS.has(w.replace(/[^a-z]/g, '')))
            stop++;
    return stop >= 1;
}
/** True when a value assigned to a sensitive name should stay visible. */
function isNonSecretValue(raw, opts) {
    const v = raw.trim();
    if (v.length === 0)
        return true;
    if (non_secret_values_isReference(v, opts.quoted, opts.code))
        return true;
    if (non_secret_values_BOOL_NULL.test(v) || SMALL_NUMBER.test(v))
        return true;
    if (non_secret_values_DUMMY.test(v) || MASKED.test(v))
        return true;
    if (!/[A-Za-z0-9]/.test(v))
        return true; // punctuation only: `'{`, `"**"`
    // The value is itself only a secret's name: `token: "TOKEN"`, `apiKey: 'my-api-key'`, `password: password`.
    if (/^[A-Za-z][A-Za-z_-]{0,60}$/.test(v) && (0,key_names/* classifyKey */.eL)(v) !== null)
        return true;
    if (PATH_LIKE.test(v) && v.includes('/') && v.length > 1)
        return true;
    if (URL_NO_USERINFO.test(v))
        return true; // URL rules handle secrets embedded in URLs
    if (opts.heuristics !== false) {
        if (TYPE_WORD.test(v))
            return true;
        if (!opts.quoted && PASCAL_TYPE.test(v))
            return true; // `token: Token` in a signature
        if (/\s/.test(v) && looksLikeProse(v))
            return true;
    }
    if (opts.weak && /^[a-z]{1,20}(?:[-_][a-z]{1,20}){0,3}[0-9]?$/.test(v))
        return true;
    return false;
}

// EXTERNAL MODULE: ./lib/redaction/limits.js
var limits = __webpack_require__(27141);
;// CONCATENATED MODULE: ./lib/redaction/parse-value.js
/**
 * Reading the value that follows a key and its separator: a quoted or plain scalar, a YAML block
 * scalar, a heredoc, or nothing (a nested mapping follows). Where a plain value ends depends on the
 * syntax around the key (`ValueSyntax`): a query string ends at `&`, a connection string at `;`.
 */


/** Blanks, `&`, `#`, quotes, `<`, `>` and `)` end a value in a query string or URL. */
function endsQueryValue(d) {
    return d <= SPACE || d === 38 || d === 35 || d === DQ || d === SQ || d === 60 || d === 62 || d === 41;
}
/** Blanks, `;`, `,`, `)`, `}`, `]` and quotes end a value assigned in running code or a command. */
function endsWordValue(d) {
    return d <= SPACE || d === 59 || d === 44 || d === 41 || d === 125 || d === 93 || d === DQ || d === SQ;
}
function parseValue(s, pos, ctx) {
    const text = s.text;
    pos = s.skipBlanks(pos);
    if (s.isLineEnd(pos))
        return { kind: 'open', after: pos };
    let c = text.charCodeAt(pos);
    if (c === 35 /* # */)
        return ctx === 'line' || ctx === 'flow' ? { kind: 'open', after: pos } : { kind: 'none' };
    // YAML anchors and the !!str / !!binary tags precede the value itself.
    for (let n = 0; n < 2; n++) {
        if (c === 38 /* & */ && ctx !== 'query' && ctx !== 'conn') {
            let i = pos + 1;
            while (i < s.len && !isBlank(text.charCodeAt(i)) && !s.isLineEnd(i) && i - pos < 100)
                i++;
            pos = s.skipBlanks(i);
        }
        else if (text.startsWith('!!', pos)) {
            let i = pos + 2;
            while (i < s.len && isAlnum(text.charCodeAt(i)) && i - pos < 30)
                i++;
            pos = s.skipBlanks(i);
        }
        else
            break;
        if (s.isLineEnd(pos))
            return { kind: 'open', after: pos };
        c = text.charCodeAt(pos);
    }
    if (c === DQ || c === SQ || c === BT) {
        const stop = Math.min(s.len, pos + 1 + limits/* MAX_VALUE */.Ls);
        let i = pos + 1;
        let interp = 0; // inside `${ … }` of an HCL/JS template, quotes do not close the string
        for (; i < stop; i++) {
            const d = text.charCodeAt(i);
            if (d === NL)
                break;
            if (d === 92 /* \ */ && c !== SQ) {
                i++;
                continue;
            }
            if (c !== SQ && d === 36 /* $ */ && text.charCodeAt(i + 1) === 123) {
                interp++;
                i++;
                continue;
            }
            if (interp > 0) {
                if (d === 125 /* } */)
                    interp--;
                continue;
            }
            if (d === c) {
                if (c === SQ && text.charCodeAt(i + 1) === SQ) {
                    i++;
                    continue;
                }
                break;
            }
        }
        let end = i;
        if (end > pos + 1 && text.charCodeAt(end - 1) === CR && text.charCodeAt(end) === NL)
            end--;
        return { kind: 'scalar', start: pos + 1, end, quoted: true };
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
        const rest = s.skipBlanks(pos + 1);
        if (s.isLineEnd(rest) || text.charCodeAt(rest) === 35)
            return { kind: 'open', after: rest };
        return { kind: 'none' };
    }
    if ((c === 124 /* | */ || c === 62) /* > */ && ctx === 'line') {
        const le = s.lineEnd(pos, 64);
        if (/^[|>][-+0-9]{0,3}[ \t]*(?:#.*)?$/.test(text.slice(pos, le)))
            return { kind: 'block', after: le };
    }
    if (c === 60 /* < */ && text.startsWith('<<', pos)) {
        const hm = /^<<[-~]?["']?([A-Za-z_][A-Za-z0-9_]{0,40})["']?[ \t]*$/.exec(text.slice(pos, s.lineEnd(pos, 64)));
        if (hm)
            return { kind: 'heredoc', after: s.lineEnd(pos, 64), terminator: hm[1] };
    }
    if (c === 42 /* * alias */ && isAlnum(text.charCodeAt(pos + 1)))
        return { kind: 'none' };
    if (c === 33 /* ! tag like !Ref */)
        return { kind: 'none' };
    // Unquoted scalar.
    const stop = Math.min(s.len, pos + limits/* MAX_VALUE */.Ls);
    let i = pos;
    for (; i < stop; i++) {
        const d = text.charCodeAt(i);
        if (d === NL || (d === CR && text.charCodeAt(i + 1) === NL))
            break;
        if (d === 35 /* # */ && i > pos && isBlank(text.charCodeAt(i - 1)))
            break;
        // Inside a JSON/JS string an escaped newline, tab or quote ends the value: `--token TOKEN\n```…`.
        if (d === 92 /* \ */) {
            const e = text.charCodeAt(i + 1);
            if (e === 110 /* n */ || e === 114 /* r */ || e === 116 /* t */ || e === DQ)
                break;
        }
        if (ctx === 'flow' && (d === 44 || d === 125 || d === 93 || d === 41))
            break;
        if (ctx === 'query' && endsQueryValue(d))
            break;
        if (ctx === 'conn' && (d === 59 || d === DQ || d === SQ))
            break;
        if (ctx === 'word' && endsWordValue(d))
            break;
    }
    let end = i;
    while (end > pos && isBlank(text.charCodeAt(end - 1)))
        end--;
    // Shell `PGPASSWORD=x psql -h db` / `A=x B=y cmd`: the value ends at the first blank when what
    // follows is a command with flags or another assignment.
    if (ctx === 'line' && text.charCodeAt(pos - 1) === 61 /* = */) {
        const raw = text.slice(pos, end);
        const blank = raw.search(/[ \t]/);
        if (blank > 0 && /^[ \t]+(?:[A-Za-z_][A-Za-z0-9_]*=|[^\n]*[ \t]--?[A-Za-z])/.test(raw.slice(blank))) {
            end = pos + blank;
        }
    }
    let code = ctx === 'flow'; // a JS/Python object literal rather than shell `X=y cmd`
    if (ctx === 'line' && end > pos && (text.charCodeAt(end - 1) === 44 || text.charCodeAt(end - 1) === 59)) {
        end--;
        code = true;
    }
    if (end <= pos)
        return { kind: 'none' };
    return { kind: 'scalar', start: pos, end, quoted: false, code };
}

;// CONCATENATED MODULE: ./lib/redaction/value-redaction.js
/**
 * Redacting a value once a rule has found it: a single literal (only the literal default of
 * `${VAR:-literal}`), the lines of a YAML block scalar, or the body of a heredoc.
 */




// `${VAR:-literal}` (shell, Compose), `${VAR=literal}`, and Spring's `${some.property:literal}`.
const DEFAULT_VAR = /^\$\{([A-Za-z_][A-Za-z0-9_.]{0,100})(:-|:=|-|=|:(?![?+]))([^}\n]{0,2000})\}$/;
/**
 * Redact [start,end) unless it is a non-secret value; for `${VAR:-literal}` redact only the literal.
 */
function redactLiteralValue(s, start, end, rule, prio, opts, group) {
    const v = s.text.slice(start, end);
    const dm = DEFAULT_VAR.exec(v.trim());
    if (dm) {
        const def = dm[3];
        if (!def || isNonSecretValue(def, { ...opts, quoted: true }))
            return;
        const offset = start + v.indexOf(dm[0]) + 2 + dm[1].length + dm[2].length;
        s.add(offset, offset + def.length, rule, prio, group);
        return;
    }
    if (isNonSecretValue(v, opts))
        return;
    s.add(start, end, rule, prio, group);
}
/** Redact the lines of a block scalar: lines indented deeper than `column`, after line `after`. */
function redactIndentedBlock(s, after, column, rule, prio) {
    let ls = s.nextLine(after);
    const g = s.group();
    let last = after;
    for (let n = 0; ls !== -1 && n < limits/* MAX_BLOCK_LINES */.zy; n++) {
        const le = s.lineEnd(ls);
        const indent = s.indentAt(ls);
        if (ls + indent >= le) {
            // blank line inside the block
        }
        else if (indent <= column)
            break;
        else
            s.add(ls + indent, le, rule, prio, g);
        last = le;
        ls = s.nextLine(le);
    }
    return last;
}
function redactHeredoc(s, after, terminator, rule, prio) {
    let ls = s.nextLine(after);
    const g = s.group();
    for (let n = 0; ls !== -1 && n < limits/* MAX_BLOCK_LINES */.zy; n++) {
        const le = s.lineEnd(ls);
        const indent = s.skipBlanks(ls);
        if (s.text.slice(indent, le) === terminator)
            return le;
        if (indent < le)
            s.add(indent, le, rule, prio, g);
        ls = s.nextLine(le);
    }
    return after;
}
/**
 * Apply a parsed value for a sensitive name. Returns the position scanning may continue from.
 */
function redactParsed(s, v, kc, column, nearAws, prio = PRIO_CONTEXT) {
    if (v.kind === 'scalar') {
        const raw = s.text.slice(v.start, v.end);
        const rule = (0,key_names/* assignmentRule */.W$)(kc, raw.trim(), nearAws(v.start));
        redactLiteralValue(s, v.start, v.end, rule, prio, { quoted: v.quoted, weak: kc.weak, code: v.code === true });
        return v.end;
    }
    const rule = kc.kind === 'password' ? 'password-assignment' : 'secret-assignment';
    if (v.kind === 'block' && column >= 0)
        return redactIndentedBlock(s, v.after, column, rule, prio);
    if (v.kind === 'heredoc')
        return redactHeredoc(s, v.after, v.terminator, rule, prio);
    return -1;
}

;// CONCATENATED MODULE: ./lib/redaction/child-defaults.js
/**
 * A sensitive key with no value on its line, whose literal is a child `Default:` / `default:` /
 * `value:` key (CloudFormation parameters, nested config).
 */


const DEFAULT_KEY_RE = /(["']?)(?:default|Default|value|Value)\1[ \t]*[:=](?![=:])[ \t]*/y;
/**
 * `DbPassword:` with no value on its line (CloudFormation parameter, nested config): redact the
 * literal of a child `Default:`/`default:`/`value:` key.
 */
function redactChildDefault(s, after, column, kc, nearAws) {
    let l = s.nextLine(after);
    let childIndent = -1;
    for (let n = 0; l !== -1 && n < 40; n++) {
        const e = s.lineEnd(l);
        const indent = s.indentAt(l);
        if (l + indent < e) {
            if (indent <= column)
                return;
            if (childIndent === -1)
                childIndent = indent;
            if (indent === childIndent) {
                DEFAULT_KEY_RE.lastIndex = l + indent;
                const m = DEFAULT_KEY_RE.exec(s.text);
                if (m) {
                    const quoteBefore = m[1] === '"' ? 'flow' : 'line';
                    redactParsed(s, parseValue(s, l + indent + m[0].length, quoteBefore), kc, indent, nearAws);
                    return;
                }
            }
        }
        l = s.nextLine(e);
    }
}

;// CONCATENATED MODULE: ./lib/redaction/key-context.js
/**
 * Whether a sensitive word followed by `:` or `=` is really a key, judged from what precedes it,
 * and in which syntax its value is written (a YAML line, a flow mapping, a query string, …).
 */

const KEYWORDS = new Set([
    'export',
    'set',
    'setx',
    'declare',
    'readonly',
    'local',
    'const',
    'let',
    'var',
    'val',
    'ENV',
    'ARG',
    'define',
]);
/** Decide from what precedes a key whether it is really a key (not prose) and in what syntax. */
function keyContext(s, keyStart, sep) {
    const text = s.text;
    const immediate = keyStart > 0 ? text.charCodeAt(keyStart - 1) : NL;
    if (sep === '=') {
        if (immediate === 63 || immediate === 38)
            return { ctx: 'query', lineKey: false, spaceSep: false };
        if (immediate === 59)
            return { ctx: 'conn', lineKey: false, spaceSep: false };
    }
    let i = keyStart - 1;
    const stop = Math.max(0, keyStart - 200);
    while (i >= stop && isBlank(text.charCodeAt(i)))
        i--;
    if (i < 0 || text.charCodeAt(i) === NL || text.charCodeAt(i) === CR) {
        return { ctx: 'line', lineKey: true, spaceSep: false };
    }
    const c = text.charCodeAt(i);
    if (c === 123 || c === 44 || c === 91 || c === 40)
        return { ctx: 'flow', lineKey: false, spaceSep: false };
    if (c === 45 /* - list item */ && i < keyStart - 1) {
        const j = i - 1;
        if (j < 0 || isBlank(text.charCodeAt(j)) || text.charCodeAt(j) === NL) {
            if (s.onlyBlanksBefore(i))
                return { ctx: 'line', lineKey: true, spaceSep: false };
        }
    }
    if ((c === 36 /* $ */ || c === 64) /* @ */ && i === keyStart - 1) {
        if (s.onlyBlanksBefore(i))
            return { ctx: 'line', lineKey: true, spaceSep: false };
        if (sep === '=')
            return { ctx: 'word', lineKey: false, spaceSep: false };
    }
    // .npmrc `//host/:_authToken=`
    if (c === 58 /* : */ && sep === '=' && i === keyStart - 1)
        return { ctx: 'line', lineKey: false, spaceSep: false };
    if (isAlnum(c)) {
        // A leading keyword: `export KEY=`, `ENV KEY=`, `const apiKey =`.
        let w = i;
        while (w > stop && isAlnum(text.charCodeAt(w - 1)))
            w--;
        const word = text.slice(w, i + 1);
        if (KEYWORDS.has(word) && s.onlyBlanksBefore(w)) {
            return { ctx: 'line', lineKey: true, spaceSep: (word === 'ENV' || word === 'ARG') && sep === ' ' };
        }
        // Code declarations `String password = "…"`, `my $password = '…'`: only with `=`.
        if (sep === '=' && i < keyStart - 1)
            return { ctx: 'word', lineKey: false, spaceSep: false };
        return null;
    }
    if (sep === '=' && i < keyStart - 1)
        return { ctx: 'word', lineKey: false, spaceSep: false };
    return null;
}

;// CONCATENATED MODULE: ./lib/redaction/name-value-pairs.js
/**
 * Secrets whose name is a value, not a key: Kubernetes env `- name: DB_PASSWORD` / `value: x`,
 * ECS task definitions `{"name": "DB_PASSWORD", "value": "x"}`. The sibling `value:` is redacted.
 */



const VALUE_KEY_RE = /(["']?)(?:value|Value|VALUE)\1[ \t]*[:=](?![=:])[ \t]*/y;
/**
 * For a `name: DB_PASSWORD` entry, find the sibling `value:` of the same item (Kubernetes env,
 * ECS task definitions) on the same line, or on nearby lines at the same column.
 */
function redactSiblingValue(s, nameKeyStart, after, kc, nearAws) {
    const text = s.text;
    const le = s.lineEnd(after);
    // Same line: `{"name": "DB_PASSWORD", "value": "x"}` (looked for within the same object).
    const sameLine = /(?:^|[{,\s])(["']?)(?:value|Value|VALUE)\1[ \t]*[:=](?![=:])[ \t]*/g;
    const rest = text.slice(after, Math.min(le, after + 1024));
    const close = rest.indexOf('}');
    const m = sameLine.exec(rest);
    if (m && (close === -1 || m.index < close)) {
        const pos = after + m.index + m[0].length;
        redactParsed(s, parseValue(s, pos, 'flow'), kc, -1, nearAws);
        return;
    }
    const ls = s.lineStart(nameKeyStart);
    const col = nameKeyStart - ls;
    if (col > 200 || le - after > 1024)
        return; // not an indented YAML/JSON line
    const blankLine = (start, end) => start + s.indentAt(start) >= end;
    // Following lines of the same item.
    let l = s.nextLine(le);
    for (let n = 0; l !== -1 && n < 6; n++) {
        const e = s.lineEnd(l);
        const indent = s.indentAt(l);
        if (!blankLine(l, e)) {
            if (indent < col)
                break;
            if (indent === col) {
                VALUE_KEY_RE.lastIndex = l + indent;
                const vm = VALUE_KEY_RE.exec(text);
                if (vm) {
                    redactParsed(s, parseValue(s, l + indent + vm[0].length, 'line'), kc, col, nearAws);
                    return;
                }
            }
        }
        l = s.nextLine(e);
    }
    // Preceding lines: `- value: x` then `  name: DB_PASSWORD`.
    if (text.charCodeAt(ls + s.indentAt(ls)) === 45)
        return; // `- name:` starts the item
    let p = ls;
    for (let n = 0; n < 6 && p > 0; n++) {
        const pl = s.lineStart(p - 1);
        const pe = s.lineEnd(pl);
        const indent = s.indentAt(pl);
        if (!blankLine(pl, pe)) {
            let keyAt = -1;
            if (indent === col)
                keyAt = pl + indent;
            else if (indent === col - 2 && text.charCodeAt(pl + indent) === 45)
                keyAt = pl + col;
            if (keyAt !== -1) {
                VALUE_KEY_RE.lastIndex = keyAt;
                const vm = VALUE_KEY_RE.exec(text);
                if (vm) {
                    redactParsed(s, parseValue(s, keyAt + vm[0].length, 'line'), kc, col, nearAws);
                    return;
                }
            }
            if (indent < col)
                return;
        }
        p = pl;
    }
}
const NAME_KEY_BEFORE = /(?:^|[\s{,-])(["']?)(?:name|Name|NAME|key|Key)\1[ \t]*[:=][ \t]*["']?$/;
function handleNameValue(s, ks, ke, tokenStart, tokenEnd, nearAws) {
    const text = s.text;
    const look = text.slice(Math.max(0, tokenStart - 40), tokenStart + (tokenStart < ks ? 1 : 0));
    const m = NAME_KEY_BEFORE.exec(look);
    if (!m)
        return -1;
    // The token must be the whole value (a closing quote shows that it is).
    const e = s.skipBlanks(tokenEnd);
    const c = text.charCodeAt(e);
    if (tokenEnd === ke && !(s.isLineEnd(e) || c === 44 || c === 125 || c === 35))
        return -1;
    const kc = s.classify(text.slice(ks, ke));
    if (!kc)
        return -1;
    const keyAt = skipListMarker(text, Math.max(0, tokenStart - 40) + m.index);
    redactSiblingValue(s, keyAt, tokenEnd, kc, nearAws);
    return -1;
}
function skipListMarker(text, pos) {
    // `m[0]` may start with the separator char we matched (`{`, `,`, `-`); move to the key itself.
    while (pos < text.length) {
        const c = text.charCodeAt(pos);
        if (c === 123 || c === 44 || c === 45 || isBlank(c))
            pos++;
        else
            break;
    }
    return pos;
}

;// CONCATENATED MODULE: ./lib/redaction/assignments.js
/**
 * A literal assigned to a sensitive name: `db_password: x`, `"apiKey": "x"`, `SECRET_KEY=x`,
 * `password = "x"`, `<password>x</password>`, `--token x`, `ENV DB_PASSWORD x`. Candidates are
 * found by a sensitive word, widened to the whole key, then checked for a separator and a value.
 */








// A sensitive word anywhere in a key; the key around it is then read and classified as a whole.
const SENSITIVE_WORD = 'pass|pwd|secret|token|api[-_]?key|private[-_]?key|credential|creds|auth|' +
    '(?:account|signing|encryption|master)[-_]?key';
function scanAssignments(s, nearAws) {
    const text = s.text;
    const re = new RegExp(SENSITIVE_WORD, 'gi');
    // The body moves `re.lastIndex` past each candidate, so this stays an `exec` loop rather than `matchAll`.
    for (let m = re.exec(text); m; m = re.exec(text)) {
        let ks = m.index;
        let ke = m.index + m[0].length;
        const lo = Math.max(0, ks - limits/* MAX_KEY */.tu);
        while (ks > lo && isKeyChar(text.charCodeAt(ks - 1)))
            ks--;
        const hi = Math.min(s.len, ke + limits/* MAX_KEY */.tu);
        while (ke < hi && isKeyChar(text.charCodeAt(ke)))
            ke++;
        re.lastIndex = ke;
        if ((ks === lo && ks > 0) || ke === hi)
            continue; // absurdly long token: not a key
        const next = handleCandidate(s, ks, ke, nearAws);
        if (next > re.lastIndex)
            re.lastIndex = next;
    }
}
function handleCandidate(s, ks, ke, nearAws) {
    const text = s.text;
    // Trailing dots/dashes are punctuation, not key ("… the password." / "token-").
    while (ke > ks && (text.charCodeAt(ke - 1) === 46 || text.charCodeAt(ke - 1) === 45))
        ke--;
    if (ke <= ks)
        return -1;
    const key = text.slice(ks, ke);
    const before = ks > 0 ? text.charCodeAt(ks - 1) : -1;
    const after = text.charCodeAt(ke);
    // XML element: <password>value</password>
    if (before === 60 /* < */ && after === 62 /* > */) {
        const kc = s.classify(key);
        if (!kc)
            return -1;
        const vs = ke + 1;
        const le = s.lineEnd(vs, limits/* MAX_VALUE */.Ls);
        const rel = text.slice(vs, le).indexOf('</');
        if (rel === -1)
            return -1;
        const close = vs + rel;
        const rule = kc.kind === 'password' ? 'password-assignment' : 'secret-assignment';
        redactLiteralValue(s, vs, close, rule, PRIO_CONTEXT, { quoted: true, weak: kc.weak });
        return close;
    }
    let keyStart = ks;
    let p = ke;
    let quoted = false;
    if ((before === DQ || before === SQ) && after === before) {
        keyStart = ks - 1;
        p = ke + 1;
        quoted = true;
    }
    let q = s.skipBlanks(p);
    let sep = null;
    const c = text.charCodeAt(q);
    if (c === 58 /* : */) {
        const d = text.charCodeAt(q + 1);
        if (d === 61 /* := */) {
            sep = '=';
            q += 2;
        }
        else if (d !== 58) {
            if (quoted || isBlank(d) || s.isLineEnd(q + 1) || d === DQ || d === SQ) {
                sep = ':';
                q += 1;
            }
        }
    }
    else if (c === 61 /* = */) {
        const d = text.charCodeAt(q + 1);
        if (d !== 61 && d !== 126 /* ~ */) {
            sep = '=';
            q += d === 62 /* => */ ? 2 : 1;
        }
    }
    else if (!quoted && q > p && !s.isLineEnd(q) && (key.startsWith('--') || /^[A-Z][A-Z0-9_]*$/.test(key))) {
        sep = ' '; // `--password hunter2`, Dockerfile `ENV DB_PASSWORD hunter2`
    }
    if (sep === null) {
        // Maybe the token is the value of a `name:` key (Kubernetes env, ECS): `- name: DB_PASSWORD`.
        return handleNameValue(s, ks, ke, keyStart, quoted ? ke + 1 : ke, nearAws);
    }
    let kctx;
    if (key.startsWith('--')) {
        const prev = ks > 0 ? text.charCodeAt(ks - 1) : NL;
        const flagStart = isBlank(prev) || prev === NL || prev === DQ || prev === SQ;
        kctx = flagStart ? { ctx: 'word', lineKey: false, spaceSep: sep === ' ' } : null;
    }
    else {
        kctx = keyContext(s, keyStart, sep);
    }
    if (!kctx)
        return -1;
    if (sep === ' ' && !kctx.spaceSep && !key.startsWith('--'))
        return -1;
    const kc = s.classify(key);
    if (!kc)
        return -1;
    const v = parseValue(s, q, kctx.ctx);
    const ls = kctx.lineKey ? s.lineStart(keyStart) : -1;
    const column = ls === -1 ? -1 : keyStart - ls;
    if (v.kind === 'open') {
        if (column >= 0 && sep !== ' ')
            redactChildDefault(s, v.after, column, kc, nearAws);
        return -1;
    }
    return redactParsed(s, v, kc, column, nearAws);
}

;// CONCATENATED MODULE: ./lib/redaction/authorization-headers.js
/** `Authorization:` header values (`Bearer …`, `Basic …`, `token …`), wherever they are written. */


// `Authorization: Bearer x`, `"authorization": "token x"`, `authorization=x`; group 1 is the credential.
const AUTHORIZATION_HEADER = String.raw `\bauthorization["']?[ \t]*[:=][ \t]*["']?` +
    String.raw `(?:(?:bearer|basic|token|bot|digest|apikey|sso-key)[ \t]+)?([A-Za-z0-9._~+\/=:-]{8,4096})`;
function scanAuthorizationHeaders(s) {
    const re = new RegExp(AUTHORIZATION_HEADER, 'dgi');
    for (const m of s.text.matchAll(re)) {
        const v = m[1];
        const [a, b] = m.indices[1];
        if (/^(?:bearer|basic|token|digest)$/i.test(v))
            continue;
        if (isNonSecretValue(v, { quoted: true, heuristics: false }))
            continue;
        if (v.length < 20 && !/\d/.test(v))
            continue;
        s.add(a, b, 'authorization-header', PRIO_URL);
    }
}

;// CONCATENATED MODULE: ./lib/redaction/cli-credentials.js
/** Passwords given on a command line or in `.netrc`: curl `-u`, mysql `-p`, `docker login -p`. */


// Group 1 of each pattern is the password.
const CLI_CREDENTIALS = [
    // `curl -u user:password`, `--user user:password`
    [
        String.raw `(?:^|[\s"'])(?:-u|--user|--proxy-user|-U)[ \t=]+["']?[^\s:"'@\/]{1,100}:([^\s"'@]{1,256})`,
        'url-credentials',
    ],
    // `.netrc`: `machine h login u password p`
    [
        String.raw `\bmachine[ \t]+\S{1,200}[ \t]+login[ \t]+\S{1,200}[ \t]+password[ \t]+(\S{1,256})`,
        'password-assignment',
    ],
    [String.raw `\bmysql(?:dump|admin|sh)?\b[^\n]{0,200}?[ \t]-p([^\s-][^\s]{0,255})`, 'password-assignment'],
    [
        String.raw `\b(?:docker|podman|helm[ \t]+registry|oras)[ \t]+login\b[^\n]{0,200}?[ \t]-p[ \t]+["']?([^\s"']{1,256})`,
        'password-assignment',
    ],
];
function scanCliCredentials(s) {
    const res = CLI_CREDENTIALS.map(([source, rule]) => [new RegExp(source, 'dg'), rule]);
    for (const [re, rule] of res) {
        for (const m of s.text.matchAll(re)) {
            const [a, b] = m.indices[1];
            redactLiteralValue(s, a, b, rule, PRIO_URL, { quoted: true, heuristics: false });
        }
    }
}

;// CONCATENATED MODULE: ./lib/redaction/jwts.js
/**
 * JSON Web Tokens: `eyJ…` header, payload and signature. The header must decode to JSON with an
 * `alg`, so that a base64 blob that happens to start with `eyJ` stays visible.
 */


function scanJwts(s) {
    const text = s.text;
    let from = 0;
    const isB64u = (c) => isAlnum(c) || c === 45 || c === 95;
    for (;;) {
        const start = text.indexOf('eyJ', from);
        if (start === -1)
            return;
        from = start + 3;
        if (start > 0 && (isB64u(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46))
            continue;
        let i = start;
        const stop1 = Math.min(s.len, start + 2000);
        while (i < stop1 && isB64u(text.charCodeAt(i)))
            i++;
        if (text.charCodeAt(i) !== 46) {
            from = i;
            continue;
        }
        const header = text.slice(start, i);
        let j = i + 1;
        const stop2 = Math.min(s.len, j + 100000);
        while (j < stop2 && isB64u(text.charCodeAt(j)))
            j++;
        if (j - (i + 1) < 2 || text.charCodeAt(j) !== 46) {
            from = j;
            continue;
        }
        let k = j + 1;
        const stop3 = Math.min(s.len, k + 4000);
        while (k < stop3 && isB64u(text.charCodeAt(k)))
            k++;
        from = k;
        if (!jwtHeaderOk(header))
            continue;
        s.add(start, k, 'jwt', PRIO_TOKEN);
    }
}
function jwtHeaderOk(header) {
    try {
        const json = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
        return typeof json === 'object' && json !== null && typeof json.alg === 'string';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/redaction/kubernetes-secrets.js
/**
 * Every value under `data:` / `stringData:` of a Kubernetes `kind: Secret` manifest, whatever its
 * key is called (`tls.key`, `config.json`): a Secret holds nothing but secrets.
 */




function scanKubernetesSecrets(s) {
    const text = s.text;
    const re = /^kind:[ \t]*["']?Secret["']?[ \t]*(?:#[^\n]*)?\r?$/gm;
    let processedEnd = 0;
    // The body moves `re.lastIndex` to the end of each Secret document, so this stays an `exec` loop.
    for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m.index < processedEnd)
            continue;
        let docStart = text.lastIndexOf('\n---', m.index);
        docStart = docStart === -1 ? 0 : docStart + 1;
        if (docStart < processedEnd)
            docStart = processedEnd;
        let docEnd = text.indexOf('\n---', m.index);
        if (docEnd === -1)
            docEnd = s.len;
        processedEnd = docEnd;
        redactSecretDoc(s, docStart, docEnd);
        re.lastIndex = docEnd;
    }
}
function redactSecretDoc(s, docStart, docEnd) {
    const text = s.text;
    const rule = 'kubernetes-secret-data';
    let l = docStart;
    let inData = false;
    let childIndent = -1;
    let group = -1; // the current child value (its continuation/block lines share one finding)
    while (l < docEnd) {
        let nl = text.indexOf('\n', l);
        if (nl === -1 || nl > docEnd)
            nl = docEnd;
        let e = nl;
        if (e > l && text.charCodeAt(e - 1) === CR)
            e--;
        const indent = s.indentAt(l);
        const blank = l + indent >= e || text.charCodeAt(l + indent) === 35;
        if (!blank) {
            if (indent === 0) {
                inData = /^(?:data|stringData):[ \t]*(?:#.*)?$/.test(text.slice(l, e));
                childIndent = -1;
                group = -1;
            }
            else if (inData) {
                if (childIndent === -1)
                    childIndent = indent;
                if (indent === childIndent) {
                    group = s.group();
                    const km = /^([ \t]*)(["']?)([-._A-Za-z0-9]{1,253})\2[ \t]*:(?=[ \t]|$)[ \t]*/.exec(text.slice(l, e));
                    if (km) {
                        const v = parseValue(s, l + km[0].length, 'line');
                        if (v.kind === 'scalar') {
                            const raw = text.slice(v.start, v.end);
                            if (!non_secret_values_isReference(raw.trim(), v.quoted))
                                s.add(v.start, v.end, rule, PRIO_K8S, group);
                        }
                    }
                }
                else if (indent > childIndent) {
                    // block scalar content or continuation of a multi-line plain scalar
                    if (!text.startsWith('{{', l + indent)) {
                        s.add(l + indent, e, rule, PRIO_K8S, group === -1 ? s.group() : group);
                    }
                }
            }
        }
        l = nl + 1;
    }
}

;// CONCATENATED MODULE: ./lib/redaction/pem-private-keys.js
/**
 * PEM private key blocks (`-----BEGIN … PRIVATE KEY-----`). Certificates and public keys are
 * public material and stay visible. Each line of the block is replaced, so line counts stay.
 */


function scanPem(s) {
    const text = s.text;
    let from = 0;
    let nextEnd = -2; // cached position of the next '-----END ' (-1: none left)
    for (;;) {
        const begin = text.indexOf('-----BEGIN ', from);
        if (begin === -1)
            return;
        const labelStart = begin + 11;
        from = labelStart;
        const rel = text.slice(labelStart, labelStart + 64).indexOf('-----');
        if (rel === -1)
            continue;
        const labelEnd = labelStart + rel;
        const label = text.slice(labelStart, labelEnd);
        if (!/^(?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?$/.test(label))
            continue;
        if (nextEnd !== -1 && nextEnd < labelEnd + 5)
            nextEnd = text.indexOf('-----END ', labelEnd + 5);
        const endMarker = nextEnd;
        let stop;
        if (endMarker !== -1 && endMarker - begin <= limits/* MAX_PEM */.Wo) {
            const closeRel = text.slice(endMarker + 9, endMarker + 80).indexOf('-----');
            stop = closeRel !== -1 ? endMarker + 9 + closeRel + 5 : s.lineEnd(endMarker);
        }
        else {
            // Truncated block: redact the BEGIN line and the base64-looking lines after it.
            stop = s.lineEnd(begin);
            let ls = s.nextLine(begin);
            for (let n = 0; ls !== -1 && n < limits/* MAX_BLOCK_LINES */.zy; n++) {
                const le = s.lineEnd(ls);
                if (le - ls > 200)
                    break;
                const line = text.slice(ls, le).trim();
                if (!/^[A-Za-z0-9+/=:\- ,"']{1,200}$/.test(line))
                    break;
                stop = le;
                ls = s.nextLine(le);
            }
        }
        s.addMultiline(begin, stop, 'private-key', PRIO_TOKEN);
        from = stop;
    }
}

;// CONCATENATED MODULE: ./lib/redaction/sql-passwords.js
/** SQL `PASSWORD '…'` and `IDENTIFIED BY '…'` (CREATE USER / ALTER ROLE in migrations and seeds). */


// Group 1 is the string literal's content (`''` and backslash escapes included).
const SQL_PASSWORD = String.raw `(?<![\w.'"])(?:PASSWORD|IDENTIFIED[ \t]+BY(?:[ \t]+PASSWORD)?)(?:[ \t]+|[ \t]*=[ \t]*)` +
    String.raw `(?:[EN](?='))?'((?:[^'\n\\]|''|\\.){0,1024})'`;
function scanSql(s) {
    const re = new RegExp(SQL_PASSWORD, 'dgi');
    for (const m of s.text.matchAll(re)) {
        const [a, b] = m.indices[1];
        if (a === b)
            continue;
        redactLiteralValue(s, a, b, 'sql-password', PRIO_SQL, { quoted: true, heuristics: false });
    }
}

;// CONCATENATED MODULE: ./lib/redaction/terraform-variables.js
/**
 * Terraform `variable "db_password" { default = "x" }`: the default of a variable whose name is
 * sensitive or that is marked `sensitive = true`.
 */





function scanTerraformVariables(s, nearAws) {
    const text = s.text;
    const re = /^[ \t]*variable[ \t]+"([^"\n]{1,200})"[ \t]*\{[ \t]*\r?$/gm;
    // The body moves `re.lastIndex` past each variable block, so this stays an `exec` loop.
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const name = m[1];
        const headerEnd = m.index + m[0].length;
        let depth = 1;
        let l = s.nextLine(headerEnd);
        let defaultPos = -1;
        let sensitive = false;
        for (let n = 0; l !== -1 && n < 300 && depth > 0; n++) {
            const e = s.lineEnd(l);
            const line = text.slice(l, e);
            if (depth === 1) {
                const dm = /^[ \t]*default[ \t]*=[ \t]*/.exec(line);
                if (dm) {
                    defaultPos = l + dm[0].length;
                }
                if (/^[ \t]*sensitive[ \t]*=[ \t]*true\b/.test(line))
                    sensitive = true;
            }
            depth += countBraces(line);
            if (e > re.lastIndex)
                re.lastIndex = e;
            l = depth > 0 ? s.nextLine(e) : -1;
        }
        if (defaultPos === -1)
            continue;
        const kc = (0,key_names/* classifyKey */.eL)(name);
        if (!kc && !sensitive)
            continue;
        const v = parseValue(s, defaultPos, 'line');
        const klass = kc ?? { kind: 'secret', weak: false, aws: false };
        if (v.kind === 'scalar') {
            const raw = text.slice(v.start, v.end);
            const isAwsSecret = (0,key_names/* assignmentRule */.W$)(klass, raw.trim(), nearAws(v.start)) === 'aws-secret-access-key';
            const rule = isAwsSecret ? 'aws-secret-access-key' : 'terraform-sensitive-default';
            redactLiteralValue(s, v.start, v.end, rule, PRIO_CONTEXT, { quoted: v.quoted, heuristics: false });
        }
        else if (v.kind === 'heredoc') {
            redactHeredoc(s, v.after, v.terminator, 'terraform-sensitive-default', PRIO_CONTEXT);
        }
    }
}
function countBraces(line) {
    let d = 0;
    let inStr = false;
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (inStr) {
            if (c === 92)
                i++;
            else if (c === DQ)
                inStr = false;
        }
        else if (c === DQ)
            inStr = true;
        else if (c === 35 || (c === 47 && line.charCodeAt(i + 1) === 47))
            break;
        else if (c === 123)
            d++;
        else if (c === 125)
            d--;
    }
    return d;
}

;// CONCATENATED MODULE: ./lib/redaction/token-prefixes.js
/**
 * Tokens that identify a secret on their own by a vendor prefix (`AKIA…`, `ghp_…`, `xoxb-…`,
 * `sk_live_…`, `AIza…`, `sk-ant-…`, `npm_…`, `hvs.…`). All patterns run as one alternation, so the
 * text is scanned once however many vendors are listed.
 */

function hasLowerUpperAndDigit(s) {
    return /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);
}
const TOKEN_PATTERNS = [
    { rule: 'aws-access-key-id', source: '(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])' },
    { rule: 'github-token', source: 'gh[pousr]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])' },
    { rule: 'github-token', source: 'github_pat_[A-Za-z0-9_]{22,255}(?![A-Za-z0-9_])' },
    { rule: 'gitlab-token', source: 'glpat-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])' },
    { rule: 'slack-token', source: 'xox[abeoprs]-[A-Za-z0-9-]{10,250}', check: (m) => /\d/.test(m) },
    { rule: 'slack-token', source: 'xapp-\\d-[A-Za-z0-9-]{10,250}' },
    { rule: 'stripe-key', source: '(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,247}(?![A-Za-z0-9])' },
    { rule: 'stripe-key', source: 'whsec_[A-Za-z0-9+\\/=]{20,128}' },
    { rule: 'google-api-key', source: 'AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])' },
    { rule: 'anthropic-api-key', source: 'sk-ant-[A-Za-z0-9_-]{20,300}' },
    {
        rule: 'openai-api-key',
        source: 'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,300}',
        check: (m) => hasLowerUpperAndDigit(m.slice(3)),
    },
    { rule: 'npm-token', source: 'npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])' },
    { rule: 'pypi-token', source: 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}' },
    { rule: 'sendgrid-api-key', source: 'SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}' },
    { rule: 'vault-token', source: 'hv[sb]\\.[A-Za-z0-9_-]{24,300}' },
    { rule: 'age-secret-key', source: 'AGE-SECRET-KEY-1[0-9A-Z]{58}' },
];
const TOKEN_RE = new RegExp(`(?<![A-Za-z0-9])(?:${TOKEN_PATTERNS.map((p) => `(${p.source})`).join('|')})`, 'g');
/** Redacts every vendor token, and records where each AWS access key id starts in `awsKeyIds`. */
function scanTokens(s, awsKeyIds) {
    const re = new RegExp(TOKEN_RE.source, 'g');
    for (const m of s.text.matchAll(re)) {
        let idx = -1;
        for (let i = 0; i < TOKEN_PATTERNS.length; i++) {
            if (m[i + 1] !== undefined) {
                idx = i;
                break;
            }
        }
        if (idx < 0)
            continue;
        const p = TOKEN_PATTERNS[idx];
        if (p.check && !p.check(m[0]))
            continue;
        s.add(m.index, m.index + m[0].length, p.rule, PRIO_TOKEN);
        if (p.rule === 'aws-access-key-id')
            awsKeyIds.push(m.index);
    }
}

;// CONCATENATED MODULE: ./lib/redaction/url-credentials.js
/** The password in a URL's userinfo: `postgres://user:password@host`, `redis://:password@cache`. */



/** `/`, `?`, `#`, blanks and control characters, quotes, `<`, `>` and `\` end a URL's authority. */
function endsAuthority(c) {
    return (c === 47 ||
        c === 63 ||
        c === 35 ||
        c <= SPACE ||
        c === DQ ||
        c === SQ ||
        c === BT ||
        c === 60 ||
        c === 62 ||
        c === 92);
}
function scanUrlCredentials(s) {
    const text = s.text;
    let from = 0;
    for (;;) {
        const sep = text.indexOf('://', from);
        if (sep === -1)
            return;
        from = sep + 3;
        // scheme
        let a = sep;
        const stopA = Math.max(0, sep - 32);
        while (a > stopA) {
            const c = text.charCodeAt(a - 1);
            if (isAlnum(c) || c === 43 || c === 45 || c === 46)
                a--;
            else
                break;
        }
        if (a === sep || !/[A-Za-z]/.test(text[a]))
            continue;
        // authority: up to the first / ? # whitespace quote or bracket
        const authStart = sep + 3;
        let i = authStart;
        const stop = Math.min(s.len, authStart + 1024);
        let lastAt = -1;
        for (; i < stop; i++) {
            const c = text.charCodeAt(i);
            if (c === 64)
                lastAt = i;
            else if (endsAuthority(c))
                break;
        }
        if (lastAt === -1)
            continue;
        const userinfo = text.slice(authStart, lastAt);
        const colon = userinfo.indexOf(':');
        if (colon === -1)
            continue;
        // The host must follow the '@'.
        const h = text.charCodeAt(lastAt + 1);
        if (!(isAlnum(h) || h === 91 || h === 95 || h === 36 || h === 123 || h === 37))
            continue;
        const pwStart = authStart + colon + 1;
        const password = text.slice(pwStart, lastAt);
        if (!password)
            continue;
        redactLiteralValue(s, pwStart, lastAt, 'url-credentials', PRIO_URL, { quoted: true, heuristics: false });
        from = lastAt + 1;
    }
}

;// CONCATENATED MODULE: ./lib/redaction/webhook-urls.js
/** Slack and Discord webhook URLs: the path after the host is the secret. */

// Group 1 of each pattern is the secret part of the URL.
const WEBHOOK_URLS = [
    [
        String.raw `https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9_\/+-]{8,300})`,
        'slack-webhook-url',
    ],
    [
        String.raw `https?:\/\/(?:canary\.|ptb\.)?discord(?:app)?\.com\/api\/webhooks\/` +
            String.raw `([0-9]{5,30}\/[A-Za-z0-9_-]{20,200})`,
        'discord-webhook-url',
    ],
];
function scanWebhooks(s) {
    const res = WEBHOOK_URLS.map(([source, rule]) => [new RegExp(source, 'dg'), rule]);
    for (const [re, rule] of res) {
        for (const m of s.text.matchAll(re)) {
            const [a, b] = m.indices[1];
            s.add(a, b, rule, PRIO_TOKEN);
        }
    }
}

;// CONCATENATED MODULE: ./lib/redaction/rules.js
/**
 * Every rule id a redaction can be reported under, and the order the rule scans run in. The order
 * only decides which of two overlapping findings of equal priority names the redaction.
 */












/** Every rule id this module can report. */
const REDACTION_RULES = (/* unused pure expression or super */ null && ([
    'private-key',
    'aws-access-key-id',
    'aws-secret-access-key',
    'github-token',
    'gitlab-token',
    'slack-token',
    'slack-webhook-url',
    'discord-webhook-url',
    'stripe-key',
    'google-api-key',
    'anthropic-api-key',
    'openai-api-key',
    'npm-token',
    'pypi-token',
    'sendgrid-api-key',
    'vault-token',
    'age-secret-key',
    'jwt',
    'url-credentials',
    'authorization-header',
    'password-assignment',
    'secret-assignment',
    'kubernetes-secret-data',
    'terraform-sensitive-default',
    'sql-password',
    'sensitive-value', // redactValue()
]));
/**
 * The rule scans in the order they run. The token rules run first because the AWS rules and the
 * assignment rules read the access key ids they record.
 */
const RULE_SCANS = [
    { name: 'pem-private-keys', scan: (s) => scanPem(s) },
    { name: 'token-prefixes', scan: (s, ctx) => scanTokens(s, ctx.awsKeyIds) },
    { name: 'aws-secrets-near-key-ids', scan: (s, ctx) => scanAwsSecretsNearKeyIds(s, ctx.awsKeyIds) },
    { name: 'jwts', scan: (s) => scanJwts(s) },
    { name: 'webhook-urls', scan: (s) => scanWebhooks(s) },
    { name: 'url-credentials', scan: (s) => scanUrlCredentials(s) },
    { name: 'authorization-headers', scan: (s) => scanAuthorizationHeaders(s) },
    { name: 'cli-credentials', scan: (s) => scanCliCredentials(s) },
    { name: 'assignments', scan: (s, ctx) => scanAssignments(s, ctx.nearAws) },
    {
        name: 'kubernetes-secrets',
        appliesTo: (text) => text.includes('Secret'),
        scan: (s) => scanKubernetesSecrets(s),
    },
    {
        name: 'terraform-variables',
        appliesTo: (text) => text.includes('variable'),
        scan: (s, ctx) => scanTerraformVariables(s, ctx.nearAws),
    },
    { name: 'sql-passwords', scan: (s) => scanSql(s) },
];

;// CONCATENATED MODULE: ./lib/redaction/scanner.js



const ALREADY_REDACTED = /^\[REDACTED:[a-z0-9-]{1,40}\]$/;
/**
 * The text being redacted, the spans found so far, and the line lookups the rules share. Line
 * lookups use a table of newline offsets built once, so that each is O(log lines) rather than a
 * scan back to the previous newline (which is quadratic on minified or single-line files).
 */
class Scanner {
    text;
    spans = [];
    groups = 0;
    len;
    constructor(text) {
        this.text = text;
        this.len = text.length;
    }
    group() {
        return this.groups++;
    }
    /** Add one span; it must lie within a single line (callers guarantee it). */
    add(start, end, rule, prio, group = this.group()) {
        // Never include a line terminator in a span.
        for (let i = start; i < end; i++) {
            if (this.text.charCodeAt(i) === NL) {
                end = i;
                break;
            }
        }
        if (end > start && this.text.charCodeAt(end - 1) === CR)
            end--;
        if (end <= start)
            return;
        // Already-redacted text stays as it is (redaction is idempotent).
        if (this.text.charCodeAt(start) === 91 && end - start < 64 && ALREADY_REDACTED.test(this.text.slice(start, end))) {
            return;
        }
        this.spans.push({ start, end, rule, prio, group });
    }
    /** Add a range that may span lines: each line's content (after its indentation) is redacted. */
    addMultiline(start, end, rule, prio) {
        const g = this.group();
        let s = start;
        while (s < end) {
            let nl = s;
            while (nl < end && this.text.charCodeAt(nl) !== NL)
                nl++;
            let e = nl;
            if (e > s && this.text.charCodeAt(e - 1) === CR)
                e--;
            if (e > s)
                this.spans.push({ start: s, end: e, rule, prio, group: g });
            if (nl >= end)
                break;
            s = nl + 1;
            while (s < end && isBlank(this.text.charCodeAt(s)))
                s++;
        }
    }
    /** Positions of every '\n', built on first use: line lookups are then O(log lines). */
    newlines = null;
    table() {
        if (this.newlines)
            return this.newlines;
        let buf = new Int32Array(1024);
        let n = 0;
        for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) {
            if (n === buf.length) {
                const bigger = new Int32Array(buf.length * 2);
                bigger.set(buf);
                buf = bigger;
            }
            buf[n++] = i;
        }
        this.newlines = buf.subarray(0, n);
        return this.newlines;
    }
    /** Index of the first '\n' at or after pos (or -1). */
    nlAtOrAfter(pos) {
        const t = this.table();
        const i = this.firstNewlineIndexAtOrAfter(pos);
        return i < t.length ? t[i] : -1;
    }
    /** Index into the newline table of the first newline at or after pos. */
    firstNewlineIndexAtOrAfter(pos) {
        return lowerBound(this.table(), pos);
    }
    /** Start of the line containing pos. */
    lineStart(pos) {
        const i = this.firstNewlineIndexAtOrAfter(pos);
        return i === 0 ? 0 : this.table()[i - 1] + 1;
    }
    /**
     * End of the line containing pos (index of its '\n', or of a '\r' before it, or text end),
     * capped at pos+cap.
     */
    lineEnd(pos, cap = Infinity) {
        const nl = this.nlAtOrAfter(pos);
        let end = nl === -1 ? this.len : nl;
        if (end > pos && nl !== -1 && this.text.charCodeAt(end - 1) === CR)
            end--;
        return Math.min(end, pos + cap);
    }
    /** Index just after the '\n' ending the line that contains pos, or -1 on the last line. */
    nextLine(pos) {
        const nl = this.nlAtOrAfter(pos);
        return nl === -1 ? -1 : nl + 1;
    }
    /** True when only blanks stand between the start of pos's line and pos. */
    onlyBlanksBefore(pos) {
        let i = pos - 1;
        while (i >= 0 && isBlank(this.text.charCodeAt(i)))
            i--;
        return (i < 0 || this.text.charCodeAt(i) === NL || (this.text.charCodeAt(i) === CR && this.text.charCodeAt(i + 1) === NL));
    }
    /** The same key names recur thousands of times in a large spec: classify each one once. */
    keyCache = new Map();
    classify(key) {
        let c = this.keyCache.get(key);
        if (c === undefined) {
            c = (0,key_names/* classifyKey */.eL)(key);
            this.keyCache.set(key, c);
        }
        return c;
    }
    skipBlanks(pos) {
        while (pos < this.len && isBlank(this.text.charCodeAt(pos)))
            pos++;
        return pos;
    }
    indentAt(lineStart) {
        let i = lineStart;
        while (i < this.len && this.text.charCodeAt(i) === SPACE)
            i++;
        return i - lineStart;
    }
    isLineEnd(pos) {
        if (pos >= this.len)
            return true;
        const c = this.text.charCodeAt(pos);
        return c === NL || (c === CR && this.text.charCodeAt(pos + 1) === NL);
    }
}

;// CONCATENATED MODULE: ./lib/redaction/redact-secrets.js
/**
 * Secret redaction for repository text before it is sent to a model.
 *
 * Repository content is untrusted and may hold live credentials. Every piece of repository text
 * that goes into a prompt passes through `redactSecrets` first. A redacted span becomes
 * `[REDACTED:<rule>]`; every other byte is kept, and no newline is ever added or removed, so line
 * numbers quoted back by the model still point at the right line (a multi-line PEM block or YAML
 * block scalar keeps its line count: each line's content is replaced).
 *
 * Two families of rules:
 * - Token patterns that identify a secret on their own (AWS access key ids, GitHub/Slack/Stripe/
 *   Google/Anthropic/OpenAI/npm/… tokens, JWTs, PEM private keys, passwords in URLs, webhook URLs,
 *   `Authorization:` header values).
 * - Context rules: a literal value assigned to a sensitive name (`db_password: x`, `"apiKey": "x"`,
 *   `SECRET_KEY=x`, `password = "x"`), Kubernetes env `name: DB_PASSWORD` / `value: x` pairs,
 *   Terraform `variable "db_password" { default = "x" }` (or `sensitive = true`), CloudFormation
 *   style `DbPassword: { Default: x }`, every value under `data:`/`stringData:` of a Kubernetes
 *   `kind: Secret`, and SQL `PASSWORD '…'` / `IDENTIFIED BY '…'`.
 *
 * Deliberately NOT redacted, because they are wiring the docs must show and not secrets:
 * - empty values, booleans, null, `read`/`write` (Actions permissions), numbers of at most five
 *   digits (`password_min_length: 12`), type names (`password: string`, `token: Token`), prose;
 * - references and templates: `${DB_PASSWORD}`, `$(cat x)`, `{{ .Values.x }}`, `${{ secrets.X }}`,
 *   `var.db_password`, `random_password.db.result`, `!Ref DbPassword`, `secretKeyRef`/`valueFrom`
 *   blocks, ALL_CAPS env var names, code (`process.env.X`, `getToken()`, `new Auth({`, a bare
 *   identifier in a JS object), file paths (`/run/secrets/db_password`), `arn:aws:…`, `vault:…`;
 *   for `${VAR:-literal}` (and Spring's `${prop:literal}`) only the literal default is redacted;
 * - placeholders and dummies: `<password>`, `changeme`, `changeit`, `replace-me`, `your-api-key-here`,
 *   masked values (`xxxxxx`, `****`, `aio_XXXXXXXX`), and a value that is only a secret's name
 *   (`token: "TOKEN"`, `apiKey: 'my-api-key'`, `postgres://user:password@host`);
 * - keys whose last word is not the secret (`token_url`, `password_min_length`, `secretName`,
 *   `privateKeyPath`, `DB_PASSWORD_FILE`, `passwordKey`) or that point at a secret
 *   (`from_secret`, `existingSecret`, `secret_arn`);
 * - public material: certificates and public keys, `securitySchemes` header names (`name: X-Api-Key`).
 *
 * Known gaps (not redacted): a bare high-entropy string with no telling name, prefix or nearby AWS
 * key id; secrets in escaped JSON-inside-a-string (`\"password\": \"x\"`); Kubernetes Secrets
 * written as JSON or nested in a `List`; Terraform `.tf.json` and object-valued defaults;
 * `.pgpass` lines; `-p` flags other than mysql and `docker login`; passwords inside YAML flow
 * mappings written as bare words without digits (`{user: a, password: hunter}`, read as code);
 * values that are dotted identifier chains (`password: my.pass.word`, read as a reference).
 *
 * Performance: linear in the input. Regexes have bounded quantifiers and a literal or single-class
 * start; line lookups use a table of newline offsets built once; every forward/backward scan
 * (block scalars, sibling `value:` keys, Terraform blocks) is capped. The GitHub REST OpenAPI
 * description (13 MB of JSON) redacts in about 0.4 s on one core.
 *
 * Layout: `rules.ts` lists the rule ids and runs the rule scans in order; each rule (family) has
 * its own file; `key-names.ts` decides which keys are sensitive and `non-secret-values.ts` which
 * of their values stay visible; `scanner.ts` holds the spans found and the line lookups;
 * `apply-spans.ts` merges the spans and writes the markers.
 */









/**
 * Redact secrets from repository text. `file` (a repo-relative path) is accepted for diagnostics
 * and future file-type specific rules; every rule currently runs on every file, since secrets
 * turn up in any kind of file (SQL inside Go, YAML inside Markdown, JSON inside YAML).
 */
function redactSecrets(text, file) {
    void file;
    if (text.length === 0)
        return { text, redactions: [] };
    const s = new Scanner(text);
    const awsKeyIds = [];
    const ctx = { awsKeyIds, nearAws: nearAwsKeyId(awsKeyIds) };
    for (const rule of RULE_SCANS) {
        if (rule.appliesTo && !rule.appliesTo(text))
            continue;
        rule.scan(s, ctx);
    }
    return applySpans(text, s.spans);
}
/**
 * Redact one configuration value already known to be sensitive (for example the value of an
 * input named `*_password`). References and placeholders (`${DB_PASSWORD}`, `{{ … }}`, `<token>`,
 * `var.x`, `changeme`), empty values, booleans and null stay visible; a URL keeps everything but
 * its password; anything else becomes `[REDACTED:sensitive-value]` (newlines are preserved).
 */
function redactValue(value) {
    const v = value.trim();
    if (v.length === 0 || BOOL_NULL.test(v) || DUMMY.test(v) || isReference(v, true))
        return value;
    if (/^[a-z][a-z0-9+.-]{0,30}:\/\//i.test(v) && !/\n/.test(value)) {
        const r = redactSecrets(value);
        if (r.redactions.length > 0)
            return r.text;
    }
    const lines = value.split('\n');
    return lines.map((l) => (l.trim() === '' ? l : redactionMarker('sensitive-value'))).join('\n');
}


/***/ })

};
