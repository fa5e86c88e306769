import { posix } from 'node:path';
import type { SchemaFileTraits } from './schema-file-traits.js';

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
  /** A schema split off its folder's group is named by its file (`products` for `products.graphql`). */
  title?: string;
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

/**
 * Corrects the folder rule with what the files say. A composed supergraph is a schema of its own.
 * Federation subgraphs kept side by side in one folder are one schema each (areSeparateSubgraphs).
 * A module folder that only extends types (`extend type Query`) joins the nearest
 * schema that defines them (`modules/users/` into `modules/common/`); a subgraph that does so is
 * left alone, since federation lets it extend what another service defines.
 */
export function refineSchemaGroups(groups: SchemaGroup[], traits: (file: string) => SchemaFileTraits): SchemaGroup[] {
  const split: SchemaGroup[] = [];
  for (const group of groups) {
    const supergraphs = group.files.filter((f) => traits(f).supergraph);
    const rest = group.files.filter((f) => !traits(f).supergraph);
    for (const f of supergraphs) split.push({ root: group.root, files: [f], title: fileStem(f) });
    if (rest.some((f) => traits(f).federated) && areSeparateSubgraphs(rest, traits))
      for (const f of rest) split.push({ root: group.root, files: [f], title: fileStem(f) });
    else if (rest.length > 0) split.push({ root: group.root, files: rest });
  }

  const defines = (g: SchemaGroup) => new Set(g.files.flatMap((f) => [...traits(f).defines]));
  const isFederated = (g: SchemaGroup) => g.files.some((f) => traits(f).federated || traits(f).supergraph);
  const merged = [...split];
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of merged) {
      if (isFederated(group)) continue;
      const own = defines(group);
      const missing = new Set(group.files.flatMap((f) => [...traits(f).extends]).filter((t) => !own.has(t)));
      if (missing.size === 0) continue;
      const home = nearest(
        group,
        merged.filter((g) => g !== group && !isFederated(g) && [...defines(g)].some((t) => missing.has(t))),
      );
      if (!home) continue;
      home.files = [...home.files, ...group.files].sort(compareText);
      home.root = commonFolder(home.root, group.root);
      merged.splice(merged.indexOf(group), 1);
      changed = true;
      break;
    }
  }
  return merged.sort((a, b) => compareText(a.files[0]!, b.files[0]!));
}

/**
 * Federation files that cannot be one subgraph: two define the same type (each its own `type
 * Query`, a shared value type), or one extends as an entity (`extend type User @key`) what another
 * defines — that is how a subgraph refers to a type another service owns.
 */
function areSeparateSubgraphs(files: string[], traits: (file: string) => SchemaFileTraits): boolean {
  const definedIn = new Map<string, string>();
  for (const f of files)
    for (const t of traits(f).defines) {
      if (definedIn.has(t)) return true;
      definedIn.set(t, f);
    }
  return files.some((f) => [...traits(f).entityExtends].some((t) => definedIn.has(t) && definedIn.get(t) !== f));
}

/** The candidate whose root shares the longest folder prefix with the group's (none shared: none). */
function nearest(group: SchemaGroup, candidates: SchemaGroup[]): SchemaGroup | undefined {
  let best: SchemaGroup | undefined;
  let bestDepth = 0;
  for (const c of [...candidates].sort((a, b) => compareText(a.files[0]!, b.files[0]!))) {
    const shared = commonFolder(group.root, c.root);
    const depth = shared === '' ? 0 : shared.split('/').length;
    if (depth > bestDepth) [best, bestDepth] = [c, depth];
  }
  return best;
}

function fileStem(file: string): string {
  return posix.basename(file).replace(/\.[^.]+$/, '');
}

function commonFolder(a: string, b: string): string {
  const x = a.split('/');
  const y = b.split('/');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join('/');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
