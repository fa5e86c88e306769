import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { groundingCommands } from '../../src/agent/grounding-commands.js';
import {
  checkAnswer,
  type AnswerCheck,
  type GroundingOptions,
  type Proposal,
} from '../../src/checks/grounding/index.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { FactModel } from '../../src/facts/model.js';
import { extractFacts } from '../../src/pipeline.js';
import { loadPgParser } from '../../src/sources/migrations/pg-parser.js';

// Precision and recall of the grounding check on realistic architect prose about examples/shop
// (test/fixtures/grounding-corpus/paragraphs.yaml): half of the entries are entirely true, half carry
// planted false names, in the description or in a recommendation. Every planted name must be caught,
// and nothing in a true statement may be flagged.

interface Entry {
  id: string;
  doc: string;
  text: string;
  planted: string[];
  recommendations?: Proposal[];
}

/** `paragraphs.yaml` was written with the check at hand; `held-out.yaml` by another author, blind to its rules. */
const CORPORA = ['paragraphs.yaml', 'held-out.yaml'] as const;
const corpus = (file: string) =>
  YAML.parse(readFileSync(new URL(`../fixtures/grounding-corpus/${file}`, import.meta.url), 'utf8')) as Entry[];

const ENDPOINT = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)$/i;
/** Lower-case; an endpoint without host, `/v1`, parameter names or concrete ids. */
function norm(name: string): string {
  const s = name.trim().replace(/^`|`$/g, '');
  const ep = ENDPOINT.exec(s);
  if (!ep) return s.toLowerCase();
  const path = ep[2]!
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/\?.*$/, '')
    .replace(/^\/v1(?=\/)/, '')
    .split('/')
    .map((seg) => (/^(\{.*\}|<.*>|:.+)$/.test(seg) || /\d/.test(seg) ? '{}' : seg))
    .join('/');
  return `${ep[1]!.toUpperCase()} ${path.toLowerCase()}`;
}
/** A flagged name stands for a planted one when equal, or one contains the other (`o.shipped_at` ~ `shipped_at`). */
function sameName(flagged: string, planted: string): boolean {
  const a = norm(flagged);
  const b = norm(planted);
  if (a === b) return true;
  if (ENDPOINT.test(a) || ENDPOINT.test(b)) return false;
  const last = (x: string) => x.split('.').pop()!;
  return b.includes(a) || a.includes(b) || (a.includes('.') && b.includes('.') && last(a) === last(b));
}

/** Every name the check flags: unknown in the description, undeclared in a proposal, touched but missing. */
function flagged(check: AnswerCheck): string[] {
  return [
    ...check.claims.unknown.map((m) => m.text),
    ...check.proposals.flatMap((p) => [...p.unknown.map((m) => m.text), ...p.unknownTouches]),
  ];
}

let facts: FactModel;
let opts: GroundingOptions;
beforeAll(async () => {
  const config = await loadConfig(resolve('examples/shop'), { mode: 'write', offline: true }, 'corpus');
  facts = await extractFacts(config);
  opts = { commands: groundingCommands(), sqlParser: await loadPgParser() };
});

function checkAll(entries: Entry[]): { entry: Entry; flagged: string[] }[] {
  return entries.map((entry) => {
    const check = checkAnswer(
      [{ label: 'markdown', markdown: entry.text }],
      (entry.recommendations ?? []).map((proposal, i) => ({
        label: `recommendation ${i + 1}`,
        proposal: { ...proposal, proposed: proposal.proposed ?? [], touches: proposal.touches ?? [] },
      })),
      facts,
      opts,
    );
    return { entry, flagged: flagged(check) };
  });
}

describe.each(CORPORA)('the grounding corpus %s', (file) => {
  const entries = corpus(file);
  it('has at least 36 paragraphs, half with planted false claims', () => {
    expect(entries.length).toBeGreaterThanOrEqual(36);
    const planted = entries.filter((e) => e.planted.length > 0).length;
    expect(planted).toBeGreaterThanOrEqual(entries.length / 2 - 1);
    expect(entries.filter((e) => e.planted.length === 0).length).toBeGreaterThanOrEqual(entries.length / 2 - 1);
    expect(entries.filter((e) => e.recommendations?.length).length).toBeGreaterThanOrEqual(10);
  });

  it('catches every planted false name (recall) and flags no true statement (precision)', () => {
    const results = checkAll(entries);
    const missed: string[] = [];
    const wrong: string[] = [];
    let planted = 0;
    let caught = 0;
    for (const { entry, flagged: names } of results) {
      for (const p of entry.planted) {
        planted++;
        if (names.some((n) => sameName(n, p))) caught++;
        else missed.push(`${entry.id}: ${p}`);
      }
      for (const n of names) if (!entry.planted.some((p) => sameName(n, p))) wrong.push(`${entry.id}: ${n}`);
    }
    const flaggedTotal = results.reduce((n, r) => n + r.flagged.length, 0);
    const truePositives = flaggedTotal - wrong.length;
    const percent = (a: number, b: number) => `${a}/${b} = ${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
    const rejected = results.filter((r) => r.entry.planted.length === 0 && r.flagged.length > 0).length;
    console.log(
      `grounding corpus ${file}: ${entries.length} paragraphs, ${planted} planted names; ` +
        `recall ${percent(caught, planted)}, precision ${percent(truePositives, flaggedTotal)}, ` +
        `true paragraphs rejected: ${rejected}`,
    );
    expect({ missed, wrong }).toEqual({ missed: [], wrong: [] });
  });
});
