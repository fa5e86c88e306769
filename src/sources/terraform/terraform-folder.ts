// One Terraform module folder read into what it declares: its resources, data sources and module
// calls (the blocks that may become components), and its interface as terraform-docs shows it
// (variables, outputs, providers, backend, locals). Every expression is read once here, per
// folder, into the addresses it refers to (relative to the folder: `aws_vpc.main`, `var.region`,
// `data.aws_ami.ubuntu`, `module.vpc`, `local.tags`); a folder called by two module blocks is
// instantiated twice from this one reading.
//
// Values are read only where they say what something is (a module's source and version, a
// provider's source and version constraint, a variable's default when nothing about it looks
// secret). A backend's and a provider block's settings are never kept.

import type {
  Diagnostic,
  TerraformLocal,
  TerraformModuleCall,
  TerraformModuleFacts,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformVariable,
} from '../../facts/model.js';
import { classifyKey, redactSecrets } from '../../redaction/redact-secrets.js';
import { lineOf, type PositionIndex } from './block-positions.js';
import { templateTraversals, type Traversal } from './hcl-expression.js';
import { type ModuleSource, moduleSource } from './module-source.js';
import { asRecord, type Json } from './parse-terraform-file.js';

export interface ParsedFile {
  file: string;
  config: Json;
  positions: PositionIndex;
}

/** What one attribute of a block refers to. */
export interface Reading {
  /** The attribute path: `vpc_id`, `ingress.security_groups`, `environment.variables.BUCKET`. */
  attribute: string;
  kind: 'reference' | 'depends_on';
  /** Declared addresses it names; a module's with the output read (`module.vpc.vpc_id`). */
  refs: string[];
}

/** Where a block is: its file and line, and its path in the file's position index. */
export interface Place {
  file: string;
  line: number;
  positions: PositionIndex;
  path: string[];
}

export interface FolderBlock {
  /** Relative to the folder: `aws_vpc.main`, `data.aws_ami.ubuntu`, `module.vpc`. */
  address: string;
  mode: 'managed' | 'data' | 'module';
  /** The resource type, or `module`. */
  type: string;
  name: string;
  body: Json;
  file: string;
  line: number;
  place: Place;
  readings: Reading[];
  /** Module blocks: where their source points. */
  moduleSource?: ModuleSource;
}

export interface TerraformFolder {
  dir: string;
  /** Resources, data sources and module calls by address, first declaration only. */
  blocks: Map<string, FolderBlock>;
  /** Each local's references, to follow `local.x` through to the blocks it names. */
  localRefs: Map<string, string[]>;
  facts: Omit<TerraformModuleFacts, 'called'>;
}

/** Traversal roots that never name a block (`each.value`, `count.index`, `path.module` …). */
const NOT_BLOCKS = new Set(['each', 'count', 'self', 'path', 'terraform']);
/** Module block arguments that are Terraform's own, not inputs of the module. */
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

export function readFolder(dir: string, files: ParsedFile[], diagnostics: Diagnostic[]): TerraformFolder {
  const blocks = collectBlocks(files, diagnostics);
  const declared = declaredNames(files);
  for (const address of blocks.keys()) declared.add(address);
  const reader = new ExpressionReader(declared, diagnostics);

  for (const block of blocks.values()) {
    block.readings = reader.readings(block.body, block.place, block.address);
  }
  const localRefs = new Map<string, string[]>();
  const locals: TerraformLocal[] = [];
  const variables: TerraformVariable[] = [];
  const outputs: TerraformOutput[] = [];
  const providers: TerraformProvider[] = [];
  let requiredVersion: string | undefined;
  let backend: TerraformModuleFacts['backend'];
  // Who reads each variable: the blocks, outputs, locals and provider configurations that name it.
  const users = new Map<string, Set<string>>();
  const use = (user: string, refs: string[]) => {
    for (const ref of refs) if (ref.startsWith('var.')) setOf(users, ref.slice(4)).add(user);
  };
  for (const block of blocks.values())
    use(
      block.address,
      block.readings.flatMap((r) => r.refs),
    );

  for (const { file, config, positions } of files) {
    for (const body of bodiesIn(config.locals)) {
      for (const [name, value] of Object.entries(body)) {
        const line = lineOf(positions, ['locals', name]);
        const at = { file, line, positions, path: ['locals', name] };
        const refs = unique(reader.readings(value, at, `local.${name}`).flatMap((r) => r.refs));
        if (!localRefs.has(name)) {
          localRefs.set(name, refs);
          locals.push({ name, references: refs, source: { file, line } });
        }
        use(`local.${name}`, refs);
      }
    }
    for (const [name, value] of entriesOf(config.variable)) {
      const body = firstBody(value) ?? {};
      variables.push(variableOf(name, body, { file, line: lineOf(positions, ['variable', name]) }));
    }
    for (const [name, value] of entriesOf(config.output)) {
      const body = firstBody(value) ?? {};
      const line = lineOf(positions, ['output', name]);
      const at = { file, line, positions, path: ['output', name] };
      const refs = unique(reader.readings(body, at, `output.${name}`).flatMap((r) => r.refs));
      use(`output.${name}`, refs);
      const output: TerraformOutput = {
        name,
        sensitive: body.sensitive === true,
        references: refs,
        source: { file, line },
      };
      if (typeof body.description === 'string') output.description = body.description;
      outputs.push(output);
    }
    for (const [name, value] of entriesOf(config.provider)) {
      bodiesIn(value).forEach((body, nth) => {
        const line = lineOf(positions, ['provider', name], nth);
        const provider: TerraformProvider = { name, declaredBy: 'configured', source: { file, line } };
        if (typeof body.alias === 'string') provider.alias = body.alias;
        providers.push(provider);
        const at = { file, line, positions, path: ['provider', name] };
        use(`provider.${provider.alias ? `${name}.${provider.alias}` : name}`, refsOf(reader, body, at));
      });
    }
    for (const terraform of bodiesIn(config.terraform)) {
      if (typeof terraform.required_version === 'string' && requiredVersion === undefined)
        requiredVersion = terraform.required_version;
      for (const [type] of entriesOf(terraform.backend)) {
        backend ??= { type, source: { file, line: lineOf(positions, ['terraform', 'backend', type]) } };
      }
      if (terraform.cloud !== undefined)
        backend ??= { type: 'cloud', source: { file, line: lineOf(positions, ['terraform', 'cloud']) } };
      for (const required of bodiesIn(terraform.required_providers)) {
        for (const [name, spec] of Object.entries(required)) {
          const line = lineOf(positions, ['terraform', 'required_providers', name]);
          const provider: TerraformProvider = { name, declaredBy: 'required', source: { file, line } };
          const record = asRecord(spec);
          if (typeof spec === 'string') provider.version = spec; // Terraform 0.12's `aws = "~> 2.0"`
          if (typeof record?.source === 'string') provider.providerSource = record.source;
          if (typeof record?.version === 'string') provider.version = record.version;
          providers.push(provider);
        }
      }
    }
  }
  for (const v of variables)
    v.usedBy = [...(users.get(v.name) ?? [])].filter((u) => u !== `var.${v.name}`).sort(compareText);

  const facts: Omit<TerraformModuleFacts, 'called'> = {
    module: dir,
    variables: sortBy(variables, (v) => v.name),
    outputs: sortBy(outputs, (o) => o.name),
    providers: sortBy(providers, (p) => `${p.name}\u0000${p.declaredBy}\u0000${p.alias ?? ''}`),
    moduleCalls: sortBy([...blocks.values()].filter((b) => b.mode === 'module').map(moduleCallOf), (m) => m.name),
    resources: sortBy([...blocks.values()].filter((b) => b.mode !== 'module').map(resourceOf), (r) => r.address),
    locals: sortBy(locals, (l) => l.name),
  };
  if (requiredVersion !== undefined) facts.requiredVersion = requiredVersion;
  if (backend) facts.backend = backend;
  moduleSourceDiagnostics(blocks, diagnostics);
  return { dir, blocks, localRefs, facts };
}

// ---------------------------------------------------------------- blocks

function collectBlocks(files: ParsedFile[], diagnostics: Diagnostic[]): Map<string, FolderBlock> {
  const blocks = new Map<string, FolderBlock>();
  const add = (block: FolderBlock) => {
    const first = blocks.get(block.address);
    if (first) {
      diagnostics.push({
        severity: 'warning',
        stage: 'infra',
        file: block.file,
        line: block.line,
        message:
          `${block.address} is declared again (first in ${first.file}:${first.line}); ` +
          `only the first is documented`,
      });
      return;
    }
    blocks.set(block.address, block);
  };
  for (const { file, config, positions } of files) {
    const dir = folderOf(file);
    for (const [keyword, mode] of [
      ['resource', 'managed'],
      ['data', 'data'],
    ] as const) {
      for (const [type, byName] of entriesOf(config[keyword])) {
        for (const [name, bodies] of entriesOf(byName)) {
          const body = firstBody(bodies);
          if (!body) continue;
          const address = mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
          const path = [keyword, type, name];
          const line = lineOf(positions, path);
          add({ address, mode, type, name, body, file, line, place: { file, line, positions, path }, readings: [] });
        }
      }
    }
    for (const [name, bodies] of entriesOf(config.module)) {
      const body = firstBody(bodies);
      if (!body) continue;
      const path = ['module', name];
      const line = lineOf(positions, path);
      const block: FolderBlock = {
        address: `module.${name}`,
        mode: 'module',
        type: 'module',
        name,
        body,
        file,
        line,
        place: { file, line, positions, path },
        readings: [],
      };
      if (typeof body.source === 'string') block.moduleSource = moduleSource(body.source, dir);
      add(block);
    }
  }
  return blocks;
}

/** `var.x`, `local.y` for every variable and local the folder declares. */
function declaredNames(files: ParsedFile[]): Set<string> {
  const names = new Set<string>();
  for (const { config } of files) {
    for (const [name] of entriesOf(config.variable)) names.add(`var.${name}`);
    for (const body of bodiesIn(config.locals)) for (const name of Object.keys(body)) names.add(`local.${name}`);
  }
  return names;
}

function moduleCallOf(block: FolderBlock): TerraformModuleCall {
  const source = block.moduleSource;
  const call: TerraformModuleCall = {
    name: block.name,
    moduleSource: source?.text ?? '',
    sourceKind: source?.kind ?? 'unknown',
    inputs: Object.keys(block.body)
      .filter((k) => !MODULE_META.has(k))
      .sort(compareText),
    references: unique(block.readings.flatMap((r) => r.refs)),
    source: { file: block.file, line: block.line },
  };
  if (source?.folder) call.folder = source.folder;
  if (source?.registry)
    call.registry = `${source.registry.namespace}/${source.registry.name}/${source.registry.provider}`;
  if (typeof block.body.version === 'string') call.version = block.body.version;
  const repeat = repeatOf(block.body);
  if (repeat) call.repeat = repeat;
  return call;
}

function resourceOf(block: FolderBlock): TerraformResource {
  const resource: TerraformResource = {
    address: block.address,
    mode: block.mode === 'data' ? 'data' : 'managed',
    type: block.type,
    name: block.name,
    references: unique(block.readings.flatMap((r) => r.refs)),
    source: { file: block.file, line: block.line },
  };
  const repeat = repeatOf(block.body);
  if (repeat) resource.repeat = repeat;
  return resource;
}

function repeatOf(body: Json): 'count' | 'for_each' | undefined {
  return body.for_each !== undefined ? 'for_each' : body.count !== undefined ? 'count' : undefined;
}

function moduleSourceDiagnostics(blocks: Map<string, FolderBlock>, diagnostics: Diagnostic[]): void {
  for (const block of blocks.values()) {
    if (block.mode !== 'module') continue;
    const at = { severity: 'warning' as const, stage: 'infra' as const, file: block.file, line: block.line };
    const source = block.moduleSource;
    if (!source) diagnostics.push({ ...at, message: `module "${block.name}" has no literal \`source\`; not read` });
    else if (source.text.includes('${'))
      diagnostics.push({ ...at, message: `module "${block.name}": \`source\` must be a literal; not read` });
    else if (source.kind === 'local' && !source.folder)
      diagnostics.push({
        ...at,
        message: `module "${block.name}": source ${source.text} leaves the repository; not read`,
      });
  }
}

// ---------------------------------------------------------------- variables

function variableOf(name: string, body: Json, source: { file: string; line: number }): TerraformVariable {
  const sensitive = body.sensitive === true;
  const variable: TerraformVariable = {
    name,
    hasDefault: Object.hasOwn(body, 'default'),
    sensitive,
    validations: bodiesIn(body.validation).length,
    usedBy: [],
    source,
  };
  if (body.type !== undefined) variable.type = unwrapExpression(body.type);
  if (typeof body.description === 'string') variable.description = body.description;
  if (typeof body.nullable === 'boolean') variable.nullable = body.nullable;
  if (variable.hasDefault) {
    const text = defaultText(body.default);
    // Withheld whenever anything about it looks secret: the flag, the name, a key inside an
    // object default, or the value itself as the redaction rules judge it.
    if (sensitive || classifyKey(name) || hasSecretKey(body.default, 0) || redactSecrets(text).redactions.length > 0)
      variable.defaultWithheld = true;
    else variable.default = text;
  }
  return variable;
}

/** hcl2json writes a type constraint as an expression (`${map(string)}`): the text as written. */
function unwrapExpression(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const m = /^\$\{([\s\S]*)\}$/.exec(value);
  return m ? m[1]!.trim() : value;
}

function defaultText(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

function hasSecretKey(value: unknown, depth: number): boolean {
  if (depth > 20) return true; // too deep to judge: withhold
  if (Array.isArray(value)) return value.some((v) => hasSecretKey(v, depth + 1));
  const record = asRecord(value);
  if (!record) return false;
  return Object.entries(record).some(([k, v]) => classifyKey(k) !== null || hasSecretKey(v, depth + 1));
}

// ---------------------------------------------------------------- expressions

class ExpressionReader {
  constructor(
    private readonly declared: Set<string>,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** What each attribute under `value` refers to, declared names only. */
  readings(value: unknown, at: Place, owner: string): Reading[] {
    const out: Reading[] = [];
    for (const [attribute, text, bound] of expressionStrings(value, '', [], 0)) {
      const reading = templateTraversals(text, bound);
      if (reading.error)
        this.diagnostics.push({
          severity: 'warning',
          stage: 'infra',
          file: at.file,
          line: attributeLine(at, attribute),
          message:
            `could not read the expression of \`${attribute || owner}\` in ${owner}: ${reading.error}; ` +
            `references after that point are left out`,
        });
      const refs: string[] = [];
      for (const t of reading.traversals) {
        const address = addressOf(t);
        if (address === undefined || !this.declared.has(address)) continue;
        // A module's output is named too (`module.vpc.vpc_id`): the docs say which output is read.
        const output = t.root === 'module' ? t.steps[1] : undefined;
        refs.push(output && !output.startsWith('[') ? `${address}.${output}` : address);
      }
      if (refs.length === 0) continue;
      out.push({ attribute, kind: attribute === 'depends_on' ? 'depends_on' : 'reference', refs: unique(refs) });
    }
    return out;
  }
}

/** The address a traversal starts with: `var.x`, `local.y`, `data.t.n`, `module.m`, `t.n`. */
export function addressOf(t: Traversal): string | undefined {
  const [first, second] = t.steps;
  const named = (s: string | undefined): s is string => s !== undefined && !s.startsWith('[');
  if (NOT_BLOCKS.has(t.root) || !named(first)) return undefined;
  if (t.root === 'var' || t.root === 'local' || t.root === 'module') return `${t.root}.${first}`;
  if (t.root === 'data') return named(second) ? `data.${first}.${second}` : undefined;
  return `${t.root}.${first}`;
}

/**
 * Every string in a body with the attribute path it sits at (`ingress.cidr_blocks`; list
 * indexes dropped) and the names bound there: inside `dynamic "ingress" { content { … } }`,
 * `ingress` (or its `iterator`) is the iterator, not a reference.
 */
function expressionStrings(
  value: unknown,
  path: string,
  bound: string[],
  depth: number,
): Array<[string, string, string[]]> {
  if (depth > 64) return [];
  if (typeof value === 'string') return value.includes('${') || value.includes('%{') ? [[path, value, bound]] : [];
  if (Array.isArray(value)) return value.flatMap((v) => expressionStrings(v, path, bound, depth + 1));
  const record = asRecord(value);
  if (!record) return [];
  const join = (key: string) => (path === '' ? key : `${path}.${key}`);
  return Object.entries(record).flatMap(([key, v]) => {
    if (key !== 'dynamic' || !asRecord(v)) return expressionStrings(v, join(key), bound, depth + 1);
    return entriesOf(v).flatMap(([label, bodies]) =>
      bodiesIn(bodies).flatMap((body) => {
        const iterator = typeof body.iterator === 'string' ? body.iterator : label;
        const { content, ...rest } = body;
        return [
          ...expressionStrings(rest, join(label), bound, depth + 1),
          ...expressionStrings(content, join(label), [...bound, iterator], depth + 1),
        ];
      }),
    );
  });
}

function refsOf(reader: ExpressionReader, body: Json, at: Place): string[] {
  return unique(reader.readings(body, at, 'provider').flatMap((r) => r.refs));
}

/** The line of an attribute (`ingress.cidr_blocks`) of the block at `at`, else the block's line. */
function attributeLine(at: Place, attribute: string): number {
  const steps = attribute === '' ? [] : attribute.split('.');
  for (let n = steps.length; n > 0; n--) {
    const lines = at.positions.lines([...at.path, ...steps.slice(0, n)]);
    if (lines.length === 1) return lines[0]!;
  }
  return at.line;
}

// ---------------------------------------------------------------- helpers

/** hcl2json writes `{ type: { name: [body] } }`; JSON syntax may write a body object directly. */
export function entriesOf(value: unknown): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap((v) => entriesOf(v));
  return Object.entries(asRecord(value) ?? {});
}

function firstBody(value: unknown): Json | undefined {
  return Array.isArray(value) ? asRecord(value[0]) : asRecord(value);
}

function bodiesIn(value: unknown): Json[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(asRecord).filter((b): b is Json => b !== undefined);
}

function folderOf(file: string): string {
  const at = file.lastIndexOf('/');
  return at === -1 ? '.' : file.slice(0, at);
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  const found = map.get(key);
  if (found) return found;
  const set = new Set<V>();
  map.set(key, set);
  return set;
}

function unique(list: string[]): string[] {
  return [...new Set(list)].sort(compareText);
}

function sortBy<T>(list: T[], key: (t: T) => string): T[] {
  return list.sort((a, b) => compareText(key(a), key(b)));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
