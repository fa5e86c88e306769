// One Terraform file to its configuration object: `.tf` through HashiCorp's HCL parser (WASM),
// `.tf.json` through JSON.parse (Terraform's JSON syntax has the same structure). A file that does
// not parse becomes a diagnostic with the parser's line and column, never a throw; a parse that
// does not answer in time is given up.

import type { Diagnostic } from '../../facts/model.js';
import type { HclParse } from './load-hcl-parser.js';

export type Json = Record<string, unknown>;

/** A parse that has not answered in this long will not: report it rather than hang the job. */
const PARSE_TIMEOUT_MS = 30_000;

export function isJsonSyntax(file: string): boolean {
  return file.toLowerCase().endsWith('.json');
}

export async function parseTerraformFile(
  file: string,
  text: string,
  parse: HclParse | undefined,
  diagnostics: Diagnostic[],
): Promise<Json | undefined> {
  if (isJsonSyntax(file)) {
    try {
      return asRecord(JSON.parse(text)) ?? {};
    } catch (error) {
      diagnostics.push(jsonError(file, text, error));
      return undefined;
    }
  }
  if (!parse) return undefined;
  try {
    return await withTimeout(
      parse(file, text),
      PARSE_TIMEOUT_MS,
      `parsing took longer than ${PARSE_TIMEOUT_MS / 1000} s`,
    );
  } catch (error) {
    diagnostics.push(hclError(file, error));
    return undefined;
  }
}

/** `parse config: [main.tf:2,7-3,1: Invalid expression; Expected …]` → line 2, column 7 and the words. */
function hclError(file: string, error: unknown): Diagnostic {
  const raw = errorMessage(error);
  const match = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*([^\]]*)/.exec(raw);
  if (!match)
    return {
      severity: 'error',
      stage: 'infra',
      file,
      message: `HCL syntax error: ${raw.replace(/^parse config:\s*/, '')}`,
    };
  return {
    severity: 'error',
    stage: 'infra',
    file,
    line: Number(match[1]),
    column: Number(match[2]),
    // The parser joins every diagnostic of the file into one message: keep the first.
    message: `HCL syntax error: ${firstDiagnostic(match[3]!, file)}`,
  };
}

function firstDiagnostic(text: string, file: string): string {
  const next = text.indexOf(` ${file}:`);
  return (next === -1 ? text : text.slice(0, next)).trim();
}

function jsonError(file: string, text: string, error: unknown): Diagnostic {
  const message = errorMessage(error);
  const diagnostic: Diagnostic = { severity: 'error', stage: 'infra', file, message: `JSON syntax error: ${message}` };
  // V8 says "at position 42" (Node 20) or "(line 3 column 5)" (newer); a few messages say neither.
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  if (lineColumn) {
    diagnostic.line = Number(lineColumn[1]);
    diagnostic.column = Number(lineColumn[2]);
  } else if (position) {
    diagnostic.line = text.slice(0, Number(position[1])).split('\n').length;
  }
  return diagnostic;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
