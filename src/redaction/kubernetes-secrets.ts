/**
 * Every value under `data:` / `stringData:` of a Kubernetes `kind: Secret` manifest, whatever its
 * key is called (`tls.key`, `config.json`): a Secret holds nothing but secrets.
 */

import { CR } from './char-codes.js';
import { isReference } from './non-secret-values.js';
import { parseValue } from './parse-value.js';
import { PRIO_K8S } from './priorities.js';
import type { Scanner } from './scanner.js';

export function scanKubernetesSecrets(s: Scanner): void {
  const text = s.text;
  const re = /^kind:[ \t]*["']?Secret["']?[ \t]*(?:#[^\n]*)?\r?$/gm;
  let processedEnd = 0;
  // The body moves `re.lastIndex` to the end of each Secret document, so this stays an `exec` loop.
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < processedEnd) continue;
    let docStart = text.lastIndexOf('\n---', m.index);
    docStart = docStart === -1 ? 0 : docStart + 1;
    if (docStart < processedEnd) docStart = processedEnd;
    let docEnd = text.indexOf('\n---', m.index);
    if (docEnd === -1) docEnd = s.len;
    processedEnd = docEnd;
    redactSecretDoc(s, docStart, docEnd);
    re.lastIndex = docEnd;
  }
}

function redactSecretDoc(s: Scanner, docStart: number, docEnd: number): void {
  const text = s.text;
  const rule = 'kubernetes-secret-data';
  let l = docStart;
  let inData = false;
  let childIndent = -1;
  let group = -1; // the current child value (its continuation/block lines share one finding)
  while (l < docEnd) {
    let nl = text.indexOf('\n', l);
    if (nl === -1 || nl > docEnd) nl = docEnd;
    let e = nl;
    if (e > l && text.charCodeAt(e - 1) === CR) e--;
    const indent = s.indentAt(l);
    const blank = l + indent >= e || text.charCodeAt(l + indent) === 35;
    if (!blank) {
      if (indent === 0) {
        inData = /^(?:data|stringData):[ \t]*(?:#.*)?$/.test(text.slice(l, e));
        childIndent = -1;
        group = -1;
      } else if (inData) {
        if (childIndent === -1) childIndent = indent;
        if (indent === childIndent) {
          group = s.group();
          const km = /^([ \t]*)(["']?)([-._A-Za-z0-9]{1,253})\2[ \t]*:(?=[ \t]|$)[ \t]*/.exec(text.slice(l, e));
          if (km) {
            const v = parseValue(s, l + km[0].length, 'line');
            if (v.kind === 'scalar') {
              const raw = text.slice(v.start, v.end);
              if (!isReference(raw.trim(), v.quoted)) s.add(v.start, v.end, rule, PRIO_K8S, group);
            }
          }
        } else if (indent > childIndent) {
          // block scalar content or continuation of a multi-line plain scalar
          if (!text.startsWith('{{', l + indent)) {
            s.add(l + indent, e, rule, PRIO_K8S, group === -1 ? s.group() : group);
          }
        }
      }
    }
    l = nl + 1;
  }
}
