import type {
  ContentBlockParam,
  Message,
  MessageCreateParamsNonStreaming,
  MessageParam,
  TextBlockParam,
  Tool,
} from '@anthropic-ai/sdk/resources/messages/messages.js';
import type { FactModel } from '../facts/model.js';
import { checkAnswer, type AnswerCheck, type SqlParser } from '../checks/grounding/index.js';
import { checkMarkdown } from '../checks/markdown/check-markdown.js';
import { groundingCommands } from './grounding-commands.js';
import { runTool, type ToolContext } from './agent-tools.js';
import { buildSectionRequest, type SectionJob } from './prompt.js';
import { renderAnswer } from './render-answer.js';
import { answerParts, outputSchema, parseAnswer, withProposals, type SectionAnswer } from './section-answer.js';
import { estimateTokens } from './fact-digest.js';
import type { SectionCalls } from './call-gate.js';

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
  /** Where each call asks to start: the budget (and the run's other sections) decide when. */
  calls: SectionCalls;
  /** The PostgreSQL parser, so SQL the model writes is checked by its tree. */
  sqlParser?: SqlParser;
  /** The repository's tracked files (and their folders): a file the text points at is real. */
  repoFiles?: ReadonlySet<string>;
  /**
   * The answer to the section's first request (`firstRequest`), already given by a Message Batch and
   * already counted: that call is not made again; tool turns and a retry are normal calls.
   */
  firstAnswer?: Message;
}

export type SectionOutcome =
  | { ok: true; markdown: string; check: AnswerCheck; answer: SectionAnswer; attempts: number }
  /**
   * `model-error`: the API failed or answered unusably; `check-failed`: the text failed our checks
   * twice; `budget`: not called.
   */
  | {
      ok: false;
      kind: 'model-error' | 'check-failed' | 'budget';
      reason: string;
      check?: AnswerCheck;
      attempts: number;
    };

/**
 * Writes one section: asks the model (letting it call the read-only tools a bounded number of
 * times), then checks the answer — Markdown structure, claims grounded in the facts, proposals
 * declaring what they add. Only a real problem costs a retry (once, with the list of problems); a
 * second rejection is final. What the check can settle itself (a "new" name that already exists)
 * it settles without asking again.
 */
export async function writeSection(
  client: MessagesClient,
  job: SectionJob,
  opts: WriteOptions,
): Promise<SectionOutcome> {
  let problems: string[] | undefined;
  let lastCheck: AnswerCheck | undefined;
  const format = job.answer ?? 'section';
  const facts = job.alsoKnown ? unionFacts(opts.facts, job.alsoKnown) : opts.facts;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const answer = await ask(client, job, problems, opts, attempt === 1 ? opts.firstAnswer : undefined);
    if (!answer.ok) return { ...answer, attempts: attempt };
    const parsed = parseAnswer(answer.text, format);
    if (!parsed.ok) {
      problems = [parsed.problem];
      continue;
    }
    const parts = answerParts(parsed.answer);
    // In a decision record the parts sit under headings we add, one level below the block's own.
    const claimDepth = job.minHeadingDepth + (format === 'decision' ? 1 : 0);
    const markdownProblems = [
      ...parts.claims.flatMap((c) =>
        structureProblems(c.markdown, claimDepth, job.file).map((p) => prefixed(c.label, p, parts)),
      ),
      ...parts.proposals.flatMap((c) =>
        structureProblems(c.proposal.markdown, 7, job.file).map((p) =>
          prefixed(
            c.label,
            p.replace(/heading "(.*?)" is level .*$/, 'remove the heading "$1": a recommendation has none'),
            parts,
          ),
        ),
      ),
    ];
    const check = checkAnswer(parts.claims, parts.proposals, facts, {
      commands: groundingCommands(),
      // A name the model read in a source file (an OpenAPI schema, a config key) is in the sources.
      extraKnown:
        answer.read.length > 0 ? new Set([...(opts.repoFiles ?? []), ...namesIn(answer.read)]) : (opts.repoFiles ?? []),
      ...(opts.sqlParser ? { sqlParser: opts.sqlParser } : {}),
    });
    lastCheck = check;
    const settled = withProposals(
      parsed.answer,
      check.proposals.map((p) => p.proposal),
    );
    const render = (markUnknown: boolean) => renderAnswer(settled, check, { depth: job.minHeadingDepth, markUnknown });
    if (markdownProblems.length === 0 && check.problems.length === 0)
      return { ok: true, markdown: render(false), check, answer: settled, attempts: attempt };
    if (attempt === 2 && markdownProblems.length === 0 && opts.grounding === 'warn') {
      return { ok: true, markdown: render(true), check, answer: settled, attempts: attempt };
    }
    problems = [...markdownProblems, ...check.problems];
  }
  return {
    ok: false,
    kind: 'check-failed',
    reason: `rejected twice by the checks: ${problems!.join('; ')}`,
    check: lastCheck,
    attempts: 2,
  };
}

/** The identifier-like words of the source text the model read with `read_source`. */
function namesIn(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/[A-Za-z_][\w.:/-]*\w/g)) names.add(m[0]);
  return names;
}

function structureProblems(markdown: string, minHeadingDepth: number, file: string): string[] {
  return checkMarkdown(markdown, { minHeadingDepth, docFile: file }).map((p) =>
    p.line ? `line ${p.line}: ${p.message}` : p.message,
  );
}

/** A problem of one part of the answer, named so the model finds it (only when there are several parts). */
function prefixed(label: string, problem: string, parts: ReturnType<typeof answerParts>): string {
  return parts.claims.length + parts.proposals.length > 1 ? `${label}, ${problem}` : problem;
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

type Answer =
  | { ok: true; text: string; read: string[] }
  | { ok: false; kind: 'model-error' | 'budget'; reason: string };

type RequestOptions = Pick<WriteOptions, 'model' | 'maxOutputTokens' | 'maxToolTurns' | 'prefix'>;

/** The request of one turn of a section's conversation. */
function turnRequest(
  job: SectionJob,
  messages: MessageParam[],
  turn: number,
  opts: RequestOptions,
): MessageCreateParamsNonStreaming {
  const toolsAllowed = turn < opts.maxToolTurns;
  return {
    model: opts.model,
    max_tokens: opts.maxOutputTokens,
    system: opts.prefix.system,
    messages,
    output_config: {
      format: { type: 'json_schema', schema: outputSchema(job.answer ?? 'section') },
    },
    ...(toolsAllowed ? { tools: opts.prefix.tools } : { tools: opts.prefix.tools, tool_choice: { type: 'none' } }),
  };
}

/**
 * The first request `writeSection` makes for a section (first attempt, first turn), exactly as it
 * makes it, so that it can be sent ahead in a Message Batch; undefined when it is over
 * max-input-tokens (`writeSection` then reports that without a call).
 */
export function firstRequest(
  job: SectionJob,
  opts: RequestOptions & Pick<WriteOptions, 'maxInputTokens'>,
): MessageCreateParamsNonStreaming | undefined {
  const params = turnRequest(job, [{ role: 'user', content: buildSectionRequest(job, undefined) }], 0, opts);
  return tooLarge(params, opts.maxInputTokens) ? undefined : params;
}

function tooLarge(params: MessageCreateParamsNonStreaming, maxInputTokens: number): boolean {
  return estimateTokens(JSON.stringify([params.system, params.tools, params.messages])) > maxInputTokens;
}

/**
 * One attempt: the conversation with tool calls, until the model gives its final text.
 * `preAnswered` is the answer to its first request when a Message Batch already gave it.
 */
async function ask(
  client: MessagesClient,
  job: SectionJob,
  problems: string[] | undefined,
  opts: WriteOptions,
  preAnswered?: Message,
): Promise<Answer> {
  const messages: MessageParam[] = [{ role: 'user', content: buildSectionRequest(job, problems) }];
  const read: string[] = [];
  for (let turn = 0; ; turn++) {
    const params = turnRequest(job, messages, turn, opts);
    if (tooLarge(params, opts.maxInputTokens)) {
      return {
        ok: false,
        kind: 'model-error',
        reason: `the request would exceed max-input-tokens (${opts.maxInputTokens}); raise it or narrow the section`,
      };
    }
    let response: Message;
    if (turn === 0 && preAnswered) response = preAnswered;
    else {
      const permit = await opts.calls.admit(params);
      if (permit.refusal !== undefined) return { ok: false, kind: 'budget', reason: permit.refusal };
      try {
        // The SDK retries 408/409/429/5xx and timeouts itself (`maxRetries` of the client).
        response = await client.messages.create(params);
      } catch (err) {
        permit.done(opts.model);
        return { ok: false, kind: 'model-error', reason: describeError(err) };
      }
      permit.done(opts.model, response.usage);
    }
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
        if (use.name === 'read_source' && !r.isError) read.push(r.text);
        results.push({ type: 'tool_result', tool_use_id: use.id, content: r.text, is_error: r.isError });
      }
      messages.push({ role: 'user', content: results });
      continue;
    }
    return {
      ok: true,
      text: response.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join(''),
      read,
    };
  }
}

/** A readable reason for the run report; never includes request bodies or keys. */
export function describeError(err: unknown): string {
  const e = err as { status?: number; name?: string; message?: string; type?: string };
  if (e?.status) return `the model API answered ${e.status}${e.type ? ` ${e.type}` : ''} after retries`;
  if (e?.name === 'APIConnectionTimeoutError') return 'the model API timed out after retries';
  if (e?.name === 'APIConnectionError') return 'the model API could not be reached after retries';
  return `the model call failed: ${e?.message ?? String(err)}`;
}
