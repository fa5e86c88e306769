import type { SourceKind } from '../source-kind.js';

const PROTO = /\.proto$/i;

/**
 * Protocol Buffers files: the services in them are the system's gRPC contracts, their messages
 * the vocabulary those speak. Every `.proto` outside skipped folders is read, since a message
 * file without services still gives the types the service files name.
 */
export const protobufSource = {
  name: 'protobuf',
  label: 'Protocol Buffers (gRPC) files',
  stage: 'openapi',
  area: 'api',
  configKey: 'contracts',
  fileName: PROTO,
  forcedBy: (file, matches) =>
    PROTO.test(file) && (matches(file) || matches(file.slice(0, Math.max(0, file.lastIndexOf('/'))))),
  detect: (c) => PROTO.test(c.base),
  async extract({ files, text }) {
    const { extractProtobuf } = await import('./extract-protobuf.js');
    const r = await extractProtobuf(files, text);
    return { facts: { api: r.facts }, diagnostics: r.diagnostics };
  },
  changeGroups: [{ prefix: 'rpc:', title: 'gRPC API' }],
} satisfies SourceKind;
