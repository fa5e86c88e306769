import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../facts/hash.js';

export const TEMPLATE_NAMES = [
  'overview.md',
  'api.md',
  'data-model.md',
  'infrastructure.md',
  'risks.md',
  'runbook.md',
  'adr.md',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface Templates {
  texts: Record<TemplateName, string>;
  /** Changes when any template changes: part of the incremental key. */
  digest: string;
  /** Where each template came from (bundled or the repository's override folder). */
  origins: Record<TemplateName, string>;
}

/**
 * Finds the bundled `docs-templates/` folder: next to the bundle in `dist/`, or at the package
 * root when running from source.
 */
export function bundledTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'docs-templates');
    if (existsSync(join(candidate, 'overview.md'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('the bundled docs-templates folder is missing: the installation is incomplete');
}

/** Bundled templates, each overridable by a file of the same name in the repository's templates folder. */
export async function loadTemplates(repoRoot: string, overrideDir: string | undefined): Promise<Templates> {
  const bundled = bundledTemplatesDir();
  const texts = {} as Record<TemplateName, string>;
  const origins = {} as Record<TemplateName, string>;
  for (const name of TEMPLATE_NAMES) {
    const override = overrideDir ? join(repoRoot, overrideDir, name) : undefined;
    if (override && existsSync(override)) {
      texts[name] = await readFile(override, 'utf8');
      origins[name] = `${overrideDir}/${name}`;
    } else {
      texts[name] = await readFile(join(bundled, name), 'utf8');
      origins[name] = `bundled ${name}`;
    }
  }
  return { texts, origins, digest: sha256(TEMPLATE_NAMES.map((n) => `${n}\0${texts[n]}`).join('\0')) };
}

/** Fills `{{name}}` placeholders outside managed blocks' bodies (templates only hold headings and prose). */
export function fillTemplate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/gi, (whole, name: string) => vars[name] ?? whole);
}
