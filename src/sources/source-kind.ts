import type { ApiFacts, Component, Diagnostic, Finding, InfraFacts, SchemaFacts } from '../facts/model.js';
import type { SourcesConfig } from '../config/config-schema.js';
import type { CommandMentions } from '../checks/grounding/mention-collector.js';
import type { Extracted } from './extract-result.js';

// The contract every kind of source implements, in its own folder under src/sources/. Discovery,
// extraction, the docs' platform names and diagrams, and the pull-request body loop over the
// registry (registry.ts) instead of naming kinds, so a new kind is one folder plus one line there.
// A kind's module must stay light: its parser is imported inside `extract`, so a run whose inputs
// did not change never loads it.

/** A file discovery offers to the kinds: its path and decoded text (BOM and CRLF already gone). */
export interface CandidateFile {
  file: string;
  base: string;
  text: string;
  /** The first 64 KiB: what content sniffing looks at. */
  head: string;
}

/** A kind's answer for one file: claim it, leave it, or leave it with a notice saying why. */
export type Detection = boolean | { skip: string };

export interface ExtractInput {
  repoRoot: string;
  /** The files discovery gave this kind, sorted. */
  files: string[];
  text(file: string): string;
  /** The config file's `sources` settings (a kind reads the keys it owns). */
  settings: SourcesConfig;
}

/** What a kind adds to the fact model; the extraction stage merges every kind's part. */
export interface FactContribution {
  api?: ApiFacts;
  schema?: SchemaFacts;
  infra?: InfraFacts;
  /** Risks only this kind can see (a migration statement's lock, say). */
  findings?: Finding[];
}

/** How the docs show the components a kind yields (kinds that yield none leave this out). */
export interface ComponentPresentation {
  /** Platform name in tables and diagram subgraphs: `Docker Compose`. */
  title: string;
  /** The name in a diagram node, after the kind: `shop/orders` for a namespaced object. */
  diagramName(c: Component): string;
  /** A short reference in dependency tables: `compose/web`, `Deployment/shop/orders`. */
  reference(c: Component): string;
  /** How a runbook names the deployment: `compose service web`, `Deployment shop/orders`. */
  deployedAs(c: Component): string;
}

/** What `select` keeps of a kind's files, and why it dropped the others. */
export interface Selected {
  files: string[];
  diagnostics: Diagnostic[];
}

export interface SourceKind {
  /** Stable name: `InputFile.kind` and `Component.platform` hold it. */
  name: string;
  /** What the docs call its files: `OpenAPI descriptions`. */
  label: string;
  /** The stage its diagnostics are reported under. */
  stage: Diagnostic['stage'];
  /** The area of the system its facts describe, for the overview's "read from" column. */
  area: 'api' | 'data' | 'infrastructure';
  /** The config file's glob list that hands files to this kind. */
  configKey: keyof Pick<SourcesConfig, 'openapi' | 'contracts' | 'migrations' | 'infra'>;
  /** Names of the files it may claim: a file no kind names is never read (unless a glob forces it). */
  fileName: RegExp;
  /** Whether a glob in `configKey` names a file or a folder holding it. */
  forcedBy?(file: string, matches: (path: string) => boolean): boolean;
  /**
   * Claims a file? `forced` when the kind's config glob names it. Kinds are asked in registry
   * order, forced claims before automatic ones, and the first claim wins.
   */
  detect(candidate: CandidateFile, forced: boolean): Detection;
  /**
   * After discovery, the files that really are of this kind (a lone `seed.sql` is no migration),
   * with a diagnostic for each one dropped.
   */
  select?(files: string[], text: (file: string) => string): Selected | Promise<Selected>;
  extract(input: ExtractInput): Promise<Extracted<FactContribution>>;
  /**
   * Kinds whose files' presence changes what this one extracts (a Prisma schema with SQL
   * migrations beside it is documented by them): their paths join this kind's cache key
   * (kind-cache.ts), so adding or removing one reads this kind again.
   */
  readsPathsOf?: readonly string[];
  /**
   * The extractor loads a WebAssembly engine (an embedded database, a parser compiled from Go or
   * Rust): such kinds run one after another, so their memory does not add up (one-at-a-time.ts).
   */
  loadsEngine?: true;
  /** Present for kinds that yield infrastructure components. */
  components?: ComponentPresentation;
  /**
   * Reads the names a command of this platform mentions in the model's code blocks
   * (`kubectl -n shop rollout undo deployment/orders`), so the grounding check can hold them to the facts.
   */
  commandMentions?: CommandMentions;
  /** Headings of the pull-request body's change list, by fact id prefix: `op:` → `API`. */
  changeGroups: { prefix: string; title: string }[];
}
