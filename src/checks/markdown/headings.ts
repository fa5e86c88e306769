// Rules `heading-depth` and `heading-skip`:
//   heading-depth   headings must be at least `minHeadingDepth` deep: the block sits under a template
//                   heading one level up.
//   heading-skip    a heading must not go more than one level deeper than the one before it (the
//                   template heading, `minHeadingDepth - 1`, counts as the first).

import type { Heading } from '../../markdown/mdast.js';
import { clip, plainText } from './text.js';

export interface HeadingProblem {
  rule: 'heading-depth' | 'heading-skip';
  message: string;
}

/** A checker to call on each heading in document order; it remembers the heading before. */
export function headingChecker(minHeadingDepth: number): (h: Heading) => HeadingProblem | undefined {
  let previousDepth = minHeadingDepth - 1;
  return (h) => {
    const shown = `${'#'.repeat(h.depth)} ${clip(plainText(h))}`.trimEnd();
    let problem: HeadingProblem | undefined;
    if (h.depth < minHeadingDepth) {
      const parent = `this section sits under a level-${minHeadingDepth - 1} heading`;
      const use = `use level ${minHeadingDepth} (\`${'#'.repeat(minHeadingDepth)}\`) or deeper`;
      problem = { rule: 'heading-depth', message: `heading "${shown}" is level ${h.depth}, but ${parent}; ${use}` };
    } else if (h.depth > previousDepth + 1) {
      const use = `use level ${previousDepth + 1} (\`${'#'.repeat(previousDepth + 1)}\`)`;
      problem = {
        rule: 'heading-skip',
        message: `heading "${shown}" jumps from level ${previousDepth} to level ${h.depth}; ${use}`,
      };
    }
    previousDepth = Math.max(h.depth, minHeadingDepth - 1);
    return problem;
  };
}
