import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from './config-error.js';
import { configFileSchema, type ConfigFile } from './config-schema.js';

/** The config file's text as settings, or a ConfigError at the line of the first problem. */
export function parseConfigFile(text: string, path: string): ConfigFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, path, lineCounter.linePos(e.pos[0]).line);
  }
  const raw = doc.toJS() ?? {};
  const parsed = configFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keyPath = issue.path.map(String);
    // Point at the unknown key itself, else at the bad value.
    const node =
      issue.code === 'unrecognized_keys'
        ? keyNode(doc, keyPath, issue.keys[0]!)
        : keyPath.length > 0
          ? doc.getIn(keyPath, true)
          : undefined;
    const offset = (node as { range?: [number, number] } | undefined)?.range?.[0];
    throw new ConfigError(
      describeIssue(issue),
      path,
      offset !== undefined ? lineCounter.linePos(offset).line : undefined,
    );
  }
  return parsed.data;
}

function keyNode(doc: Document, path: string[], key: string): unknown {
  const map = path.length > 0 ? doc.getIn(path, true) : doc.contents;
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the file';
  if (issue.code === 'unrecognized_keys') {
    const prefix = issue.path.length > 0 ? `${issue.path.join('.')}.` : '';
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${prefix}${k}"`).join(', ')}`;
  }
  // A bad record key (a system's name) carries the key's own rule inside.
  const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  return `${where}: ${message}`;
}
