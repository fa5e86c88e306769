import { posix } from 'node:path';

// The file names that make a folder a Kustomization or a Helm chart. Discovery (which must stay
// light), the project reader and the Kustomize build all ask, so the names live in one place.

/** The names `kustomize build` looks for in a folder, in its order. */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function isKustomizationFile(file: string): boolean {
  return KUSTOMIZATION_FILE_NAMES.includes(posix.basename(file));
}

export function isChartFile(file: string): boolean {
  return posix.basename(file) === 'Chart.yaml';
}
