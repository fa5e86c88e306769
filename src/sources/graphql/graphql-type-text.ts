import type { TypeNode } from 'graphql';

/** A type as written in SDL: `[Order!]!`. */
export function typeText(node: TypeNode): string {
  if (node.kind === 'NonNullType') return `${typeText(node.type)}!`;
  if (node.kind === 'ListType') return `[${typeText(node.type)}]`;
  return node.name.value;
}

/** The named type under the lists and non-nulls: `[Order!]!` → `Order`. */
export function namedTypeOf(node: TypeNode): string {
  return node.kind === 'NamedType' ? node.name.value : namedTypeOf(node.type);
}

/** The first line of a description, for a summary. */
export function firstLine(description: string | undefined): string | undefined {
  const line = description
    ?.split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line || undefined;
}
