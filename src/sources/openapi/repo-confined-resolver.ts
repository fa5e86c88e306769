// A Redocly `$ref` resolver that reads only files inside the repository.
//
// Redocly's default resolver fetches `http(s)://` refs over the network and reads any path a spec
// names. In a CI job neither is wanted: the network may be absent (or slow, or hostile), a docs run
// must not depend on someone else's server, and a `$ref: ../../../../etc/passwd` in a pull
// request must not pull runner files into generated docs. Refused refs surface as Redocly's
// ordinary "can't resolve $ref" problems, which become diagnostics like any broken ref.

import { BaseResolver, isAbsoluteUrl, ResolveError, Source } from '@redocly/openapi-core';
import { normalizeText } from '../common/decode-text.js';
import { repoContainment } from '../common/repo-containment.js';

export class RepoConfinedResolver extends BaseResolver {
  private readonly isInside: (file: string) => boolean;

  constructor(repoRoot: string) {
    super({ http: { headers: [] } });
    this.isInside = repoContainment(repoRoot);
  }

  /** Every file loaded through a `$ref`, by absolute path, with the text the facts came from. */
  readonly loaded = new Map<string, string>();

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isAbsoluteUrl(absoluteRef)) {
      throw new ResolveError(
        new Error(`remote reference ${absoluteRef} not fetched: only files in the repository are read`),
      );
    }
    if (!this.isInside(absoluteRef)) {
      throw new ResolveError(new Error(`${absoluteRef} is outside the repository; not read`));
    }
    const source = await super.loadExternalRef(absoluteRef);
    // A referenced file is an input like the root: its changes must change the facts.
    const body = normalizeText(source.body);
    this.loaded.set(absoluteRef, body);
    return body === source.body ? source : new Source(absoluteRef, body, source.mimeType);
  }
}
