/**
 * Terraform `variable "db_password" { default = "x" }`: the default of a variable whose name is
 * sensitive or that is marked `sensitive = true`.
 */

import { DQ } from './char-codes.js';
import { assignmentRule, classifyKey, type KeyClass } from './key-names.js';
import { parseValue } from './parse-value.js';
import { PRIO_CONTEXT } from './priorities.js';
import type { Scanner } from './scanner.js';
import { redactHeredoc, redactLiteralValue } from './value-redaction.js';

export function scanTerraformVariables(s: Scanner, nearAws: (p: number) => boolean): void {
  const text = s.text;
  const re = /^[ \t]*variable[ \t]+"([^"\n]{1,200})"[ \t]*\{[ \t]*\r?$/gm;
  // The body moves `re.lastIndex` past each variable block, so this stays an `exec` loop.
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1]!;
    const headerEnd = m.index + m[0].length;
    let depth = 1;
    let l = s.nextLine(headerEnd);
    let defaultPos = -1;
    let sensitive = false;
    for (let n = 0; l !== -1 && n < 300 && depth > 0; n++) {
      const e = s.lineEnd(l);
      const line = text.slice(l, e);
      if (depth === 1) {
        const dm = /^[ \t]*default[ \t]*=[ \t]*/.exec(line);
        if (dm) {
          defaultPos = l + dm[0].length;
        }
        if (/^[ \t]*sensitive[ \t]*=[ \t]*true\b/.test(line)) sensitive = true;
      }
      depth += countBraces(line);
      if (e > re.lastIndex) re.lastIndex = e;
      l = depth > 0 ? s.nextLine(e) : -1;
    }
    if (defaultPos === -1) continue;
    const kc = classifyKey(name);
    if (!kc && !sensitive) continue;
    const v = parseValue(s, defaultPos, 'line');
    const klass: KeyClass = kc ?? { kind: 'secret', weak: false, aws: false };
    if (v.kind === 'scalar') {
      const raw = text.slice(v.start, v.end);
      const isAwsSecret = assignmentRule(klass, raw.trim(), nearAws(v.start)) === 'aws-secret-access-key';
      const rule = isAwsSecret ? 'aws-secret-access-key' : 'terraform-sensitive-default';
      redactLiteralValue(s, v.start, v.end, rule, PRIO_CONTEXT, { quoted: v.quoted, heuristics: false });
    } else if (v.kind === 'heredoc') {
      redactHeredoc(s, v.after, v.terminator, 'terraform-sensitive-default', PRIO_CONTEXT);
    }
  }
}

function countBraces(line: string): number {
  let d = 0;
  let inStr = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inStr) {
      if (c === 92) i++;
      else if (c === DQ) inStr = false;
    } else if (c === DQ) inStr = true;
    else if (c === 35 || (c === 47 && line.charCodeAt(i + 1) === 47)) break;
    else if (c === 123) d++;
    else if (c === 125) d--;
  }
  return d;
}
