/**
 * Requests asked very politely, read for what they ask: the frames of a polite request ("I wonder if you might …",
 * "If you get a moment, could you …", "I'd be grateful if you could …", "Do you think we could …", "Could I trouble
 * you to …", "It would be lovely if you could …") and the softeners after it ("no rush",
 * "if that's not too much trouble", "when you get a chance", "for me") add no step, so they go, and what is left is
 * the imperative. Runs before anything else reads the request; quoted words, addresses, URLs and paths are left as
 * typed, and a plain request is returned unchanged.
 */
import { rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

/** Marks of a polite request; without one of them nothing here runs. */
const POLITE = /\b(?:(?:i['’]d|i\s+would|we['’]d|we\s+would)\s+(?:love|like)\s+it\s+if|it(?:['’]d|\s+would)\s+be\s+(?:really\s+)?(?:nice|great|good|lovely|helpful|handy|ideal|useful|cool)\s+if|i\s+wonder(?:ed)?\s+if|i\s+was\s+wondering|if\s+you\s+(?:get|have)\s+a\s+(?:moment|minute|sec(?:ond)?|chance)|(?:i['’]d|i\s+would|we['’]d|we\s+would)\s+be\s+(?:grateful|thankful|obliged)|do\s+you\s+think\s+(?:we|you)\s+could|could\s+i\s+(?:trouble|ask|bother)\s+you|would\s+you\s+(?:be\s+so\s+kind|be\s+able)|it\s+would\s+be\s+(?:lovely|great|wonderful|nice|brilliant|fantastic|helpful|ideal)|no\s+rush|not\s+too\s+much\s+trouble|when\s+you\s+(?:get|have)\s+a\s+(?:chance|moment|minute)|could\s+you\s+possibly)\b/i;

const RULES: Rewrite[] = [
  // the frames before the request
  // ("I'd love it if you could update …", "I'd love it if an AI summary … could be posted": the wish is the request)
  [/(^|[.!?;]\s+|,\s*)(?:so\s+)?(?:i['’]d|i\s+would|we['’]d|we\s+would)\s+(?:love|like)\s+it\s+if\s+(?:you\s+(?:could|would|can|might)\s+(?:please\s+)?)?/gi, '$1'],
  [/(^|[.!?;]\s+|,\s*|\b(?:and|then)\s+)(?:so\s+)?(?:i\s+(?:was\s+)?wonder(?:ing|ed)?\s+if\s+(?:you|we)\s+(?:might|could|would|can)|if\s+you\s+(?:get|have)\s+a\s+(?:moment|minute|sec(?:ond)?|chance)\s*,?\s*(?:(?:could|would|can)\s+you)?|(?:i['’]d|i\s+would|we['’]d|we\s+would)\s+be\s+(?:very\s+|really\s+|most\s+)?(?:grateful|thankful|obliged)\s+if\s+you\s+(?:could|would|can)|do\s+you\s+think\s+(?:we|you)\s+(?:could|might|can)|could\s+i\s+(?:trouble|ask|bother)\s+you\s+to|would\s+you\s+be\s+(?:so\s+kind\s+as|able)\s+to|(?:could|would|can)\s+you\s+possibly|if\s+it['’]s\s+not\s+too\s+much\s+trouble\s*,?\s*(?:(?:could|would|can)\s+you)?|it\s+would\s+be\s+(?:lovely|great|wonderful|nice|brilliant|fantastic|helpful|ideal)\s+(?:if\s+you\s+(?:could|would)|to))\s+(?:please\s+)?(?:also\s+)?/gi, '$1'],
  // "It'd be nice if every Wednesday a reminder went out to #design": the wish is the request
  [/(^|[.!?;]\s+)(?:honestly\s+)?it(?:['’]d|\s+would)\s+be\s+(?:really\s+)?(?:nice|great|good|lovely|helpful|handy|ideal|useful|cool)\s+if\s+(?!you\b|[a-z]+ing\b)/gi, '$1'],
  // the softeners after it
  [/\s*,?\s*(?:if\s+(?:that['’]s|that\s+is|it['’]s|it\s+is)\s+not\s+too\s+much\s+(?:trouble|bother)|if\s+you\s+(?:can|could|don['’]t\s+mind)|when(?:ever)?\s+you\s+(?:get|have)\s+a\s+(?:chance|moment|minute)|when(?:ever)?\s+you\s+can|at\s+your\s+convenience)\b/gi, ''],
  [/(^|[.!?;]\s+|,\s*)no\s+(?:rush|hurry)(?:\s+(?:at\s+all|on\s+(?:this|that|it)))?\s*[.!]*/gi, '$1'],
  [/\s+for\s+me(?=\s*(?:[,.;!?]|$|\s+and\b))/gi, ''],
  // "gently nudging people to": asking them to
  [/\b(?:gently\s+|kindly\s+)?nudging\s+(?:people|everyone|the\s+team|folks)\s+to\b/gi, 'asking everyone to'],
];

/** The request as a plain imperative; unchanged when nothing in it is a polite frame. */
export function politeForms(request: string): string {
  if (!POLITE.test(request)) return request;
  return keepingValues(request, (words) => {
    const s = rewriteAll(words, RULES);
    return s.replace(/\?(?=\s*$|\s+[A-Z])/g, '.').replace(/\s+([,.;])/g, '$1').replace(/([.!?])\s*[,.]+/g, '$1').replace(/\s{2,}/g, ' ').replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase()).trim();
  });
}
