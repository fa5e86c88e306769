import type { Operation } from '../../facts/model.js';
import { inlineCode, emphasis, heading, joined, paragraph, tableNode, type Inline, type Section } from '../markdown.js';
import { sourceLink, type SectionContext } from './section-context.js';

export function apiSpecs(ctx: SectionContext): Section {
  const { specs } = ctx.facts.api;
  if (specs.length === 0) return [paragraph(emphasis('No OpenAPI description was found in this repository.'))];
  return [
    tableNode(
      ['API', 'Version', 'OpenAPI', 'Servers', 'Operations', 'Source'],
      specs.map((s) => [
        [s.title],
        [s.version],
        [s.specVersion],
        s.servers.length ? joined(s.servers.map(inlineCode)) : ['—'],
        [String(ctx.facts.api.operations.filter((o) => o.spec === s.id).length)],
        [sourceLink(ctx, s.source, s.file)],
      ]),
    ),
  ];
}

export function apiEndpoints(ctx: SectionContext): Section {
  const { specs, operations } = ctx.facts.api;
  if (operations.length === 0) return [paragraph(emphasis('No operations are defined.'))];
  const out: Section = [];
  for (const spec of specs) {
    const ops = operations.filter((o) => o.spec === spec.id);
    if (ops.length === 0) continue;
    if (specs.length > 1) out.push(heading(3, spec.title));
    out.push(
      tableNode(
        ['Method', 'Path', 'Operation', 'Auth', 'Responses', 'Source'],
        ops.map((o) => [
          [inlineCode(o.method)],
          o.deprecated ? [inlineCode(o.path), ' (deprecated)'] : [inlineCode(o.path)],
          [o.operationId ? inlineCode(o.operationId) : '—', ...(o.summary ? [` ${o.summary}`] : [])],
          authCell(o),
          [o.responses.map((r) => r.status).join(' ') || '—'],
          [sourceLink(ctx, o.source, `L${o.source.line}`)],
        ]),
      ),
    );
  }
  return out;
}

/** `public`, a scheme, or alternatives of schemes ("a + b" all required, "or" between alternatives). */
function authCell(o: Operation): Inline[] {
  if (o.security.length === 0 || o.security.some((alt) => alt.length === 0)) return ['public'];
  return joined(o.security.map((alt) => alt.join(' + ')).map(inlineCode), ' or ');
}

export function apiSecuritySchemes(ctx: SectionContext): Section {
  const { securitySchemes, operations } = ctx.facts.api;
  if (securitySchemes.length === 0) return [paragraph(emphasis('No security schemes are declared.'))];
  const publicOps = operations.filter((o) => o.security.length === 0 || o.security.some((alt) => alt.length === 0));
  const out: Section = [
    tableNode(
      ['Scheme', 'Type', 'Detail', 'Used by', 'Source'],
      securitySchemes.map((s) => [
        [inlineCode(s.name)],
        [s.type],
        [s.detail ?? '—'],
        [
          `${operations.filter((o) => o.spec === s.spec && o.security.some((alt) => alt.includes(s.name))).length}` +
            ' operations',
        ],
        [sourceLink(ctx, s.source, `${s.source.file}:${s.source.line}`)],
      ]),
    ),
  ];
  if (publicOps.length > 0) {
    out.push(
      paragraph(
        'Operations that need no credentials: ',
        ...joined(publicOps.map((o) => inlineCode(`${o.method} ${o.path}`))),
        '.',
      ),
    );
  }
  return out;
}
