/**
 * github.close_issue: PATCH /repos/{owner}/{repo}/issues/{issue_number} with state "closed".
 * The undo of create_issue, since GitHub's REST API cannot delete issues.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { githubClient, repoFields, repoPath, resolveRepo } from './client.ts';
import { issueFromBody } from './issue-shape.ts';

const input = z
  .object({
    ...repoFields,
    issue_number: z.coerce.number().int().positive().describe('Issue number (#123).'),
    reason: z.enum(['completed', 'not_planned']).default('completed').describe('"completed" (done) or "not_planned" (won\'t do, duplicate, rolled back).'),
  })
  .describe('The issue to close.');

const output = z.object({
  issue_number: z.number().int().describe('The closed issue.'),
  issue_url: z.string().describe('Web link to the issue.'),
  state: z.string().describe('"closed".'),
  status: z.literal('closed').describe('Always "closed" when the step succeeds.'),
});

export const closeIssue = defineOperation({
  description:
    'Close a GitHub issue as completed or not planned. Use it when the request asks to close, resolve or dismiss an issue, or to roll back an issue opened earlier in the run ' +
    '(it is the undo of create_issue). Side effect: the issue shows as closed and participants are notified; it can be reopened. Idempotent.',
  keywords: ['github', 'issue', 'close', 'resolve', 'dismiss', 'done', 'rollback', 'undo'],
  examples: [
    'Close GitHub issue #42 in acme/api',
    'Mark the GitHub issue as not planned',
    'Roll back: close the issue opened in step 1',
  ],
  effect: 'write',
  idempotent: true,
  outcomes: ['issue_closed'],
  input,
  output,
  async run(args, ctx) {
    const r = resolveRepo(args);
    const res = await githubClient(ctx).request({
      method: 'PATCH',
      path: `${repoPath(r)}/issues/${args.issue_number}`,
      json: { state: 'closed', state_reason: args.reason },
    });
    const issue = issueFromBody(res.body);
    return { issue_number: issue.number, issue_url: issue.html_url, state: issue.state ?? 'closed', status: 'closed' as const };
  },
});
