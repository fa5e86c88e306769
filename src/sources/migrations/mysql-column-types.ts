import { isOp, isWord, type Token } from './mysql-lexer.js';
import { MysqlError } from './mysql-errors.js';

// MySQL's data types, read from the tokens of a column definition and spelled the way MariaDB's
// information_schema.COLUMNS.COLUMN_TYPE spells them (`int(11)`, `varchar(120)`,
// `int(10) unsigned`, `enum('a','b')`, `tinyint(1)` for BOOLEAN, `longtext` for JSON). Read
// here rather than from node-sql-parser's AST: it lacks synonyms (BOOL, DOUBLE PRECISION, REAL,
// DEC, NCHAR, LONG …) and attributes (BINARY, ASCII, UNICODE), and the spelling must be exact.

export interface ColumnType {
  /** The canonical base type, lower case: `int`, `varchar`, `decimal`, `mediumtext`, `enum` … */
  base: string;
  /** Display width, length, precision or fractional-seconds precision, as the base takes it. */
  length?: number;
  scale?: number;
  unsigned: boolean;
  zerofill: boolean;
  /** ENUM and SET members. */
  values?: string[];
  /** A character set the definition names (`CHARACTER SET`, `ASCII`, NATIONAL …). */
  charset?: string;
  collation?: string;
  /** `TEXT(M)` / `BLOB(M)`: the smallest text or blob type that holds M characters (bytes). */
  sizedText?: number;
  /** `SERIAL`: BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE. */
  serial?: boolean;
  /** JSON is an alias of LONGTEXT in MariaDB (with a json_valid check). */
  json?: boolean;
}

const INTEGER_WIDTHS: Record<string, [number, number]> = {
  tinyint: [4, 3],
  smallint: [6, 5],
  mediumint: [9, 8],
  int: [11, 10],
  bigint: [20, 20],
};
export const INTEGER_TYPES = new Set(Object.keys(INTEGER_WIDTHS));
export const TEXT_TYPES = ['tinytext', 'text', 'mediumtext', 'longtext'];
export const BLOB_TYPES = ['tinyblob', 'blob', 'mediumblob', 'longblob'];
/** Bytes each TINY/-/MEDIUM/LONG text or blob type holds. */
export const LOB_CAPACITY = [255, 65_535, 16_777_215, 4_294_967_295];
const TEMPORAL = new Set(['time', 'datetime', 'timestamp']);
const SPATIAL = new Set([
  'geometry',
  'point',
  'linestring',
  'polygon',
  'multipoint',
  'multilinestring',
  'multipolygon',
  'geometrycollection',
]);
const PLAIN = new Set(['date', 'uuid', 'inet4', 'inet6', ...SPATIAL, ...TEXT_TYPES, ...BLOB_TYPES]);

/** Synonyms, by their words, for the base type and a character set they imply. */
const SYNONYMS: [string[], string, string?][] = [
  [['DOUBLE', 'PRECISION'], 'double'],
  [['LONG', 'VARCHAR'], 'mediumtext'],
  [['LONG', 'VARBINARY'], 'mediumblob'],
  [['LONG', 'CHARACTER', 'VARYING'], 'mediumtext'],
  [['LONG', 'CHAR', 'VARYING'], 'mediumtext'],
  [['NATIONAL', 'CHARACTER', 'VARYING'], 'varchar', 'utf8mb3'],
  [['NATIONAL', 'CHAR', 'VARYING'], 'varchar', 'utf8mb3'],
  [['NATIONAL', 'VARCHAR'], 'varchar', 'utf8mb3'],
  [['NATIONAL', 'CHARACTER'], 'char', 'utf8mb3'],
  [['NATIONAL', 'CHAR'], 'char', 'utf8mb3'],
  [['NCHAR', 'VARCHAR'], 'varchar', 'utf8mb3'],
  [['NCHAR', 'VARYING'], 'varchar', 'utf8mb3'],
  [['CHARACTER', 'VARYING'], 'varchar'],
  [['CHAR', 'VARYING'], 'varchar'],
  [['NVARCHAR'], 'varchar', 'utf8mb3'],
  [['NCHAR'], 'char', 'utf8mb3'],
  [['CHARACTER'], 'char'],
  [['VARCHARACTER'], 'varchar'],
  [['INTEGER'], 'int'],
  [['INT1'], 'tinyint'],
  [['INT2'], 'smallint'],
  [['INT3'], 'mediumint'],
  [['MIDDLEINT'], 'mediumint'],
  [['INT4'], 'int'],
  [['INT8'], 'bigint'],
  [['BOOL'], 'bool'],
  [['BOOLEAN'], 'bool'],
  [['DEC'], 'decimal'],
  [['NUMERIC'], 'decimal'],
  [['FIXED'], 'decimal'],
  [['REAL'], 'double'],
  [['LONG'], 'mediumtext'],
  [['JSON'], 'json'],
  [['SERIAL'], 'serial'],
];

const KNOWN = new Set([
  ...INTEGER_TYPES,
  'decimal',
  'float',
  'double',
  'bit',
  'char',
  'varchar',
  'binary',
  'varbinary',
  'enum',
  'set',
  'year',
  ...TEMPORAL,
  ...PLAIN,
]);

/** Character sets by the most bytes one character takes. */
const CHARSET_MAX_BYTES: Record<string, number> = {
  big5: 2,
  ujis: 3,
  sjis: 2,
  euckr: 2,
  gb2312: 2,
  gbk: 2,
  utf8: 3,
  utf8mb3: 3,
  ucs2: 2,
  utf8mb4: 4,
  utf16: 4,
  utf16le: 4,
  utf32: 4,
  cp932: 2,
  eucjpms: 3,
};

/** Bytes per character in a character set (1 for the single-byte sets, which are most). */
export function charsetMaxBytes(charset: string): number {
  return CHARSET_MAX_BYTES[charset.toLowerCase()] ?? 1;
}

/** The character set a collation belongs to (`utf8mb4_unicode_ci` → `utf8mb4`). */
export function charsetOfCollation(collation: string): string {
  const c = collation.toLowerCase();
  return c === 'binary' ? 'binary' : c.split('_')[0]!;
}

/**
 * Reads the data type starting at tokens[i], with the attributes that belong to it (UNSIGNED,
 * ZEROFILL, CHARACTER SET, COLLATE, BINARY, ASCII, UNICODE, BYTE); returns the index after it.
 */
export function readColumnType(tokens: Token[], i: number, column: string): { type: ColumnType; end: number } {
  const first = tokens[i];
  if (first?.kind !== 'word') throw new MysqlError(`a data type is missing for column '${column}'`, first);
  let base = first.value.toLowerCase();
  let charset: string | undefined;
  let j = i + 1;
  for (const [words, to, impliedCharset] of SYNONYMS) {
    if (words.every((w, k) => isWord(tokens[i + k], w))) {
      base = to;
      charset = impliedCharset;
      j = i + words.length;
      break;
    }
  }
  if (!KNOWN.has(base) && !['bool', 'json', 'serial'].includes(base))
    throw new MysqlError(`unknown data type '${first.text}' for column '${column}'`, first);
  const type: ColumnType = { base, unsigned: false, zerofill: false };
  if (charset) type.charset = charset;
  // Arguments: (M), (M,D), or the member list of ENUM/SET.
  if (isOp(tokens[j], '(')) {
    const args: Token[] = [];
    let k = j + 1;
    for (; k < tokens.length && !isOp(tokens[k], ')'); k++) if (!isOp(tokens[k], ',')) args.push(tokens[k]!);
    j = k + 1;
    if (base === 'enum' || base === 'set') {
      if (args.some((a) => a.kind !== 'string'))
        throw new MysqlError(`the members of ${base.toUpperCase()} must be strings`, args[0]);
      // The server drops trailing spaces of members.
      type.values = args.map((a) => a.value.replace(/ +$/, ''));
    } else {
      if (args.some((a) => a.kind !== 'number')) throw new MysqlError(`a size must be a number`, args[0]);
      type.length = Number(args[0]?.value);
      if (args[1]) type.scale = Number(args[1].value);
    }
  } else if (base === 'enum' || base === 'set') {
    throw new MysqlError(`${base.toUpperCase()} needs its members`, tokens[j]);
  }
  for (;;) {
    const t = tokens[j];
    if (isWord(t, 'UNSIGNED')) type.unsigned = true;
    else if (isWord(t, 'SIGNED')) type.unsigned = false;
    else if (isWord(t, 'ZEROFILL')) type.zerofill = type.unsigned = true;
    else if (isWord(t, 'BINARY') && !isOp(tokens[j + 1], '(')) type.collation ??= 'binary-of-charset';
    else if (isWord(t, 'ASCII')) type.charset = 'latin1';
    else if (isWord(t, 'UNICODE')) type.charset = 'ucs2';
    else if (isWord(t, 'BYTE')) type.charset = 'binary';
    else if ((isWord(t, 'CHARACTER', 'CHAR') && isWord(tokens[j + 1], 'SET')) || isWord(t, 'CHARSET')) {
      j += isWord(t, 'CHARSET') ? 1 : 2;
      if (isOp(tokens[j], '=')) j++;
      type.charset = nameValue(tokens[j], column).toLowerCase();
    } else if (isWord(t, 'COLLATE')) {
      j++;
      if (isOp(tokens[j], '=')) j++;
      type.collation = nameValue(tokens[j], column).toLowerCase();
    } else break;
    j++;
  }
  return { type: settle(type, column, tokens[i]!), end: j };
}

function nameValue(t: Token | undefined, column: string): string {
  if (!t || !['word', 'ident', 'string'].includes(t.kind))
    throw new MysqlError(`a character set or collation name is missing for column '${column}'`, t);
  return t.value;
}

/** Applies the rules that turn what was written into the type the server stores. */
function settle(type: ColumnType, column: string, at: Token): ColumnType {
  const { base } = type;
  if (base === 'bool') return { ...type, base: 'tinyint', length: 1 };
  if (base === 'serial') return { ...type, base: 'bigint', unsigned: true, serial: true };
  if (base === 'json') return { ...type, base: 'longtext', json: true };
  if (base === 'float' && type.length !== undefined && type.scale === undefined) {
    // FLOAT(p) is a precision in bits: single up to 24, double up to 53.
    if (type.length > 53) throw new MysqlError(`Too-big precision ${type.length} specified for '${column}'`, at);
    const { length: _length, ...rest } = type;
    return { ...rest, base: type.length > 24 ? 'double' : 'float' };
  }
  if (base === 'decimal') {
    const length = type.length ?? 10;
    const scale = type.scale ?? 0;
    if (length > 65) throw new MysqlError(`Too big precision ${length} specified for '${column}'. Maximum is 65`, at);
    if (scale > 38) throw new MysqlError(`Too big scale ${scale} specified for '${column}'. Maximum is 38`, at);
    if (scale > length)
      throw new MysqlError(`For float(M,D), double(M,D) or decimal(M,D), M must be >= D (column '${column}')`, at);
    return { ...type, length, scale };
  }
  if ((base === 'text' || base === 'blob') && type.length !== undefined) {
    const { length, ...rest } = type;
    return { ...rest, sizedText: length };
  }
  if ((base === 'char' || base === 'binary' || base === 'bit') && type.length === undefined)
    return { ...type, length: 1 };
  if ((base === 'varchar' || base === 'varbinary') && type.length === undefined)
    throw new MysqlError(`${base.toUpperCase()} needs a length (column '${column}')`, at);
  if (base === 'bit' && (type.length ?? 1) > 64)
    throw new MysqlError(`Column length too big for column '${column}' (max = 64); use BLOB or TEXT instead`, at);
  if (TEMPORAL.has(base) && (type.length ?? 0) > 6)
    throw new MysqlError(`Too big precision ${type.length} specified for '${column}'. Maximum is 6`, at);
  return type;
}

/** COLUMN_TYPE as MariaDB reports it. */
export function spellType(type: ColumnType): string {
  const { base } = type;
  const sign = type.zerofill ? ' unsigned zerofill' : type.unsigned ? ' unsigned' : '';
  const widths = INTEGER_WIDTHS[base];
  if (widths) return `${base}(${type.length ?? (type.unsigned ? widths[1] : widths[0])})${sign}`;
  if (base === 'decimal') return `decimal(${type.length},${type.scale})${sign}`;
  if (base === 'float' || base === 'double')
    return `${base}${type.length !== undefined ? `(${type.length},${type.scale ?? 0})` : ''}${sign}`;
  if (base === 'enum' || base === 'set') return `${base}(${type.values!.map(quoteMember).join(',')})`;
  if (base === 'year') return 'year(4)';
  if (TEMPORAL.has(base)) return type.length ? `${base}(${type.length})` : base;
  if (['char', 'varchar', 'binary', 'varbinary', 'bit'].includes(base)) return `${base}(${type.length})`;
  return base;
}

function quoteMember(v: string): string {
  return `'${v.replaceAll("'", "''")}'`;
}

export function isTextual(type: ColumnType): boolean {
  return ['char', 'varchar', 'enum', 'set', ...TEXT_TYPES].includes(type.base);
}

export function isLob(type: ColumnType): boolean {
  return TEXT_TYPES.includes(type.base) || BLOB_TYPES.includes(type.base);
}

export function isNumeric(type: ColumnType): boolean {
  return INTEGER_TYPES.has(type.base) || ['decimal', 'float', 'double'].includes(type.base);
}

export function isTemporal(type: ColumnType): boolean {
  return TEMPORAL.has(type.base) || type.base === 'date' || type.base === 'year';
}

/** The smallest TEXT/BLOB type holding `bytes`. */
export function lobFor(family: 'text' | 'blob', bytes: number): string {
  const names = family === 'text' ? TEXT_TYPES : BLOB_TYPES;
  const at = LOB_CAPACITY.findIndex((cap) => cap >= bytes);
  return names[at < 0 ? 3 : at]!;
}
