import { type DmmfField, isFunctionDefault } from './dmmf.js';

// A Prisma field as the PostgreSQL column `prisma migrate` creates: its type (the native type of
// `@db.…`, else Prisma's default for the scalar type) and its default, written as Prisma's SQL
// renderer writes them so that PostgreSQL's catalog then reads exactly as after the migration.

/** The type of each scalar when the field has no `@db.…` attribute. */
const SCALAR_TYPES: Record<string, string> = {
  String: 'TEXT',
  Int: 'INTEGER',
  BigInt: 'BIGINT',
  Float: 'DOUBLE PRECISION',
  Decimal: 'DECIMAL(65,30)',
  Boolean: 'BOOLEAN',
  DateTime: 'TIMESTAMP(3)',
  Json: 'JSONB',
  Bytes: 'BYTEA',
};

/** `@db.X` names whose SQL spelling is not the upper-cased name. */
const NATIVE_SPELLINGS: Record<string, string> = {
  DoublePrecision: 'DOUBLE PRECISION',
  // CockroachDB's names, as the PostgreSQL types they are.
  String: 'VARCHAR',
  Int2: 'SMALLINT',
  Int4: 'INTEGER',
  Int8: 'BIGINT',
  Float4: 'REAL',
  Float8: 'DOUBLE PRECISION',
  Bool: 'BOOLEAN',
  Bytes: 'BYTEA',
  CatalogSingleChar: '"char"',
};

const NUMERIC = new Set(['Int', 'BigInt', 'Float', 'Decimal']);

/** `autoincrement()` on an integer column is a serial column (an owned sequence as default). */
const SERIALS: Record<string, string> = { SMALLINT: 'SMALLSERIAL', INTEGER: 'SERIAL', BIGINT: 'BIGSERIAL' };

/** The column's type without the list suffix and without serial: what another column referencing it has. */
export function baseColumnType(field: DmmfField, enumType: (name: string) => string): string {
  if (field.kind === 'enum') return enumType(field.type);
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    const spelled = NATIVE_SPELLINGS[name] ?? name.toUpperCase();
    if (spelled === 'VARCHAR' && name === 'String' && args.length === 0) return 'TEXT';
    return args.length > 0 ? `${spelled}(${args.join(',')})` : spelled;
  }
  return SCALAR_TYPES[field.type] ?? field.type;
}

/** The column's type as `CREATE TABLE` writes it: serial for autoincrement, `[]` for lists. */
export function columnType(field: DmmfField, enumType: (name: string) => string): string {
  const base = baseColumnType(field, enumType);
  const def = field.default;
  const serial = isFunctionDefault(def) && def.name === 'autoincrement' ? SERIALS[base] : undefined;
  return `${serial ?? base}${field.isList ? '[]' : ''}`;
}

/**
 * The SQL default, or undefined when the column has none in the database: `uuid()`, `cuid()`,
 * `nanoid()`, `ulid()` are computed by Prisma Client, `autoincrement()` is the serial type itself.
 */
export function columnDefault(
  field: DmmfField,
  type: string,
  enumValue: (enumName: string, value: string) => string,
  /** The field's attributes as written, for a number's digits as the schema gives them. */
  attributes = '',
): string | undefined {
  const def = field.default;
  if (def === undefined) return undefined;
  // The DMMF gives numbers as JSON numbers (1.50 → 1.5); Prisma writes them as the schema does, and
  // PostgreSQL keeps a default's digits (`DEFAULT 1.50` reads back as 1.50).
  const written = /@default\(\s*(-?\d[\d.eE+-]*)\s*\)/.exec(attributes)?.[1];
  if (written !== undefined && typeof def === 'number' && Number(written) === def) return written;
  if (isFunctionDefault(def)) {
    if (def.name === 'now') return 'CURRENT_TIMESTAMP';
    if (def.name === 'dbgenerated')
      return typeof def.args[0] === 'string' && def.args[0] !== '' ? def.args[0] : undefined;
    return undefined;
  }
  const literal = (value: string | number | boolean): string => {
    if (field.kind === 'enum') return quoted(enumValue(field.type, String(value)));
    // Numbers are written bare (BigInt defaults come as strings, to keep their digits).
    if (typeof value !== 'string' || NUMERIC.has(field.type)) return String(value);
    if (field.type === 'Bytes') return `'\\x${Buffer.from(value, 'base64').toString('hex')}'`;
    return quoted(value);
  };
  if (Array.isArray(def)) return `ARRAY[${def.map(literal).join(', ')}]::${type}`;
  return literal(def);
}

function quoted(text: string): string {
  // The replay reads `${…}` and `{{…}}` as Flyway / Go-template placeholders. A default holding
  // them (a message template) is written with Unicode escapes: the same constant to PostgreSQL.
  if (/\$\{|\{\{/.test(text)) {
    const escaped = text
      .replaceAll('\\', '\\\\')
      .replaceAll("'", "''")
      .replace(/[{$]/g, (c) => (c === '{' ? '\\007B' : '\\0024'));
    return `U&'${escaped}'`;
  }
  return `'${text.replaceAll("'", "''")}'`;
}
