/**
 * The GitHub driver: open, comment on and close issues through the GitHub REST API
 * (https://api.github.com, or AUTOFLOW_GITHUB_BASE_URL) with a token.
 */
import { defineDriver } from '../define.ts';
import { githubSettings, githubTokenField } from './client.ts';
import { createIssue } from './create-issue.ts';
import { addComment } from './add-comment.ts';
import { closeIssue } from './close-issue.ts';
import { githubHealth } from './health.ts';

/** The `github` driver (also accepted as `github_driver`). */
export const githubDriver = defineDriver({
  name: 'github',
  aliases: ['github_driver', 'gh'],
  title: 'GitHub',
  description: 'Issue tracking on GitHub: open issues with labels and assignees, comment on issues and pull requests, close issues.',
  keywords: ['github', 'issue', 'bug', 'repository', 'repo', 'pull request', 'pr', 'comment', 'ticket'],
  settings: githubSettings,
  credentials: { kind: 'bearer_token', fields: [githubTokenField], required: true },
  // GitHub allows 5000 REST requests per hour per token (secondary limits also apply).
  rateLimit: { requests: 5000, perMs: 3_600_000 },
  operations: {
    create_issue: createIssue,
    add_comment: addComment,
    close_issue: closeIssue,
  },
  health: githubHealth,
});
