/**
 * One email with a subject and a piece of news, however it is said: "Send an email to a@x and b@x. Subject must be
 * 'Weekly report'; the body should state that the report is ready", "Jane (a@x) and Bob (b@x) need to know the report
 * is ready, so could you email them both? Put 'Weekly report' as the subject", "Email a@x and b@x, subject 'Weekly
 * report', just tell them the report is ready". When a request names its addresses, one quoted subject and its news (as
 * one-news.ts reads news), and nothing else a step could act on, it is read as "Email <addresses> with the subject
 * <subject> saying <news>." Any other request is returned unchanged.
 */
import { EMAIL, QUOTE } from './value-kinds.ts';
import { newsOf } from './one-news.ts';

const ADDRESS = new RegExp(EMAIL, 'g');
/** A quoted subject: said after "subject"/"headed"/"titled", or before "as the subject". */
const SUBJECT = new RegExp(String.raw`\b(?:subject(?:\s+line)?|headed|titled|heading)\b[^'"‘“.;!?]{0,25}?(${QUOTE})|(${QUOTE})\s+(?:as|in|for)\s+(?:the|its)\s+subject\b`, 'i');
/** Anything else a step could act on or run on: then the request is more than one email. */
const OTHER = /[#]|https?:|\/\w|\b(?:task|issue|ticket|slack|post|dm|query|select|database|file|summar\w*|fetch|every|daily|weekly|whenever|when\s+(?:a|an|the)|if|unless|wait|minutes?|hours?|approv\w*|sign[- ]?off|signs?\s+off|signed\s+off|each|loop|cc|bcc|copy|individually|separately|attach\w*|ai|draft\w*|remind\w*)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i;

/** The request read as one email with its subject and news; unchanged when it is not. */
export function oneEmailSaid(request: string): string {
  const addresses = [...new Set(request.match(ADDRESS) ?? [])];
  const subject = SUBJECT.exec(request);
  if (!addresses.length || !subject || !/\b(?:e-?mail\w*|mail\w*|send|note|goes\s+to)\b/i.test(request)) return request;
  const said = subject[1] ?? subject[2];
  const quotes = request.match(new RegExp(QUOTE, 'g')) ?? [];
  const withoutSubject = request.replace(said, ' ');
  // (a second quote is the body when it follows "body"/"message"/"saying")
  const bodyQuote = quotes.find((q) => q !== said && new RegExp(`\\b(?:body|message|text|saying|says|reads?)\\b[^'"‘“]{0,15}${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(request));
  if (quotes.length > (bodyQuote ? 2 : 1)) return request;
  const news = bodyQuote ?? newsOf(withoutSubject, true);
  if (OTHER.test(withoutSubject.replace(news ?? '', ' ').replace(ADDRESS, ' '))) return request;
  // (no news: "Subject 'Outage resolved'. Send it to team@x." is the subject alone)
  if (!news) {
    const words = withoutSubject.replace(ADDRESS, ' ').toLowerCase().match(/[a-z-]+/g) ?? [];
    return addresses.length === 1 && words.every((w) => /^(?:subject|line|send|email|e-mail|mail|it|this|to|the|an?|please|goes|go|out|over|by|off)$/.test(w)) ? `Email ${addresses[0]} with the subject ${said}.` : request;
  }
  const words = /^['"‘“]/.test(news) ? news : news.replace(/^(?:The|Our|My|We|It|Everything|All|There)\b/, (w) => w.toLowerCase());
  return `Email ${addresses.join(' and ')} with the subject ${said} saying ${words}.`;
}
