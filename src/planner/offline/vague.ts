/**
 * Requests from someone who names the tools loosely: "the chat channel #ops on the Slack thing", "that task website
 * (Asana)", "the AI helper", "the computer should check the web address https://…", "I think it's called acme/web",
 * "That's on Slack, I believe." The loose names are said as the tool's name ("#ops on Slack", "Asana", "AI", "It
 * should check https://…"), hedges ("I think", "I believe") go, and a sentence that only says which tool the step
 * before uses adds no step. Runs before spec.ts (which reads "It should …"); quoted words, addresses, URLs and paths
 * are left as typed; a request without these words is returned unchanged.
 */
import { capSentences, rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

/** Marks of loose tool names or hedges; without one of them nothing here runs. */
const MARKS = /\b(?:chat\s+channel|(?:slack|chat|email|e-mail|mail)\s+(?:thing|app|tool|program|system|place)|task\s+(?:website|site|app|tool|thing|board\s+thing)|ai\s+(?:helper|assistant|thing|tool|bot)|the\s+(?:computer|system|machine|robot)\b|web\s+address|i\s+(?:think|believe|guess|reckon)|(?:that|this|it)['’]s\s+(?:on|in)\s+slack)/i;

const RULES: Rewrite[] = [
  // "the chat channel #releases", "the Slack channel called #ops": the channel
  [/\b(?:the|our|that)\s+(?:slack\s+|chat\s+|team\s+)?(?:chat\s+)?channel\s+(?:called\s+|named\s+)?(?=#[\w-])/gi, ''],
  // "on the Slack thing", "in the chat app", "the email program": the tool
  [/\b(?:the|that|our)\s+(slack|chat|email|e-mail|mail)\s+(?:thing|app|tool|program|system|place)\b/gi, (_m: string, app: string) => (/chat/i.test(app) ? 'Slack' : app)],
  [/\b(?:the|that|our)\s+slack\b/gi, 'Slack'],
  // "that task website (Asana)", "the task site": Asana
  [/\b(?:the|that|our)\s+task\s+(?:website|site|app|tool|thing|board\s+thing)(?:\s*\(\s*(asana)\s*\)|\s*,\s*asana\s*,)?/gi, 'Asana'],
  // "the AI helper", "the AI assistant": AI
  [/\b(?:the|that|our)\s+ai\s+(?:helper|assistant|thing|tool|bot)\b/gi, 'the AI'],
  // "the web address https://…", "the website at https://…": the address
  [/\b(?:the|this|that)\s+(?:web\s+address|website|web\s+page|page|link|url)\s+(?:at\s+)?(?=\uE210)/gi, ''],
  // "the computer should check …", "could the computer email …": the automation
  [/(^|[.!?]\s+|,\s*|\s)(?:i\s+think\s+)?(?:the|this)\s+(?:computer|system|machine|robot)\s+(should|must|could|can|will|needs\s+to)\s+/gi, (_m: string, lead: string, modal: string) => `${/^\s$/.test(lead) ? ', ' : lead}it ${modal} `],
  [/\b(could|can|would|will)\s+the\s+(?:computer|system|machine|robot)\s+/gi, '$1 you '],
  // "That's on Slack, I believe." after a step that named its channel: which tool, said again
  [/(^|[.!?]\s+)(?:that|this|it)['’]s\s+(?:on|in|via)\s+slack(?:\s*,?\s*i\s+(?:think|believe|guess))?\s*[.!]?/gi, '$1'],
  // "I think that's the file.", "I believe": hedges
  [/(^|[.!?]\s+)i\s+(?:think|believe|guess)\s+(?:that['’]s|it['’]s)\s+(?:the\s+)?(?:right\s+)?(?:file|one|channel|address|repo|project|place)\s*[.!]?/gi, '$1'],
  [/\s*,?\s*\bi\s+(?:think|believe|guess|reckon)\b\s*,?(?=\s*[.,;!?]|\s*$)/gi, ''],
  [/(^|[.!?,]\s+|\s)i\s+(?:think|believe|guess|reckon)\s+(?=(?:the|it|we|you|this|that)\b)/gi, '$1'],
];

/** The request with loose tool names said plainly; unchanged when it has none. */
export function vagueToolsSaid(request: string): string {
  if (!MARKS.test(request)) return request;
  return keepingValues(request, (words) => capSentences(rewriteAll(words, RULES).replace(/\s{2,}/g, ' ')).trim());
}
