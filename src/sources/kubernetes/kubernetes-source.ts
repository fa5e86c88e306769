import type { Component } from '../../facts/model.js';
import type { SourceKind } from '../source-kind.js';
import { kubectlMentions } from './kubectl-mentions.js';
import { isChartFile, isKustomizationFile } from './kubernetes-file-names.js';

const KUBE_API_VERSION = /^apiVersion:\s*\S/m;
const KUBE_KIND = /^kind:\s*\S/m;
const YAML = /\.ya?ml$/i;
/**
 * Files shaped like manifests that no cluster ever receives: the configuration of tools around
 * Kubernetes (Skaffold's build pipeline, a kind/k3d cluster definition, a kubeconfig).
 */
const TOOL_CONFIG = new RegExp(
  String.raw`^apiVersion:\s*["']?(skaffold\/|kind\.x-k8s\.io\/|k3d\.io\/|ctlptl\.dev\/|` +
    String.raw`kubeadm\.k8s\.io\/|kubelet\.config\.k8s\.io\/)`,
  'm',
);
const KUBECONFIG = /^kind:\s*["']?Config["']?\s*$/m;
const CHART_API = /^apiVersion:\s*["']?v[12]["']?\s*$/m;

/** The last folder of an environment's id: `prod` for `deploy/overlays/prod`. */
const environmentName = (c: Component) => (c.environment ? c.environment.split('/').pop() : undefined);
const scoped = (c: Component) => `${c.namespace ? `${c.namespace}/` : ''}${c.name}`;
const inEnvironment = (c: Component, text: string) => {
  const env = environmentName(c);
  return env ? `${text} (${env})` : text;
};

/**
 * Kubernetes as it is deployed: plain manifests, Helm charts (rendered with their values) and
 * Kustomize overlays (built): workloads, Services and what they select, routes, HPAs …
 */
export const kubernetesSource = {
  name: 'kubernetes',
  label: 'Kubernetes manifests, Helm charts and Kustomize overlays',
  stage: 'infra',
  area: 'infrastructure',
  configKey: 'infra',
  fileName: /(\.ya?ml|^Kustomization)$/i,
  detect(c) {
    if (isKustomizationFile(c.base)) return true;
    if (isChartFile(c.base)) return CHART_API.test(c.head) && /^name:\s*\S/m.test(c.head);
    if (!YAML.test(c.base) || !KUBE_API_VERSION.test(c.head) || !KUBE_KIND.test(c.head)) return false;
    if (TOOL_CONFIG.test(c.head) || (KUBECONFIG.test(c.head) && /^clusters:/m.test(c.head))) return false;
    // Helm templates are claimed too: the chart they belong to renders them (one outside any chart
    // gets a notice at extraction).
    return true;
  },
  async extract(input) {
    const { readKubernetesProject } = await import('./kubernetes-project.js');
    const r = await readKubernetesProject(input);
    const out: Awaited<ReturnType<SourceKind['extract']>> = { facts: { infra: r.facts }, diagnostics: r.diagnostics };
    if (r.alsoRead) out.alsoRead = r.alsoRead;
    return out;
  },
  components: {
    title: 'Kubernetes',
    diagramName: (c) => inEnvironment(c, scoped(c)),
    reference: (c) => inEnvironment(c, `${c.kind}/${scoped(c)}`),
    deployedAs: (c) => inEnvironment(c, `${c.kind} ${scoped(c)}`),
  },
  commandMentions: kubectlMentions,
  changeGroups: [{ prefix: 'k8s:', title: 'Kubernetes' }],
} satisfies SourceKind;
