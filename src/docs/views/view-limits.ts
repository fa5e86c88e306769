// How big a diagram may get before it stops being read. About 30 boxes is where a rendered
// flowchart turns into a wall (tried on a 79-component Kubernetes system); past that a view is split
// into an overview of groups and one diagram per group.

export const MAX_DIAGRAM_NODES = 30;

/** A view split into parts: the overview first (when split), then one diagram per part. */
export interface DiagramPart<T> {
  title: string;
  chart: T;
}
