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

// One model for every kind of contract: OpenAPI (`http`), protobuf services (`grpc`), GraphQL SDL
// (`graphql`) and AsyncAPI (`async`). An operation is what a client calls or what travels on a
// channel; its `method` and `path` say how it is addressed in that protocol, so the docs, the
// grounding check and the system model read every protocol alike.

export type ApiProtocol = 'http' | 'grpc' | 'graphql' | 'async';

/** A spec's or operation's protocol; facts written before protocols existed hold OpenAPI's only. */
export function protocolOf(x: { protocol?: ApiProtocol }): ApiProtocol {
  return x.protocol ?? 'http';
}

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE' | 'QUERY';

/**
 * How an operation is addressed: an HTTP method; `RPC` for a gRPC method; the root type for a
 * GraphQL field (`QUERY`, `MUTATION`, `SUBSCRIPTION`); the application's action for AsyncAPI
 * (`SEND` it publishes, `RECEIVE` it consumes; 2.x `subscribe`/`publish` are mapped to these).
 */
export type OperationMethod = HttpMethod | 'RPC' | 'MUTATION' | 'SUBSCRIPTION' | 'SEND' | 'RECEIVE';

export interface ApiSpec {
  /**
   * `spec:<file>`: the OpenAPI/AsyncAPI document, the `.proto` file declaring services, the GraphQL
   * schema's first file.
   */
  id: string;
  protocol: ApiProtocol;
  file: string;
  /** GraphQL: the other files the schema is split over (the spec is all of them). */
  files?: string[];
  title: string;
  version: string;
  /** `3.1.0`, `2.0`; `proto3`, `proto2`, `editions 2023`; `SDL`; AsyncAPI's `3.0.0`. */
  specVersion: string;
  /** OpenAPI server URLs; AsyncAPI server hosts (`kafka://broker:9092`); the proto package. */
  servers: string[];
  source: SourceLocation;
}

export interface Parameter {
  name: string;
  /** `argument`: a GraphQL field argument. AsyncAPI channel-address parameters are `path`. */
  in: 'path' | 'query' | 'header' | 'cookie' | 'argument';
  required: boolean;
  type?: string;
  deprecated?: boolean;
  enum?: string[];
  /** GraphQL: an argument's default value, as written (`20`, `ASC`). */
  default?: string;
}

/**
 * The shape of a body, a message or a result: `type` names a schema of `api.schemas` (by its
 * `name`) or is a type label (`string`, `array<Order>`, GraphQL's `[Order!]!`); an inline object
 * lists its own `properties`.
 */
export interface SchemaRef {
  type: string;
  properties?: SchemaProperty[];
  /** oneOf/anyOf alternatives, by type. */
  oneOf?: string[];
}

export interface SchemaProperty {
  /** Nested inline objects are flattened with dots (`address.city`), array items with `[]` (`lines[].sku`). */
  name: string;
  type: string;
  required: boolean;
  nullable?: boolean;
  enum?: string[];
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  /** Protobuf: the field number; `repeated`/`optional`/`map` in `type` (`repeated string`). */
  number?: number;
  /** Protobuf: the `oneof` the field belongs to (proto3 `optional` is none). */
  oneof?: string;
  /** GraphQL: the field's arguments. */
  arguments?: Parameter[];
  source?: SourceLocation;
}

/** A named message, object, input or enum type of a contract: the vocabulary its operations speak. */
export interface ApiSchema {
  /** `schema:<file>#<name>`: the file it is defined in and its name (`shop.v1.Order` for protobuf). */
  id: string;
  name: string;
  protocol: ApiProtocol;
  /** `spec:<file>` of the document it belongs to. */
  spec: string;
  kind: 'object' | 'input' | 'enum' | 'union' | 'interface' | 'scalar' | 'array' | 'other';
  properties: SchemaProperty[];
  /** Enum values; union members. */
  values?: string[];
  /** GraphQL: the interfaces an object or interface type implements. */
  interfaces?: string[];
  /** Protobuf: reserved field numbers and names. */
  reserved?: (number | string)[];
  deprecated?: boolean;
  source: SourceLocation;
}

export interface ResponseFact {
  /** `200`, `4XX`, `default` … as written in the spec; `OK` for a gRPC reply; `data` for a GraphQL result. */
  status: string;
  description?: string;
  contentTypes: string[];
  schema?: SchemaRef;
  /** Response header names (`X-RateLimit-Remaining`, `Link`, `Retry-After`). */
  headers?: string[];
}

/** How a list operation pages: by a cursor, a page number, an offset, `Link` headers or GraphQL connections. */
export interface Pagination {
  style: 'cursor' | 'page' | 'offset' | 'link' | 'connection';
  /** The parameters (or headers) that carry it: `cursor`, `limit`, `page`, `per_page`, `Link`. */
  via: string[];
}

/** What the contract says about rate limits: the headers it returns, a 429 response, `Retry-After`. */
export interface RateLimit {
  headers: string[];
  tooManyRequests: boolean;
  retryAfter: boolean;
}

/** The error format: the statuses of error responses, the schemas they carry, RFC 9457 problem+json. */
export interface ErrorFormat {
  statuses: string[];
  schemas: string[];
  problemJson: boolean;
}

export interface Operation {
  /**
   * Stable across runs: `op:<METHOD> <path>` (HTTP, path as written), `rpc:<package.Service>/<Method>`,
   * `gql:<Query|Mutation|Subscription>.<field>`, `async:<send|receive> <channel>`, `webhook:<METHOD> <name>`.
   */
  id: string;
  protocol: ApiProtocol;
  method: OperationMethod;
  /** HTTP path; gRPC `/<package.Service>/<Method>`; GraphQL `Query.orders`; AsyncAPI channel address. */
  path: string;
  operationId?: string;
  summary?: string;
  /** OpenAPI tags; the gRPC service; the GraphQL root type; AsyncAPI tags. */
  tags: string[];
  /**
   * Effective security requirement (operation-level, else document-level): a list of
   * alternatives, each a list of scheme names that must all hold. `[]` means public.
   */
  security: string[][];
  parameters: Parameter[];
  requestBody?: { required: boolean; contentTypes: string[]; schema?: SchemaRef };
  responses: ResponseFact[];
  /** gRPC streaming; a GraphQL subscription is `server`. */
  streaming?: 'client' | 'server' | 'bidirectional';
  /** AsyncAPI: the messages the operation sends or receives. */
  messages?: { name: string; contentType?: string; payload?: SchemaRef }[];
  /** AsyncAPI: the channel's name, when it differs from its address. */
  channel?: string;
  /** An OpenAPI 3.1 `webhooks` entry (`path` is its name), or a `callbacks` entry of another operation. */
  outbound?: 'webhook' | 'callback';
  /** Names of the callbacks this operation registers. */
  callbacks?: string[];
  /** An `Idempotency-Key` (or similar) request header; methods idempotent by HTTP semantics need none. */
  idempotencyKey?: string;
  pagination?: Pagination;
  rateLimit?: RateLimit;
  errors?: ErrorFormat;
  /** `x-` extensions of the operation, as written. */
  extensions?: Record<string, unknown>;
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

/**
 * A change to a contract between the base and now that a client may feel, named like the tool of
 * its protocol names it: oasdiff's ids for OpenAPI (`api-path-removed-without-deprecation`), `buf
 * breaking`'s for protobuf (`RPC_NO_DELETE`), graphql-js's for GraphQL (`FIELD_REMOVED`).
 */
export interface ApiChange {
  rule: string;
  /** `error`: breaks clients; `warning`: may break some; `info`: worth knowing. */
  level: 'error' | 'warning' | 'info';
  protocol: ApiProtocol;
  /** The operation or schema it is about: the new side's id, the old side's when it was removed. */
  id: string;
  message: string;
  /** Where to annotate: the new side's file:line, the old side's for a removal. */
  source?: SourceLocation;
}

export interface ApiFacts {
  specs: ApiSpec[];
  operations: Operation[];
  securitySchemes: SecurityScheme[];
  /** Named schemas (messages, types) the operations refer to. */
  schemas?: ApiSchema[];
  /** Changes since the change base (a pull request's base, the previous run): filled by the pipeline, not stored. */
  changes?: ApiChange[];
}

// ---------------------------------------------------------------- Schema

export interface Column {
  /** `column:<schema>.<table>.<name>` */
  id: string;
  name: string;
  /**
   * The engine's own spelling of the type: PostgreSQL's `format_type` (`character varying(120)`),
   * SQLite's declared type, MySQL's column type (`varchar(120)`).
   */
  type: string;
  nullable: boolean;
  default?: string;
  /**
   * Filled by the database: a PostgreSQL identity column (`GENERATED ALWAYS|BY DEFAULT AS
   * IDENTITY`), a MySQL `AUTO_INCREMENT`.
   */
  identity?: 'always' | 'by default' | 'auto-increment';
  /** A generated (computed) column: its expression. */
  generated?: string;
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
  /** A partition: the id of the partitioned table it belongs to. */
  partitionOf?: string;
  /** A partitioned table (its rows live in its partitions). */
  partitioned?: boolean;
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
  /**
   * Present when the database holds no such constraint: the relation is declared to an ORM that
   * keeps it in application code (Prisma's `relationMode = "prisma"`), cited where that is set.
   */
  keptBy?: { client: string; source: SourceLocation };
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
  /**
   * Where its rollback is, when it has one: the `.down.sql` beside it (golang-migrate), or its
   * own file when a dbmate `-- migrate:down` / goose `-- +goose Down` section holds statements.
   */
  rollback?: string;
  /** What its applied statements changed, in order (failed statements changed nothing). */
  changes?: MigrationChange[];
}

/** One change a migration statement made: "create table `orders`", "rename column `a.b` to c". */
export interface MigrationChange {
  action: 'create' | 'drop' | 'rename' | 'alter' | 'data';
  what:
    | 'table'
    | 'view'
    | 'column'
    | 'index'
    | 'constraint'
    | 'type'
    | 'extension'
    | 'function'
    | 'trigger'
    | 'rows'
    | 'other';
  /** As written: `orders`, `public.orders`, `orders.cancel_reason`. */
  name: string;
  detail?: string;
}

/** The SQL dialect a schema was replayed in: PostgreSQL (PGlite), SQLite (sql.js) or MySQL/MariaDB. */
export type SqlDialect = 'postgres' | 'sqlite' | 'mysql';

export interface SchemaFacts {
  dialect: SqlDialect;
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
  /**
   * The deployment environment it belongs to, when its platform has several of the same objects:
   * a Kustomize overlay's or a Helm chart's repo-relative folder (`deploy/overlays/prod`).
   */
  environment?: string;
  /** Runs code someone deploys (a Compose service with an image/build, a Deployment …): gets a runbook. */
  deployable: boolean;
  image?: string;
  replicas?: number;
  ports: number[];
  /** Names (never values) of environment variables it is given. */
  env: string[];
  /**
   * Labels that identify it: a workload's pod template labels, else the object's own labels
   * (Kubernetes); a Compose service's `labels:`. Terraform components have none.
   */
  labels?: Record<string, string>;
  /** What a Service, PodDisruptionBudget or workload selects, as `key: value` pairs. */
  selector?: Record<string, string>;
  /** Health checks the platform runs: Kubernetes probes, a Compose `healthcheck`. */
  probes?: Probe[];
  /** CPU and memory the main container (not a sidecar) asks for and is capped at, as written (`250m`, `512Mi`). */
  resources?: Resources;
  /** On a HorizontalPodAutoscaler (or an autoscaling Terraform resource): the bounds it scales in. */
  autoscaling?: Autoscaling;
  /** On a PodDisruptionBudget: how many pods must stay up during voluntary disruptions. */
  disruptionBudget?: { minAvailable?: string; maxUnavailable?: string };
  /**
   * Hosts that literal environment values name (`DATABASE_URL=postgres://…@db:5432/x` → `db`,
   * `STRIPE_API=https://api.stripe.com` → `api.stripe.com`), whether or not they resolve to a
   * component here. Only the host, scheme and port: never credentials, paths or the whole value.
   */
  hosts?: EnvHost[];
  /** On an Ingress (or gateway route): the host/path routes and the Service each goes to. */
  routes?: Route[];
  /**
   * A few literal settings that say what a cloud resource is (Terraform: `engine`,
   * `engine_version`, `instance_class`, `node_type`, `multi_az`, `fifo_queue` …). Never
   * variables, never anything secret-shaped.
   */
  settings?: Record<string, string>;
  /**
   * Keys (never values) a ConfigMap or Secret holds, from `data`/`stringData`/`binaryData`, or a
   * generator's key names.
   */
  keys?: string[];
  /** Every container of a pod with more than one (sidecars, init containers): name, image, ports. */
  containers?: ContainerFact[];
  /** Compose `command` / Kubernetes `args` first word(s) that tell two roles of one image apart. */
  command?: string;
  source: SourceLocation;
}

export interface ContainerFact {
  name: string;
  image?: string;
  ports: number[];
  /** An init container runs to completion before the others start. */
  init?: boolean;
}

export interface Probe {
  /** Kubernetes probe kind, or `healthcheck` for Compose. */
  kind: 'liveness' | 'readiness' | 'startup' | 'healthcheck';
  type: 'http' | 'tcp' | 'grpc' | 'exec';
  /** For `http`. */
  path?: string;
  /** A number or a named container port, as written. */
  port?: number | string;
  /** For `exec`: the command as one line (`pg_isready -U shop`). */
  command?: string;
}

export interface Resources {
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
}

export interface Autoscaling {
  min?: number;
  max: number;
  /** What it scales on, e.g. `cpu 70%`. */
  metrics: string[];
}

export interface EnvHost {
  variable: string;
  host: string;
  /** Lower-cased URL scheme when the value is a URL (`postgres`, `https`, `amqp`). */
  scheme?: string;
  port?: number;
}

export interface Route {
  host: string;
  path: string;
  /** The backend Service name. */
  service: string;
  port?: number | string;
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
  /** Terraform's module interface (variables, outputs, providers, module calls), per module folder. */
  terraform?: TerraformFacts;
}

// ---------------------------------------------------------------- System model

/**
 * What a logical component is, in the vocabulary of an architecture diagram (C4 containers,
 * Backstage component and resource types).
 */
export type SystemRole = 'service' | 'datastore' | 'cache' | 'queue' | 'bucket' | 'gateway' | 'external' | 'job';

/**
 * Why the model says what it says: the fact ids behind an inference and, in words, the rule that
 * drew it (`same image ghcr.io/acme/orders`, `DATABASE_URL names db`).
 */
export interface Evidence {
  facts: string[];
  rule: string;
}

/**
 * One logical part of the system: a service deployed on several platforms is one component; its
 * ServiceAccounts, NetworkPolicies, ConfigMaps and Secrets are folded into `supporting`.
 */
export interface SystemComponent {
  /** `system:<slug>` — stable across runs while the name is. */
  id: string;
  name: string;
  role: SystemRole;
  /** The technology when the sources say it: `postgres`, `redis`, `kafka`, `s3`, `stripe` … */
  technology?: string;
  /** Raw infra component ids merged into this one (empty for an external known only by a host). */
  runsAs: string[];
  /** Supporting raw objects folded into it (ServiceAccount, NetworkPolicy, ConfigMap, Secret …). */
  supporting: string[];
  /**
   * What it provides when the sources show it: `spec:<file>` ids for a service that serves an API,
   * `migrations:<dir>` ids for a datastore holding a migration set.
   */
  provides: string[];
  /** Host names it is reached at (externals; services behind an ingress host). */
  hosts: string[];
  /** The grouping a large diagram splits by: a Kubernetes namespace, a `services/<name>` domain … */
  group?: string;
  evidence: Evidence[];
}

export interface SystemEdge {
  from: string;
  to: string;
  /** How the sources connect them: `env DATABASE_URL`, `depends_on`, `route shop.example.com/`, `terraform …`. */
  via: string;
  /** The port or protocol, when the connection shows it (`postgres:5432`, `https`). */
  protocol?: string;
  /** Raw fact ids (edges are not facts with ids: the two components' ids and the source file). */
  evidence: string[];
}

export interface SystemModel {
  components: SystemComponent[];
  edges: SystemEdge[];
  /** What the sources do not show (no service serves the API spec, no datastore holds migrations …). */
  unknowns: string[];
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
  modelVersion: 3;
  inputs: InputFile[];
  api: ApiFacts;
  schema: SchemaFacts;
  infra: InfraFacts;
  /** The logical system derived from `api`, `schema` and `infra` by the system stage. */
  system: SystemModel;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export function emptyFacts(): FactModel {
  return {
    modelVersion: 3,
    inputs: [],
    api: { specs: [], operations: [], securitySchemes: [] },
    schema: { dialect: 'postgres', migrations: [], tables: [], foreignKeys: [], indexes: [], enums: [] },
    infra: { components: [], edges: [] },
    system: { components: [], edges: [], unknowns: [] },
    findings: [],
    diagnostics: [],
  };
}

// ---------------------------------------------------------------- Terraform modules

/**
 * What each Terraform module folder declares, the way terraform-docs documents a module. Addresses
 * are relative to the folder (`aws_vpc.main`, `data.aws_ami.ubuntu`, `module.vpc`, `var.region`,
 * `local.tags`, `output.vpc_id`): one folder may be called by several module blocks.
 */
export interface TerraformFacts {
  /** Sorted by folder. */
  modules: TerraformModuleFacts[];
}

export interface TerraformModuleFacts {
  /** Repo-relative folder (`.` for the repository root). */
  module: string;
  /** Whether a module block of this repository calls it (else it is a root module). */
  called: boolean;
  requiredVersion?: string;
  /** The backend's type only (`s3`); its settings are never kept. */
  backend?: { type: string; source: SourceLocation };
  variables: TerraformVariable[];
  outputs: TerraformOutput[];
  providers: TerraformProvider[];
  moduleCalls: TerraformModuleCall[];
  /** Resources and data sources, with what each refers to. */
  resources: TerraformResource[];
  locals: TerraformLocal[];
}

export interface TerraformVariable {
  name: string;
  /** The type constraint as written: `string`, `map(object({ a = string }))`. */
  type?: string;
  description?: string;
  hasDefault: boolean;
  /**
   * The default as HCL-ish JSON text (`"eu-west-1"`, `3`, `["a","b"]`). Absent when there is none
   * and when it is withheld: a `sensitive` variable, a secret-like name (`db_password`), a
   * secret-like key inside it, or a value that looks like a secret.
   */
  default?: string;
  /** A default exists but is not shown (see `default`). */
  defaultWithheld?: true;
  sensitive: boolean;
  nullable?: boolean;
  /** How many `validation` blocks check it. */
  validations: number;
  /** Addresses in the folder that read it (`aws_db_instance.main`, `output.url`, `local.name`). */
  usedBy: string[];
  source: SourceLocation;
}

export interface TerraformOutput {
  name: string;
  description?: string;
  sensitive: boolean;
  /** What its value refers to: `module.vpc`, `aws_vpc.main`, `var.x`, `data.t.n`, `local.y`. */
  references: string[];
  source: SourceLocation;
}

export interface TerraformProvider {
  /** The local name (`aws`). */
  name: string;
  /** `required`: a `required_providers` entry; `configured`: a `provider` block. */
  declaredBy: 'required' | 'configured';
  /** `required`: the registry address (`hashicorp/aws`). */
  providerSource?: string;
  /** `required`: the version constraint (`~> 5.0`). */
  version?: string;
  /** `configured`: the alias of a second configuration (`east`). */
  alias?: string;
  source: SourceLocation;
}

export interface TerraformModuleCall {
  name: string;
  /** The `source` as written (credentials dropped). */
  moduleSource: string;
  sourceKind: 'local' | 'registry' | 'git' | 'mercurial' | 'http' | 's3' | 'gcs' | 'unknown';
  /** Local sources: the repo-relative folder read for it. */
  folder?: string;
  /** Registry sources: `namespace/name/provider`. */
  registry?: string;
  version?: string;
  /** `count` / `for_each` when the call is repeated. */
  repeat?: 'count' | 'for_each';
  /** Names (never values) of the inputs it passes. */
  inputs: string[];
  references: string[];
  source: SourceLocation;
}

export interface TerraformResource {
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  repeat?: 'count' | 'for_each';
  references: string[];
  source: SourceLocation;
}

export interface TerraformLocal {
  name: string;
  references: string[];
  source: SourceLocation;
}
