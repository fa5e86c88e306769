import { posix } from 'node:path';

// Which files make one schema. Public projects split a schema over files in a few ways:
// `schema/*.graphql` (root types in one, `extend type Query` in the others), `src/**/*.graphql`
// per module (NestJS, graphql-tools' `loadFiles`), `src/main/resources/schema/*.graphqls` (Netflix
// DGS, Spring for GraphQL), or one `schema.graphql`. A monorepo holds several such schemas, one per
// service (Apollo federation subgraphs), each in its own folder.
//
// The rule: a file belongs to the schema rooted at the first `src`/`schema`/`graphql` folder on its
// path (everything below it is that project's schema), else to its own folder; a root folder that
// lies inside another root folder joins it (`api/schema.graphql` with `api/types/*.graphql`).
// Files at the repository root stay their own schema: a composed `supergraph.graphql` there is not
// part of every service's schema below it.

/** Folder names that hold one project's whole schema below them. */
const SCHEMA_ROOT_FOLDERS = new Set(['src', 'schema', 'schemas', 'graphql', 'gql', 'typedefs', 'type-defs']);

/** Folder names that say nothing about which API a schema is: titles look past them. */
const GENERIC_FOLDERS = new Set([...SCHEMA_ROOT_FOLDERS, 'main', 'resources', 'api', 'app', 'lib']);

export interface SchemaGroup {
  /** The folder the schema is rooted at (`''` for the repository root). */
  root: string;
  /** Its files, sorted. */
  files: string[];
}

export function groupSchemaFiles(files: string[]): SchemaGroup[] {
  const byRoot = new Map<string, string[]>();
  for (const file of files) {
    const root = rootFolderOf(file);
    byRoot.set(root, [...(byRoot.get(root) ?? []), file]);
  }
  const roots = [...byRoot.keys()].sort(compareText);
  // Sorted, an enclosing folder comes before the folders inside it.
  const outermost = (root: string) => roots.find((r) => r !== '' && (root === r || root.startsWith(`${r}/`))) ?? root;
  const merged = new Map<string, string[]>();
  for (const root of roots) {
    const into = outermost(root);
    merged.set(into, [...(merged.get(into) ?? []), ...byRoot.get(root)!]);
  }
  return [...merged.entries()]
    .map(([root, list]) => ({ root, files: [...list].sort(compareText) }))
    .sort((a, b) => compareText(a.files[0]!, b.files[0]!));
}

/** `services/orders/src/main/resources/schema/x.graphqls` → `services/orders/src`. */
export function rootFolderOf(file: string): string {
  const folders = posix.dirname(file).split('/');
  if (folders[0] === '.') return '';
  const at = folders.findIndex((f) => SCHEMA_ROOT_FOLDERS.has(f.toLowerCase()));
  return (at < 0 ? folders : folders.slice(0, at + 1)).join('/');
}

/** A schema's name for the docs: the nearest folder of its root that names something. */
export function schemaTitle(root: string): string {
  const named = root
    .split('/')
    .filter((f) => f !== '' && !GENERIC_FOLDERS.has(f.toLowerCase()))
    .pop();
  return named ?? 'GraphQL schema';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
