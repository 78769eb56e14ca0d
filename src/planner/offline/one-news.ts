/**
 * One piece of news for one Slack channel and one email address, however it is said: "Make sure #general on Slack and
 * all@x by email both hear, at the same time, that the office is closed tomorrow", "I need to get the word out that the
 * office is closed tomorrow: a message in #general on Slack and an email to all@x, both sent at once", "Kindly advise
 * everyone that …, doing so concurrently through Slack, in the #general channel, and through an email addressed to
 * all@x", "Two concurrent notifications — channel #general on Slack, recipient all@x via email — payload: …". When a
 * request names exactly one channel, one address and one piece of news (quoted, or said as "that …", "know …", "saying
 * …", "payload: …", or as a statement of its own), and nothing else a step could act on, it is read as "post in <channel>
 * and email <address> saying <news>" — "Simultaneously: " first when it asks for both at once. Any other request is
 * returned unchanged.
 */
import { EMAIL } from './value-kinds.ts';

const CHANNEL = /#[\w-]+/g;
const ADDRESS = new RegExp(EMAIL, 'g');
/** Said to run both together. */
const TOGETHER = /\b(?:at\s+the\s+same\s+(?:time|moment|instant)|simultaneous(?:ly)?|in\s+parallel|parallel|concurrent(?:ly)?|at\s+once|together|neither\s+(?:one\s+)?waiting|rather\s+than\s+one\s+after\s+the\s+other|not\s+one\s+after\s+the\s+other|without\s+waiting\s+(?:for|on)\s+(?:one\s+another|each\s+other|the\s+other))\b/i;
/** Anything else a step could act on or wait for: then the request is more than one piece of news in two places. */
const OTHER = /https?:|\/\w|\b(?:task|issue|ticket|repo|query|select|database|file|summar\w*|fetch|every|whenever|when(?!\s+you\s+get\s+a\s+chance)|if|unless|(?<!\bat\s)once|(?<!\bone\s)after|before|wait|minutes?|hours?|approv\w*|sign[- ]?off|daily|weekly|schedul\w*|dm|direct\s+message|subject|cc|bcc|asana|github|then|afterwards?|first|next|later|follow\w*\s+up)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bat\s+\d/i;
/** Words that lead into the news. */
const NEWS_LEAD = /\b(?:(?<!\b(?:now|so|given|such|provided)\s)that|saying|says|say|announcing|stating|telling\s+(?:everyone|everybody|people|them|folks)|payload\s*:|copy\s*:|message\s*:|text\s*:|news\s*:|tell\s+(?:everyone|everybody|people|them|folks|the\s+team|all|staff)|(?:knows?|hears?|learns?|aware)(?:\s+of)?)\s+(?=(?:the|our|my|we|it|everything|all|there)\b)/gi;

/**
 * The news the request tells, as a statement ("the office is closed tomorrow"); undefined when there is none. A quoted
 * text is the news unless `quotesAreNot` (when the quote is something else, like an email's subject).
 */
export function newsOf(text: string, quotesAreNot = false): string | undefined {
  const quoted = quotesAreNot ? null : /(['"‘“])([^'"‘“’”\n]{3,200}?)['"’”](?![\w])/.exec(text);
  if (quoted) return quoted[0];
  // ("… — payload: office is closed tomorrow.", "the message is: …": the words after a label are the news as they are)
  const labelled = /\b(?:payload|copy|message|text|news|body)(?:\s+(?:is|should\s+be|reads))?\s*:\s*([^.;!?]{3,200})/i.exec(text);
  if (labelled) return labelled[1].trim();
  const statement = (from: string) => {
    const m = /^((?:the|our|my|we|it|everything|all|there)\b[\s\S]*?)(?=\s*(?:[.;:!?—–(]|\s-\s|,)|\s+(?:so|(?:by|through|via|over)\s+(?:slack|e-?mail|mail|posting|emailing|sending|means|the\s+#|#|an?\s+(?:e-?mail|message|post))|(?:on|in|to|via)\s+slack|in\s+#|to\s+#|(?:post|posting|posted\s+in|email|emailing|emailed\s+to|e-mail|mail|mailing|send|sending|sent\s+to)\s+(?:it|that|this|them|in|to|on|out|by|via|#|[\w.+-]+@)|both|each|doing|and\s+(?:email|post|send|mail)|at\s+the\s+same|simultaneous\w*|in\s+parallel|concurrent\w*|together|at\s+once|rather\s+than|because|since|should|must|lands?|to\s+(?:go|be|reach|land|get))\b|$)/i.exec(from);
    return m && /\b(?:is|are|was|were|will|has|have|'s|’s)\b/i.test(m[1]) ? m[1].trim() : undefined;
  };
  const statementBare = (from: string) => statement(`the ${from.charAt(0).toLowerCase()}${from.slice(1)}`)?.replace(/^the\s/, '');
  for (const lead of text.matchAll(NEWS_LEAD)) {
    const said = statement(text.slice(lead.index! + lead[0].length));
    if (said) return said;
  }
  // (or said as a sentence of its own: "The office is closed tomorrow. Post it in #general and …")
  for (const sentence of text.split(/(?<=[.!?:—–])\s+|^/)) {
    // ("Office is closed tomorrow.": a noun said without its article starts a statement too)
    const said = /^(?:the|our|my)\s/i.test(sentence) ? statement(sentence) : /^[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:is|are|was|were|has|have|will)\s/.test(sentence) ? statementBare(sentence) : undefined;
    if (said) return said;
  }
  return undefined;
}

/** The request read as one piece of news posted in its channel and emailed to its address; unchanged otherwise. */
export function oneNewsSaid(request: string): string {
  const channels = [...new Set(request.match(CHANNEL) ?? [])];
  const addresses = [...new Set(request.match(ADDRESS) ?? [])];
  if (channels.length !== 1 || addresses.length !== 1) return request;
  const news = newsOf(request);
  if (!news) return request;
  const rest = request.replace(news, ' ').replace(ADDRESS, ' ');
  if (OTHER.test(rest) || (request.match(/['"‘“]/g) ?? []).length > 2) return request;
  const together = TOGETHER.test(rest);
  const words = /^['"‘“]/.test(news) ? news : news.replace(/^(?:The|Our|My|We|It|Everything|All|There)\b/, (w) => w.toLowerCase());
  return `${together ? 'Simultaneously: ' : ''}post in ${channels[0]} and email ${addresses[0]} saying ${words}.`;
}
