import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

/**
 * Octokit for the repository's API (`GITHUB_API_URL`, so GitHub Enterprise Server works too),
 * with retries on transient errors and GitHub's recommended throttling: a rate limit makes the
 * action wait and try again (twice), never hammer the API.
 */
export function createOctokit(token: string, log: (message: string) => void = () => {}): Octokit {
  return getOctokit(
    token,
    {
      retry: { doNotRetry: [400, 401, 403, 404, 422, 451] },
      throttle: {
        onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
          log(`rate limited on ${options.method} ${options.url}; retrying after ${after}s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (
          after: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log(`secondary rate limit on ${options.method} ${options.url}; retrying after ${after}s`);
          return retryCount < 2;
        },
      },
    },
    retry,
    throttling,
  );
}
