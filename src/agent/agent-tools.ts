import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Tool } from '@anthropic-ai/sdk/resources/messages/messages.js';
import type { FactModel } from '../facts/model.js';
import { redactSecrets } from '../redaction/redact-secrets.js';

// Read-only tools the architect may call to drill below the digest. They can only read facts
// and the source files discovery already chose to read; file text is redacted before it leaves.

export const AGENT_TOOLS: Tool[] = [
  {
    name: 'lookup_facts',
    description:
      'Look up extracted facts. Give `id` for one fact by its exact id ' +
      '(e.g. "table:public.orders", "op:GET /orders/{orderId}", "k8s:Deployment/shop/orders-api"), ' +
      'or `query` to list up to 20 facts whose id contains the text (e.g. "orders").',
    input_schema: {
      type: 'object',
      properties: { id: { type: 'string' }, query: { type: 'string' } },
      additionalProperties: false,
    },
  },
  {
    name: 'read_source',
    description:
      'Read lines of one of the repository source files the facts came from ' +
      '(OpenAPI specs, migrations, infrastructure config). ' +
      'Secrets are redacted. At most 200 lines per call.',
    input_schema: {
      type: 'object',
      properties: {
        file: { type: 'string', description: 'repository-relative path, as in the facts' },
        start_line: { type: 'integer', minimum: 1 },
        end_line: { type: 'integer', minimum: 1 },
      },
      required: ['file'],
      additionalProperties: false,
    },
  },
];

const MAX_LINES = 200;
const MAX_RESULTS = 20;

export interface ToolContext {
  repoRoot: string;
  facts: FactModel;
  /** Every fact by id: `factIndex(facts).byId`. */
  byId: ReadonlyMap<string, unknown>;
}

/** Runs one tool call; problems are returned as text for the model, never thrown. */
export async function runTool(
  name: string,
  input: unknown,
  ctx: ToolContext,
): Promise<{ text: string; isError: boolean }> {
  const args = (input ?? {}) as Record<string, unknown>;
  if (name === 'lookup_facts') {
    const r = lookupFacts(args, ctx);
    return { ...r, text: redactSecrets(r.text).text };
  }
  if (name === 'read_source') return readSource(args, ctx);
  return { text: `unknown tool "${name}"`, isError: true };
}

function lookupFacts(args: Record<string, unknown>, ctx: ToolContext): { text: string; isError: boolean } {
  if (typeof args.id === 'string') {
    const fact = ctx.byId.get(args.id);
    return fact
      ? { text: JSON.stringify(fact), isError: false }
      : { text: `no fact has the id "${args.id}"`, isError: true };
  }
  if (typeof args.query === 'string' && args.query.trim()) {
    const q = args.query.trim().toLowerCase();
    const hits = [...ctx.byId.entries()].filter(([id]) => id.toLowerCase().includes(q));
    const shown = hits.slice(0, MAX_RESULTS).map(([, f]) => f);
    return { text: JSON.stringify({ total: hits.length, shown: shown.length, facts: shown }), isError: false };
  }
  return { text: 'give `id` or `query`', isError: true };
}

async function readSource(
  args: Record<string, unknown>,
  ctx: ToolContext,
): Promise<{ text: string; isError: boolean }> {
  const file = typeof args.file === 'string' ? args.file : '';
  // Only files discovery read as sources, and only inside the repository: the model cannot read
  // anything else on the runner (the checkout's .git/config holds a token).
  const inside = resolve(ctx.repoRoot, file);
  if (
    !ctx.facts.inputs.some((i) => i.file === file) ||
    !inside.startsWith(`${resolve(ctx.repoRoot)}${sep}`) ||
    file.split('/').includes('..')
  ) {
    return { text: `"${file}" is not one of the source files (see the facts' inputs)`, isError: true };
  }
  const text = await readFile(inside, 'utf8');
  const lines = redactSecrets(text, file).text.split('\n');
  const start = Math.max(1, Number(args.start_line) || 1);
  const end = Math.min(lines.length, Number(args.end_line) || start + MAX_LINES - 1, start + MAX_LINES - 1);
  const body = lines
    .slice(start - 1, end)
    .map((l, i) => `${String(start + i).padStart(5)}  ${l}`)
    .join('\n');
  return { text: `${file} lines ${start}-${end} of ${lines.length}\n${body}`, isError: false };
}
