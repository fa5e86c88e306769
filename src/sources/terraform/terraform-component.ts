// One resource or module block as an infra component. `settings` keeps a whitelist of literal
// attributes that say what a resource is (see resource-settings.ts); a module call keeps its
// source and version. `deployable` is true only for resource types that run code someone ships
// (an ECS service, a Lambda function, a Kubernetes Deployment …), the same test Compose and
// Kubernetes use; a database or a bucket is infrastructure, not a deployable.

import type { Component } from '../../facts/model.js';
import { asRecord, type Json } from './parse-terraform-file.js';
import { appAutoscaling, resourceSettings } from './resource-settings.js';
import type { FolderBlock } from './terraform-folder.js';

/** Resource types that run shipped code and so get a runbook. */
const DEPLOYABLE_TYPES = new Set([
  'aws_ecs_service',
  'aws_lambda_function',
  'aws_apprunner_service',
  'aws_elastic_beanstalk_environment',
  'kubernetes_deployment',
  'kubernetes_deployment_v1',
  'kubernetes_stateful_set',
  'kubernetes_stateful_set_v1',
  'kubernetes_daemonset',
  'kubernetes_daemon_set_v1',
  'kubernetes_cron_job',
  'kubernetes_cron_job_v1',
  'kubernetes_job',
  'kubernetes_job_v1',
  'google_cloud_run_service',
  'google_cloud_run_v2_service',
  'google_cloud_run_v2_job',
  'google_cloudfunctions_function',
  'google_cloudfunctions2_function',
  'google_app_engine_standard_app_version',
  'azurerm_container_app',
  'azurerm_linux_web_app',
  'azurerm_windows_web_app',
  'azurerm_linux_function_app',
  'azurerm_windows_function_app',
  'azurerm_container_group',
]);

export function terraformComponent(id: string, block: FolderBlock): Component {
  const component: Component = {
    id,
    platform: 'terraform',
    kind: block.type,
    name: block.name,
    deployable: DEPLOYABLE_TYPES.has(block.type),
    ports: [],
    env: envNames(block.body),
    source: { file: block.file, line: block.line },
  };
  const image = findLiteral(block.body, ['image', 'image_uri']);
  if (typeof image === 'string') component.image = image;
  const replicas = findLiteral(block.body, ['replicas', 'desired_count']);
  if (typeof replicas === 'number' && Number.isInteger(replicas)) component.replicas = replicas;
  if (block.type === 'module') {
    const settings = moduleSettings(block);
    if (Object.keys(settings).length) component.settings = settings;
  } else {
    const settings = resourceSettings(block.body);
    if (Object.keys(settings).length) component.settings = settings;
    const autoscaling = appAutoscaling(block.type, block.body);
    if (autoscaling) component.autoscaling = autoscaling;
  }
  return component;
}

/**
 * Names of environment variables a resource sets: `environment { variables = { K = … } }`
 * (Lambda) and `env { name = "K" … }` blocks (Kubernetes provider, Cloud Run). Values are skipped.
 */
function envNames(body: Json): string[] {
  const names = new Set<string>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 8) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const record = asRecord(value);
    if (!record) return;
    for (const [key, v] of Object.entries(record)) {
      if (key === 'environment') {
        for (const env of blocksIn(v)) for (const name of Object.keys(asRecord(env.variables) ?? {})) names.add(name);
      }
      if (key === 'env') {
        for (const env of blocksIn(v))
          if (typeof env.name === 'string' && !env.name.includes('${')) names.add(env.name);
      }
      visit(v, depth + 1);
    }
  };
  visit(body, 0);
  return [...names];
}

/** The first literal (no interpolation) value of any of `keys`, searched depth-first. */
function findLiteral(body: Json, keys: string[]): unknown {
  let found: unknown;
  const visit = (value: unknown, depth: number): boolean => {
    if (depth > 8) return false;
    if (Array.isArray(value)) return value.some((v) => visit(v, depth + 1));
    const record = asRecord(value);
    if (!record) return false;
    for (const [key, v] of Object.entries(record)) {
      if (keys.includes(key) && (typeof v === 'number' || (typeof v === 'string' && !v.includes('${')))) {
        found = v;
        return true;
      }
    }
    return Object.values(record).some((v) => visit(v, depth + 1));
  };
  visit(body, 0);
  return found;
}

/** A module call's `source` (credentials dropped) and `version`, when literal. */
function moduleSettings(block: FolderBlock): Record<string, string> {
  const out: Record<string, string> = {};
  if (block.moduleSource && !block.moduleSource.text.includes('${')) out.source = block.moduleSource.text;
  if (typeof block.body.version === 'string' && !block.body.version.includes('${')) out.version = block.body.version;
  return out;
}

function blocksIn(value: unknown): Json[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(asRecord).filter((b): b is Json => b !== undefined);
}
