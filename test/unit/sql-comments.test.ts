import { describe, expect, test } from 'vitest';
import { blankSqlComments } from '../../src/sources/migrations/sql-comments.js';

describe('blankSqlComments', () => {
  test('line and nested block comments become spaces; line breaks and length stay', () => {
    const sql = 'SELECT 1; -- one\n/* a /* b */ c */SELECT 2;';
    const out = blankSqlComments(sql);
    expect(out).toBe(`SELECT 1; ${' '.repeat(6)}\n${' '.repeat(17)}SELECT 2;`);
    expect(out.length).toBe(sql.length);
  });

  test('strings, quoted identifiers and dollar-quoted bodies keep what looks like a comment', () => {
    const sql = [
      "SELECT 'it''s -- not a comment', \"col--name\";",
      "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1 -- kept; it's $1 $body$ LANGUAGE sql;",
      'SELECT $1; -- gone',
    ].join('\n');
    const out = blankSqlComments(sql).split('\n');
    expect(out[0]).toBe("SELECT 'it''s -- not a comment', \"col--name\";");
    expect(out[1]).toBe("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1 -- kept; it's $1 $body$ LANGUAGE sql;");
    expect(out[2]).toBe(`SELECT $1; ${' '.repeat(7)}`);
  });

  test('an unclosed string or comment runs to the end, as the server reads it', () => {
    expect(blankSqlComments("SELECT 'open -- x")).toBe("SELECT 'open -- x");
    expect(blankSqlComments('SELECT 1 /* open')).toBe(`SELECT 1 ${' '.repeat(7)}`);
  });
});
