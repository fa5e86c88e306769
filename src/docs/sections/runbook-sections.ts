import { posix } from 'node:path';
import type { Component, Edge, FactModel, Migration } from '../../facts/model.js';
import {
  codeNode,
  emphasis,
  inlineCode,
  joined,
  list,
  paragraph,
  tableNode,
  type Inline,
  type Section,
} from '../markdown.js';
import { missingConfigWords, outageWords } from './dependency-outage.js';
import { componentLabel, edgeHow, presentation } from './infra-sections.js';
import { componentCommands, type RunbookCommand } from './runbook-commands.js';
import { serviceSystemComponent, systemComponentById, systemEdgesOf } from './runbook-system.js';
import { sourceLink, type SectionContext } from './section-context.js';

export { runbookHealth, runbookRuntime } from './runbook-runtime.js';

export function runbookService(ctx: SectionContext): Section {
  const service = ctx.service!;
  return [
    tableNode(
      ['Deployed as', 'Image', 'Replicas', 'Ports', 'Environment variables', 'Source'],
      service.components.map((c) => [
        [inlineCode(deployedAs(c))],
        [c.image ? inlineCode(c.image) : 'built from source'],
        [c.replicas !== undefined ? String(c.replicas) : '—'],
        [c.ports.length ? c.ports.join(', ') : '—'],
        c.env.length ? joined(c.env.map(inlineCode)) : ['—'],
        [sourceLink(ctx, c.source)],
      ]),
    ),
  ];
}

/**
 * What it needs and what breaks when each is down: from the system model's edges when the
 * service is one of its components, else from the raw infra edges; then the configuration
 * objects it reads, which stop new pods when missing.
 */
export function runbookDependencies(ctx: SectionContext): Section {
  const system = serviceSystemComponent(ctx);
  const out: Section = system ? systemDependencies(ctx, system.id) : infraDependencies(ctx);
  out.push(...configDependencies(ctx));
  if (out.length === 0) return [paragraph(emphasis('The configuration shows no dependencies for this service.'))];
  return out;
}

function systemDependencies(ctx: SectionContext, id: string): Section {
  const { outgoing, incoming } = systemEdgesOf(ctx, id);
  const out: Section = [];
  if (outgoing.length) {
    out.push(
      tableNode(
        ['Dependency', 'Role', 'Reached through', 'When it is down'],
        outgoing.map((e) => {
          const to = systemComponentById(ctx, e.to);
          const role = to?.role ?? 'service';
          return [
            [inlineCode(to?.name ?? e.to)],
            [to?.technology ? `${role} (${to.technology})` : role],
            [inlineCode(e.via), e.protocol ? [' ', inlineCode(e.protocol)] : ''].flat(),
            [outageWords(role)],
          ];
        }),
      ),
    );
  } else {
    out.push(paragraph(emphasis('The sources show no component this service connects to.')));
  }
  if (incoming.length) {
    out.push(paragraph('It is needed by:'));
    out.push(
      list(
        incoming.map((e): Inline[] => [
          inlineCode(systemComponentById(ctx, e.from)?.name ?? e.from),
          ' (',
          inlineCode(e.via),
          ')',
        ]),
      ),
    );
  }
  return out;
}

function infraDependencies(ctx: SectionContext): Section {
  const ids = new Set(ctx.service!.components.map((c) => c.id));
  const { edges } = ctx.facts.infra;
  const outgoing = edges.filter((e) => ids.has(e.from) && !ids.has(e.to) && !isConfig(ctx.facts, e.to));
  // Services, autoscalers, budgets and policies select or target it; they are its own setup, not
  // components that need it.
  // Others reach a workload through the Services that select it: edges to those count too.
  const reachedAt = new Set([
    ...ids,
    ...edges.filter((e) => e.kind === 'selects' && ids.has(e.to) && isService(ctx.facts, e.from)).map((e) => e.from),
  ]);
  const incoming = edges.filter((e) => reachedAt.has(e.to) && !ids.has(e.from) && needsIt(ctx.facts, e.from));
  const out: Section = [];
  if (outgoing.length) {
    out.push(paragraph('It needs:'));
    out.push(list(outgoing.map((e): Inline[] => [componentLabel(ctx, e.to), ' (', ...edgeHow(e), ')'])));
  }
  if (incoming.length) {
    out.push(paragraph('It is needed by:'));
    out.push(list(incoming.map((e): Inline[] => [componentLabel(ctx, e.from), ' (', ...edgeHow(e), ')'])));
  }
  return out;
}

function configDependencies(ctx: SectionContext): Section {
  const ids = new Set(ctx.service!.components.map((c) => c.id));
  const reads = new Map<string, Edge[]>();
  for (const e of ctx.facts.infra.edges) {
    if (!ids.has(e.from) || !isConfig(ctx.facts, e.to)) continue;
    reads.set(e.to, [...(reads.get(e.to) ?? []), e]);
  }
  if (reads.size === 0) return [];
  const rows = [...reads.entries()].map(([id, via]) => {
    const c = ctx.facts.infra.components.find((x) => x.id === id)!;
    const how = [...new Set(via.map((e) => e.via ?? e.kind))];
    return [[componentLabel(ctx, id)], joined(how.map(inlineCode)), missingConfigWords(c) ?? ['—']];
  });
  return [paragraph('Configuration it reads:'), tableNode(['Object', 'Read through', 'When it is missing'], rows)];
}

function isService(facts: FactModel, id: string): boolean {
  return facts.infra.components.some((x) => x.id === id && x.platform === 'kubernetes' && x.kind === 'Service');
}

function needsIt(facts: FactModel, id: string): boolean {
  const c = facts.infra.components.find((x) => x.id === id);
  return c !== undefined && (c.deployable || c.kind === 'Ingress');
}

function isConfig(facts: FactModel, id: string): boolean {
  const c = facts.infra.components.find((x) => x.id === id);
  return c !== undefined && missingConfigWords(c) !== undefined;
}

/** Checks, then actions, for each deployment of the service, as shell blocks with the real names. */
export function runbookCommands(ctx: SectionContext): Section {
  const out: Section = [];
  const unknown: Component[] = [];
  // Where to run them, said only for the platforms this service runs on (a Lambda has no cluster).
  const platforms = new Set(ctx.service!.components.filter((c) => componentCommands(c)).map((c) => c.platform));
  if (platforms.has('kubernetes'))
    out.push(paragraph('Run from the repository root, with ', inlineCode('kubectl'), ' pointed at the right cluster.'));
  else if (platforms.size) out.push(paragraph('Run from the repository root.'));
  for (const c of ctx.service!.components) {
    const commands = componentCommands(c);
    if (!commands) {
      unknown.push(c);
      continue;
    }
    out.push(paragraph('Check ', inlineCode(commands.target), ':'));
    out.push(codeNode('sh', shellLines(commands.check)));
    if (commands.act.length) {
      out.push(paragraph('Act on it:'));
      out.push(codeNode('sh', shellLines(commands.act)));
    }
  }
  for (const c of unknown) {
    out.push(
      paragraph(
        emphasis(
          `No commands are known for ${deployedAs(c)}: use the tooling of the platform that runs it ` +
            `(${c.platform}).`,
        ),
      ),
    );
  }
  return out;
}

/** Going back a release: the platform's rollback, and whether the newest migration has a down step. */
export function runbookRollback(ctx: SectionContext): Section {
  const out: Section = [];
  for (const c of ctx.service!.components) {
    const commands = componentCommands(c);
    if (commands?.rollback.length) {
      out.push(paragraph('Roll back ', inlineCode(commands.target), ':'));
      out.push(codeNode('sh', shellLines(commands.rollback)));
    } else if (c.platform === 'compose') {
      out.push(
        paragraph(
          'Compose keeps no release history: set the previous image tag for ',
          inlineCode(c.name),
          ' in ',
          sourceLink(ctx, c.source, c.source.file),
          ' and recreate it with ',
          inlineCode(`docker compose -f ${c.source.file} up -d ${c.name}`),
          '.',
        ),
      );
    }
  }
  out.push(...migrationRollback(ctx));
  return out;
}

function migrationRollback(ctx: SectionContext): Section {
  const newest = newestMigrations(ctx);
  if (newest.length === 0) return [paragraph(emphasis('No SQL migrations were found: no schema change to undo.'))];
  return newest.map((m) =>
    m.rollback
      ? paragraph(
          'The newest migration of ',
          inlineCode(migrationDir(m.file)),
          ', ',
          sourceLink(ctx, { file: m.file, line: 1 }, posix.basename(m.file)),
          ', has a down migration (',
          m.rollback === m.file
            ? 'its down section'
            : sourceLink(ctx, { file: m.rollback, line: 1 }, posix.basename(m.rollback)),
          '): a release can be rolled back with its schema change. Roll the code back first, then run the ',
          'down migration with the migration tool; in between, the previous release runs on the new schema.',
        )
      : paragraph(
          'The newest migration of ',
          inlineCode(migrationDir(m.file)),
          ', ',
          sourceLink(ctx, { file: m.file, line: 1 }, posix.basename(m.file)),
          ', has ',
          emphasis('no down migration'),
          ': rolling back the release leaves its schema change in place, so the previous release must work ',
          'with the new schema, or the change is undone by a new forward migration.',
        ),
  );
}

/**
 * The newest migration of each migration set the service uses: with the system model, the sets
 * its datastores hold (`migrations:<dir>`); else every set.
 */
function newestMigrations(ctx: SectionContext): Migration[] {
  const system = serviceSystemComponent(ctx);
  let dirs: Set<string> | undefined;
  if (system) {
    const held = systemEdgesOf(ctx, system.id)
      .outgoing.flatMap((e) => systemComponentById(ctx, e.to)?.provides ?? [])
      .concat(system.provides)
      .filter((p) => p.startsWith('migrations:'))
      .map((p) => p.slice('migrations:'.length));
    if (held.length) dirs = new Set(held);
  }
  const newest = new Map<string, Migration>();
  for (const m of ctx.facts.schema.migrations) {
    const dir = migrationDir(m.file);
    if (dirs && !dirs.has(dir)) continue;
    const seen = newest.get(dir);
    if (!seen || m.order > seen.order) newest.set(dir, m);
  }
  return [...newest.values()].sort((a, b) => a.order - b.order);
}

/** The folder of a migration set: Prisma keeps each migration in its own `<version>_<name>/` folder. */
function migrationDir(file: string): string {
  const parent = posix.dirname(file);
  return posix.basename(file) === 'migration.sql' && /^\d{8,}_/.test(posix.basename(parent))
    ? posix.dirname(parent)
    : parent;
}

function shellLines(commands: RunbookCommand[]): string {
  return commands.map((c) => `# ${c.purpose}\n${c.command}`).join('\n\n');
}

function deployedAs(c: Component): string {
  return presentation(c.platform)?.deployedAs(c) ?? `${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name}`;
}
