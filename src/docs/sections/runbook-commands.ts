// The exact commands an on-call engineer runs against a service, with its real names: the
// namespace, the workload's resource word, its pod selector, the Compose file. Written for a
// shell at the repository root (Compose `-f` paths are repository-relative) with a kubectl
// context on the right cluster.

import type { Component } from '../../facts/model.js';

/** One command and what it answers, for a `# …` comment above it. */
export interface RunbookCommand {
  purpose: string;
  command: string;
}

export interface ComponentCommands {
  /** What they act on, e.g. `deployment/orders-api in namespace shop`. */
  target: string;
  /** Checks first, then the actions that change something. */
  check: RunbookCommand[];
  act: RunbookCommand[];
  /** How to go back to the previous release; empty when the platform keeps no history. */
  rollback: RunbookCommand[];
}

/** `kubectl` resource words; `rollout` works on the first three only. */
const KUBE_RESOURCE: Record<string, string> = {
  Deployment: 'deployment',
  StatefulSet: 'statefulset',
  DaemonSet: 'daemonset',
  ReplicaSet: 'replicaset',
  Job: 'job',
  CronJob: 'cronjob',
  Pod: 'pod',
};
const ROLLOUT_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** Commands for one deployed component; undefined for a platform no command is known for. */
export function componentCommands(c: Component): ComponentCommands | undefined {
  if (c.platform === 'kubernetes') return kubernetesCommands(c);
  if (c.platform === 'compose') return composeCommands(c);
  return undefined;
}

function kubernetesCommands(c: Component): ComponentCommands | undefined {
  const resource = KUBE_RESOURCE[c.kind];
  if (!resource) return undefined;
  const ns = c.namespace ?? 'default';
  const kubectl = `kubectl -n ${shellWord(ns)}`;
  const ref = `${resource}/${shellWord(c.name)}`;
  const selector = podSelector(c);
  const check: RunbookCommand[] = [];
  const act: RunbookCommand[] = [];
  const rollback: RunbookCommand[] = [];
  if (ROLLOUT_KINDS.has(c.kind)) {
    check.push({ purpose: 'Is the latest rollout complete?', command: `${kubectl} rollout status ${ref}` });
  }
  if (c.kind === 'CronJob') {
    check.push({ purpose: 'Schedule, last run and whether it is suspended', command: `${kubectl} get ${ref}` });
    check.push({ purpose: 'Recent runs', command: `${kubectl} get jobs --sort-by=.metadata.creationTimestamp` });
  }
  check.push(
    selector
      ? { purpose: 'Its pods and their state', command: `${kubectl} get pods -l ${selector}` }
      : { purpose: 'Its pods and their state', command: `${kubectl} get pods` },
  );
  check.push({ purpose: 'Configuration, conditions and recent events', command: `${kubectl} describe ${ref}` });
  if (selector) {
    check.push({ purpose: 'Recent logs of its pods', command: `${kubectl} logs -l ${selector} --tail=200` });
  } else if (c.kind === 'Pod' || c.kind === 'Job') {
    check.push({ purpose: 'Recent logs', command: `${kubectl} logs ${ref} --tail=200` });
  }
  check.push({
    purpose: 'Warnings in the namespace, newest last',
    command: `${kubectl} get events --field-selector type=Warning --sort-by=.lastTimestamp`,
  });
  if (ROLLOUT_KINDS.has(c.kind)) {
    act.push({ purpose: 'Restart its pods one by one', command: `${kubectl} rollout restart ${ref}` });
    rollback.push({ purpose: 'Revisions kept', command: `${kubectl} rollout history ${ref}` });
    rollback.push({ purpose: 'Go back to the previous revision', command: `${kubectl} rollout undo ${ref}` });
  }
  if (c.kind === 'Deployment' || c.kind === 'StatefulSet') {
    act.push({
      purpose: 'Scale by hand (an autoscaler that targets it will change this again)',
      command: `${kubectl} scale ${ref} --replicas=<n>`,
    });
  }
  if (c.kind === 'CronJob') {
    act.push({
      purpose: 'Run it now, outside its schedule',
      command: `${kubectl} create job --from=${ref} ${shellWord(`${c.name.slice(0, 40)}-manual`)}-$(date +%s)`,
    });
    act.push({
      purpose: 'Stop further runs (undo with `false`)',
      command: `${kubectl} patch ${ref} -p '{"spec":{"suspend":true}}'`,
    });
  }
  return { target: `${ref} in namespace ${ns}`, check, act, rollback };
}

function composeCommands(c: Component): ComponentCommands {
  const compose = `docker compose -f ${shellWord(c.source.file)}`;
  const service = shellWord(c.name);
  return {
    target: `service ${c.name} of ${c.source.file}`,
    check: [
      { purpose: 'Is it running, and healthy?', command: `${compose} ps ${service}` },
      { purpose: 'Recent logs', command: `${compose} logs --tail=200 ${service}` },
    ],
    act: [
      { purpose: 'Restart it', command: `${compose} restart ${service}` },
      { purpose: 'Recreate it from the file (after a config or image change)', command: `${compose} up -d ${service}` },
    ],
    rollback: [],
  };
}

/** `k=v,k=v` of the workload's selector, else its pod labels; undefined when it has neither. */
export function podSelector(c: Component): string | undefined {
  const labels = c.selector && Object.keys(c.selector).length ? c.selector : c.labels;
  if (!labels || Object.keys(labels).length === 0) return undefined;
  return shellWord(
    Object.entries(labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
  );
}

/** A word the shell reads as itself: quoted only when it holds something the shell would interpret. */
function shellWord(word: string): string {
  return /^[\w./=,:@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
