// Which folders are Helm charts: those holding a Chart.yaml, outermost only, because a subchart
// vendored under another chart's charts/ is rendered by its parent with the parent's values.

import { posix } from 'node:path';

export function findCharts(files: string[]): string[] {
  const dirs = files
    .filter((f) => posix.basename(f) === 'Chart.yaml')
    .map((f) => posix.dirname(f))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const charts: string[] = [];
  for (const dir of dirs) {
    const inside = charts.some((c) => c === '.' || dir.startsWith(`${c}/`));
    if (!inside) charts.push(dir);
  }
  return charts.sort();
}
