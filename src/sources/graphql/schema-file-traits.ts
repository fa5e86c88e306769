import type { DefinitionNode } from 'graphql';

// What a file's definitions say about which schema it belongs to (see refineSchemaGroups).

export interface SchemaFileTraits {
  /** A composed Apollo supergraph (`@join__*` directives): a whole schema of its own. */
  supergraph: boolean;
  /** An Apollo federation subgraph: `@key` entities, or `@link` to the federation spec. */
  federated: boolean;
  /** Names of the types it defines (not extends); the `schema { query: X }` root counts as `Query`. */
  defines: Set<string>;
  /** Names of the types it extends. */
  extends: Set<string>;
  /** Types it extends as federation entities (`extend type User @key(…)`): owned by another subgraph. */
  entityExtends: Set<string>;
}

export function schemaFileTraits(definitions: readonly DefinitionNode[]): SchemaFileTraits {
  const traits: SchemaFileTraits = {
    supergraph: false,
    federated: false,
    defines: new Set(),
    extends: new Set(),
    entityExtends: new Set(),
  };
  for (const node of definitions) {
    if (node.kind === 'DirectiveDefinition') {
      if (node.name.value.startsWith('join__')) traits.supergraph = true;
      continue;
    }
    const directives = 'directives' in node ? (node.directives ?? []) : [];
    for (const d of directives) {
      if (d.name.value.startsWith('join__')) traits.supergraph = true;
      if (d.name.value === 'key') traits.federated = true;
      const url = d.arguments?.find((a) => a.name.value === 'url')?.value;
      if (d.name.value === 'link' && url?.kind === 'StringValue' && /federation/i.test(url.value))
        traits.federated = true;
    }
    if (node.kind === 'SchemaDefinition' || node.kind === 'SchemaExtension') continue;
    if (!('name' in node) || !node.name) continue;
    if (node.kind.endsWith('Extension')) {
      traits.extends.add(node.name.value);
      if (directives.some((d) => d.name.value === 'key')) traits.entityExtends.add(node.name.value);
    } else traits.defines.add(node.name.value);
  }
  return traits;
}
