// What a span must look like to be read as a name at all. Plain words in one case style
// (`pending`, `Deployment`, `SELECT`) cannot be told from English or keywords, so only spans that
// look like identifiers are checked unless a kind word makes them a claim.

/** A single identifier-like span: `orders_api`, `public.orders`, `k8s:Deployment/shop/api`. */
export const IDENTIFIER_RE = /^[A-Za-z_][A-Za-z0-9_.:/-]*$/;

/** `_ - . : /`, a digit, or camelCase: it reads as a name, not as an English word or a keyword. */
export function hasIdentifierSignal(value: string): boolean {
  return /[_\-.:/0-9]/.test(value) || /[a-z][A-Z]/.test(value);
}

/** File extensions: `orders.sql` is a file, not the column `sql` of the table `orders`. */
export const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'md',
  'yaml',
  'yml',
  'json',
  'sql',
  'ts',
  'js',
  'mjs',
  'tf',
  'txt',
  'html',
  'go',
  'py',
  'sh',
  'toml',
  'env',
  'lock',
  'csv',
  'pdf',
]);
