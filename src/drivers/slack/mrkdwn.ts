/**
 * Converts common Markdown to Slack's mrkdwn dialect: **bold** → *bold*, *italic* → _italic_,
 * ~~strike~~ → ~strike~, [text](url) → <url|text>, "# Heading" → *Heading*, "- item" → "• item".
 * `&`, `<` and `>` are escaped as Slack requires; code spans and blocks are left as written.
 */

/** Markdown → Slack mrkdwn. */
export function markdownToMrkdwn(markdown: string): string {
  return markdown
    .split(/(```[\s\S]*?```|`[^`\n]*`)/g)
    .map((part, i) => (i % 2 === 1 ? escape(part) : convert(escape(part))))
    .join('');
}

function escape(text: string): string {
  return text.replace(/&(?!(amp|lt|gt);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function convert(text: string): string {
  const BOLD = '\u0001';
  return text
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '<$2|$1>')
    .replace(/^#{1,6}\s+(.+?)\s*#*$/gm, `${BOLD}$1${BOLD}`)
    .replace(/\*\*(.+?)\*\*|__(.+?)__/g, (_m, a, b) => `${BOLD}${a ?? b}${BOLD}`)
    .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1_$2_')
    .replace(/~~(.+?)~~/g, '~$1~')
    .replace(/^(\s*)[-*+]\s+/gm, '$1• ')
    .replaceAll(BOLD, '*');
}
