/**
 * Requests typed under pressure, read for what they ask: urgency said with them ("RIGHT NOW", "asap!!", "URGENT:",
 * "Set it up NOW please", "please hurry", "Don't make me ask twice") and complaints beside them ("this keeps happening",
 * "I can't keep babysitting this", "she's STILL waiting") add no step, so they go; words in capitals for emphasis
 * ("AND", "BOTH", "EACH", "AFTER") are the plain words; "!!" ends a sentence. Runs before anything else reads the
 * request; quoted words, addresses, URLs and paths are left as typed, and a calm request is returned unchanged.
 */
import { rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

/** Marks of a request typed under pressure; without one of them nothing here runs. */
const PRESSURE = /!{2,}|\b(?:RIGHT\s+NOW|NOW|ASAP|URGENT|IMMEDIATELY)\b|\b(?:asap|right\s+now|urgent(?:ly)?|hurry)\b/;

/** Common words written in capitals for emphasis (not acronyms or HTTP methods). */
const EMPHASIS = /\b(AND|BOTH|EACH|AFTER|BEFORE|THEN|ALL|EVERY|AGAIN|STILL|TODAY|TONIGHT|ONLY|NOT|NEVER|ALWAYS|PLEASE|EXACTLY|FIRST|TOMORROW|ALSO|TOO|WHOLE|SAME|NO|ONE|TWO|ASAP|NOW|IMMEDIATELY)\b/g;

const RULES: Rewrite[] = [
  // "ugh, issues are slipping through AGAIN.": a groan and what it is about, naming nothing to act on (a workflow or a task
  // it names may be what "it" means later: "ugh, the nightly-backup workflow failed again. Every time it fails, …")
  [/(^|[.!?]\s+)(?:ugh+|argh+|sigh|omg|geez|jeez|ffs)\s*[,.!]+\s*(?![^.!?]*\b(?:workflow|job|pipeline|automation|flow)\b)[^.!?#@\uE210]*[.!?]+\s*(?=[A-Z\uE210#@])/g, '$1'],
  [/(^|[.!?]\s+)(?:ugh+|argh+|sigh|omg|geez|jeez|ffs)\s*[,.!]+\s*/gi, '$1'],
  // "URGENT:", "Urgent!!", "Need this done RIGHT NOW:": a heading that says how soon
  [/(^|[.!?]\s+)(?:urgent|asap|important|priority)\s*[:!]+\s*/gi, '$1'],
  [/(^|[.!?]\s+)(?:i\s+)?need\s+(?:this|it|these)\s+done(?:\s+(?:right\s+now|now|asap|today|immediately))?\s*[:!]+\s*/gi, '$1'],
  // sentences and clauses that only press or complain
  [/(^|[.!?]\s+|,\s*)(?:please\s+)?(?:hurry(?:\s+up)?|set\s+(?:it|this|that)\s+up(?:\s+(?:right\s+)?(?:now|today|asap|immediately))?(?:\s+please)?(?:,\s*i\s+have\s+to\s+(?:run|go))?(?=\s*(?:[.!?,]|$))|do\s+it\s+(?:now|today|asap)|don['’]t\s+make\s+me\s+ask\s+twice|i\s+(?:have|need)\s+to\s+(?:run|go)|i\s+need\s+(?:this|it)\s+(?:running|done|set\s+up|live|working)\s+(?:today|tonight|now|asap)(?:\s*,\s*asap)?|i\s+don['’]t\s+have\s+time\s+for\s+this)\b[^.!?]*[.!?]*/gi, '$1'],
  [/(,\s*|[.!?]+\s+|\s+)(?:this\s+keeps\s+(?:happening|coming\s+up|breaking)|i\s+can['’]t\s+keep\s+[a-z]+ing\s+[^.!?]*|nobody\s+reads\s+[^.!?]*|no\s+one\s+reads\s+[^.!?]*|(?:she|he|they)['’](?:s|re)\s+still\s+waiting|[a-z]+\s+is\s+a\s+mess\s+[^.!?]*|(?:people|everyone|customers)\s+(?:are|is)\s+(?:waiting|asking|complaining)[^.!?]*)\s*[.!?]*\s*(?=$|[A-Z])/gi, '$1'],
  // "RIGHT NOW", "asap", "immediately": how soon, not what
  [/,?\s*\b(?:right\s+now|asap|a\.s\.a\.p\.?|immediately|straight\s+away|right\s+away|urgently|pronto)\b\s*(?:please\b)?/gi, ' '],
  [/,?\s*\bNOW\b/g, ' '],
  [/\bplease\s+hurry\b/gi, ''],
  // "!!", "!!!": the end of a sentence
  [/\s*!{2,}/g, '.'],
  [/\s*\?!+/g, '?'],
];

/** The request without the pressure it was typed under; unchanged when it has none. */
export function withoutUrgency(request: string): string {
  if (!PRESSURE.test(request)) return request;
  return keepingValues(request, (words) => {
    // (twice: a complaint can follow a plea that ends where the first pass left off — "please hurry!! I don't have time")
    let s = rewriteAll(rewriteAll(words, RULES), RULES);
    s = s.replace(EMPHASIS, (w) => w.toLowerCase());
    return s.replace(/\s+([,.;:])/g, '$1').replace(/([.!?])\s*,+/g, '$1').replace(/,+\s*$/, '').replace(/([,;:])(?:\s*[,;:])+/g, '$1').replace(/\.\s*\./g, '.').replace(/\s{2,}/g, ' ').replace(/^[\s,.;:]+/, '').trim();
  });
}
