import { describe, expect, test } from 'vitest';
import { splitSqliteStatements } from '../../src/sources/migrations/split-sqlite-statements.js';

const split = (sql: string, lineOffset = 0) => splitSqliteStatements(sql, lineOffset);
const texts = (sql: string) => split(sql).statements.map((s) => s.text);

describe('splitSqliteStatements', () => {
  test('a `;` inside strings, quoted names, brackets and comments does not end a statement', () => {
    const sql = [
      "INSERT INTO t VALUES ('a;b', 'it''s; fine');",
      'CREATE TABLE "x;y" ([semi;colon] TEXT, `back;tick` INT); -- trailing; comment',
      '/* a; block; comment */ SELECT 1; SELECT 2;',
    ].join('\n');
    expect(texts(sql)).toEqual([
      "INSERT INTO t VALUES ('a;b', 'it''s; fine');",
      'CREATE TABLE "x;y" ([semi;colon] TEXT, `back;tick` INT);',
      'SELECT 1;',
      'SELECT 2;',
    ]);
  });

  test('lines and keywords: the first token of each statement, with the offset added', () => {
    const sql = '\n-- header\n\ncreate table a (x);\n  Insert into a values (1);\n\n\nDROP TABLE a;';
    expect(split(sql, 10).statements.map((s) => [s.line, s.keyword])).toEqual([
      [14, 'CREATE'],
      [15, 'INSERT'],
      [18, 'DROP'],
    ]);
  });

  test("a trigger's body holds statements: it ends at END after a `;`, not at CASE … END", () => {
    const trigger = [
      'CREATE TEMP TRIGGER t_audit AFTER UPDATE ON t',
      'BEGIN',
      "  INSERT INTO log VALUES (CASE WHEN NEW.x > 0 THEN 'up' ELSE 'down' END);",
      '  UPDATE t SET touched = 1 WHERE rowid = NEW.rowid;',
      'END;',
    ].join('\n');
    const lower = 'create temporary trigger u before delete on t begin select 1; end ;';
    const sql = `${trigger}\nCREATE TABLE after_it (y);\n${lower}`;
    expect(texts(sql)).toEqual([trigger, 'CREATE TABLE after_it (y);', lower]);
  });

  test('a trigger named like a keyword, and END as a word elsewhere, change nothing', () => {
    expect(texts('CREATE TABLE "end" (x);\nSELECT x AS end FROM "end";\nCREATE INDEX trigger_idx ON t (x);')).toEqual([
      'CREATE TABLE "end" (x);',
      'SELECT x AS end FROM "end";',
      'CREATE INDEX trigger_idx ON t (x);',
    ]);
  });

  test('sqlite3 shell commands are lines starting with `.` between statements only', () => {
    const sql = '.bail on\nCREATE TABLE t (\n.5 REAL DEFAULT .5\n);\n  .not_a_command;\n.read x.sql';
    const { statements, shellCommands } = split(sql);
    expect(shellCommands).toEqual([
      { command: '.bail on', line: 1 },
      { command: '.read x.sql', line: 6 },
    ]);
    expect(statements.map((s) => [s.line, s.text])).toEqual([
      [2, 'CREATE TABLE t (\n.5 REAL DEFAULT .5\n);'],
      [5, '.not_a_command;'],
    ]);
  });

  test('the last statement may lack its `;`; an open quote or comment runs to the end', () => {
    expect(split('CREATE TABLE a (x);\nCREATE TABLE b (y)').statements.map((s) => s.incomplete ?? false)).toEqual([
      false,
      true,
    ]);
    const open = split("INSERT INTO a VALUES ('never closed);\nCREATE TABLE c (z);").statements;
    expect(open).toHaveLength(1);
    expect(open[0]!.incomplete).toBe(true);
    expect(split('SELECT 1; /* open comment').statements.map((s) => [s.text, s.incomplete ?? false])).toEqual([
      ['SELECT 1;', false],
    ]);
  });

  test('empty, blank and comment-only texts have no statements; `;;` makes no empty ones', () => {
    for (const sql of ['', '   \n\t', '-- only a comment', '/* block */', ';;\n;'])
      expect(split(sql).statements).toEqual([]);
    expect(texts('SELECT 1;;SELECT 2;')).toEqual(['SELECT 1;', 'SELECT 2;']);
  });

  test('EXPLAIN CREATE TRIGGER is one statement with its body', () => {
    const sql = 'EXPLAIN CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END; SELECT 3;';
    expect(texts(sql)).toEqual([
      'EXPLAIN CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END;',
      'SELECT 3;',
    ]);
  });
});
