import {
  BLOB_TYPES,
  type ColumnType,
  charsetMaxBytes,
  charsetOfCollation,
  INTEGER_TYPES,
  isLob,
  isTextual,
  LOB_CAPACITY,
  lobFor,
  TEXT_TYPES,
} from './mysql-column-types.js';
import type { ColumnSpec } from './mysql-ddl.js';
import { formatDefault } from './mysql-defaults.js';
import { ServerError } from './mysql-errors.js';

// A column as MariaDB stores it after CREATE/ALTER: the type resolved against the table's
// character set (TEXT(M), CHARACTER SET binary), nullability (a PRIMARY KEY or AUTO_INCREMENT
// column is NOT NULL), the default as information_schema spells it, and the server's checks.

export interface ModelColumn {
  name: string;
  type: ColumnType;
  /** The character set of a character column. */
  charset?: string;
  nullable: boolean;
  /** information_schema.COLUMNS.COLUMN_DEFAULT: null for none, 'NULL' for a NULL default. */
  default: string | null;
  autoIncrement: boolean;
  /** `current_timestamp()` for ON UPDATE CURRENT_TIMESTAMP. */
  onUpdate?: string;
  generated?: 'VIRTUAL' | 'STORED';
  invisible?: boolean;
  comment?: string;
}

const INTEGER_BYTES: Record<string, number> = { tinyint: 1, smallint: 2, mediumint: 3, int: 4, bigint: 8 };
const BINARY_OF: Record<string, string> = { char: 'binary', varchar: 'varbinary' };

/** The column a definition makes in a table whose default character set is `tableCharset`. */
export function buildColumn(spec: ColumnSpec, tableCharset: string): ModelColumn {
  const type: ColumnType = { ...spec.type, ...(spec.type.values ? { values: [...spec.type.values] } : {}) };
  const name = spec.name;
  let charset: string | undefined;
  const wantsText = isTextual(type) || type.base === 'text';
  if (wantsText) {
    const collation = type.collation && type.collation !== 'binary-of-charset' ? type.collation : undefined;
    charset = type.charset ?? (collation ? charsetOfCollation(collation) : undefined) ?? tableCharset;
    if (charset === 'binary') {
      // CHAR … CHARACTER SET binary is BINARY; VARCHAR is VARBINARY; TEXT is BLOB.
      if (BINARY_OF[type.base]) type.base = BINARY_OF[type.base]!;
      else if (TEXT_TYPES.includes(type.base)) type.base = BLOB_TYPES[TEXT_TYPES.indexOf(type.base)]!;
      charset = undefined;
    }
  }
  if (type.sizedText !== undefined) {
    const bytes = type.base === 'text' ? type.sizedText * charsetMaxBytes(charset ?? tableCharset) : type.sizedText;
    type.base = lobFor(type.base === 'text' && charset ? 'text' : 'blob', bytes);
    delete type.sizedText;
  }
  checkLength(name, type, charset);
  if (spec.autoIncrement && !(INTEGER_TYPES.has(type.base) || type.base === 'float' || type.base === 'double'))
    throw new ServerError(`Incorrect column specifier for column '${name}'`);
  const nullable = spec.autoIncrement || spec.key === 'primary' ? false : (spec.nullable ?? true);
  const column: ModelColumn = { name, type, nullable, default: null, autoIncrement: spec.autoIncrement };
  if (charset) column.charset = charset;
  if (spec.generated) {
    column.generated = spec.generated;
    column.default = nullable ? 'NULL' : null;
  } else if (spec.default !== undefined) {
    if (spec.autoIncrement) throw new ServerError(`Invalid default value for '${name}'`);
    const value = formatDefault(spec.default, type, name, type.length);
    if (value === 'NULL' && !nullable) throw new ServerError(`Invalid default value for '${name}'`);
    column.default = value;
  } else if (nullable) column.default = 'NULL';
  if (spec.onUpdate !== undefined) {
    if (type.base !== 'datetime' && type.base !== 'timestamp')
      throw new ServerError(`Invalid ON UPDATE clause for '${name}' column`);
    const precision = /\(\s*(\d+)\s*\)/.exec(spec.onUpdate)?.[1];
    column.onUpdate = `current_timestamp(${precision && precision !== '0' ? precision : ''})`;
  }
  if (spec.invisible) column.invisible = true;
  if (spec.comment) column.comment = spec.comment;
  return column;
}

function checkLength(name: string, type: ColumnType, charset: string | undefined): void {
  const tooBig = (max: number) =>
    new ServerError(`Column length too big for column '${name}' (max = ${max}); use BLOB or TEXT instead`);
  const length = type.length ?? 0;
  if ((type.base === 'char' || type.base === 'binary') && length > 255) throw tooBig(255);
  if (type.base === 'varchar') {
    const max = Math.floor(65_532 / charsetMaxBytes(charset ?? 'utf8mb4'));
    if (length > max) throw tooBig(max);
  }
  if (type.base === 'varbinary' && length > 65_532) throw tooBig(65_532);
}

/** information_schema.COLUMNS.EXTRA. */
export function extraOf(c: ModelColumn): string {
  const parts: string[] = [];
  if (c.autoIncrement) parts.push('auto_increment');
  if (c.onUpdate) parts.push(`on update ${c.onUpdate}`);
  if (c.generated) parts.push(`${c.generated} GENERATED`);
  if (c.invisible) parts.push('INVISIBLE');
  return parts.join(' ');
}

/** Makes a column NOT NULL (a PRIMARY KEY does that): a NULL default goes with it. */
export function makeNotNull(c: ModelColumn): void {
  c.nullable = false;
  if (c.default === 'NULL') c.default = null;
}

/** Bytes of a key part on the column: characters × bytes per character for character types. */
export function keyPartBytes(c: ModelColumn, length: number | undefined): number {
  const { base } = c.type;
  const perChar = c.charset ? charsetMaxBytes(c.charset) : 1;
  if (length !== undefined) return length * perChar;
  if (base === 'char' || base === 'varchar') return (c.type.length ?? 1) * perChar;
  if (base === 'binary' || base === 'varbinary') return c.type.length ?? 1;
  if (isLob(c.type)) return Number.POSITIVE_INFINITY;
  return storageBytes(c);
}

/** Bytes a value takes in the row, as the 65,535-byte row limit counts them (LOBs by their pointer). */
export function storageBytes(c: ModelColumn): number {
  const { base } = c.type;
  const length = c.type.length ?? 0;
  const perChar = c.charset ? charsetMaxBytes(c.charset) : 1;
  if (INTEGER_BYTES[base]) return INTEGER_BYTES[base]!;
  if (base === 'varchar' || base === 'varbinary') {
    const bytes = base === 'varchar' ? length * perChar : length;
    return bytes + (bytes > 255 ? 2 : 1);
  }
  if (base === 'char') return length * perChar;
  if (base === 'binary') return length;
  const lob = [...TEXT_TYPES, ...BLOB_TYPES].indexOf(base);
  if (lob >= 0) return 9 + (lob % LOB_CAPACITY.length);
  if (base === 'decimal') return Math.ceil((c.type.length ?? 10) / 2) + 1;
  if (base === 'float') return 4;
  if (base === 'double') return 8;
  const fsp = Math.ceil(length / 2);
  if (base === 'datetime') return 5 + fsp;
  if (base === 'timestamp') return 4 + fsp;
  if (base === 'time') return 3 + fsp;
  if (base === 'date') return 3;
  if (base === 'year') return 1;
  if (base === 'bit') return Math.ceil((length || 1) / 8);
  if (base === 'enum') return (c.type.values?.length ?? 0) > 255 ? 2 : 1;
  if (base === 'set') return Math.min(8, Math.ceil((c.type.values?.length ?? 1) / 8));
  if (base === 'uuid' || base === 'inet6') return 16;
  if (base === 'inet4') return 4;
  return 12; // spatial types are stored like BLOBs
}

/** The row-size check CREATE and ALTER make: every column but LOBs counts in full. */
export function checkRowSize(columns: ModelColumn[]): void {
  const nullBytes = Math.ceil(columns.filter((c) => c.nullable).length / 8);
  const total = columns.reduce((sum, c) => sum + storageBytes(c), nullBytes);
  if (total > 65_535)
    throw new ServerError(
      'Row size too large. The maximum row size for the used table type, not counting BLOBs, is 65535. ' +
        'This includes storage overhead, check the manual. You have to change some columns to TEXT or BLOBs',
    );
}
