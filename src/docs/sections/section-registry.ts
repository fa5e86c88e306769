import { adrChange } from './adr-sections.js';
import { apiEndpoints, apiSecuritySchemes, apiSpecs } from './api-sections.js';
import { dataEnums, dataErDiagram, dataIndexes, dataRelationships, dataSummary, dataTables } from './data-sections.js';
import { dataMigrationHistory, latestMigrations } from './migration-history-section.js';
import { infraComponents } from './infra-sections.js';
import { infraEnvironments } from './environment-sections.js';
import { overviewSourceProblems } from './source-problems-section.js';
import { infraTerraformModules } from './terraform-sections.js';
import type { Section } from '../markdown.js';
import { overviewAtAGlance, overviewDocuments } from './overview-sections.js';
import { overviewFindings, risksFindings } from './risk-sections.js';
import {
  runbookCommands,
  runbookDependencies,
  runbookHealth,
  runbookRollback,
  runbookRuntime,
  runbookService,
} from './runbook-sections.js';
import {
  infraConnections,
  infraDiagram,
  infraSupporting,
  infraSystemComponents,
  infraUnknowns,
  overviewComponentDiagram,
  overviewContextDiagram,
} from './system-sections.js';
import type { SectionContext } from './section-context.js';

/**
 * Every managed block id a template may use. `facts` blocks are computed here, deterministically;
 * `agent` blocks are written by the architect model, and `purpose` tells it (and offline
 * readers) what belongs there.
 */
export type SectionSpec =
  | { kind: 'facts'; render: (ctx: SectionContext) => Section }
  /** `answer: 'decision'`: the model answers as a decision record (context, decision, consequences, alternatives). */
  | { kind: 'agent'; purpose: string; answer?: 'decision' };

export const SECTIONS: Record<string, SectionSpec> = {
  'overview.at-a-glance': { kind: 'facts', render: overviewAtAGlance },
  'overview.findings': { kind: 'facts', render: overviewFindings },
  'overview.context': {
    kind: 'agent',
    purpose:
      'the system context, its main data flows, trust boundaries, and the key design decisions with their trade-offs',
  },
  'overview.context-diagram': { kind: 'facts', render: overviewContextDiagram },
  'overview.component-diagram': { kind: 'facts', render: overviewComponentDiagram },
  'overview.security': {
    kind: 'agent',
    purpose:
      'a security review: authentication and authorisation at each boundary, ' +
      'secrets handling, least privilege and exposed surfaces',
  },
  'overview.reliability': {
    kind: 'agent',
    purpose:
      'performance and reliability: likely bottlenecks, caching, ' +
      'timeouts and retries, fault tolerance and scaling limits',
  },
  'overview.observability': {
    kind: 'agent',
    purpose: 'observability: the logs, metrics, traces and alerts the system needs to be run safely',
  },
  'overview.documents': { kind: 'facts', render: overviewDocuments },
  'overview.source-problems': { kind: 'facts', render: overviewSourceProblems },
  'risks.findings': { kind: 'facts', render: risksFindings },
  'api.specs': { kind: 'facts', render: apiSpecs },
  'api.endpoints': { kind: 'facts', render: apiEndpoints },
  'api.security-schemes': { kind: 'facts', render: apiSecuritySchemes },
  'api.design-notes': {
    kind: 'agent',
    purpose:
      'API design notes: versioning, error format, idempotency, ' +
      'pagination and rate limits — what the contract has and what it lacks',
  },
  'data.summary': { kind: 'facts', render: dataSummary },
  'data.er-diagram': { kind: 'facts', render: dataErDiagram },
  'data.tables': { kind: 'facts', render: dataTables },
  'data.relationships': { kind: 'facts', render: dataRelationships },
  'data.indexes': { kind: 'facts', render: dataIndexes },
  'data.enums': { kind: 'facts', render: dataEnums },
  'data.migrations': { kind: 'facts', render: latestMigrations },
  'data.migration-history': { kind: 'facts', render: dataMigrationHistory },
  'data.notes': {
    kind: 'agent',
    purpose:
      'data architecture notes: integrity rules, ' +
      'indexing against the access paths the API implies, and migration safety',
  },
  'infra.diagram': { kind: 'facts', render: infraDiagram },
  'infra.components': { kind: 'facts', render: infraComponents },
  'infra.environments': { kind: 'facts', render: infraEnvironments },
  'infra.terraform': { kind: 'facts', render: infraTerraformModules },
  'infra.dependencies': { kind: 'facts', render: infraConnections },
  'infra.system': { kind: 'facts', render: infraSystemComponents },
  'infra.supporting': { kind: 'facts', render: infraSupporting },
  'infra.unknowns': { kind: 'facts', render: infraUnknowns },
  'infra.notes': {
    kind: 'agent',
    purpose:
      'infrastructure notes: how the components are deployed, scaled and isolated, ' +
      'and the operational risks in the configuration',
  },
  'runbook.service': { kind: 'facts', render: runbookService },
  'runbook.runtime': { kind: 'facts', render: runbookRuntime },
  'runbook.health': { kind: 'facts', render: runbookHealth },
  'runbook.dependencies': { kind: 'facts', render: runbookDependencies },
  'runbook.commands': { kind: 'facts', render: runbookCommands },
  'runbook.rollback': { kind: 'facts', render: runbookRollback },
  'adr.change': { kind: 'facts', render: adrChange },
  'adr.decision': {
    kind: 'agent',
    answer: 'decision',
    purpose:
      'a draft architecture decision record for this change: the context and the consequences (risks, costs, ' +
      'operational impact) as the sources show them, the decision the change makes and the alternatives worth ' +
      'recording as proposals for the team to confirm',
  },
  'runbook.procedures': {
    kind: 'agent',
    purpose:
      'incident procedures for this service: symptoms, the checks to run, ' +
      'mitigation and rollback, using the real names from the configuration',
  },
};
