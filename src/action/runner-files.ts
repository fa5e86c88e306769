import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

// The parts of the runner's protocol a no-op run needs, without the toolkit (@actions/core loads
// an HTTP client at start, which costs more than the whole no-op check): inputs from `INPUT_*`,
// masking, outputs and the job summary through the files the runner names. Annotations and the
// failed state go through @actions/core, loaded when a run has them to report.

/** An input as the runner passes it: `INPUT_<NAME>` (spaces as `_`), trimmed; '' when absent. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A boolean input in YAML 1.2's core spellings; anything else is the workflow's mistake. */
export function getBooleanInput(name: string): boolean {
  const value = getInput(name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
      'Support boolean input list: `true | True | TRUE | false | False | FALSE`',
  );
}

/** Percent-encoding of a workflow command's data, so a newline cannot end the command early. */
const commandData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Asks the runner to hide the value in every log line. */
export function setSecret(value: string): void {
  process.stdout.write(`::add-mask::${commandData(value)}${EOL}`);
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

/** A step output, in the runner's multi-line form with a delimiter no value can contain by chance. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(`${EOL}::set-output name=${name}::${commandData(value)}${EOL}`);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`unexpected input: the output ${name} contains its delimiter`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends Markdown to the job summary (a line ending after it); nowhere when the runner gave no file. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, `${markdown}${EOL}`, 'utf8');
}
