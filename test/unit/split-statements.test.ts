import { describe, expect, test } from 'vitest';
import { loadPgParser } from '../../src/sources/migrations/pg-parser.js';
import { splitStatements } from '../../src/sources/migrations/split-statements.js';

describe('splitStatements', () => {
  test('uses the parser offsets: lines of each statement, comments skipped, function bodies kept whole', async () => {
    const parser = await loadPgParser();
    const sql = [
      '-- create things',
      'CREATE TABLE a (id int PRIMARY KEY);',
      '',
      '/* a block',
      '   comment */',
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$',
      'BEGIN',
      '  RETURN 1;',
      'END $$;',
      'ALTER TABLE a RENAME COLUMN id TO x;',
    ].join('\n');
    const stmts = splitStatements(parser, sql);
    expect(stmts.map((s) => s.line)).toEqual([2, 6, 10]);
    expect(stmts.map((s) => Object.keys(s.ast!)[0])).toEqual(['CreateStmt', 'CreateFunctionStmt', 'RenameStmt']);
    expect(stmts[1]!.text).toContain('RETURN 1;');
  });

  test('a syntax error costs only its own statement, reported at the line of the error', async () => {
    const parser = await loadPgParser();
    const sql = [
      "CREATE TABLE ok1 (id int, note text DEFAULT 'a;b');",
      'CREATE TABLE broken (',
      '  id int,,',
      ');',
      'CREATE TABLE ok2 (id int);',
    ].join('\n');
    const stmts = splitStatements(parser, sql);
    expect(stmts).toHaveLength(3);
    expect(stmts[0]!.ast).toBeDefined();
    expect(stmts[1]!.syntaxError).toMatchObject({ line: 3 });
    expect(stmts[1]!.syntaxError!.message).toMatch(/syntax error at or near ","/);
    expect(stmts[2]).toMatchObject({ line: 5, text: 'CREATE TABLE ok2 (id int)' });
  });

  test('multi-byte text before a statement does not shift its line (parser offsets are bytes)', async () => {
    const parser = await loadPgParser();
    const sql = "-- créé par l'équipe 🚀\nCREATE TABLE a (note text DEFAULT 'ü');\nCREATE TABLE b (id int);";
    const stmts = splitStatements(parser, sql);
    expect(stmts.map((s) => [s.line, s.text])).toEqual([
      [2, "CREATE TABLE a (note text DEFAULT 'ü')"],
      [3, 'CREATE TABLE b (id int)'],
    ]);
  });
});
