import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../facts/hash.js';
import type { InputFile } from '../facts/model.js';
import { decodeText } from './common/decode-text.js';
import { dotEnvWithoutSecrets } from './compose/dot-env.js';

// Files that are inputs only because another input refers to them (a path item behind `$ref`):
// discovery cannot find them, so extraction reports them and the next run re-hashes them from
// the last run's list. Either way they join the inputs the same way.

/** The inputs plus the referenced files among `texts` that are not inputs yet, each hashed as read. */
export function withReferencedInputs(
  inputs: InputFile[],
  kind: string,
  texts: Map<string, string> | undefined,
): InputFile[] {
  const known = new Set(inputs.map((i) => i.file));
  const extra: InputFile[] = [];
  for (const [file, text] of texts ?? []) {
    if (!known.has(file)) extra.push({ file, kind, sha256: sha256(text), referenced: true });
  }
  return extra.length === 0
    ? inputs
    : [...inputs, ...extra].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * A referenced file's text as its kind hands it over, and so as it is hashed: Compose withholds
 * the values of secret-named variables (a `.env`, an `env_file`), so that no hash of a secret is
 * committed in the state file. Extraction and every later re-hash must agree, or the run key
 * never matches and no run is a no-op.
 */
export function referencedText(kind: string, text: string): string {
  return kind === 'compose' ? dotEnvWithoutSecrets(text) : text;
}

/**
 * Discovery's inputs plus the last run's referenced files, hashed as they are now. A file gone
 * since drops out, so the extraction key changes and the run re-extracts.
 */
export async function rehashReferencedInputs(
  repoRoot: string,
  discovered: InputFile[],
  previous: InputFile[],
): Promise<InputFile[]> {
  let inputs = discovered;
  for (const input of previous) {
    if (!input.referenced) continue;
    const bytes = await readFile(join(repoRoot, input.file)).catch(() => undefined);
    if (bytes)
      inputs = withReferencedInputs(
        inputs,
        input.kind,
        new Map([[input.file, referencedText(input.kind, decodeText(bytes))]]),
      );
  }
  return inputs;
}
