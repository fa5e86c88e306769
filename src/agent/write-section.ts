import type {
  ContentBlockParam,
  Message,
  MessageCreateParamsNonStreaming,
  MessageParam,
  TextBlockParam,
  Tool,
} from '@anthropic-ai/sdk/resources/messages/messages.js';
import { z } from 'zod';
import type { FactModel } from '../facts/model.js';
import { checkGrounding, markUnknownMentions, type GroundingResult } from '../checks/grounding/index.js';
import { checkMarkdown } from '../checks/markdown/check-markdown.js';
import { groundingCommands } from './grounding-commands.js';
import { runTool, type ToolContext } from './agent-tools.js';
import { buildSectionRequest, SECTION_OUTPUT_SCHEMA, type SectionJob } from './prompt.js';
import { estimateTokens } from './fact-digest.js';
import type { UsageMeter } from './usage-meter.js';

/** The part of an SDK client (Anthropic, Bedrock or Vertex) the agent uses. */
export interface MessagesClient {
  messages: { create(params: MessageCreateParamsNonStreaming): PromiseLike<Message> };
}

export interface WriteOptions {
  model: string;
  /** No request may be larger than this (estimated); tool results that would overflow it end the loop. */
  maxInputTokens: number;
  maxOutputTokens: number;
  /** Tool rounds allowed in one attempt before the model must answer. */
  maxToolTurns: number;
  grounding: 'strict' | 'warn';
  facts: FactModel;
  tools: ToolContext;
  prefix: { system: TextBlockParam[]; tools: Tool[] };
  meter: UsageMeter;
}

export type SectionOutcome =
  | { ok: true; markdown: string; grounding: GroundingResult; attempts: number }
  /**
   * `model-error`: the API failed or answered unusably; `check-failed`: the text failed our checks
   * twice; `budget`: not called.
   */
  | { ok: false; kind: 'model-error' | 'check-failed' | 'budget'; reason: string; grounding?: GroundingResult };

const answerSchema = z.object({ markdown: z.string() });

/**
 * Writes one section: asks the model (letting it call the read-only tools a bounded number of
 * times), then checks the answer — Markdown structure and grounding against the facts. A
 * rejected answer is retried once with the list of problems; a second rejection is final.
 */
export async function writeSection(
  client: MessagesClient,
  job: SectionJob,
  opts: WriteOptions,
): Promise<SectionOutcome> {
  let problems: string[] | undefined;
  let lastGrounding: GroundingResult | undefined;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const answer = await ask(client, job, problems, opts);
    if (!answer.ok) return answer;
    const parsed = parseAnswer(answer.text);
    if (!parsed.ok) {
      problems = [parsed.problem];
      continue;
    }
    const markdownProblems = checkMarkdown(parsed.markdown, {
      minHeadingDepth: job.minHeadingDepth,
      docFile: job.file,
    }).map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message));
    const grounding = checkGrounding(
      parsed.markdown,
      job.alsoKnown ? unionFacts(opts.facts, job.alsoKnown) : opts.facts,
      { commands: groundingCommands() },
    );
    lastGrounding = grounding;
    const unknown = grounding.unknown.map(
      (m) =>
        `line ${m.line}: ${describeKind(m.kind)} \`${m.text}\` does not exist in the facts; ` +
        `remove it or use a name from the facts`,
    );
    if (markdownProblems.length === 0 && unknown.length === 0)
      return { ok: true, markdown: parsed.markdown, grounding, attempts: attempt };
    if (attempt === 2 && markdownProblems.length === 0 && opts.grounding === 'warn') {
      return {
        ok: true,
        markdown: markUnknownMentions(parsed.markdown, grounding.unknown),
        grounding,
        attempts: attempt,
      };
    }
    problems = [...markdownProblems, ...unknown];
  }
  return {
    ok: false,
    kind: 'check-failed',
    reason: `rejected twice by the checks: ${problems!.join('; ')}`,
    grounding: lastGrounding,
  };
}

/** Both runs' facts, for checking text that may name what was removed. */
function unionFacts(now: FactModel, before: FactModel): FactModel {
  const union = <T extends { id: string }>(a: T[], b: T[]) => [...a, ...b.filter((x) => !a.some((y) => y.id === x.id))];
  return {
    ...now,
    api: {
      ...now.api,
      operations: union(now.api.operations, before.api.operations),
      securitySchemes: union(now.api.securitySchemes, before.api.securitySchemes),
    },
    schema: {
      ...now.schema,
      tables: union(now.schema.tables, before.schema.tables),
      enums: union(now.schema.enums, before.schema.enums),
    },
    infra: { ...now.infra, components: union(now.infra.components, before.infra.components) },
  };
}

function describeKind(kind: string): string {
  return kind === 'endpoint'
    ? 'endpoint'
    : kind === 'table'
      ? 'table'
      : kind === 'column'
        ? 'column'
        : kind === 'component'
          ? 'component'
          : 'name';
}

type Answer = { ok: true; text: string } | { ok: false; kind: 'model-error' | 'budget'; reason: string };

/** One attempt: the conversation with tool calls, until the model gives its final text. */
async function ask(
  client: MessagesClient,
  job: SectionJob,
  problems: string[] | undefined,
  opts: WriteOptions,
): Promise<Answer> {
  const messages: MessageParam[] = [{ role: 'user', content: buildSectionRequest(job, problems) }];
  for (let turn = 0; ; turn++) {
    const toolsAllowed = turn < opts.maxToolTurns;
    const params: MessageCreateParamsNonStreaming = {
      model: opts.model,
      max_tokens: opts.maxOutputTokens,
      system: opts.prefix.system,
      messages,
      output_config: {
        format: { type: 'json_schema', schema: SECTION_OUTPUT_SCHEMA as unknown as Record<string, unknown> },
      },
      ...(toolsAllowed ? { tools: opts.prefix.tools } : { tools: opts.prefix.tools, tool_choice: { type: 'none' } }),
    };
    if (estimateTokens(JSON.stringify([params.system, params.tools, params.messages])) > opts.maxInputTokens) {
      return {
        ok: false,
        kind: 'model-error',
        reason: `the request would exceed max-input-tokens (${opts.maxInputTokens}); raise it or narrow the section`,
      };
    }
    const refusal = opts.meter.refuse(params);
    if (refusal) return { ok: false, kind: 'budget', reason: refusal };
    let response: Message;
    try {
      response = await client.messages.create(params);
    } catch (err) {
      return { ok: false, kind: 'model-error', reason: describeError(err) };
    }
    opts.meter.record(opts.model, response.usage);
    if (response.stop_reason === 'max_tokens')
      return {
        ok: false,
        kind: 'model-error',
        reason: `the answer was cut off at max_tokens (${opts.maxOutputTokens})`,
      };
    if (response.stop_reason === 'refusal')
      return { ok: false, kind: 'model-error', reason: 'the model refused to answer' };
    const toolUses = response.content.filter((b) => b.type === 'tool_use');
    if (response.stop_reason === 'tool_use' && toolUses.length > 0) {
      messages.push({ role: 'assistant', content: response.content as ContentBlockParam[] });
      const results: ContentBlockParam[] = [];
      for (const use of toolUses) {
        const r = await runTool(use.name, use.input, opts.tools);
        results.push({ type: 'tool_result', tool_use_id: use.id, content: r.text, is_error: r.isError });
      }
      messages.push({ role: 'user', content: results });
      continue;
    }
    return { ok: true, text: response.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('') };
  }
}

function parseAnswer(text: string): { ok: true; markdown: string } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'the answer was not valid JSON; answer with JSON only: {"markdown": "..."}' };
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, problem: 'the JSON answer must be an object with a string property "markdown"' };
  return { ok: true, markdown: parsed.data.markdown.trim() };
}

/** A readable reason for the run report; never includes request bodies or keys. */
export function describeError(err: unknown): string {
  const e = err as { status?: number; name?: string; message?: string; type?: string };
  if (e?.status) return `the model API answered ${e.status}${e.type ? ` ${e.type}` : ''} after retries`;
  if (e?.name === 'APIConnectionTimeoutError') return 'the model API timed out after retries';
  if (e?.name === 'APIConnectionError') return 'the model API could not be reached after retries';
  return `the model call failed: ${e?.message ?? String(err)}`;
}
