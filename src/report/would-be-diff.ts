import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FileChange } from '../publish/write-files.js';
import { isStateFile } from '../state/state-path.js';

const run = promisify(execFile);
const MAX_CHARS = 60_000;

/** The diff check mode would apply, as a Markdown section for the job summary (git's own diff). */
export async function wouldBeDiff(changes: FileChange[], repoRoot: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'architect-docs-diff-'));
  let out = '';
  try {
    for (const [i, change] of changes.entries()) {
      // The state file's diff helps no reviewer; a removed file shows as gone.
      if (isStateFile(change.file)) continue;
      const next = join(dir, `${i}.new`);
      await writeFile(next, change.text);
      const current = existsSync(join(repoRoot, change.file)) ? join(repoRoot, change.file) : '/dev/null';
      const args = ['diff', '--no-index', '--no-color', `--src-prefix=a/`, `--dst-prefix=b/`, '--', current, next];
      const diff = await run('git', args, { maxBuffer: 16 * 1024 * 1024 }).then(
        (r) => r.stdout,
        (e: { stdout?: string }) => e.stdout ?? '', // exit 1 means "they differ"
      );
      out +=
        `\n#### \`${change.file}\`\n\n\`\`\`\`diff\n` +
        `${diff.split('\n').slice(2).join('\n').replaceAll(current, change.file).replaceAll(next, change.file)}` +
        `\n\`\`\`\`\n`;
      if (out.length > MAX_CHARS) {
        out = `${out.slice(0, MAX_CHARS)}\n\`\`\`\`\n\n… the diff is cut here to keep the summary readable.\n`;
        break;
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return out ? `\n### What would change\n${out}` : '';
}
