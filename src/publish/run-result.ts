import type { AgentStageResult } from '../agent/agent-stage.js';
import type { Config } from '../config/config-schema.js';
import type { RenderedDoc } from '../docs/render-docs.js';
import type { ApiChange } from '../facts/model.js';
import type { FindingsTriage } from '../facts/findings-triage.js';
import type { Diagnostic, FactModel } from '../facts/model.js';
import type { FileChange } from './write-files.js';

/** What one pipeline run produced: the input of publishing and of the run's report. */
export interface RunResult {
  mode: Config['mode'];
  /** Files whose content differs from what is on disk (written unless in `check` mode). */
  changed: FileChange[];
  /** Every file the run owns (docs and state) with its full new content, changed or not. */
  owned: FileChange[];
  docs: RenderedDoc[];
  facts: FactModel;
  /** The extraction key of `facts` (state/extraction-key.ts), which the state file records. */
  extractionKey: string;
  /** False when the inputs were unchanged and the facts came from the facts cache. */
  extracted: boolean;
  diagnostics: Diagnostic[];
  /**
   * The findings against the previous run's facts (the state file's): what this change
   * introduced leads the job summary and the annotations.
   */
  findings: FindingsTriage;
  /** API contract changes since the change base (errors first); empty without a base. */
  apiChanges: ApiChange[];
  /** True in `check` mode when the docs are not current. */
  stale: boolean;
  agent: AgentStageResult;
}
