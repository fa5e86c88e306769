import type { MigrationFile } from './migration-layout.js';
import { lineAt, lineStarts } from './split-statements.js';

// The same rule as replay-postgres.ts's own copy (kept there until the lead moves it here): dbmate
// and goose files hold up and down in one file, and only the up part is replayed.

export function forwardSection(text: string, section: MigrationFile['section']): { text: string; lineOffset: number } {
  if (section === 'whole') return { text, lineOffset: 0 };
  const up = section === 'dbmate-up' ? /^--\s*migrate:up\b.*$/m : /^--\s*\+goose\s+Up\b.*$/im;
  const down = section === 'dbmate-up' ? /^--\s*migrate:down\b/m : /^--\s*\+goose\s+Down\b/im;
  const start = up.exec(text);
  if (!start) return { text, lineOffset: 0 };
  const bodyStart = start.index + start[0].length;
  const rest = text.slice(bodyStart);
  const end = down.exec(rest);
  const body = end ? rest.slice(0, end.index) : rest;
  const lineOffset = lineAt(lineStarts(text), bodyStart) - 1;
  return { text: body, lineOffset };
}
