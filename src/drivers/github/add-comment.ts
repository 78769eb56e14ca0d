/** github.add_comment: POST /repos/{owner}/{repo}/issues/{issue_number}/comments (issues and pull requests). */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { githubClient, repoFields, repoPath, resolveRepo } from './client.ts';

const input = z
  .object({
    ...repoFields,
    issue_number: z.coerce.number().int().positive().describe('Issue or pull request number (#123), e.g. {{step_1.issue_number}}.'),
    body: z.string().min(1).max(65_536).describe('Comment text in GitHub Markdown.'),
  })
  .describe('The issue or pull request and the comment to add.');

const output = z.object({
  comment_id: z.number().int().describe('Numeric id of the new comment.'),
  comment_url: z.string().describe('Web link to the comment.'),
  issue_number: z.number().int().describe('The issue or pull request commented on.'),
  status: z.literal('commented').describe('Always "commented" when the step succeeds.'),
});

export const addComment = defineOperation({
  description:
    'Add a comment to a GitHub issue or pull request. Use it to post a status update, test result, deploy note or link on an existing issue/PR. ' +
    'Side effect: the comment is visible to everyone who can see the repository and participants are notified. Not idempotent.',
  keywords: ['github', 'comment', 'reply', 'note', 'update', 'issue', 'pull request', 'pr'],
  examples: [
    'Comment on GitHub issue #42 in acme/api that the fix is deployed',
    'Post the test results on the pull request',
    'Add a note to the GitHub issue we just opened with the Slack thread link',
  ],
  effect: 'write',
  idempotent: false,
  outcomes: ['comment_added'],
  input,
  output,
  async run(args, ctx) {
    const r = resolveRepo(args);
    const res = await githubClient(ctx).request<{ id?: number; html_url?: string }>({
      method: 'POST',
      path: `${repoPath(r)}/issues/${args.issue_number}/comments`,
      json: { body: args.body },
    });
    if (typeof res.body?.id !== 'number') throw new AutoflowError({ code: 'upstream_invalid_response', message: 'GitHub answered without a comment id' });
    return { comment_id: res.body.id, comment_url: res.body.html_url ?? '', issue_number: args.issue_number, status: 'commented' as const };
  },
});
