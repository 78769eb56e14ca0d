/**
 * Requests dictated to a voice assistant and written down as spoken: symbols said in words ("hash ops" → #ops,
 * "dana at acme dot com" → dana@acme.com, "status dot acme dot io slash health" → https://status.acme.io/health,
 * "acme slash web" → acme/web, "reports slash status dot txt" → reports/status.txt, "ops dash team" → ops-team),
 * numbers and times said in words ("task one two zero four" → task 1204, "two hundred" → 200, "ninety percent" →
 * 90%, "nine a.m." → 9am, "eight fifteen in the morning" → 8:15 in the morning, "twenty twenty six" → 2026),
 * spelled letters ("s s l" → SSL, "d m" → DM), quotes and JSON said aloud ("quote memory at 85% unquote",
 * "open curly brace quote build quote colon forty two close curly brace") and fillers ("um", "uh"). Runs before
 * anything else reads the request, so a dictated structured command parses as typed. Quoted words are left as said.
 */

import { keepingQuotes } from './values-kept.ts';

const TLD = String.raw`(?:com|io|org|net|co|dev|app|edu|gov|ai|us|uk|de|fr|ca|au|info|biz|me|tv|eu|nl|se|no|es|ch|jp|in)`;
const UNITS: Record<string, number> = { zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUMBER_WORD = String.raw`(?:${[...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred', 'thousand'].join('|')})`;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30 };
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const HOUR_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const MINUTE_WORD = String.raw`(?:oh\s+(?:one|two|three|four|five|six|seven|eight|nine)|ten|fifteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|forty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|fifty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)`;
/** Words that make a dictated request recognisable; without one of them nothing here runs. */
const SPOKEN = /\b(?:dot|slash|hash|hashtag|dash|underscore|um+|uh+|erm|unquote|curly|percent)\b|\b[ap]\.\s?m\.|(?<![\w'’.])(?:[a-z]\s+){1,4}[a-z](?![\w'’])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(?:one|two|three|four|five|six|seven|eight|nine|zero|oh|hundred|thousand|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;

/** "seventy seven oh nine" → "7709", "two hundred" → "200", "forty two" → "42": a run of number words as digits. */
function numberOf(run: string): string | undefined {
  const ws = run.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  if (ws.some((w) => w === 'hundred' || w === 'thousand')) {
    let total = 0, cur = 0;
    for (const w of ws) {
      if (w in UNITS) cur += UNITS[w];
      else if (w in TEENS) cur += TEENS[w];
      else if (w in TENS) cur += TENS[w];
      else if (w === 'hundred') cur = (cur || 1) * 100;
      else if (w === 'thousand') { total += (cur || 1) * 1000; cur = 0; }
      else return undefined;
    }
    return String(total + cur);
  }
  // groups said one after another: "twenty twenty six" (20|26), "one two zero four" (1|2|0|4)
  let out = '';
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w in TENS) {
      const u = ws[i + 1];
      if (u && u in UNITS && UNITS[u] > 0 && u !== 'oh') { out += String(TENS[w] + UNITS[u]); i++; } else out += String(TENS[w]);
    } else if (w in TEENS) out += String(TEENS[w]);
    else if (w in UNITS) out += String(UNITS[w]);
    else return undefined;
  }
  return out;
}

/** "nine" → 9, "fifteen" → 15, "oh five" → 05, "forty five" → 45. */
function clock(words: string): number {
  return Number(numberOf(words.replace(/^oh\s+/i, 'zero ')) ?? 0);
}

/** Numbers said in words, where they are values: runs of two or more, before "percent"/"hundred", after "task"/"point". */
function numbers(s: string): string {
  return s
    // ("two point three" → 2.3)
    .replace(new RegExp(String.raw`\b(${NUMBER_WORD}(?:[\s-]+${NUMBER_WORD})*)\s+point\s+(${NUMBER_WORD}(?:\s+${NUMBER_WORD})*)\b`, 'gi'), (m, a: string, b: string) => { const x = numberOf(a), y = numberOf(b); return x && y ? `${x}.${y}` : m; })
    .replace(new RegExp(String.raw`\b${NUMBER_WORD}(?:(?:[\s-]+|\s+and\s+)${NUMBER_WORD})+\b`, 'gi'), (m: string) => numberOf(m) ?? m)
    .replace(new RegExp(String.raw`\b(task|issue|ticket|number|build|version|v|release|pr|item|order|invoice|step|room|gate)\s+(${NUMBER_WORD})\b`, 'gi'), (m, noun: string, w: string) => { const n = numberOf(w); return n ? `${noun} ${n}` : m; })
    .replace(new RegExp(String.raw`\b(${NUMBER_WORD})\s+(percent|hundred)\b`, 'gi'), (m, w: string, unit: string) => { const n = numberOf(w); return n ? `${n} ${unit}` : m; })
    .replace(/\b(\d+)\s+percent\b/gi, '$1%')
    .replace(/\bv\s+(\d)/gi, 'v$1');
}

/** Times and dates said in words: "nine a.m." → 9am, "at eight fifteen" → at 8:15, "december first" → december 1. */
function times(s: string): string {
  return s
    .replace(new RegExp(String.raw`\b(${HOUR_WORD}|\d{1,2})(?:(?:\s+|:)(${MINUTE_WORD}|\d{2}))?\s*(a|p)\.?\s?m\b\.?`, 'gi'), (_m, h: string, mm: string | undefined, ap: string) => {
      const hour = /^\d/.test(h) ? Number(h) : clock(h);
      const min = mm ? (/^\d/.test(mm) ? Number(mm) : clock(mm)) : 0;
      return `${hour}${min ? `:${String(min).padStart(2, '0')}` : ''}${ap.toLowerCase()}m`;
    })
    .replace(new RegExp(String.raw`\bat\s+(${HOUR_WORD})\s+(${MINUTE_WORD})\b`, 'gi'), (_m, h: string, mm: string) => `at ${clock(h)}:${String(clock(mm)).padStart(2, '0')}`)
    .replace(new RegExp(String.raw`\b(${MONTH})\s+(${Object.keys(ORDINALS).join('|')}|(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\b`, 'gi'), (_m, month: string, ord: string) => {
      const [a, b] = ord.toLowerCase().split(/[\s-]/);
      return `${month} ${b ? TENS[a] + ORDINALS[b] : ORDINALS[a]}`;
    });
}

/** Symbols said in words: addresses, hosts and paths, channels, joined names, spelled letters. */
function symbols(s: string): string {
  let t = s
    .replace(/(?<=[a-z0-9])\s+dash\s+(?=[a-z0-9])/gi, '-')
    .replace(/\s+underscore\s+/gi, '_')
    // ("support-lead at acme dot com")
    .replace(new RegExp(String.raw`\b([a-z0-9][\w.+-]*)\s+at\s+((?:[a-z0-9][\w-]*\s+dot\s+)+${TLD})\b`, 'gi'), (_m, local: string, host: string) => `${local}@${host.replace(/\s+dot\s+/gi, '.')}`)
    // ("reports slash status dot txt", "report dot csv")
    .replace(/\b([\w-]+)\s+dot\s+(txt|csv|json|log|md|pdf|ya?ml|html?|xlsx?|docx?|sql|sh|py|js|ts|png|jpg)\b/gi, '$1.$2')
    // ("status dot acme dot io slash health")
    .replace(new RegExp(String.raw`(?<![@\w.])((?:[a-z0-9][\w-]*\s+dot\s+)+${TLD})((?:\s+slash\s+[\w.-]+)*)\b`, 'gi'), (_m, host: string, path: string) => `https://${host.replace(/\s+dot\s+/gi, '.')}${path.replace(/\s+slash\s+/gi, '/')}`)
    // ("acme slash web", "out slash results.txt")
    .replace(/\b([\w.-]+)((?:\s+slash\s+[\w.-]+)+)/gi, (_m, head: string, rest: string) => `${head}${rest.replace(/\s+slash\s+/gi, '/')}`)
    .replace(/\bhash(?:tag)?\s+(?!(?:the|a|an|of|it|this|that|out)\b)([a-z][\w-]*)/gi, '#$1');
  // ("s s l certificate", "d m alice"): letters said one by one are one word in capitals
  t = t.replace(/(?<![\w'’.])(?:[a-z]\s+){1,4}[a-z](?![\w'’])/gi, (m: string) => (/^(?:[ai]\s+)*[ai]$/i.test(m) || /^a\s/i.test(m) && m.length <= 3 ? m : m.replace(/\s+/g, '').toUpperCase()));
  return t;
}

/** Quotes and JSON said aloud. */
function quoting(s: string): string {
  return s
    .replace(/\bopen\s+curly\s+brace\s+(.+?)\s+close\s+curly\s+brace\b/gi, (_m, inner: string) => `{${inner.replace(/\bquote\s+([\w.-]+(?:\s+[\w.-]+)*?)\s+quote\b/gi, '"$1"').replace(/\s+colon\s+/gi, ': ').replace(/\s+comma\s+/gi, ', ').replace(/\s+(?=[:,])/g, '')}}`)
    .replace(/\b(?:open\s+)?quote\s+(.+?)\s+(?:unquote|end\s+quote|close\s+quote)\b/gi, "'$1'");
}

/** A structured command said aloud: "slack dot send_message channel equals #ops text equals disk at 90%". */
function command(s: string): string {
  const m = /^\s*([a-z]+)\s+dot\s+([a-z]+(?:_[a-z]+)*)\s+(.*)$/i.exec(s);
  const cmd = m ? `${m[1]}.${m[2]} ${m[3]}` : s;
  if (!/^\s*[a-z]+\.[a-z_]+\s+[a-z_]+(?:\s+equals\s+|=)/i.test(cmd)) return s;
  return cmd.replace(/\s+equals\s+/gi, '=').replace(/([a-z_]+)=(.+?)(?=\s+[a-z_]+=|$)/gi, (_x, k: string, v: string) => (/\s/.test(v.trim()) && !/^['"].*['"]$/.test(v.trim()) ? `${k}='${v.trim()}'` : `${k}=${v.trim()}`));
}

/** The request with what was said written as typed; unchanged when nothing in it is dictation. */
export function spokenForms(request: string): string {
  if (!SPOKEN.test(request)) return request;
  // (quoted words stay as said)
  return keepingQuotes(request, (words) => {
    let s = quoting(words);
    // fillers: a boundary between clauses, or nothing after a word that needs its noun
    s = s.replace(/\s*,?\s*\b(?:um+|uh+|erm)\b\s*,?\s*/gi, ', ')
      .replace(/^\s*,\s*/, '')
      .replace(/\b(a|an|the|to|of|in|on|for|with|at|by|from|and|or|my|our|your|then)\s*,\s+/gi, '$1 ')
      .replace(/,\s*$/, '');
    return command(numbers(times(symbols(s))))
      .replace(/\bcount\s+star\b/gi, 'count(*)')
      .replace(/\bselect\s+star\b/gi, 'select *');
  });
}
