// The names `prisma migrate` gives constraints and indexes the schema does not name (`map:`),
// after PostgreSQL's own convention: `<table>_pkey`, `<table>_<columns>_key` (unique),
// `<table>_<columns>_idx`, `<table>_<columns>_fkey`. Table and column names are the database ones
// (after `@@map`/`@map`). Prisma cuts the stem, counted in bytes, so the whole name fits
// PostgreSQL's 63-byte identifiers.

const MAX_IDENTIFIER_BYTES = 63;

export function primaryKeyName(table: string): string {
  return `${cut(table, MAX_IDENTIFIER_BYTES - 5)}_pkey`;
}

export function uniqueIndexName(table: string, columns: readonly string[]): string {
  return `${cut(`${table}_${columns.join('_')}`, MAX_IDENTIFIER_BYTES - 4)}_key`;
}

export function indexName(table: string, columns: readonly string[]): string {
  return `${cut(`${table}_${columns.join('_')}`, MAX_IDENTIFIER_BYTES - 4)}_idx`;
}

export function foreignKeyName(table: string, columns: readonly string[]): string {
  return `${cut(`${table}_${columns.join('_')}`, MAX_IDENTIFIER_BYTES - 5)}_fkey`;
}

/**
 * The join table of an implicit many-to-many relation and its constraints. Prisma names these by
 * the relation and its own, slightly different, cut (in characters), so two relations cannot
 * collide: `_<Relation>`, columns A and B, `_<Relation>_AB_pkey`, `_<Relation>_B_index`,
 * `_<Relation>_A_fkey` / `_B_fkey`.
 */
export function joinTableNames(relationName: string): {
  table: string;
  primaryKey: string;
  indexOnB: string;
  foreignKeyA: string;
  foreignKeyB: string;
} {
  const table = chars(`_${relationName}`, MAX_IDENTIFIER_BYTES);
  const fkStem = MAX_IDENTIFIER_BYTES - '_fkey'.length - 2;
  return {
    table,
    primaryKey: `${chars(table, MAX_IDENTIFIER_BYTES - '_AB_pkey'.length)}_AB_pkey`,
    indexOnB: `${chars(table, MAX_IDENTIFIER_BYTES - '_B_index'.length)}_B_index`,
    foreignKeyA: `${table.length > fkStem ? table.slice(0, fkStem) : table}_A_fkey`,
    foreignKeyB: `${table.length >= fkStem ? table.slice(0, fkStem) : table}_B_fkey`,
  };
}

/** At most `limit` bytes of UTF-8, never splitting a character. */
function cut(text: string, limit: number): string {
  if (Buffer.byteLength(text) < limit) return text;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > limit) break;
    out += ch;
    bytes += size;
  }
  return out;
}

function chars(text: string, limit: number): string {
  return [...text].slice(0, limit).join('');
}
