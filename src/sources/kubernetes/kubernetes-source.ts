import type { SourceKind } from '../source-kind.js';
import { kubectlMentions } from './kubectl-mentions.js';

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
const KUSTOMIZATION = /^apiVersion:\s*["']?kustomize\.config\.k8s\.io\//m;

/** Kubernetes manifests: workloads, Services and what they select, Ingresses, HPAs. */
export const kubernetesSource = {
  name: 'kubernetes',
  label: 'Kubernetes manifests',
  stage: 'infra',
  area: 'infrastructure',
  configKey: 'infra',
  fileName: YAML,
  detect(c) {
    if (!YAML.test(c.base) || !KUBE_API_VERSION.test(c.head) || !KUBE_KIND.test(c.head)) return false;
    if (TOOL_CONFIG.test(c.head) || (KUBECONFIG.test(c.head) && /^clusters:/m.test(c.head))) return false;
    if (KUSTOMIZATION.test(c.head))
      return {
        skip: 'Kustomize configuration: overlays are not built yet; the manifests it lists are read as they are',
      };
    // Helm chart templates are Go templates, not YAML yet: they need rendering first.
    if (c.head.includes('{{'))
      return { skip: 'Kubernetes manifest with Go template syntax ({{ }}), e.g. a Helm template; not read' };
    return true;
  },
  async extract({ files, text }) {
    const { extractKubernetesFiles } = await import('./extract-kubernetes.js');
    const r = extractKubernetesFiles(files.map((file) => ({ file, text: text(file) })));
    return { facts: { infra: r.facts }, diagnostics: r.diagnostics };
  },
  components: {
    title: 'Kubernetes',
    diagramName: (c) => (c.namespace ? `${c.namespace}/${c.name}` : c.name),
    reference: (c) => `${c.kind}/${c.namespace ? `${c.namespace}/` : ''}${c.name}`,
    deployedAs: (c) => `${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name}`,
  },
  commandMentions: kubectlMentions,
  changeGroups: [{ prefix: 'k8s:', title: 'Kubernetes' }],
} satisfies SourceKind;
