// The fact model: the one hub every source feeds and every doc, diff, finding and grounding
// check reads. Every fact carries a stable id (so state, diffs and prompts can point at it
// across runs) and the place it came from (so docs and diagnostics can cite file:line).

/** Where a fact was read from. `file` is relative to the repository root, with `/` separators. */
export interface SourceLocation {
  file: string;
  line: number;
}

export type Severity = 'error' | 'warning' | 'notice';

/** Something that could not be read or understood. The run goes on with the rest. */
export interface Diagnostic {
  severity: Severity;
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** Which stage produced it: helps a reader know where to look. */
  stage: 'config' | 'discovery' | 'openapi' | 'migrations' | 'infra' | 'docs' | 'publish';
}

// ---------------------------------------------------------------- API

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE' | 'QUERY';

export interface ApiSpec {
  /** `spec:<file>` */
  id: string;
  file: string;
  title: string;
  version: string;
  /** The document's `openapi` / `swagger` version string. */
  specVersion: string;
  servers: string[];
  source: SourceLocation;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  type?: string;
}

export interface ResponseFact {
  /** `200`, `4XX`, `default` … as written in the spec. */
  status: string;
  description?: string;
  contentTypes: string[];
}

export interface Operation {
  /** `op:<METHOD> <path>` — path exactly as written in the spec. */
  id: string;
  method: HttpMethod;
  path: string;
  operationId?: string;
  summary?: string;
  tags: string[];
  /**
   * Effective security requirement (operation-level, else document-level): a list of
   * alternatives, each a list of scheme names that must all hold. `[]` means public.
   */
  security: string[][];
  parameters: Parameter[];
  requestBody?: { required: boolean; contentTypes: string[] };
  responses: ResponseFact[];
  deprecated: boolean;
  /** `spec:<file>` of the document it belongs to. */
  spec: string;
  source: SourceLocation;
}

export interface SecurityScheme {
  /** `scheme:<name>` */
  id: string;
  name: string;
  /** `http`, `apiKey`, `oauth2`, `openIdConnect`, `mutualTLS` (2.0 `basic` maps to `http`). */
  type: string;
  /** For `http`: `bearer`, `basic` …; for `apiKey`: where it goes (`header: X-Api-Key`). */
  detail?: string;
  spec: string;
  source: SourceLocation;
}

export interface ApiFacts {
  specs: ApiSpec[];
  operations: Operation[];
  securitySchemes: SecurityScheme[];
}

// ---------------------------------------------------------------- Schema

export interface Column {
  /** `column:<schema>.<table>.<name>` */
  id: string;
  name: string;
  /** PostgreSQL's own formatting of the type (`format_type`), e.g. `character varying(120)`. */
  type: string;
  nullable: boolean;
  default?: string;
}

export interface Table {
  /** `table:<schema>.<name>` */
  id: string;
  schema: string;
  name: string;
  kind: 'table' | 'view';
  columns: Column[];
  primaryKey: string[];
  comment?: string;
  /** The migration statement that created it (or last renamed it). */
  source?: SourceLocation;
}

export interface ForeignKey {
  /** `fk:<schema>.<table>(<cols>)-><schema>.<table>(<cols>)` */
  id: string;
  name: string;
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
  /** tbls' rule: the child side is 0..1 when the FK columns are unique, else 0..n. */
  childCardinality: 'zero-or-one' | 'zero-or-more';
  /** Exactly one parent when every FK column is NOT NULL, else zero or one. */
  parentCardinality: 'exactly-one' | 'zero-or-one';
}

export interface Index {
  /** `index:<schema>.<name>` */
  id: string;
  name: string;
  /** `table:<schema>.<name>` */
  table: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
  definition: string;
}

export interface EnumType {
  /** `enum:<schema>.<name>` */
  id: string;
  schema: string;
  name: string;
  values: string[];
}

export interface Migration {
  /** `migration:<file>` */
  id: string;
  file: string;
  /** Position in replay order, from 1. */
  order: number;
  statements: number;
  /** Statements that failed to apply (each also has a diagnostic). */
  failed: number;
}

export interface SchemaFacts {
  dialect: 'postgres';
  migrations: Migration[];
  tables: Table[];
  foreignKeys: ForeignKey[];
  indexes: Index[];
  enums: EnumType[];
}

// ---------------------------------------------------------------- Infrastructure

/** Name of the source kind a component was read from (`compose`, `kubernetes`, `terraform` …). */
export type Platform = string;

export interface Component {
  /**
   * `compose:service/<name>`, `k8s:<Kind>/<namespace>/<name>`, `tf:<type>.<name>`.
   */
  id: string;
  platform: Platform;
  /** `service` for Compose; the Kubernetes kind; the Terraform resource type. */
  kind: string;
  name: string;
  namespace?: string;
  /** Runs code someone deploys (a Compose service with an image/build, a Deployment …): gets a runbook. */
  deployable: boolean;
  image?: string;
  replicas?: number;
  ports: number[];
  /** Names (never values) of environment variables it is given. */
  env: string[];
  source: SourceLocation;
}

export interface Edge {
  from: string;
  to: string;
  /** `depends_on`, `selects` (Service → workload), `env` (a variable names the other), `reference` (Terraform). */
  kind: 'depends_on' | 'selects' | 'env' | 'reference';
  /** A short human note, e.g. the variable name for `env` edges. */
  via?: string;
}

export interface InfraFacts {
  components: Component[];
  edges: Edge[];
}

// ---------------------------------------------------------------- Findings

/**
 * A risk computed deterministically from the sources (squawk / kube-score / Spectral style
 * rules): the architect's review checklist, and a table in the docs.
 */
export interface Finding {
  /** `finding:<rule>@<file>:<line>` */
  id: string;
  rule: string;
  severity: 'high' | 'medium' | 'low';
  message: string;
  /** The facts it is about. */
  factIds: string[];
  /** The lock a migration statement takes, where that is the risk. */
  lock?: string;
  source: SourceLocation;
}

// ---------------------------------------------------------------- The whole model

export interface InputFile {
  file: string;
  /** Name of the source kind that reads it (`openapi`, `migration`, `compose` …). */
  kind: string;
  sha256: string;
  /**
   * Read by an extractor through a reference from another input (an OpenAPI `$ref`), not found
   * by discovery: the next run re-hashes it from this list, since discovery cannot find it.
   */
  referenced?: true;
}

export interface FactModel {
  /** Bumped when the shape changes; a state file with another version is ignored. */
  modelVersion: 2;
  inputs: InputFile[];
  api: ApiFacts;
  schema: SchemaFacts;
  infra: InfraFacts;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export function emptyFacts(): FactModel {
  return {
    modelVersion: 2,
    inputs: [],
    api: { specs: [], operations: [], securitySchemes: [] },
    schema: { dialect: 'postgres', migrations: [], tables: [], foreignKeys: [], indexes: [], enums: [] },
    infra: { components: [], edges: [] },
    findings: [],
    diagnostics: [],
  };
}
