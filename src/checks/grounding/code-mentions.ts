import type { Code } from 'mdast';
import { curlEndpoints } from './curl-command.js';
import { endpointExists, endpointPath, ENDPOINT_RE } from './endpoint-mentions.js';
import type { CodePlace, MentionCollector } from './mention-collector.js';
import { sqlAstMentions, type SqlMention } from './sql-ast-mentions.js';
import { sqlRelations, SQL_VERB_RE } from './sql-names.js';
import { nameHit } from './classify-name.js';
import { graphqlDocumentMentions, graphqlTemplateMentions, grpcurlMentions } from './protocol-mentions.js';

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

interface CodeContext extends CodePlace {
  /** `sql`: the whole text is SQL; `shell`: SQL only in lines that look like it; `none`: no SQL. */
  sql: 'sql' | 'shell' | 'none';
  /** Look for kubectl / docker compose / terraform / curl commands (default true). */
  commands?: boolean;
}

/** The mentions in a fenced or indented code block; its language decides what is read. */
export function codeBlockMentions(out: MentionCollector, node: Code): void {
  const start = node.position?.start;
  if (!start || start.offset === undefined) return;
  const fenced = /^[`~]{3}/.test(out.markdown.slice(start.offset, start.offset + 3));
  const first = start.line + (fenced ? 1 : 0);
  const lang = (node.lang ?? '').toLowerCase();
  const value = node.value;
  const lineOf = (i: number) => {
    let n = 0;
    for (let k = 0; k < i; k++) if (value.charCodeAt(k) === 10) n++;
    return first + n;
  };
  if (GRAPHQL_LANGS.has(lang)) {
    graphqlDocumentMentions(out, value, { line: lineOf, end: node.position?.end.offset });
    return;
  }
  if (SCRIPT_LANGS.has(lang)) graphqlTemplateMentions(out, value, { line: lineOf, end: node.position?.end.offset });
  const sql = SQL_LANGS.has(lang) ? 'sql' : SHELL_LANGS.has(lang) ? 'shell' : 'none';
  codeTextMentions(out, value, { sql, line: lineOf, end: node.position?.end.offset, commands: sql !== 'none' });
}

/** The mentions in a piece of code (a block's text, or a multi-word code span). */
export function codeTextMentions(out: MentionCollector, text: string, ctx: CodeContext): void {
  const endpoint = (method: string, path: string, at: number) => {
    out.add('endpoint', `${method} ${path}`, ctx.line(at), endpointExists(out.known, method, path), ctx.end);
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const at = offset;
    offset += line.length + 1;
    if (ctx.commands !== false && /\bcurl\b/.test(line)) {
      for (const e of curlEndpoints(out.known, line)) endpoint(e.method, e.path, at);
    } else {
      for (const m of line.matchAll(ENDPOINT_RE)) {
        const path = endpointPath(m[2]!);
        if (path) endpoint(m[1]!, path, at + m.index);
      }
    }
    if (ctx.commands === false) continue;
    if (/\bgrpcurl\b/.test(line)) grpcurlMentions(out, line, at, ctx);
    // Variables a command sets on a workload: `kubectl set env … NAME=value`, `docker run -e NAME=…`.
    if (/\bset\s+env\b|(?:^|\s)(?:-e|--env)[\s=]/.test(line)) {
      for (const v of line.matchAll(/(?<![\w-])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)=/g)) {
        out.add('name', v[1]!, ctx.line(at + v.index), nameHit(out.known, v[1]!), ctx.end);
      }
    }
    // Platform commands (kubectl, docker compose, terraform …) are read by the source kinds that
    // know them, handed in through the options.
    for (const mentions of out.commands) mentions(out, line, at, ctx);
  }
  // In shell, `#` comment lines are prose: blank them (keeping offsets).
  let sqlText = ctx.sql === 'shell' ? text.replace(/^[ \t]*#.*$/gm, (s) => ' '.repeat(s.length)) : text;
  if (ctx.sql === 'none' || (ctx.sql === 'shell' && !SQL_VERB_RE.test(sqlText))) return;
  const parser = out.sqlParser;
  if (parser) {
    // The real parser reads what it can: the whole SQL block (psql meta-commands blanked), or in
    // shell the strings given to `psql -c`, or an inline span that is one statement. What it cannot
    // parse is left to the keyword scan.
    const pieces =
      ctx.sql === 'sql'
        ? [{ text: sqlText.replace(/^[ \t]*\\.*$/gm, (s) => ' '.repeat(s.length)), at: 0 }]
        : psqlCommands(sqlText);
    if (ctx.sql === 'shell' && pieces.length === 0) pieces.push({ text: sqlText, at: 0 });
    for (const piece of pieces) {
      const found = sqlAstMentions(parser, piece.text);
      if (!found) continue;
      for (const m of found) addSqlMention(out, m, piece.at, ctx);
      sqlText =
        sqlText.slice(0, piece.at) + ' '.repeat(piece.text.length) + sqlText.slice(piece.at + piece.text.length);
    }
    if (ctx.sql === 'sql' && !/\S/.test(sqlText.replace(/^[ \t]*\\.*$/gm, ''))) return;
  }
  for (const r of sqlRelations(sqlText, ctx.sql === 'sql')) {
    const t = out.known.table(r.name);
    out.add('table', r.name, ctx.line(r.index), t ? { kind: 'table', id: t.id } : undefined, ctx.end);
  }
}

/** The SQL strings of `psql … -c "…"` / `--command='…'` in a shell text, with their offsets. */
function psqlCommands(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  for (const m of text.matchAll(/(?:\s-c|--command)[\s=]+(["'])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
    out.push({ text: m[2]!, at: m.index + m[0].length - m[2]!.length - 1 });
  }
  return out;
}

function addSqlMention(out: MentionCollector, m: SqlMention, base: number, ctx: CodeContext): void {
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
  const candidates = m.candidates ?? [m.table!];
  const tables = candidates.map((c) => known.table(c));
  if (tables.some((t) => t === undefined)) return;
  const id = tables.map((t) => known.index.schema.columnOf(t!, m.column!)).find((x) => x !== undefined);
  out.add('column', m.name, line, { known: id !== undefined, ...(id ? { id } : {}) }, ctx.end);
}
