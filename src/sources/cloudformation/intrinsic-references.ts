// The logical ids a piece of a template names through its intrinsic functions: `Ref`,
// `Fn::GetAtt` (list or `A.B` string) and the `${Name}` / `${Name.Attr}` variables of `Fn::Sub`,
// each with the property path that mentions it (`Environment.Variables.TABLE_NAME`). Which of
// them are resources (and so edges) is the caller's question: a `Ref` may name a parameter.

import { asRecord } from './read-template.js';

export interface Mention {
  logicalId: string;
  /** Property path, list positions left out: `Policies.PolicyDocument.Statement.Resource`. */
  via: string;
}

/** Past this depth a template is not something CloudFormation accepts; stop looking. */
const MAX_DEPTH = 48;

/** Every logical id `value` mentions, `path` being where it sits. */
export function mentionsIn(value: unknown, path: string, out: Mention[] = [], depth = 0): Mention[] {
  if (depth > MAX_DEPTH) return out;
  if (Array.isArray(value)) {
    for (const item of value) mentionsIn(item, path, out, depth + 1);
    return out;
  }
  const record = asRecord(value);
  if (!record) return out;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    const [key] = keys as [string];
    const arg = record[key];
    if (key === 'Ref') {
      if (typeof arg === 'string') out.push({ logicalId: arg, via: path });
      return out;
    }
    if (key === 'Fn::GetAtt') {
      const first = Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined;
      if (typeof first === 'string') out.push({ logicalId: first, via: path });
      else mentionsIn(arg, path, out, depth + 1); // `!GetAtt [!Ref X, Arn]` is not valid, but read on
      return out;
    }
    if (key === 'Fn::Sub') {
      const [template, variables] = Array.isArray(arg) ? [arg[0], asRecord(arg[1])] : [arg, undefined];
      if (typeof template === 'string') {
        for (const name of subVariables(template))
          if (!variables || !(name in variables)) out.push({ logicalId: name, via: path });
      }
      if (variables) for (const v of Object.values(variables)) mentionsIn(v, path, out, depth + 1);
      return out;
    }
    // Other functions (`Fn::If`, `Fn::Join` …) and a `Condition` name: their arguments sit at the
    // same property path.
    if (key.startsWith('Fn::')) return mentionsIn(arg, path, out, depth + 1);
  }
  for (const [key, v] of Object.entries(record)) mentionsIn(v, path === '' ? key : `${path}.${key}`, out, depth + 1);
  return out;
}

/**
 * The names a `Fn::Sub` string substitutes: `${Table}` and `${Table.Arn}` give `Table`;
 * `${AWS::Region}` (a pseudo parameter) and `${!Literal}` (written as is) give nothing.
 */
export function subVariables(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\$\{([^}]*)\}/g)) {
    const inner = m[1]!.trim();
    if (inner === '' || inner.startsWith('!') || inner.startsWith('AWS::')) continue;
    names.add(inner.split('.')[0]!);
  }
  return [...names];
}
