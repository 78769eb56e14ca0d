/**
 * One text written to one file, however it is said: "The file reports/x.txt needs the text 'ok' written to it", "In the
 * file reports/x.txt, please put this text: 'ok'", "Fill in the status file. Path is reports/x.txt. Contents: 'ok'.",
 * "I want reports/x.txt to read 'ok' when this is finished", "write nightly run ok into the file reports/x.txt". When a
 * request names one file path, one text (quoted, or unquoted between "write" and the path) and a word for writing, and
 * nothing else a step could act on, it is read as "Write '<text>' to <path>." A sentence that only says who reads the
 * file ("the reporting job reads that file each morning") is why, not when. Any other request is returned unchanged.
 */
import { QUOTE } from './value-kinds.ts';

/** A file path: "reports/status.txt", "status.txt". */
const PATH = /(?<![\w@.\/-])(?=[\w.\/-]*[A-Za-z][\w.-]*\/|[\w.\/-]*\/[\w.-]*[A-Za-z])(?:[\w.-]+\/)+[\w.-]*\w|(?<![\w@.\/-])[\w-]+\.(?:txt|csv|json|md|log|yaml|yml|xml|html)\b/g;
const QUOTED = new RegExp(QUOTE, 'g');
/** Said to write into a file. */
const WRITE = /\b(?:writ\w*|put|save\w*|store\w*|record\w*|contain\w*|say|says|read|reads|fill\w*|add\w*|append\w*|contents?|text|line|words)\b/i;
/** Anything else a step could act on or run on. */
const OTHER = /[#@]|https?:|\b(?:task|issue|ticket|slack|post|email|e-mail|mail|dm|query|select|database|summar\w*|fetch|wait|minutes?|hours?|every|each|daily|nightly\s+at|weekly|whenever|when\s+a|if|unless|approv\w*|list|read\s+(?:the|it|that)|delete|remove|ai|llm|gpt|chatgpt|claude|model|draft\w*|generat\w*|translat\w*|copy|move)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i;
/** A sentence that only says who reads the file, and when: why it is written, not when to write it. */
const WHO_READS = /\b(?:reads?|checks?|uses?|looks?\s+at|picks?\s+up|pulls?|parses?|watches)\b[^.!?]*\b(?:that|the|this)\s+file\b|\b(?:that|the|this)\s+file\b[^.!?]*\b(?:is\s+read|gets\s+read|is\s+checked)\b/i;

/** The request read as one text written to one file; unchanged when it is not. */
export function oneWriteSaid(request: string): string {
  const paths = [...new Set(request.match(PATH) ?? [])];
  // (appending, or a structured command, says more than what to write)
  if (paths.length !== 1 || !WRITE.test(request) || /\bappend|\w=/i.test(request)) return request;
  const quotes = [...request.matchAll(QUOTED)];
  const unquoted = !quotes.length ? /^\s*(?:please\s+)?(?:write|put|save|add)\s+(.{2,80}?)\s+(?:into|to|in)\s+(?:the\s+file\s+)?(\S+?)\s*[.!]?\s*$/i.exec(request) : null;
  if (quotes.length > 1 || (!quotes.length && (!unquoted || unquoted[2] !== paths[0]))) return request;
  const text = quotes.length ? quotes[0][0] : `'${unquoted![1]}'`;
  const rest = request.split(/(?<=[.!?])\s+|\s+[—–]\s+|\s*[;]\s*/).filter((x) => !WHO_READS.test(x)).join(' ').replace(paths[0], ' ').replace(text, ' ');
  if (OTHER.test(rest)) return request;
  return `Write ${text} to ${paths[0]}.`;
}
