import { triageFindings } from '../facts/findings-triage.js';
import {
  type Component,
  type FactModel,
  type Migration,
  type Operation,
  protocolOf,
  type Table,
} from '../facts/model.js';

/**
 * The logical system first: the architect reasons about services, data stores and data flows,
 * and the raw manifests below are the evidence for them.
 */
function systemLines(facts: FactModel, level: 0 | 1 | 2): string[] {
  const { components, edges, unknowns } = facts.system;
  if (components.length === 0) return [];
  const out = [
    '',
    `## System: ${components.length} logical components, ${edges.length} connections ` +
      '(derived from the facts below; name components by these names)',
  ];
  for (const c of components) {
    const what = `${c.role}${c.technology ? ` ${c.technology}` : ''}`;
    if (level === 2) {
      out.push(`- ${c.id} [${what}]`);
      continue;
    }
    const parts = [`- ${c.id} "${c.name}" [${what}]`];
    if (c.runsAs.length) parts.push(`runs as ${c.runsAs.join(', ')}`);
    if (c.hosts.length) parts.push(`hosts ${c.hosts.join(', ')}`);
    if (c.provides.length) parts.push(`provides ${c.provides.join(', ')}`);
    if (level === 0 && c.supporting.length) parts.push(`${c.supporting.length} supporting objects`);
    out.push(parts.join('; '));
  }
  for (const e of edges) out.push(`- ${e.from} --(${e.via}${e.protocol ? `; ${e.protocol}` : ''})--> ${e.to}`);
  for (const u of unknowns) out.push(`- not shown by the sources: ${u}`);
  return out;
}

/**
 * A deterministic text digest of the fact model, for the cached prompt prefix. Large systems
 * get a coarser digest rather than a truncated one: level 0 lists every fact with detail, level 1
 * lists every fact by name only, level 2 gives counts and groups. Whatever the digest leaves out
 * stays reachable through the agent's lookup tool, and the digest says so.
 */
export function factDigest(facts: FactModel, maxTokens: number): { text: string; level: 0 | 1 | 2; tokens: number } {
  for (const level of [0, 1, 2] as const) {
    const text = render(facts, level);
    const tokens = estimateTokens(text);
    if (tokens <= maxTokens || level === 2) return { text, level, tokens };
  }
  throw new Error('unreachable');
}

/** A conservative estimate (about four characters a token for English and code). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function render(facts: FactModel, level: 0 | 1 | 2): string {
  const out: string[] = ['# Facts extracted from the repository'];
  if (level > 0) out.push(`(Summarised at level ${level}: use the lookup_facts tool for details by id or by name.)`);
  const { api, schema, infra } = facts;
  out.push(...systemLines(facts, level));

  out.push('', `## API: ${api.operations.length} operations in ${api.specs.length} OpenAPI document(s)`);
  for (const s of api.specs)
    out.push(
      `- ${s.id}: "${s.title}" version ${s.version}, ` +
        `OpenAPI ${s.specVersion}${s.servers.length ? `, servers ${s.servers.join(' ')}` : ''}`,
    );
  for (const s of api.securitySchemes) out.push(`- ${s.id}: ${s.type}${s.detail ? ` (${s.detail})` : ''}`);
  if (level === 2)
    out.push(
      ...groupCounts(
        api.operations.map((o) => firstSegment(o.path)),
        'operations under',
      ),
    );
  else for (const o of api.operations) out.push(level === 0 ? operationLine(o) : `- ${o.id}`);

  out.push(
    '',
    `## Database: ${schema.tables.length} tables and views, ` +
      `${schema.foreignKeys.length} foreign keys, ${schema.migrations.length} migrations`,
  );
  if (level === 2) {
    const names = schema.tables.map((t) => `${t.schema}.${t.name}`);
    out.push(
      `- tables: ${names.slice(0, 150).join(', ')}` +
        `${names.length > 150 ? ` … and ${names.length - 150} more (lookup_facts with query "table:")` : ''}`,
    );
  } else {
    for (const t of schema.tables)
      out.push(level === 0 ? tableLine(t) : `- ${t.id}: ${t.columns.map((c) => c.name).join(', ')}`);
    for (const f of schema.foreignKeys)
      out.push(
        `- ${f.id} on delete ${f.onDelete}` + (f.keptBy ? ` (no database constraint: kept by ${f.keptBy.client})` : ''),
      );
    for (const e of schema.enums) out.push(`- ${e.id}: ${e.values.join(' | ')}`);
    if (level === 0) for (const i of schema.indexes) if (!i.primary) out.push(`- ${i.id}: ${i.definition}`);
    // Migration safety is a section's subject: the migrations are shared facts too, in replay order.
    // A long history is mostly settled: the latest are shown, the earlier ones counted.
    const shown = schema.migrations.slice(-(level === 0 ? 100 : 30));
    if (shown.length < schema.migrations.length)
      out.push(
        `- ${schema.migrations.length - shown.length} earlier migrations (lookup_facts with query "migration:")`,
      );
    for (const m of shown) out.push(level === 0 ? migrationLine(m) : `- ${m.id}`);
  }

  out.push('', `## Infrastructure: ${infra.components.length} components, ${infra.edges.length} dependencies`);
  if (level === 2)
    out.push(
      ...groupCounts(
        infra.components.map((c) => `${c.platform} ${c.kind}`),
        '',
      ),
    );
  else {
    for (const c of infra.components) out.push(level === 0 ? componentLine(c) : `- ${c.id}`);
    for (const e of infra.edges) out.push(`- ${e.from} --${e.kind}${e.via ? `(${e.via})` : ''}--> ${e.to}`);
  }
  // The review checklist is the design as it is now; findings on migrations applied long ago are
  // history (counted, not a risk of today), as the docs treat them.
  const { design, history } = triageFindings(facts);
  if (design.length) {
    out.push(
      '',
      `## Findings: ${design.length} risks in the current design, computed by rules (your review checklist)`,
    );
    const shown = level === 2 ? design.filter((f) => f.severity === 'high').slice(0, 50) : design;
    for (const f of shown) out.push(`- ${f.id} [${f.severity}] ${f.message}${f.lock ? ` (lock: ${f.lock})` : ''}`);
    if (shown.length < design.length)
      out.push(`- … ${design.length - shown.length} more (lookup_facts with query "finding:")`);
  }
  if (history.length)
    out.push(
      '',
      `(${history.length} findings on migration statements already applied are history, not current risks.)`,
    );
  if (facts.diagnostics.length)
    out.push(
      '',
      `## Sources that could not be fully read: ` +
        `${facts.diagnostics.filter((d) => d.severity !== 'notice').length} problems (see the run report)`,
    );
  return out.join('\n');
}

function operationLine(o: Operation): string {
  const auth =
    protocolOf(o) !== 'http' && o.security.length === 0
      ? 'not-in-contract'
      : o.security.length === 0 || o.security.some((a) => a.length === 0)
        ? 'public'
        : o.security.map((a) => a.join('+')).join(' or ');
  const params = o.parameters.map((p) => `${p.name}(${p.in}${p.required ? ',required' : ''})`).join(' ');
  const body = o.requestBody
    ? ` body=${o.requestBody.contentTypes.join(',')}${o.requestBody.required ? '(required)' : ''}`
    : '';
  return (
    `- ${o.id}${o.operationId ? ` [${o.operationId}]` : ''}${o.deprecated ? ' DEPRECATED' : ''}` +
    ` auth=${auth} responses=${o.responses.map((r) => r.status).join(',')}` +
    `${params ? ` params: ${params}` : ''}${body}` +
    `${o.summary ? ` — ${o.summary}` : ''}`
  );
}

function migrationLine(m: Migration): string {
  const changes = (m.changes ?? []).map((c) => `${c.action} ${c.what} ${c.name}`).join('; ');
  return (
    `- ${m.id} #${m.order}, ${m.statements} statement${m.statements === 1 ? '' : 's'}` +
    `${m.failed ? ` (${m.failed} failed)` : ''}` +
    `${m.rollback ? `, rollback ${m.rollback}` : ', no rollback'}${changes ? `: ${changes}` : ''}`
  );
}

function tableLine(t: Table): string {
  const cols = t.columns
    .map(
      (c) =>
        `${c.name} ${c.type}${c.nullable ? '' : ' not null'}${c.default !== undefined ? ` default ${c.default}` : ''}`,
    )
    .join('; ');
  return (
    `- ${t.id}${t.kind === 'view' ? ' (view)' : ''}` +
    `${t.primaryKey.length ? ` pk(${t.primaryKey.join(',')})` : ' NO PRIMARY KEY'}: ${cols}`
  );
}

function componentLine(c: Component): string {
  const bits = [
    c.image && `image=${c.image}`,
    c.replicas !== undefined && `replicas=${c.replicas}`,
    c.ports.length > 0 && `ports=${c.ports.join(',')}`,
    c.env.length > 0 && `env=${c.env.join(',')}`,
  ].filter(Boolean);
  return `- ${c.id}${c.deployable ? ' (deployable)' : ''}${bits.length ? ` ${bits.join(' ')}` : ''}`;
}

function firstSegment(path: string): string {
  return `/${path.split('/').filter(Boolean)[0] ?? ''}`;
}

function groupCounts(keys: string[], label: string): string[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `- ${n} ${label} ${k}`.replace(/\s+/g, ' '));
}
