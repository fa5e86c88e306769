// Reads Terraform configuration (`.tf` and `.tf.json`) into infra facts.
//
// Folders: every folder of the files handed in is a module folder. A `module` block whose
// `source` is a local path (`./modules/network`) names another folder; that folder is read too
// (through the confined repo reader, even when discovery did not hand its files) and returned as
// `alsoRead`. Registry, git and HTTP sources are named, never fetched.
//
// Components: every resource of a root module (`tf:<type>.<name>`) and every module block
// (`tf:module.<name>`, kind `module`, settings `source`/`version`). Resources inside a local
// module are instantiated once per call, addressed the way Terraform addresses them:
// `tf:module.database.aws_db_instance.main`, `tf:module.database.module.kms.aws_kms_key.this`.
// Nesting is followed to MAX_MODULE_DEPTH and a folder already on the call path (a cycle) is not
// entered again. Data sources, variables, locals and outputs are no components; they are in
// `terraform` (per folder, see terraform-folder.ts).
//
// Edges: a resource or module that refers to another in an expression gets a `reference` edge,
// `via` the attribute(s); `depends_on` gives `depends_on` edges. Names resolve within the module
// instance, the way Terraform scopes them; `local.x` is followed to the blocks its value names.
//
// A root folder is one no module block of another folder calls. Two root folders may both declare
// `aws_vpc.main`; they are different resources, so the later folder's gets `tf:aws_vpc.main (<dir>)`.

import type { Component, Diagnostic, Edge, InfraFacts, TerraformModuleFacts } from '../../facts/model.js';
import type { RepoReader } from '../common/repo-reader.js';
import type { Extracted } from '../extract-result.js';
import { positionIndex } from './block-positions.js';
import { templateTraversals } from './hcl-expression.js';
import { type HclParse, loadHclParser } from './load-hcl-parser.js';
import { errorMessage, isJsonSyntax, parseTerraformFile } from './parse-terraform-file.js';
import { terraformComponent } from './terraform-component.js';
import {
  addressOf,
  compareText,
  type FolderBlock,
  type ParsedFile,
  readFolder,
  type TerraformFolder,
} from './terraform-folder.js';

export interface TerraformOptions {
  /** Reads module folders discovery did not hand (confined to the repository). */
  reader?: RepoReader;
}

/** How deep module calls are followed (Terraform itself has no limit; real trees are 2–4 deep). */
export const MAX_MODULE_DEPTH = 8;
/** How many module folders one run reads at most. */
const MAX_FOLDERS = 500;
/** How many module instances one run makes at most (a wide tree repeated at every level grows fast). */
const MAX_INSTANCES = 5_000;

const TERRAFORM_FILE = /\.tf(?:\.json)?$/i;

interface Instance {
  block: FolderBlock;
  folder: TerraformFolder;
  /** `module.a.module.b.` for a block two calls deep, '' in a root folder. */
  prefix: string;
  root: string;
  id: string;
}

export async function extractTerraform(
  files: Array<{ file: string; text: string }>,
  options: TerraformOptions = {},
): Promise<Extracted<InfraFacts>> {
  const empty: InfraFacts = { components: [], edges: [] };
  if (files.length === 0) return { facts: empty, diagnostics: [] };
  const sorted = [...files].sort((a, b) => compareText(a.file, b.file));
  const handed = new Set(sorted.map((f) => f.file));
  const diagnostics: Diagnostic[] = [];

  let parser: HclParse | undefined;
  let parserError: string | undefined;
  const parse = async (file: string, text: string): Promise<ParsedFile | undefined> => {
    if (!isJsonSyntax(file) && !parser && !parserError) {
      try {
        parser = await loadHclParser();
      } catch (error) {
        parserError = errorMessage(error);
      }
    }
    if (!isJsonSyntax(file) && !parser) return undefined;
    const config = await parseTerraformFile(file, text, parser, diagnostics);
    return config ? { file, config, positions: positionIndex(file, text) } : undefined;
  };

  // Handed files, by folder.
  const parsedBy = new Map<string, ParsedFile[]>();
  for (const { file, text } of sorted) {
    const parsed = await parse(file, text);
    if (!parsedBy.has(folderOf(file))) parsedBy.set(folderOf(file), []);
    if (parsed) parsedBy.get(folderOf(file))!.push(parsed);
  }
  if (parserError) {
    diagnostics.push({
      severity: 'error',
      stage: 'infra',
      file: sorted[0]!.file,
      message: `${parserError}; ${sorted.filter((f) => !isJsonSyntax(f.file)).length} Terraform file(s) not read`,
    });
  }
  const handedFolders = [...parsedBy.keys()].sort(compareText);
  const folders = new Map<string, TerraformFolder>();
  for (const dir of handedFolders) folders.set(dir, readFolder(dir, parsedBy.get(dir)!, diagnostics));

  // Local module folders, breadth first, read from the repository when not handed.
  const queue = [...handedFolders];
  const missing = new Set<string>();
  while (queue.length > 0) {
    const folder = folders.get(queue.shift()!)!;
    for (const block of folder.blocks.values()) {
      const target = block.moduleSource?.folder;
      if (!target || folders.has(target) || missing.has(target)) continue;
      const loaded = await loadFolder(target, block, options.reader, parse, diagnostics, folders.size >= MAX_FOLDERS);
      if (!loaded) {
        missing.add(target);
        continue;
      }
      folders.set(target, readFolder(target, loaded, diagnostics));
      queue.push(target);
    }
  }

  // Root folders first (called by no other folder), then any handed folder only a cycle reaches.
  const calledFrom = new Map<string, Set<string>>();
  for (const folder of folders.values())
    for (const block of folder.blocks.values()) {
      const target = block.moduleSource?.folder;
      if (target && target !== folder.dir) {
        if (!calledFrom.has(target)) calledFrom.set(target, new Set());
        calledFrom.get(target)!.add(folder.dir);
      }
    }
  const instances: Instance[] = [];
  const instantiated = new Set<string>();
  const reported = new Set<string>();
  const report = (d: Diagnostic) => {
    const key = `${d.file}:${d.line}:${d.message}`;
    if (!reported.has(key)) diagnostics.push(d);
    reported.add(key);
  };
  const instantiate = (folder: TerraformFolder, prefix: string, root: string, path: string[]) => {
    instantiated.add(folder.dir);
    for (const block of folder.blocks.values()) {
      if (block.mode === 'data') continue;
      if (instances.length >= MAX_INSTANCES) {
        report({
          severity: 'warning',
          stage: 'infra',
          file: block.file,
          line: block.line,
          message: `more than ${MAX_INSTANCES} Terraform resources and module calls; the rest are left out`,
        });
        return;
      }
      instances.push({ block, folder, prefix, root, id: '' });
      const target = block.mode === 'module' ? block.moduleSource?.folder : undefined;
      const child = target ? folders.get(target) : undefined;
      if (!target || !child) continue;
      const at = { severity: 'warning' as const, stage: 'infra' as const, file: block.file, line: block.line };
      if (path.includes(target)) {
        const cycle = [...path.slice(path.indexOf(target)), target].join(' → ');
        report({
          ...at,
          message: `module "${block.name}" calls ${target}, which is already on the call path (${cycle}); not followed`,
        });
      } else if (path.length > MAX_MODULE_DEPTH) {
        report({ ...at, message: `module "${block.name}" is nested more than ${MAX_MODULE_DEPTH} deep; not followed` });
      } else instantiate(child, `${prefix}module.${block.name}.`, root, [...path, target]);
    }
  };
  const roots = handedFolders.filter((dir) => ![...(calledFrom.get(dir) ?? [])].some((from) => folders.has(from)));
  for (const dir of roots) instantiate(folders.get(dir)!, '', dir, [dir]);
  for (const dir of handedFolders) if (!instantiated.has(dir)) instantiate(folders.get(dir)!, '', dir, [dir]);

  assignIds(instances, diagnostics);
  const components: Component[] = instances
    .map((i) => terraformComponent(i.id, i.block))
    .sort((a, b) => compareText(a.id, b.id));
  const modules: TerraformModuleFacts[] = [...folders.values()]
    .filter((f) => !isEmpty(f))
    .map((f) => ({ ...f.facts, called: calledFrom.has(f.dir) }))
    .sort((a, b) => compareText(a.module, b.module));

  const facts: InfraFacts = { components, edges: referenceEdges(instances) };
  if (modules.length > 0) facts.terraform = { modules };
  const result: Extracted<InfraFacts> = { facts, diagnostics: sortDiagnostics(diagnostics) };
  const alsoRead = new Map([...(options.reader?.readFiles ?? [])].filter(([file]) => !handed.has(file)));
  if (alsoRead.size > 0) result.alsoRead = alsoRead;
  return result;
}

/** The parsed Terraform files of a module folder, or undefined (with a diagnostic) when there are none. */
async function loadFolder(
  dir: string,
  call: FolderBlock,
  reader: RepoReader | undefined,
  parse: (file: string, text: string) => Promise<ParsedFile | undefined>,
  diagnostics: Diagnostic[],
  full: boolean,
): Promise<ParsedFile[] | undefined> {
  const at = { severity: 'warning' as const, stage: 'infra' as const, file: call.file, line: call.line };
  if (full) {
    diagnostics.push({ ...at, message: `more than ${MAX_FOLDERS} module folders; ${dir} is not read` });
    return undefined;
  }
  // Without a reader only the folders handed in are read (the call is still in `moduleCalls`).
  if (!reader) return undefined;
  if (!reader.isDirectory(dir)) {
    diagnostics.push({ ...at, message: `module "${call.name}": folder ${dir} does not exist in the repository` });
    return undefined;
  }
  const names = reader.list(dir).filter((f) => TERRAFORM_FILE.test(f));
  if (names.length === 0) {
    diagnostics.push({ ...at, message: `module "${call.name}": folder ${dir} holds no Terraform files` });
    return undefined;
  }
  const out: ParsedFile[] = [];
  for (const file of names) {
    const read = reader.read(file);
    if ('error' in read) {
      diagnostics.push({ severity: 'warning', stage: 'infra', file, message: read.error });
      continue;
    }
    const parsed = await parse(file, read.text);
    if (parsed) out.push(parsed);
  }
  return out;
}

/**
 * Ids are `tf:<address>`. The same address in two root folders is two resources: the later root's
 * gets `tf:<address> (<root folder>)`.
 */
function assignIds(instances: Instance[], diagnostics: Diagnostic[]): void {
  const owners = new Map<string, Instance>();
  // Root folders are separate configurations (separate state): the same address in two is normal,
  // so it is said once for the whole repository, not once per resource.
  const renamed: Instance[] = [];
  for (const instance of instances) {
    const plain = `tf:${instance.prefix}${instance.block.address}`;
    const first = owners.get(plain);
    if (!first) {
      instance.id = plain;
      owners.set(plain, instance);
      continue;
    }
    instance.id = `${plain} (${instance.root})`;
    renamed.push(instance);
  }
  if (renamed.length === 0) return;
  const example = renamed[0]!;
  const roots = new Set(renamed.map((i) => i.root));
  diagnostics.push({
    severity: 'notice',
    stage: 'infra',
    file: example.block.file,
    line: example.block.line,
    message:
      `${renamed.length} address(es) repeat in ${roots.size} other root folder(s) (separate configurations): ` +
      `each later one is recorded with its folder, e.g. \`${example.id}\``,
  });
}

// ---------------------------------------------------------------- edges

function referenceEdges(instances: Instance[]): Edge[] {
  const byKey = new Map<string, Instance>();
  const key = (root: string, address: string) => `${root}\u0000${address}`;
  for (const i of instances) byKey.set(key(i.root, `${i.prefix}${i.block.address}`), i);
  const vias = new Map<string, { from: string; to: string; kind: Edge['kind']; via: Set<string> }>();
  for (const instance of instances) {
    for (const reading of instance.block.readings) {
      const targets = new Set<string>();
      for (const ref of reading.refs) for (const address of blockAddresses(ref, instance.folder)) targets.add(address);
      for (const address of targets) {
        const target = byKey.get(key(instance.root, `${instance.prefix}${address}`));
        if (!target || target === instance) continue;
        const k = `${instance.id}\u0000${reading.kind}\u0000${target.id}`;
        const entry = vias.get(k) ?? { from: instance.id, to: target.id, kind: reading.kind, via: new Set<string>() };
        entry.via.add(reading.attribute);
        vias.set(k, entry);
      }
    }
  }
  return [...vias.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, e]) => {
      const edge: Edge = { from: e.from, to: e.to, kind: e.kind };
      if (e.kind === 'reference') edge.via = [...e.via].sort(compareText).join(', ');
      return edge;
    });
}

/** The resource and module addresses a reference stands for: itself, or what a local's value names. */
function blockAddresses(ref: string, folder: TerraformFolder): string[] {
  if (ref.startsWith('var.') || ref.startsWith('data.')) return [];
  if (ref.startsWith('module.')) return [ref.split('.').slice(0, 2).join('.')];
  if (!ref.startsWith('local.')) return [ref];
  const out = new Set<string>();
  const seen = new Set<string>();
  const follow = (name: string) => {
    if (seen.has(name) || seen.size > 1000) return;
    seen.add(name);
    for (const r of folder.localRefs.get(name) ?? []) {
      if (r.startsWith('local.')) follow(r.slice(6));
      else for (const address of blockAddresses(r, folder)) out.add(address);
    }
  };
  follow(ref.slice(6));
  return [...out];
}

/**
 * Resource (`type.name`) and module (`module.name`) addresses an expression string names, read by
 * the expression parser: text outside `${…}` / `%{…}` is literal, and `for` iterators are not names.
 */
export function referencedAddresses(text: string): string[] {
  const found = new Set<string>();
  for (const t of templateTraversals(text).traversals) {
    const address = addressOf(t);
    if (!address || /^(?:var|local|data)\./.test(address)) continue;
    if (address.startsWith('module.') || t.root.includes('_')) found.add(address);
  }
  return [...found];
}

// ---------------------------------------------------------------- helpers

/** A folder whose files declare nothing (or did not parse) has no interface to document. */
function isEmpty(folder: TerraformFolder): boolean {
  const f = folder.facts;
  return (
    folder.blocks.size === 0 &&
    f.variables.length + f.outputs.length + f.providers.length + f.locals.length === 0 &&
    !f.backend &&
    f.requiredVersion === undefined
  );
}

function folderOf(file: string): string {
  const at = file.lastIndexOf('/');
  return at === -1 ? '.' : file.slice(0, at);
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message),
  );
}
