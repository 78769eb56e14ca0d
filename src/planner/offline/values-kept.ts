/**
 * A rewrite applied to the words of a request only: quoted words, addresses, URLs and paths are set aside first and
 * put back after, as typed. The readers of chat shorthand and of the formal register use it, so an abbreviation
 * rule never touches "facilities-mgr@x" and a passive rule never touches 'It is requested that …' inside quotes.
 */

// (an apostrophe inside a word — "the workflow's", "don't" — opens no quote)
const VALUE = /(?<![\w])(['"‘“])[^'"‘“’”\n]*\1(?![\w])|“[^”]*”|‘[^’]*’|https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\S)[\w.-]*\/[\w./-]+/g;

export function keepingValues(request: string, rewrite: (words: string) => string): string {
  const kept: string[] = [];
  const words = request.replace(VALUE, (v) => {
    kept.push(v);
    return `\uE210${kept.length - 1}\uE211`;
  });
  return rewrite(words).replace(/\uE210(\d+)\uE211/g, (_m, i: string) => kept[Number(i)]);
}
