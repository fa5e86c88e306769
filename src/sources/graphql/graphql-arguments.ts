import type { ConstValueNode, InputValueDefinitionNode } from 'graphql';
import type { Parameter } from '../../facts/model.js';
import type { MergedType } from './collect-types.js';
import { isDeprecated } from './graphql-directives.js';
import { namedTypeOf, typeText } from './graphql-type-text.js';

/** graphql-js's `print`, for default values as written (`20`, `ASC`, `{limit: 5}`). */
export type PrintValue = (node: ConstValueNode) => string;

/** A field argument: required when non-null without a default, as graphql-js counts it. */
export function argumentOf(
  arg: InputValueDefinitionNode,
  types: ReadonlyMap<string, MergedType>,
  printValue: PrintValue,
): Parameter {
  const param: Parameter = {
    name: arg.name.value,
    in: 'argument',
    required: arg.type.kind === 'NonNullType' && !arg.defaultValue,
    type: typeText(arg.type),
  };
  if (isDeprecated(arg.directives)) param.deprecated = true;
  const named = types.get(namedTypeOf(arg.type));
  if (named?.kind === 'enum') param.enum = enumValues(named);
  if (arg.defaultValue) param.default = printValue(arg.defaultValue);
  return param;
}

export function enumValues(type: MergedType): string[] {
  return type.parts.flatMap((p) => p.values.map((v) => v.name.value));
}
