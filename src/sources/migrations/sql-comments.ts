// SQL with its comments blanked, for the regular-expression scans that run before a replay (which
// extensions, roles and bookkeeping tables the migrations need). Without it a comment reads as
// SQL: "-- Create extension" above "CREATE EXTENSION pg_trgm;" scanned as an extension named
// "create", and pg_trgm was never loaded (hoppscotch's migrations). Comments become spaces, line
// breaks stay, so offsets and line numbers still point into the original text. String literals,
// quoted identifiers and dollar-quoted bodies are kept whole: a "--" inside them is not a comment.

const DOLLAR_TAG = /\$(?:[A-Za-z_][\w]*)?\$/y;

export function blankSqlComments(sql: string): string {
  let out = '';
  let i = 0;
  let kept = 0; // text before `kept` is already in `out`
  const blank = (from: number, to: number) => {
    out += sql.slice(kept, from) + sql.slice(from, to).replace(/[^\n]/g, ' ');
    kept = to;
  };
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const to = end === -1 ? sql.length : end;
      blank(i, to);
      i = to;
    } else if (c === '/' && sql[i + 1] === '*') {
      // PostgreSQL's block comments nest.
      let depth = 1;
      let j = i + 2;
      while (j < sql.length && depth > 0) {
        const pair = sql.slice(j, j + 2);
        if (pair === '/*' || pair === '*/') {
          depth += pair === '/*' ? 1 : -1;
          j += 2;
        } else j++;
      }
      blank(i, j);
      i = j;
    } else if (c === "'" || c === '"') {
      // A doubled quote inside is an escaped one: skipping to each next quote handles it.
      const end = sql.indexOf(c, i + 1);
      i = end === -1 ? sql.length : end + 1;
    } else if (c === '$') {
      DOLLAR_TAG.lastIndex = i;
      const tag = DOLLAR_TAG.exec(sql)?.[0];
      // `$1` (a parameter) is no tag; an unclosed body runs to the end, as PostgreSQL reads it.
      const end = tag ? sql.indexOf(tag, i + tag.length) : -1;
      i = tag ? (end === -1 ? sql.length : end + tag.length) : i + 1;
    } else i++;
  }
  return out + sql.slice(kept);
}
