/**
 * github.create_issue: POST /repos/{owner}/{repo}/issues. GitHub has no idempotency key, so a
 * retry after an unclear failure can open a second issue; undo is close_issue (the REST API
 * cannot delete issues).
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { githubClient, repoFields, repoPath, resolveRepo } from './client.ts';
import { issueFromBody } from './issue-shape.ts';

const input = z
  .object({
    ...repoFields,
    title: z.string().min(1).max(256).describe('Issue title, e.g. "Database connection timeout in checkout".'),
    body: z.string().max(65_536).optional().describe('Issue description in GitHub Markdown.'),
    labels: z.array(z.string()).optional().describe('Label names, e.g. ["bug", "p1"]; labels that do not exist are created by GitHub.'),
    assignees: z.array(z.string()).optional().describe('GitHub logins to assign (they need access to the repository).'),
  })
  .describe('The repository and the issue to open.');

const output = z.object({
  issue_number: z.number().int().describe('Issue number within the repository (#123); pass it to add_comment or close_issue.'),
  issue_url: z.string().describe('Web link to the issue (html_url).'),
  issue_id: z.number().int().describe('GitHub\'s global numeric id of the issue.'),
  repo: z.string().describe('"owner/name" of the repository.'),
  title: z.string().describe('The issue title as stored.'),
  state: z.string().describe('"open" for a new issue.'),
  status: z.literal('created').describe('Always "created" when the step succeeds.'),
});

export const createIssue = defineOperation({
  description:
    'Open a new issue in a GitHub repository (title, Markdown body, labels, assignees). Use it when the request asks to file, open, create or report a GitHub issue, bug report or ticket. ' +
    'Side effect: the issue is public to everyone who can see the repository and watchers are notified. Not idempotent. Undo: close_issue (GitHub\'s REST API cannot delete issues).',
  keywords: ['github', 'issue', 'bug', 'report', 'ticket', 'create', 'open', 'file', 'repository', 'repo'],
  examples: [
    'Open a GitHub issue in acme/api for the login timeout',
    'File a bug on GitHub with the error log and label it "bug"',
    'Create an issue in repo acme/web assigned to octocat',
  ],
  effect: 'write',
  idempotent: false,
  outcomes: ['issue_created'],
  input,
  output,
  undo: { operation: 'close_issue', input: (_in, out) => ({ repo: out.repo, issue_number: out.issue_number, reason: 'not_planned' }) },
  async run(args, ctx) {
    const r = resolveRepo(args);
    const res = await githubClient(ctx).request({
      method: 'POST',
      path: `${repoPath(r)}/issues`,
      json: { title: args.title, body: args.body, labels: args.labels, assignees: args.assignees },
    });
    const issue = issueFromBody(res.body);
    return { issue_number: issue.number, issue_url: issue.html_url, issue_id: issue.id, repo: `${r.owner}/${r.repo}`, title: issue.title ?? args.title, state: issue.state ?? 'open', status: 'created' as const };
  },
});
