// One error type for the whole engine, carrying where in which template it happened, so the chart
// renderer can turn it into a Diagnostic pointing at the template's file and line.

export class TemplateError extends Error {
  constructor(
    /** The template the failing action is in (`shop/templates/_helpers.tpl`, a define's file). */
    readonly template: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`template: ${template}:${line}: ${detail}`);
  }
}

/** Raised by `fail` and `required`: the chart's own message, reported as it is. */
export class ChartFailure extends Error {}
