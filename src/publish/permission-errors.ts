/** A failure the user fixes in settings or the workflow file: the message says exactly how. */
export class PublishPermissionError extends Error {
  override name = 'PublishPermissionError';
}

const FIX_PERMISSIONS =
  'Give the job write access in the workflow file:\n  permissions:\n    contents: write\n    pull-requests: write';
const FIX_PR_SETTING =
  'Allow it in the repository (or organisation) settings: ' +
  'Settings → Actions → General → Workflow permissions → ' +
  '"Allow GitHub Actions to create and approve pull requests". ' +
  'Or pass a GitHub App installation token or a fine-grained PAT as `github-token` ' +
  '(pull requests made with it also trigger other workflows, which GITHUB_TOKEN ones do not).';

/** Turns GitHub's 403s into errors that name the cause and the fix; anything else is returned as is. */
export function explainGitHubError(err: unknown, doing: string): unknown {
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = e?.response?.data?.message ?? e?.message ?? '';
  if (e?.status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
    return new PublishPermissionError(
      `GitHub refused to let this workflow ${doing}: ` +
        `GitHub Actions is not permitted to create pull requests in this repository. ` +
        `${FIX_PR_SETTING}`,
    );
  }
  if (e?.status === 403 && /resource not accessible by integration/i.test(message)) {
    return new PublishPermissionError(
      `The token cannot ${doing} ("Resource not accessible by integration"). ${FIX_PERMISSIONS}`,
    );
  }
  if (e?.status === 404 && /not found/i.test(message) && doing.startsWith('push')) {
    return new PublishPermissionError(
      `The token cannot ${doing} (404: the repository or branch is not visible to it). ${FIX_PERMISSIONS}`,
    );
  }
  return err;
}
