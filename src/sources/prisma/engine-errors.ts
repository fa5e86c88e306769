import type { Diagnostic } from '../../facts/model.js';

// The engine rejects an invalid schema with a JSON error (`{"error_code":"P1012","message":…}`)
// whose message is what `prisma validate` prints: one `error: <what>` a problem, each followed
// by `-->  <file>:<line>` and the lines around it, in terminal colours. Each problem becomes a
// diagnostic at its file:line.

// biome-ignore lint/suspicious/noControlCharactersInRegex: the engine's message carries ANSI colour codes
const ANSI = /\u001b\[[0-9;]*m/g;

export function engineErrorDiagnostics(err: unknown, files: readonly string[]): Diagnostic[] {
  const raw = err instanceof Error ? err.message : String(err);
  let message = raw;
  try {
    const parsed = JSON.parse(raw) as { message?: unknown };
    if (typeof parsed.message === 'string') message = parsed.message;
  } catch {
    // not JSON: a panic or a runtime error, reported as it is
  }
  const text = message.replace(ANSI, '');
  const problems = text.split(/^error: /m).slice(1);
  const fallbackFile = files[0] ?? '.';
  if (problems.length === 0) {
    return [
      { severity: 'error', stage: 'migrations', file: fallbackFile, message: `Prisma schema: ${firstLine(text)}` },
    ];
  }
  return problems.map((p) => {
    const where = /^\s*-->\s+(.+?):(\d+)\s*$/m.exec(p);
    const file = where && files.includes(where[1]!) ? where[1]! : fallbackFile;
    return {
      severity: 'error',
      stage: 'migrations',
      file,
      ...(where ? { line: Number(where[2]) } : {}),
      message: `Prisma schema: ${firstLine(p)}; the schema's tables are not documented`,
    };
  });
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.slice(0, 300);
}
