// The API doc of a system whose services talk through AsyncAPI channels, written by the built CLI:
// each operation's messages are named as the document names them, not by their payload's JSON type.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/action-runner.js';

test('the event operations table names the messages', () => {
  const repo = mkdtempSync(join(tmpdir(), 'ad-async-'));
  cpSync(join(PROJECT_ROOT, 'test/fixtures/systems/events'), repo, { recursive: true });
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'bin/architect-docs.js'), 'generate', '--repo', repo], {
    stdio: 'ignore',
  });
  const api = readFileSync(join(repo, 'docs/architecture/api.md'), 'utf8');
  const rows = api.split('\n').filter((l) => /^\| `(send|receive)` /.test(l));
  expect(rows.length).toBe(6);
  expect(rows.find((r) => r.includes('orders.created') && r.startsWith('| `send`'))).toContain('`OrderCreated`');
  expect(rows.find((r) => r.includes('payments.settled') && r.startsWith('| `send`'))).toContain('`PaymentSettled`');
  for (const r of rows) expect(r).not.toContain('`object`');
});
