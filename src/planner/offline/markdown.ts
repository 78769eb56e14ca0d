/**
 * Requests pasted from a markdown doc, wiki page or chat tool, read as plain words: headings ("## Automation request")
 * are titles, not steps; **bold**, __bold__, *italic* and _italic_ are emphasis; `backticks` mark a value (a channel,
 * an address, a URL, a path, an id: kept as is) or words to use as given (`Release 4.2 shipped`, SQL: quoted); and
 * "> " lines are the words of the message the line before asks for. Bullets and numbered lines stay one item a line,
 * for the list readers after this one. A request with none of these marks is returned unchanged.
 */

/** A value a backtick can hold that the planner reads as it is: no spaces, or a URL, address, channel, path or id. */
const BARE_VALUE = /^(?:[a-z]+\.[a-z]+(?:_[a-z]+)*|#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|[\w.-]*\/[\w./-]*|[\w.-]+\.\w{1,5}|\d+|[\w-]+)$/;
const MARKS = /```|`[^`\n]+`|\*\*[^*\n]+\*\*|__[^_\n]+__|^#{1,6}\s|^\s*>\s?|(?<![\w*(])\*[^*\s()][^*\n]*\*(?![\w*)])|(?<![\w])_[^_\s][^_\n]*_(?![\w])/m;

/** Words in backticks: a value as it is, anything else quoted ("'Release 4.2 shipped'"). */
function unticked(inner: string): string {
  const v = inner.trim();
  if (BARE_VALUE.test(v)) return v;
  return v.includes("'") ? `"${v}"` : `'${v}'`;
}

/** The request with its markdown read as plain words; unchanged when it has none. */
export function plainMarkdown(request: string): string {
  if (!MARKS.test(request)) return request;
  const lines = request.split('\n');
  const out: string[] = [];
  let lastQuoted = false;
  for (const line0 of lines) {
    // a heading names the request; the lines under it are the request; a code fence only marks where code is
    // (one that names a tool says what the fields under it are for: "## Slack DM", "## Webhook call", "## File update")
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line0);
    if (heading && /\b(?:slack|e-?mail|asana|github|webhook|http|dm|file|sql|query|database)\b/i.test(heading[1])) { out.push(heading[1].replace(/\*\*|__/g, '').trim()); lastQuoted = false; continue; }
    if (heading || /^\s*```\w*\s*$/.test(line0)) continue;
    const quoted = /^\s*>\s?(.*)$/.exec(line0);
    if (quoted) {
      const words = quoted[1].trim().replace(/\*\*|__/g, '');
      if (!words) continue;
      const prev = out.length - 1;
      const said = words.replace(/'/g, '’');
      // (a second "> " line continues the words of the first)
      if (lastQuoted && prev >= 0) out[prev] = out[prev].replace(/'$/, ` ${said}'`);
      // ("- Message:\n> Deploy finished": the words of that field; "Can you drop this into #x?\n> Staging deploy complete")
      // ("**To:** @jmartinez\n> Your VPN access …": after a filled-in field, the words are a field of their own)
      else if (prev >= 0 && /^\s*(?:[-*]\s+)?[A-Za-z][\w\s'()#/-]{0,40}?\s*:\s*\S/.test(out[prev]) && !/:\s*$/.test(out[prev])) out.push(`Message: '${said}'`);
      else if (prev >= 0) out[prev] = /:\s*$/.test(out[prev]) ? `${out[prev].replace(/\s+$/, '')} '${said}'` : out[prev].replace(/\s*([?.!]?)\s*$/, ` saying '${said}'$1`);
      else out.push(`'${said}'`);
      lastQuoted = true;
      continue;
    }
    lastQuoted = false;
    out.push(line0
      .replace(/`([^`\n]+)`/g, (_m, inner: string) => unticked(inner))
      .replace(/\*\*([^*\n]+)\*\*|__([^_\n]+)__/g, (_m, a?: string, b?: string) => a ?? b ?? '')
      // (emphasis is words: "count(*)" in SQL is no emphasis)
      .replace(/(?<![\w*(])\*([^*\s()][^*\n]*?[^*\s(])\*(?![\w*)])|(?<![\w*(])\*([^*\s()])\*(?![\w*)])/g, (_m, a?: string, b?: string) => a ?? b ?? '')
      .replace(/(?<![\w])_([^_\s][^_\n]*?)_(?![\w])/g, '$1'));
  }
  // ("- slack.send_message\n- channel=#x\n- text='…'": one command said a part a line)
  const joined = out.join('\n');
  const command = /^(?:[\s\S]*?\n)?\s*(?:[-*]\s+)?([a-z]+\.[a-z]+(?:_[a-z]+)*)\s*\n((?:\s*(?:[-*]\s+)?[a-z_]+\s*=.+\n?)+)\s*$/i.exec(joined);
  if (command) return `${command[1]} ${command[2].split('\n').map((l) => l.replace(/^\s*(?:[-*]\s+)?/, '').trim()).filter(Boolean).join(' ')}`;
  return joined.replace(/\n{3,}/g, '\n\n').trim();
}
