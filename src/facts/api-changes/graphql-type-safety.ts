// Whether a GraphQL type may change from one spelling to another without breaking clients, read
// from the types as the facts write them (`[Order!]!`). The rules are graphql-js's: a result may
// become stricter (gain a `!`), an input may become looser (lose one); anything else breaks.

type TypeShape = { of: 'named'; name: string } | { of: 'list'; inner: TypeShape } | { of: 'nonNull'; inner: TypeShape };

/** Parses `[Order!]!`; a spelling it cannot read is taken as a name, so it only equals itself. */
export function parseTypeText(text: string): TypeShape {
  const t = text.replace(/\s+/g, '');
  if (t.endsWith('!')) return { of: 'nonNull', inner: parseTypeText(t.slice(0, -1)) };
  if (t.startsWith('[') && t.endsWith(']')) return { of: 'list', inner: parseTypeText(t.slice(1, -1)) };
  return { of: 'named', name: t };
}

/** A field's result type (object or interface field, root field): safe when it only got stricter. */
export function isSafeResultChange(before: string, after: string): boolean {
  return safeForResult(parseTypeText(before), parseTypeText(after));
}

/** An argument's or input field's type: safe when it only got looser. */
export function isSafeInputChange(before: string, after: string): boolean {
  return safeForInput(parseTypeText(before), parseTypeText(after));
}

function safeForResult(before: TypeShape, after: TypeShape): boolean {
  if (before.of === 'list')
    return (
      (after.of === 'list' && safeForResult(before.inner, after.inner)) ||
      (after.of === 'nonNull' && safeForResult(before, after.inner))
    );
  if (before.of === 'nonNull') return after.of === 'nonNull' && safeForResult(before.inner, after.inner);
  return (
    (after.of === 'named' && after.name === before.name) ||
    (after.of === 'nonNull' && safeForResult(before, after.inner))
  );
}

function safeForInput(before: TypeShape, after: TypeShape): boolean {
  if (before.of === 'list') return after.of === 'list' && safeForInput(before.inner, after.inner);
  if (before.of === 'nonNull')
    return (
      (after.of === 'nonNull' && safeForInput(before.inner, after.inner)) ||
      (after.of !== 'nonNull' && safeForInput(before.inner, after))
    );
  return after.of === 'named' && after.name === before.name;
}
