// Helm's own template functions on top of Sprig: `include` and `tpl` (which run templates),
// `required` and `fail` (the chart's own errors), YAML/JSON both ways as Helm writes them, and
// `lookup`, which `helm template` answers with an empty dict because there is no cluster.

import { createHash } from 'node:crypto';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { FuncContext, TemplateFunc } from './go-template/executor.js';
import { isMap, isNil } from './go-template/go-values.js';
import { ChartFailure } from './go-template/template-error.js';
import { SPRIG_FUNCTIONS, strval } from './sprig-functions.js';

/** YAML as sigs.k8s.io/yaml writes it: keys sorted, sequences not indented under their key. */
export function toYaml(v: unknown): string {
  if (v === undefined) return 'null';
  const text = stringifyYaml(v, { sortMapEntries: true, indentSeq: false, lineWidth: 0, aliasDuplicateObjects: false });
  return text.replace(/\n$/, '');
}

/** encoding/json: keys sorted, `<`, `>` and `&` escaped. */
export function toJson(v: unknown): string {
  const sorted = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sorted);
    if (isMap(x)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(x).sort()) out[k] = sorted(x[k]);
      return out;
    }
    return x === undefined ? null : x;
  };
  return (JSON.stringify(sorted(v)) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

function fromYaml(text: unknown): unknown {
  try {
    const v = parseYaml(strval(text), { maxAliasCount: 100 }) as unknown;
    return isMap(v) ? v : {};
  } catch (e) {
    return { Error: (e as Error).message };
  }
}

function fromJson(text: unknown): unknown {
  try {
    const v = JSON.parse(strval(text)) as unknown;
    return isMap(v) ? v : {};
  } catch (e) {
    return { Error: (e as Error).message };
  }
}

const HELM: Record<string, TemplateFunc> = {
  include: (ctx: FuncContext, name, data) => ctx.include(strval(name), data),
  tpl: (ctx: FuncContext, text, data) => ctx.tpl(strval(text), data),
  required: (_ctx, message, value) => {
    if (isNil(value) || value === '') throw new ChartFailure(strval(message));
    return value;
  },
  fail: (_ctx, message) => {
    throw new ChartFailure(strval(message));
  },
  toYaml: (_ctx, v) => toYaml(v),
  fromYaml: (_ctx, text) => fromYaml(text),
  fromYamlArray: (_ctx, text) => {
    try {
      const v = parseYaml(strval(text), { maxAliasCount: 100 }) as unknown;
      return Array.isArray(v) ? v : [];
    } catch (e) {
      return [(e as Error).message];
    }
  },
  toJson: (_ctx, v) => toJson(v),
  mustToJson: (_ctx, v) => toJson(v),
  toRawJson: (_ctx, v) =>
    toJson(v)
      .replace(/\\u003c/g, '<')
      .replace(/\\u003e/g, '>')
      .replace(/\\u0026/g, '&'),
  fromJson: (_ctx, text) => fromJson(text),
  fromJsonArray: (_ctx, text) => {
    try {
      const v = JSON.parse(strval(text)) as unknown;
      return Array.isArray(v) ? v : [];
    } catch (e) {
      return [(e as Error).message];
    }
  },
  mustFromJson: (_ctx, text) => JSON.parse(strval(text)) as unknown,
  toPrettyJson: (_ctx, v) => JSON.stringify(JSON.parse(toJson(v)), null, 2),
  sha256sum: (_ctx, v) => createHash('sha256').update(strval(v), 'utf8').digest('hex'),
  sha1sum: (_ctx, v) => createHash('sha1').update(strval(v), 'utf8').digest('hex'),
  lookup: () => ({}),
  sha512sum: (_ctx, v) => createHash('sha512').update(strval(v), 'utf8').digest('hex'),
  adler32sum: (_ctx, v) => String(adler32(strval(v))),
  mustToPrettyJson: (_ctx, v) => JSON.stringify(JSON.parse(toJson(v)), null, 2),
  mustToRawJson: (_ctx, v) =>
    toJson(v)
      .replace(/\\u003c/g, '<')
      .replace(/\\u003e/g, '>')
      .replace(/\\u0026/g, '&'),
  mustFromYaml: (_ctx, text) => fromYaml(text),
  toToml: () => '',
  getHostByName: () => '',
  // Keys, certificates and password hashes are random in Helm: fixed stand-ins keep the docs stable
  // and tell a reader what the object holds without inventing secrets.
  htpasswd: (_ctx, user) => `${strval(user)}:<bcrypt hash>`,
  bcrypt: () => '<bcrypt hash>',
  derivePassword: () => '<derived password>',
  encryptAES: () => '<encrypted>',
  decryptAES: () => '',
  genPrivateKey: () => '<private key>',
  genCA: () => ({ Cert: '<certificate>', Key: '<private key>' }),
  genCAWithKey: () => ({ Cert: '<certificate>', Key: '<private key>' }),
  genSelfSignedCert: () => ({ Cert: '<certificate>', Key: '<private key>' }),
  genSelfSignedCertWithKey: () => ({ Cert: '<certificate>', Key: '<private key>' }),
  genSignedCert: () => ({ Cert: '<certificate>', Key: '<private key>' }),
  genSignedCertWithKey: () => ({ Cert: '<certificate>', Key: '<private key>' }),
  buildCustomCert: (_ctx, cert, key) => ({ Cert: strval(cert), Key: strval(key) }),
};

function adler32(text: string): number {
  let a = 1;
  let b = 0;
  for (const byte of Buffer.from(text, 'utf8')) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Every function a chart's templates may call. */
export const HELM_FUNCTIONS: Record<string, TemplateFunc> = { ...SPRIG_FUNCTIONS, ...HELM };
