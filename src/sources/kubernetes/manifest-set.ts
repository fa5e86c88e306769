import type { Diagnostic, SourceLocation } from '../../facts/model.js';

// What the Kubernetes extractor reads: objects already parsed, each with the place a reader finds
// it. Plain manifest files, a rendered Helm chart and a built Kustomize overlay all arrive in this
// one shape, so every object fact (workloads, Services, routes, probes …) is read in one place.

/** One Kubernetes object as it would be applied. */
export interface ManifestDocument {
  /** The object (`apiVersion`, `kind`, `metadata`, `spec` …). */
  value: unknown;
  /**
   * Where it is written: the template a Helm object came from, the resource file a Kustomize
   * overlay took it from (line of the document in that file, or of `kind:` in a template).
   */
  source: SourceLocation;
}

/**
 * Where a set of objects is deployed: a Kustomize overlay (`deploy/overlays/prod`) or a Helm chart
 * rendered with its values. The same services appear once per environment.
 */
export interface DeploymentEnvironment {
  /** Repo-relative folder of the overlay or chart: unique, and part of each component's id. */
  id: string;
  /** What a reader calls it: the overlay's folder name (`prod`), the chart's name. */
  name: string;
  via: 'kustomize' | 'helm';
}

/** Objects that are applied together: Services select only the workloads of their own set. */
export interface ManifestSet {
  /** Absent for plain manifest files, which are applied as they are. */
  environment?: DeploymentEnvironment;
  documents: ManifestDocument[];
}

/** What building an overlay or rendering a chart yields. */
export interface BuiltManifests {
  set: ManifestSet;
  /**
   * Repo-relative files the build consumed (templates, values, resources, patches): they are not
   * also read as plain manifests.
   */
  consumed: string[];
  diagnostics: Diagnostic[];
}
