/** The parts of GitHub's issue record the driver reads, checked on the way in. */
import { AutoflowError } from '../../platform/errors.ts';

/** The subset of a GitHub issue the driver reads. */
export interface GithubIssue {
  id: number;
  number: number;
  html_url: string;
  title?: string;
  state?: string;
}

/** Reads an issue from a response body or fails with a clear error. */
export function issueFromBody(body: unknown): GithubIssue {
  const b = body as Partial<GithubIssue> | undefined;
  if (!b || typeof b.number !== 'number' || typeof b.id !== 'number' || typeof b.html_url !== 'string') {
    throw new AutoflowError({ code: 'upstream_invalid_response', message: 'GitHub answered without an issue record (number, id, html_url)' });
  }
  return b as GithubIssue;
}
