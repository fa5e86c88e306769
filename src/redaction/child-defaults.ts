/**
 * A sensitive key with no value on its line, whose literal is a child `Default:` / `default:` /
 * `value:` key (CloudFormation parameters, nested config).
 */

import type { KeyClass } from './key-names.js';
import { parseValue } from './parse-value.js';
import type { Scanner } from './scanner.js';
import { redactParsed } from './value-redaction.js';

const DEFAULT_KEY_RE = /(["']?)(?:default|Default|value|Value)\1[ \t]*[:=](?![=:])[ \t]*/y;

/**
 * `DbPassword:` with no value on its line (CloudFormation parameter, nested config): redact the
 * literal of a child `Default:`/`default:`/`value:` key.
 */
export function redactChildDefault(
  s: Scanner,
  after: number,
  column: number,
  kc: KeyClass,
  nearAws: (p: number) => boolean,
): void {
  let l = s.nextLine(after);
  let childIndent = -1;
  for (let n = 0; l !== -1 && n < 40; n++) {
    const e = s.lineEnd(l);
    const indent = s.indentAt(l);
    if (l + indent < e) {
      if (indent <= column) return;
      if (childIndent === -1) childIndent = indent;
      if (indent === childIndent) {
        DEFAULT_KEY_RE.lastIndex = l + indent;
        const m = DEFAULT_KEY_RE.exec(s.text);
        if (m) {
          const quoteBefore = m[1] === '"' ? 'flow' : 'line';
          redactParsed(s, parseValue(s, l + indent + m[0].length, quoteBefore), kc, indent, nearAws);
          return;
        }
      }
    }
    l = s.nextLine(e);
  }
}
