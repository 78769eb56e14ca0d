/** Markdown → Slack mrkdwn conversion. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToMrkdwn } from './mrkdwn.ts';

test('bold, italic, strike, links, headings, bullets', () => {
  assert.equal(markdownToMrkdwn('**bold** and *italic* and ~~gone~~'), '*bold* and _italic_ and ~gone~');
  assert.equal(markdownToMrkdwn('__bold__'), '*bold*');
  assert.equal(markdownToMrkdwn('see [the task](https://app.asana.com/0/1/2?a=1&b=2)'), 'see <https://app.asana.com/0/1/2?a=1&amp;b=2|the task>');
  assert.equal(markdownToMrkdwn('# Release 1.2\n- one\n* two'), '*Release 1.2*\n• one\n• two');
});

test('escapes &, <, > and leaves code alone', () => {
  assert.equal(markdownToMrkdwn('a < b & c > d'), 'a &lt; b &amp; c &gt; d');
  assert.equal(markdownToMrkdwn('run `**not bold**` now'), 'run `**not bold**` now');
  assert.equal(markdownToMrkdwn('```\n# not a heading\n```'), '```\n# not a heading\n```');
});

test('plain text and emoji pass through unchanged', () => {
  const text = '🐛 New bug fix task created: Bug fix\n👤 Assigned to: developer_team';
  assert.equal(markdownToMrkdwn(text), text);
});
