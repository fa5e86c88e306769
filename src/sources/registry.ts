import { asyncapiSource } from './asyncapi/asyncapi-source.js';
import { cloudformationSource } from './cloudformation/cloudformation-source.js';
import { composeSource } from './compose/compose-source.js';
import { graphqlSource } from './graphql/graphql-source.js';
import { kubernetesSource } from './kubernetes/kubernetes-source.js';
import { migrationsSource } from './migrations/migrations-source.js';
import { openapiSource } from './openapi/openapi-source.js';
import { prismaSource } from './prisma/prisma-source.js';
import { protobufSource } from './protobuf/protobuf-source.js';
import type { SourceKind } from './source-kind.js';
import { terraformSource } from './terraform/terraform-source.js';

/**
 * Every kind of source, in the order discovery asks them (first claim wins) and the docs list
 * their platforms. A new kind is its folder plus one line here.
 */
const kinds: SourceKind[] = [
  openapiSource,
  asyncapiSource,
  graphqlSource,
  protobufSource,
  migrationsSource,
  prismaSource,
  composeSource,
  kubernetesSource,
  terraformSource,
  cloudformationSource,
];

export function sourceKinds(): readonly SourceKind[] {
  return kinds;
}

export function sourceKind(name: string): SourceKind | undefined {
  return kinds.find((k) => k.name === name);
}

/**
 * Adds a kind at run time, after the built-in ones. For kinds that live outside this folder (a
 * test's made-up format); a kind of the product is listed above instead.
 */
export function registerSourceKind(kind: SourceKind): () => void {
  if (kinds.some((k) => k.name === kind.name))
    throw new Error(`a source kind named "${kind.name}" is already registered`);
  kinds.push(kind);
  return () => {
    const at = kinds.indexOf(kind);
    if (at >= 0) kinds.splice(at, 1);
  };
}
