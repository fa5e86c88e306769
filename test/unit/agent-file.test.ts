import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AgentFileError, loadAgentFile, parseAgentFile } from '../../src/agent/agent-file.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = resolve(repoRoot, 'test/fixtures/agents/backend-architect.md');
// CI runs from a clone with shared/ beside it: /work/shared next to /work/main.
const seed = resolve(repoRoot, '../shared/seed-agent.md');

function errorOf(fn: () => unknown): AgentFileError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AgentFileError);
    return err as AgentFileError;
  }
  throw new Error('expected an AgentFileError');
}

describe('parseAgentFile', () => {
  it('reads the fixture: front matter fields and the body as the system prompt', async () => {
    const agent = await loadAgentFile(fixture, 'test/fixtures/agents/backend-architect.md');
    expect(agent.name).toBe('backend-architect');
    expect(agent.model).toBe('sonnet');
    expect(agent.color).toBe('blue');
    expect(agent.tools).toBeUndefined();
    expect(agent.description).toContain("It's the right choice");
    expect(agent.description).toContain("'can we split the orders table without downtime?' → hand the question");
    expect(agent.systemPrompt.startsWith('You are the backend architect of a small platform team.')).toBe(true);
    expect(agent.systemPrompt.endsWith('and stop there.')).toBe(true);
    expect(agent.systemPrompt).not.toContain('---');
    expect(agent.bodyLine).toBe(8);
    expect(agent.extra).toEqual({});
  });

  it('parses the seed agent as is', (ctx) => {
    if (!existsSync(seed)) {
      ctx.skip(`seed agent not found at ${seed} (it lives in ../shared beside the repository)`);
      return;
    }
    const agent = parseAgentFile(readFileSync(seed, 'utf8'), 'seed-agent.md');
    expect(agent.name).toBe('backend-architect');
    expect(agent.model).toBe('sonnet');
    expect(agent.color).toBe('blue');
    expect(agent.description).toMatch(/^Use this agent when/);
    expect(agent.description).toContain(
      "'I need to set up payment processing for the IAP flow' → use the backend-architect agent",
    );
    expect(agent.systemPrompt).toMatch(/^You are a Backend Architect/);
    expect(agent.systemPrompt.length).toBeGreaterThan(3000);
  });

  it('takes tools as a comma-separated string, a flow list or a block list', () => {
    const withTools = (tools: string) => parseAgentFile(`---\nname: a\n${tools}\n---\nBody.\n`, 'a.md').tools;
    expect(withTools('tools: Read, Grep,Glob , Read')).toEqual(['Read', 'Grep', 'Glob']);
    expect(withTools('tools: [Read, "Bash(git add:*, git status)"]')).toEqual(['Read', 'Bash(git add:*, git status)']);
    expect(withTools('tools: Read, Bash(git add:*, git status), WebFetch')).toEqual([
      'Read',
      'Bash(git add:*, git status)',
      'WebFetch',
    ]);
    expect(withTools('tools:\n  - Read\n  - mcp__github__get_issue')).toEqual(['Read', 'mcp__github__get_issue']);
    expect(withTools('tools: ""')).toEqual([]);
  });

  it('keeps keys it does not use in extra, and accepts CRLF and a BOM', () => {
    const agent = parseAgentFile(
      '\uFEFF---\r\nname: reviewer\r\npermissionMode: plan\r\nhooks:\r\n  x: 1\r\n---\r\n\r\nReview things.\r\n',
      'r.md',
    );
    expect(agent.name).toBe('reviewer');
    expect(agent.extra).toEqual({ permissionMode: 'plan', hooks: { x: 1 } });
    expect(agent.systemPrompt).toBe('Review things.');
    expect(agent.bodyLine).toBe(8);
  });

  it('accepts an unquoted description with a colon in it, as Claude Code does', () => {
    const agent = parseAgentFile(
      '---\nname: db\ndescription: Use this agent when: (1) schemas change\nmodel: opus\n---\nBe careful.\n',
      'db.md',
    );
    expect(agent.description).toBe('Use this agent when: (1) schemas change');
    expect(agent.model).toBe('opus');
  });

  it('errors name the file and the line', () => {
    let e = errorOf(() => parseAgentFile('You are an agent.\n', 'agents/none.md'));
    expect(e.message).toMatch(/^agents\/none\.md:1: no front matter/);

    e = errorOf(() => parseAgentFile('---\nname: x\nBody without a closing fence\n', 'agents/open.md'));
    expect(e.message).toMatch(/^agents\/open\.md:1: .*never closed/);

    e = errorOf(() =>
      parseAgentFile('---\nname: x\ndescription: fine\ntools: [Read, Grep\n---\nBody.\n', 'agents/bad.md'),
    );
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/^agents\/bad\.md:4: invalid YAML in the front matter/);

    e = errorOf(() => parseAgentFile('---\nname: x\n  description: indented\n---\nBody.\n', 'agents/indent.md'));
    expect(e.message).toMatch(/^agents\/indent\.md:\d+: invalid YAML/);
    expect(e.line).toBeGreaterThanOrEqual(2);

    e = errorOf(() => parseAgentFile('---\nname: x\nmodel: sonnet\n---\n\n   \n', 'agents/empty.md'));
    expect(e.message).toMatch(/^agents\/empty\.md:4: the system prompt is empty/);

    e = errorOf(() => parseAgentFile('---\ndescription: no name here\nmodel: haiku\n---\nBody.\n', 'agents/anon.md'));
    expect(e.message).toMatch(/^agents\/anon\.md:1: the front matter has no `name`/);

    e = errorOf(() => parseAgentFile('---\nname: x\nmodel: 4\n---\nBody.\n', 'agents/num.md'));
    expect(e.message).toBe('agents/num.md:3: `model` must be a string');

    e = errorOf(() => parseAgentFile('---\nname: x\ntools: {Read: true}\n---\nBody.\n', 'agents/tools.md'));
    expect(e.message).toMatch(/^agents\/tools\.md:3: `tools` must be/);

    e = errorOf(() => parseAgentFile('---\n---\nBody.\n', 'agents/blank.md'));
    expect(e.message).toMatch(/^agents\/blank\.md:1: the front matter is empty/);
  });
});
