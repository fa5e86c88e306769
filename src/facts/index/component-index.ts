import type { Component, InfraFacts } from '../model.js';

/** A Kubernetes object, every part lower-case. */
interface KubernetesObject {
  kind: string;
  namespace: string;
  name: string;
  id: string;
}

/** Whether an object exists, and the fact it is when it has an id. */
export interface Existence {
  known: boolean;
  id?: string;
}

/**
 * Components by every form a text may refer to them in: id, name, Compose `compose/name`,
 * Kubernetes `ns/name`, `Kind/name`, `Kind/ns/name` and Service DNS names, Terraform `type.name`.
 * Compared case-insensitively. Edge ends that are no component (a Secret read through
 * `secretRef`) are objects too, since the infrastructure names them.
 */
export class ComponentIndex {
  /** Every reference form, lower-case → the component's id (the first component to claim it). */
  private readonly references = new Map<string, string>();
  private readonly kubernetes: KubernetesObject[] = [];
  private readonly composeServices = new Map<string, string>();
  /** Namespaces in use, lower-case → the Namespace object's id when there is one. */
  private readonly namespaces = new Map<string, string | undefined>();
  private readonly ports = new Set<number>();
  private readonly terraformTypes = new Set<string>();
  /** Image names without registry or tag (`redis`) → the first component running it. */
  private readonly images = new Map<string, string>();

  constructor(infra: InfraFacts) {
    for (const c of infra.components) this.addComponent(c);
    for (const e of infra.edges) {
      for (const id of [e.from, e.to]) if (!this.references.has(id.toLowerCase())) this.addEdgeEnd(id);
    }
  }

  private addReference(ref: string, id: string): void {
    const key = ref.toLowerCase();
    if (!this.references.has(key)) this.references.set(key, id);
  }

  private addComponent(c: Component): void {
    this.addReference(c.id, c.id);
    this.addReference(c.name, c.id);
    if (c.platform === 'compose') {
      this.addReference(`compose/${c.name}`, c.id);
      this.composeServices.set(c.name.toLowerCase(), c.id);
    } else if (c.platform === 'kubernetes') {
      const ns = c.namespace ?? 'default';
      const object = { kind: c.kind.toLowerCase(), namespace: ns.toLowerCase(), name: c.name.toLowerCase(), id: c.id };
      this.kubernetes.push(object);
      for (const ref of [`${ns}/${c.name}`, `${c.kind}/${c.name}`, `${c.kind}/${ns}/${c.name}`]) {
        this.addReference(ref, c.id);
      }
      if (c.kind === 'Service') {
        for (const suffix of ['', '.svc', '.svc.cluster.local']) this.addReference(`${c.name}.${ns}${suffix}`, c.id);
      }
      if (c.kind === 'Namespace') this.namespaces.set(c.name.toLowerCase(), c.id);
      else if (!this.namespaces.has(ns.toLowerCase())) this.namespaces.set(ns.toLowerCase(), undefined);
    } else if (c.platform === 'terraform') {
      this.addReference(`${c.kind}.${c.name}`, c.id);
      this.terraformTypes.add(c.kind.toLowerCase());
    }
    for (const p of c.ports) this.ports.add(p);
    if (c.image) {
      const base = c.image
        .replace(/[:@][^/:@]+$/, '')
        .split('/')
        .pop()!
        .toLowerCase();
      if (!this.images.has(base)) this.images.set(base, c.id);
    }
  }

  /** `k8s:Kind/ns/name` of an edge end with no component of its own. */
  private addEdgeEnd(id: string): void {
    // `k8s:Kind/ns/name`, with an environment after `@` when it came from an overlay or a chart.
    const m = /^k8s:([^/@]+)\/([^/@]+)\/([^/@]+)(?:@.*)?$/.exec(id);
    if (!m) return;
    const [, kind, ns, name] = m as unknown as [string, string, string, string];
    this.kubernetes.push({ kind: kind.toLowerCase(), namespace: ns.toLowerCase(), name: name.toLowerCase(), id });
    for (const ref of [id, `${ns}/${name}`, `${kind}/${name}`, `${kind}/${ns}/${name}`]) this.addReference(ref, id);
  }

  /** The id of the component a reference exactly names (any case). */
  exactReference(ref: string): string | undefined {
    return this.references.get(ref.toLowerCase());
  }

  /**
   * The id of the component a reference names, also with a `:port` after it or, for Terraform,
   * an attribute after `type.name` (`aws_db_instance.main.endpoint`).
   */
  reference(ref: string): string | undefined {
    const key = ref.toLowerCase();
    const direct = this.references.get(key) ?? this.references.get(key.replace(/:\d+$/, ''));
    if (direct) return direct;
    const tf = /^([a-z][a-z0-9]*_[a-z0-9_]+)\.([a-z_][\w-]*)(\.[\w.[\]*-]+)?$/.exec(key);
    return tf ? this.references.get(`${tf[1]}.${tf[2]}`) : undefined;
  }

  /**
   * A Kubernetes object of a canonical, lower-case kind (`deployment`), in any namespace unless
   * one is given. A `service` may also be a Compose service; a `namespace` is a namespace in use.
   */
  kubernetesObject(kind: string, name: string, namespace?: string): Existence {
    const n = name.toLowerCase();
    if (kind === 'namespace') return this.namespace(n);
    const ns = namespace?.toLowerCase();
    const hit = this.kubernetes.find(
      (k) => k.kind === kind && k.name === n && (ns === undefined || k.namespace === ns),
    );
    if (hit) return { known: true, id: hit.id };
    if (kind === 'service' && namespace === undefined && this.composeServices.has(n)) {
      return { known: true, id: this.composeServices.get(n) };
    }
    return { known: false };
  }

  /** A namespace some Kubernetes object is in (or a Namespace object). */
  namespace(name: string): Existence {
    const n = name.toLowerCase();
    if (!this.namespaces.has(n)) return { known: false };
    const id = this.namespaces.get(n);
    return { known: true, ...(id ? { id } : {}) };
  }

  /** The id of a Compose service. */
  composeService(name: string): string | undefined {
    return this.composeServices.get(name.toLowerCase());
  }

  /** The id of the first component running an image of that bare name (`redis`). */
  imageComponent(name: string): string | undefined {
    return this.images.get(name.toLowerCase());
  }

  /** A port some component listens on. */
  hasPort(port: number): boolean {
    return this.ports.has(port);
  }

  /** A Terraform resource type some component has (lower-case). */
  isTerraformType(type: string): boolean {
    return this.terraformTypes.has(type);
  }
}
