/**
 * One wait, then one post, however it is said: "I'd like a 10-minute pause, after which 'X' goes up in #infra", "In #infra,
 * I'd like the message 'X' to go up, but not until 10 minutes have passed", "Please allow a period of ten minutes to
 * elapse and, upon the expiry of that period, post 'X' to the #infra channel", "Can you put 'X' in #infra? Give it 10
 * minutes before you post it". When a request names one length of time, one channel and one quoted text, and nothing
 * else a step could act on or run on, it is read as "Wait <time>, then post <text> in <channel>." Any other request is
 * returned unchanged.
 */
import { QUOTE } from './value-kinds.ts';

const SPAN = /\b(\d+|an?|one|two|three|five|ten|fifteen|twenty|thirty|sixty)[\s-]*(seconds?|secs?|minutes?|mins?|hours?|hrs?)\b/gi;
const QUOTED = new RegExp(QUOTE, 'g');
/** Anything else a step could act on or run on. */
const OTHER = /@|https?:|\/\w|\b(?:task|issue|ticket|e-?mail|mail|dm|query|select|database|file|summar\w*|fetch|every|each|daily|weekly|whenever|when\s+(?:a|an|the)|if|unless|approv\w*|sign[- ]?off|check|call|ask|whether|quarter|half|remind\w*|tomorrow|today|tonight|noon|midnight)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bat\s+\d/i;

/** The request read as one wait and then one post; unchanged when it is not. */
export function waitThenPost(request: string): string {
  const channels = [...new Set(request.match(/#[\w-]+/g) ?? [])];
  const quotes = request.match(QUOTED) ?? [];
  const spans = [...request.matchAll(SPAN)];
  if (channels.length !== 1 || quotes.length !== 1 || !spans.length) return request;
  // (the same length of time said twice is one wait: "after ten minutes … Wait the 10 minutes")
  const minutes = new Set(spans.map((m) => `${m[1].toLowerCase()} ${m[2].toLowerCase().replace(/s$/, '')}`.replace(/^(?:an?|one) /, '1 ').replace(/^ten /, '10 ').replace(/^five /, '5 ').replace(/^fifteen /, '15 ').replace(/^twenty /, '20 ').replace(/^thirty /, '30 ')));
  if (minutes.size !== 1 || OTHER.test(request.replace(quotes[0], ' '))) return request;
  const [, n, unit] = spans[0];
  const one = /^(?:1|an?|one)$/i.test(n);
  const base = /^s/i.test(unit) ? 'second' : /^m/i.test(unit) ? 'minute' : 'hour';
  return `Wait ${n} ${base}${one ? '' : 's'}, then post ${quotes[0]} in ${channels[0]}.`;
}
