// What a service loses when one of its dependencies is down, by the dependency's role. The
// sources say what the service connects to, not how its code copes (retries, fallbacks), so
// the words say what fails first, and the on-call engineer confirms it in the logs.

import type { Component, SystemRole } from '../../facts/model.js';
import { inlineCode, type Inline } from '../markdown.js';

const BY_ROLE: Record<SystemRole, string> = {
  datastore: 'reads and writes fail: requests that touch its data error or time out',
  cache: 'cache calls fail: expect slower responses, or errors where the code does not fall back',
  queue: 'publishing and consuming stop: messages back up or are lost, and asynchronous work is delayed',
  bucket: 'uploads and downloads of stored objects fail',
  gateway: 'traffic routed through it stops reaching the service',
  external: 'calls to this third party fail or time out: the features that use it stop working',
  job: 'the work this job does is not done until it runs again',
  service: 'calls to it fail: the features that need it error or time out',
};

export function outageWords(role: SystemRole): string {
  return BY_ROLE[role];
}

/**
 * Configuration, storage and identity a workload's pods need: when one is missing, Kubernetes
 * starts no new pods (running ones go on), so it shows at the next rollout, restart or rescheduling.
 */
export function missingConfigWords(c: Component): Inline[] | undefined {
  switch (c.kind) {
    case 'Secret':
    case 'ConfigMap':
      return [
        'new pods fail to start (',
        inlineCode('CreateContainerConfigError'),
        ', or ',
        inlineCode('ContainerCreating'),
        ' with a ',
        inlineCode('FailedMount'),
        ' event)',
      ];
    case 'PersistentVolumeClaim':
      return ['new pods stay ', inlineCode('Pending'), ' until the claim is bound'];
    case 'ServiceAccount':
      return ['no new pods are created (the controller reports ', inlineCode('error looking up service account'), ')'];
    default:
      return undefined;
  }
}
