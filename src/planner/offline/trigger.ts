/**
 * Triggers: a schedule phrase ("every Monday at 9am", "every weekday at 8:30", "hourly", "on the
 * first of every month") becomes a five-field cron; "when a webhook arrives / a GitHub issue is
 * opened" a webhook trigger; "whenever workflow X fails" an event trigger. The phrase is cut out
 * of the request so the rest plans as steps.
 */
import type { PlannedTrigger } from '../types.ts';
import { DAY_NAMES, DAY_PARTS, EVENT_SUBJECT_INTERNAL, EVENT_VERBS, INLINE_LIST, MONTH_NAMES, NUMBER_WORDS, ORDINALS, TIME_ZONES, TRIGGER_LEAD, TRIGGER_TRAIL, APPROVAL_WORDS, COMPLAINT } from './lexicon.ts';
import { restore, SENTENCE_BREAK, sentenceStarts, tidy, type Span } from './text.ts';

interface Tok { t: string; s: number; e: number }

function toks(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(/\d{1,2}(?::|\.(?=\d\d\s*(?:am|pm)))\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?|\d+(?:st|nd|rd|th)?\s*(?:am|pm|a\.m\.|p\.m\.)?|[a-z]+(?:'[a-z]+)?(?:-[a-z]+)*|,|\uE000\d+\uE001|[^\s\w]/gi)) {
    out.push({ t: m[0].trim().toLowerCase(), s: m.index!, e: m.index! + m[0].trimEnd().length });
  }
  return out;
}

const UNIT = /^(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|seconds?|secs?)$/;
const RECUR = /^(every|each|daily|hourly|nightly|weekly|monthly|yearly|annually|weekdays|weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|once|twice)$/;
const TIME = /^(\d{1,2})(?:[:.](\d\d))?\s*(am|pm|a\.m\.|p\.m\.)?$/;
const isDay = (t: string) => DAY_NAMES[t.replace(/s$/, '')] !== undefined || DAY_NAMES[t] !== undefined;
const isOrdinal = (t: string) => /^\d{1,2}(st|nd|rd|th)$/.test(t) || ORDINALS[t] !== undefined;

function schedTok(t: string, next: string | undefined, prev: string | undefined): boolean {
  if (RECUR.test(t) || UNIT.test(t) || isDay(t) || isOrdinal(t)) return true;
  if (/^(weekday|weekend|morning|mornings|evening|evenings|night|nights|afternoon|afternoons|noon|midnight|midday|business|working|workday|workdays|quarter|half|o'clock|am|pm|month|week|day|year|hour|hours|minute|other|eod)$/.test(t)) return true;
  if (MONTH_NAMES[t] !== undefined && t.length > 2) return true;
  // ("on January 2 at 9am", "on 1 September at 9am": a day number right after or before its month)
  if (/^\d{1,2}$/.test(t) && ((prev !== undefined && MONTH_NAMES[prev] !== undefined && prev.length > 2) || (next !== undefined && MONTH_NAMES[next] !== undefined && next.length > 2))) return true;
  if (TIME.test(t) && (/[:.]|am|pm/.test(t) || prev === 'at' || (next !== undefined && (UNIT.test(next) || /^(am|pm|o'clock)$/.test(next))))) return true;
  if (/^\d+$/.test(t) && next !== undefined && UNIT.test(next)) return true;
  if (NUMBER_WORDS[t] !== undefined && t.length > 1 && next !== undefined && UNIT.test(next)) return true;
  return false;
}
const CONNECT = /^(at|on|in|and|of|the|from|to|through|thru|until|till|,|a|an|past|starting|every|each|between|-|during|business|working|office|hours)$/;

/** Finds a schedule phrase; returns its span and cron. */
export function findSchedule(textIn: string): { start: number; end: number; cron: string; phrase: string; extra?: { start: number; end: number }[] } | undefined {
  // words inside paths and file names ("reports/daily.csv") are not schedule words
  // (nor are channel and user names: "#daily", "@weekly-bot")
  const text = textIn.replace(/[\w.-]*[/][\w./-]*|[\w-]+\.[a-z]{2,5}\b/gi, (m) => ' '.repeat(m.length)).replace(/[#@][\w.-]+/g, (m) => `§${' '.repeat(m.length - 1)}`);
  const ts = toks(text);
  const anchors: number[] = [];
  ts.forEach((tk, i) => {
    const n = ts[i + 1]?.t;
    if (/^(every|each)$/.test(tk.t) && n && (schedTok(n, ts[i + 2]?.t, tk.t) || n === 'other' || /^\d+$/.test(n) || NUMBER_WORDS[n] !== undefined) && (!(ts[i - 1]?.t === 'for' || ts[i - 1]?.t === 'to') || isDay(n) || /^(?:weekday|weekdays|morning|evening|night|hour|day)$/.test(n)) && !(n === 'day' && ts[i - 1]?.t === 'of')) anchors.push(i);
    // ("a monthly email … at noon on the 15th" recurs; "the weekly report", "any required monthly tests" name things)
    // ("the daily 6pm check of …": a clock time after the adjective says when it runs)
    else if (/^(daily|nightly|weekdays)$/.test(tk.t) && /^(the|our|my|this|that)$/.test(ts[i - 1]?.t ?? '') && /^\d{1,2}(?:(?::\d\d)?(?:am|pm)|:\d\d)$/.test(n ?? '')) anchors.push(i);
    // ("turn them into a monthly newsletter", "as a weekly digest", "missed a weekly drill": a thing, not when)
    else if (/^(daily|hourly|nightly|weekly|monthly|quarterly|yearly|annually|weekdays|weekends)$/.test(tk.t) && !/^(the|our|my|your|this|that|their|its|his|her|for|about|of|regarding|called|named|titled|which|what|whichever|those|these|any|all|missing|last|next|previous|[a-z]+['’]s)$/.test(ts[i - 1]?.t ?? '') && !(/^(?:a|an)$/.test(ts[i - 1]?.t ?? '') && /^(?:into|as|of|from|like|in|for|with|[a-z]+ed|had|did|ran|held)$/.test(ts[i - 2]?.t ?? '')) && !(/^(?:[a-z]+ed|regular|usual|routine|mandatory)$/.test(ts[i - 1]?.t ?? '') && /^[a-z]{3,}s$/.test(n ?? ''))) anchors.push(i);
    else if (/^(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)$/.test(tk.t) && (i === 0 || /^(on|,|and|every|each)$/.test(ts[i - 1]?.t ?? '') || n === 'at' || n === ',')) anchors.push(i);
    else if ((tk.t === 'once' || tk.t === 'twice') && (n === 'a' || n === 'daily')) anchors.push(i);
    else if (isOrdinal(tk.t) && /^(of)$/.test(n ?? '') && /^(every|each|the)$/.test(ts[i + 2]?.t ?? '') && /^(month|months)$/.test(ts[i + 3]?.t ?? '')) anchors.push(i);
    else if (/^(every|each)$/.test(tk.t) && n && isOrdinal(n) && ts[i + 2]?.t === 'of') anchors.push(i);
    else if (tk.t === 'on' && /^(weekdays|weekends|workdays|business|working)$/.test(n ?? '')) anchors.push(i + 1);
    // "on the first day of January, April, July and October": days of named months recur
    else if (isOrdinal(tk.t) && (n === 'day' ? ts[i + 2]?.t === 'of' && MONTH_NAMES[ts[i + 3]?.t ?? ''] !== undefined : n === 'of' && MONTH_NAMES[ts[i + 2]?.t ?? ''] !== undefined) && ts.slice(i).filter((x) => MONTH_NAMES[x.t] !== undefined && x.t.length > 2).length >= 2) anchors.push(i);
    // "Monday through Friday at 6pm", "mon-fri": a range of days recurs
    else if (isDay(tk.t) && /^(to|through|thru|-)$/.test(n ?? '') && isDay(ts[i + 2]?.t ?? '')) anchors.push(i);
    // "Sunday nights at 11", "Monday mornings": a day's part said in the plural recurs
    else if (isDay(tk.t) && /^(mornings|nights|evenings|afternoons)$/.test(n ?? '') && !/^(about|on|regarding|of|for|like|hate)$/.test(ts[i - 1]?.t ?? '')) anchors.push(i);
  });
  const ok = (i: number) => i >= 0 && i < ts.length && schedTok(ts[i].t, ts[i + 1]?.t, ts[i - 1]?.t);
  // ("Goal: weekly churn digest. Every Monday at 8am …": of several phrases, the one that says the most)
  let best: { start: number; end: number; cron: string; phrase: string; score: number } | undefined;
  // (a schedule said in a statement before the request is context: "We keep running short of staff on Saturdays. Could you create …")
  const inStatement = (at: number) => {
    const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('! ', at), text.lastIndexOf('? ', at));
    const end = text.slice(at).search(/[.!?](?:\s|$)/);
    return end >= 0 && at + end < text.trim().length - 1 && /^\s*(?:we|i|they|people|customers|staff|our\s+[\w-]+|the\s+[\w-]+)\s+(?:keep|keeps|kept|have\s+been|has\s+been|had|are|were|often|always|usually|tend|run|ran|get|got|struggle|see)\b/i.test(text.slice(start < 0 ? 0 : start + 2, at));
  };
  // (nor is a frequency said inside the words of a message — "… reminding everyone to take water breaks every 45 minutes";
  // only an interval: "… saying update the macros on Fridays at 3pm" may still say when it goes)
  // (or in what a message states: "post that the heat advisory is in effect and breaks are mandatory every hour")
  const inMessage = (at: number) => (/\b(?:reminding|telling|asking|urging|encouraging|advising)\s+(?:them|everyone|everybody|all|people|staff|the\s+\w+|us|him|her)\s+to\b[^.;:!?]*$/i.test(text.slice(0, at))
    || /\b(?:post|say|tell|announce|saying|remind|warn|notify|let\s+\S+\s+know)\b[^.;!?]*\bthat\s+[^.;!?,]*\b(?:is|are|must|should|will|need|needs)\b[^.;!?,]*$/i.test(text.slice(0, at)))
    && /^\s*(?:every|each)\s+(?:\d+|few|couple|other|hour|minute|half)/i.test(text.slice(at));
  for (const a of anchors) {
    if (best && ts[a].s < best.end && ts[a].s >= best.start) continue;
    // ("… and half these guys forget every year": how often something happens, said of people or things, not when to run)
    const happensSo = /\b(?:forget|forgets|happens?|miss(?:es)?|breaks?|spikes?|renews?|expires?|repeats?|occurs?|floods?|freezes?|comes?\s+(?:up|around)|rolls?\s+around)\s+$/i.test(text.slice(0, ts[a].s));
    // (nor a habit complained of: "I'm tired of curling https://… by hand every morning. Fetch it …")
    const sentence = text.slice(Math.max(0, text.lastIndexOf('. ', ts[a].s)), ts[a].s);
    if (inMessage(ts[a].s) || inStatement(ts[a].s) || happensSo || (COMPLAINT.test(sentence) && /[.!?]\s+\S/.test(text.slice(ts[a].s)))) continue;
    const found = grow(a);
    if (!found) continue;
    const f = found.cron.split(' ');
    // (of two as precise, the one said as a frequency: "Check-in closes at 17:45 on Saturdays. Every Saturday at 17:00, post …")
    const score = f.filter((x) => x !== '*').length + (f[0] !== '0' || f[1] !== '0' ? 1 : 0) + (/^(?:every|each)$/.test(ts[a].t) ? 0.5 : 0);
    if (!best || score > best.score) best = { ...found, score };
  }
  if (!best) return undefined;
  const { score: _score, start, end } = best;
  let { cron, phrase } = best;
  const extra: { start: number; end: number }[] = [];
  // ("a monthly email to grants@x at noon on the 15th": a bare frequency takes the time and day said elsewhere)
  if (/^(?:daily|weekly|monthly|nightly|hourly|(?:every|each)\s+(?:day|week|month))$/i.test(phrase.trim())) {
    const more = [...text.matchAll(/\bat\s+(?:noon|midnight|midday|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)(?![\w:])|\bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?!\s+of\b)|\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/gi)]
      .filter((m) => m.index! >= end || m.index! + m[0].length <= start).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    // (days before times: "monthly on the 15th at noon")
    const said = more.map((e) => textIn.slice(e.start, e.end)).sort((a, b) => Number(/^at\b/i.test(a)) - Number(/^at\b/i.test(b))).join(' ');
    const joined = more.length ? toCron(`${phrase} ${said}`) : undefined;
    if (joined) { cron = joined; phrase = `${phrase} ${said}`; extra.push(...more); }
  }
  // ("every day at 5pm except weekends": the days it skips)
  const skip = /\b(?:except|but\s+not|excluding|not)\s+(?:on\s+)?(?:weekends|saturdays?\s+(?:and|or|&)\s+sundays?)\b|\bweekdays\s+only\b/i.exec(text);
  if (skip && best.cron.endsWith(' *')) { cron = `${cron.split(' ').slice(0, 4).join(' ')} 1-5`; extra.unshift({ start: skip.index, end: skip.index + skip[0].length }); }
  return { start, end, cron, phrase, ...(extra.length ? { extra } : {}) };

  function grow(a: number): { start: number; end: number; cron: string; phrase: string } | undefined {
    let lo = a, hi = a;
    // grow right
    for (let i = a + 1; i < ts.length; i++) {
      if (ok(i)) { hi = i; continue; }
      if (CONNECT.test(ts[i].t)) {
        let j = i;
        while (j < ts.length && CONNECT.test(ts[j].t) && !ok(j)) j++;
        // ("…, the weekly sales export": an adjective after a determiner, not more of the schedule)
        const adjective = /^(the|a|an|our|my|this|that)$/.test(ts[j - 1]?.t ?? '') && /^(daily|weekly|monthly|nightly|hourly|yearly|annual)$/.test(ts[j]?.t ?? '');
        if (j < ts.length && ok(j) && j - i <= 3 && !adjective && !(ts[i].t === 'to' && !isDay(ts[j].t) && !TIME.test(ts[j].t))) { hi = j; i = j; continue; }
      }
      break;
    }
    // grow left
    for (let i = a - 1; i >= 0; i--) {
      if (ok(i)) { lo = i; continue; }
      // (a comma joins only days of a month listed: "the 1st, 10th and 20th of each month")
      const comma = (k: number) => ts[k].t === ',' && !(isOrdinal(ts[a].t) && isOrdinal(ts[k - 1]?.t ?? ''));
      if (CONNECT.test(ts[i].t) && !comma(i)) {
        let j = i;
        while (j >= 0 && CONNECT.test(ts[j].t) && !ok(j) && !comma(j)) j--;
        if (j >= 0 && ok(j) && i - j <= 3) { lo = j; i = j; continue; }
        if (/^(at|on)$/.test(ts[i].t)) { lo = i; }
        // ("on the first of every month": the article and its preposition belong to the phrase)
        else if (ts[i].t === 'the' && isOrdinal(ts[a].t)) { lo = /^(at|on)$/.test(ts[i - 1]?.t ?? '') ? i - 1 : i; }
      }
      break;
    }
    // leading "at"/"on" belongs to the phrase
    if (lo > 0 && /^(at|on)$/.test(ts[lo - 1].t)) lo--;
    const start = ts[lo].s, end = ts[hi].e;
    const phrase = textIn.slice(start, end);
    const cron = toCron(phrase);
    return cron ? { start, end, cron, phrase } : undefined;
  }
}

function numWord(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  return NUMBER_WORDS[s];
}

/** Monday to Friday, however it is said. */
const WEEKDAYS = /\b(?:weekdays?|business days?|working days?|workdays?|monday (?:to|through|thru|-) friday|mon ?- ?fri)\b/;

/** A schedule phrase → five-field cron, or undefined. */
export function toCron(phrase: string): string | undefined {
  // ("each hour", "each 15 minutes": said as "every")
  const p = ` ${phrase.toLowerCase().replace(/,/g, ' , ').replace(/\s+/g, ' ').replace(/\beach\b/g, 'every')} `;
  // intervals
  // "during the day / business hours": 9 to 5
  const hoursRange = /\bduring (?:the )?(?:day|daytime|business hours|working hours|office hours|work hours)\b/.test(p) ? '9-17' : undefined;
  const bizDays = (/\bduring (?:business|working|office|work) hours\b/.test(p) || WEEKDAYS.test(p)) && !/\b(weekend|saturday|sunday)/.test(p);
  let m = /\bevery (\d+|[a-z-]+) ?(minutes?|mins?)\b/.exec(p);
  // ("every 5 minutes between 5am and midnight": the hours from the first up to the one before the end)
  const win = /\b(?:between|from)\s+(.+?)\s+(?:and|to|until|till|-)\s+(.+?)(?=\s+(?:on|every|each|daily|weekdays?)\b|[,.;]|$)/.exec(p);
  const at = (x: string): number | undefined => (/\bmidnight\b/.test(x) ? 24 : /\b(?:noon|midday)\b/.test(x) ? 12 : parseTimes(`at ${x.replace(/^at\s+/, '')}`)[0]?.[0]);
  const [w0, w1] = win ? [at(win[1]), at(win[2])] : [];
  const window = w0 !== undefined && w1 !== undefined && w1 > w0 ? `${w0}-${w1 - 1}` : undefined;
  if (m && numWord(m[1])) return `*/${numWord(m[1])} ${window ?? hoursRange ?? '*'} * * ${bizDays ? '1-5' : '*'}`;
  if (/\bevery (minute|min)\b/.test(p)) return '* * * * *';
  if (/\bevery quarter(?: of an)? hour\b/.test(p)) return '*/15 * * * *';
  if (/\bevery half(?: an)? hour\b/.test(p)) return '*/30 * * * *';
  const times = parseTimes(p);
  m = /\bevery (\d+|[a-z-]+) ?(hours?|hrs?)\b/.exec(p);
  if (m && numWord(m[1])) return `${times[0]?.[1] ?? 0} */${numWord(m[1])} * * *`;
  // ("every hour between 8am and 6pm on weekdays": those hours)
  const between = times.length >= 2 && /\b(?:between|from)\b/.test(p) && times[1][0] > times[0][0] ? `${times[0][0]}-${times[1][0]}` : undefined;
  if (/\b(every hour|hourly|once an hour)\b/.test(p)) return `${between ? 0 : times[0]?.[1] ?? 0} ${between ?? hoursRange ?? '*'} * * ${bizDays ? '1-5' : '*'}`;
  // "every evening at 9": 21:00
  const pm = /\b(evening|night|afternoon|tonight)s?\b/.test(p);
  // "every night at 2" is 02:00, "every night at 11" is 23:00
  const smallHours = /\bnights?\b|\btonight\b/.test(p) && !/\b(evening|afternoon)s?\b/.test(p);
  for (const t of times) if (pm && t[0] < 12 && t[0] > 0 && !(smallHours && t[0] <= 5) && !/\b\d{1,2}(?::\d\d)?\s*(am|a\.m\.)/.test(p)) t[0] += 12;
  const hour = times.length ? [...new Set(times.map((t) => t[0]))].join(',') : String(dayPartHour(p) ?? 0);
  const minute = times.length ? String(times[0][1]) : '0';
  m = /\bevery (\d+|[a-z-]+) ?days?\b/.exec(p);
  if (m && numWord(m[1]) && numWord(m[1])! > 1) return `${minute} ${hour} */${numWord(m[1])} * *`;
  // ("on the first day of each quarter", "quarterly": the first day of January, April, July and October)
  if (/\b(?:quarterly|(?:every|each)\s+quarter|(?:first|1st)\s+(?:day\s+)?of\s+(?:every|each|the)\s+quarter)\b/.test(p) && !/\bhour\b/.test(p)) return `${minute} ${hour} 1 1,4,7,10 *`;
  // day of month
  let dom = '*';
  let month = '*';
  const ord = /\b(?:on )?(?:the |every |each )?(\d{1,2})(?:st|nd|rd|th)?(?: day)? of (?:every|each|the|a) month\b|\b(?:on )?(?:the |every |each )(first|second|third|fourth|fifth|tenth|fifteenth|twentieth|last)(?: day)? of (?:every|each|the|a) month\b|\b(?:every|each) month on the (\d{1,2})(?:st|nd|rd|th)?\b|\bmonthly on the (\d{1,2})(?:st|nd|rd|th)?\b|\b(?:every|each) month on the (first|second|third|fifteenth|last)\b|\bon the (\d{1,2})(?:st|nd|rd|th) (?:every|each) month\b/.exec(p);
  // ("on the 14th and 28th of every month", "the 1st, 10th and 20th of each month": several days)
  const days = /\b(?:the )?((?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fifteenth|tenth|twentieth)(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fifteenth|tenth|twentieth))+) of (?:every|each|the|a) month\b/.exec(p);
  if (days) {
    const list = days[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((d) => d.replace(/^the\s+/, '')).map((d) => (/^\d/.test(d) ? Number(/\d+/.exec(d)![0]) : Number(ORDINALS[d])));
    if (list.every((d) => d >= 1 && d <= 31)) dom = [...new Set(list)].sort((a, b) => a - b).join(',');
  } else if (ord) {
    const v = ord[1] ?? ord[3] ?? ord[4] ?? ord[6] ?? String(ORDINALS[ord[2] ?? ord[5]] ?? '');
    if (v === '-1') return undefined; // "last day of the month" has no portable cron
    dom = String(Number(v));
  } else if (/\b(monthly|every month|each month|once a month)\b/.test(p)) dom = '1';
  // "the first day of January, April, July and October": those months
  const months = Object.keys(MONTH_NAMES).filter((k) => k.length > 2 && new RegExp(`\\b${k}\\b`).test(p));
  const dayOf = /\b(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?|first|second|third|fifteenth|tenth|twentieth)(?:\s+day)?\s+of\s+/.exec(p);
  if (months.length >= 2 && dayOf) {
    const d = /^\d/.test(dayOf[1]) ? Number(/\d+/.exec(dayOf[1])![0]) : Number(ORDINALS[dayOf[1]]);
    return `${minute} ${hour} ${d} ${[...new Set(months.map((k) => MONTH_NAMES[k]))].sort((a, b) => a - b).join(',')} *`;
  }
  const yearly = /\b(yearly|annually|every year|each year|once a year)\b/.exec(p);
  const monthName = Object.keys(MONTH_NAMES).find((k) => k.length > 2 && new RegExp(`\\b${k}\\b`).test(p));
  if (yearly || (monthName && /\bevery\b/.test(p) && !/\b(day|week)\b/.test(p))) {
    month = monthName ? String(MONTH_NAMES[monthName]) : '1';
    const d = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(p.replace(/\d{1,2}(:\d\d)?\s*(am|pm)|at \d{1,2}(:\d\d)?/g, ' '));
    dom = d ? String(Number(d[1])) : dom === '*' ? '1' : dom;
  }
  // day of week
  let dow = '*';
  if (WEEKDAYS.test(p)) dow = '1-5';
  else if (/\b(weekends?)\b/.test(p)) dow = '0,6';
  else {
    const days = new Set<number>();
    const range = /\b([a-z]+?)s? (?:to|through|thru|-) ([a-z]+?)s?\b/.exec(p);
    if (range && DAY_NAMES[range[1]] !== undefined && DAY_NAMES[range[2]] !== undefined) dow = `${DAY_NAMES[range[1]]}-${DAY_NAMES[range[2]]}`;
    else {
      for (const w of p.split(/[^a-z]+/)) { const d = DAY_NAMES[w] ?? DAY_NAMES[w.replace(/s$/, '')]; if (d !== undefined && w.length >= 3) days.add(d); }
      if (days.size) dow = [...days].sort((a, b) => a - b).join(',');
    }
  }
  if (dow === '*' && /\b(weekly|every week|each week|once a week)\b/.test(p)) dow = '0';
  const daily = /\b(daily|every day|each day|every (?:morning|evening|night|afternoon)|nightly|each (?:morning|evening|night)|once a day|twice a day|twice daily|every (?:\w+ )?(?:morning|evening|night)s?)\b/.test(p);
  if (dow === '*' && dom === '*' && month === '*' && !daily && !times.length) return undefined;
  if (dow === '*' && dom === '*' && month === '*' && !daily && !/\bevery\b|\beach\b/.test(p)) return undefined;
  return `${minute} ${hour} ${dom} ${month} ${dow}`;
}

function dayPartHour(p: string): number | undefined {
  if (/\bnightly\b/.test(p)) return 0;
  for (const [k, h] of Object.entries(DAY_PARTS)) if (new RegExp(`\\b${k}s?\\b`).test(p)) return h;
  return undefined;
}

/** Times of day in a phrase, as [hour, minute]. */
function parseTimes(p: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of p.matchAll(/(?:\bat |\band |\b|,\s*)(\d{1,2})(?:[:.](\d\d))?\s*(am|pm|a\.m\.|p\.m\.|o'clock)?(?=[\s,]|$)/g)) {
    const hasColon = m[2] !== undefined;
    const mer = m[3];
    const precededByAt = /\bat $|\band $/.test(p.slice(Math.max(0, m.index! - 4), m.index! + (m[0].startsWith('at ') || m[0].startsWith('and ') ? m[0].indexOf(m[1]) : 0)));
    if (!hasColon && !mer && !m[0].startsWith('at ') && !m[0].startsWith('and ') && !precededByAt) continue;
    // "the 15th", "every 2 hours" are not times
    const after = p.slice(m.index! + m[0].length);
    if (/^\s*(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|st|nd|rd|th)\b/.test(after)) continue;
    let h = Number(m[1]);
    const min = hasColon ? Number(m[2]) : 0;
    if (h > 23 || min > 59) continue;
    if (mer?.startsWith('p') && h < 12) h += 12;
    if (mer?.startsWith('a') && h === 12) h = 0;
    out.push([h, min]);
  }
  for (const [k, h] of [['noon', 12], ['midday', 12], ['midnight', 0]] as const) if (new RegExp(`\\bat ${k}\\b|\\b${k}\\b`).test(p) && !out.length) out.push([h, 0]);
  return out;
}

const PRONOUN_SUBJECT = /^(it|this|that|they|these|those|done|finished|complete|completed|ready|approved|the manager|a manager|someone approves|(?:the\s+)?\w+\s+approves)\b/i;

export interface TriggerFound { trigger: PlannedTrigger; text: string; /** a stated fact the trigger was found in, left out of the steps */ context?: string }

/** Cuts a trigger out of the request (text with placeholders). `verbStart` tells where an action clause starts. */
export function extractTrigger(text: string, spans: Span[], isVerb: (word: string) => boolean, timezone?: string): TriggerFound | undefined {
  let sched = findSchedule(text);
  // ("Every Tuesday, post …. 10am works.": the time of day said in a sentence of its own)
  const lateTime = sched && !parseTimes(sched.phrase.toLowerCase()).length && !dayPartHour(sched.phrase.toLowerCase()) && /^0 0 /.test(sched.cron)
    ? /(^|[.!?]\s+)(?:at\s+)?(\d{1,2}(?::\d{2})?\s*(?:am|pm))\s+(?:works|would\s+work|is\s+fine|is\s+best|is\s+good|would\s+be\s+(?:good|great|ideal|best)|suits(?:\s+(?:me|us))?|please)\s*[.!]?(?=\s|$)/i.exec(text) : null;
  if (sched && lateTime) {
    const [h, m] = parseTimes(lateTime[2].toLowerCase())[0] ?? [];
    if (h !== undefined) {
      text = `${text.slice(0, lateTime.index + lateTime[1].length)}${text.slice(lateTime.index + lateTime[0].length)}`;
      const again = findSchedule(text);
      if (again) sched = { ...again, cron: again.cron.replace(/^0 0 /, `${m} ${h} `), phrase: `${again.phrase} at ${lateTime[2]}` };
    }
  }
  if (sched) {
    // "… at 9am ET", "(UTC)", "Berlin time": the schedule's time zone
    let end = sched.end;
    let tz = timezone;
    const zm = /^\s*\(?\s*(?:in\s+|at\s+)?([A-Za-z]+)(?:\s+time)?\s*\)?(?=[\s,.;]|$)/.exec(text.slice(end));
    if (zm && TIME_ZONES[zm[1].toLowerCase()] && (zm[1] === zm[1].toUpperCase() || /time/i.test(zm[0]) || zm[1].length > 3)) { tz = TIME_ZONES[zm[1].toLowerCase()]; end += zm[0].length; }
    // (the time and day said apart from the frequency go too)
    const blanked = (sched.extra ?? []).reduce((acc, e) => acc.slice(0, e.start) + ' '.repeat(e.end - e.start) + acc.slice(e.end), text);
    // ("… Mondays at 9am works.": what is left of a sentence that only gave the time says nothing more)
    const rest = sentenceStarts(tidy(`${blanked.slice(0, sched.start)} ${blanked.slice(end)}`.replace(/\s+,/g, ',').replace(/^\s*,/, '').replace(/([.!?])\s*,\s*/g, "$1 ")
      .replace(/(^|[.!?]\s+)(?:that\s+|it\s+)?(?:works|would\s+work|works\s+(?:best|for\s+(?:me|us))|is\s+fine|is\s+good|would\s+be\s+(?:good|great|ideal|perfect|best)|suits(?:\s+(?:me|us))?|is\s+best|is\s+perfect|sounds\s+good)\s*[.!]?(?=\s|$)/gi, '$1')));
    return { trigger: { type: 'schedule', cron: sched.cron, ...(tz ? { timezone: tz } : {}), description: sched.extra ? sched.phrase : text.slice(sched.start, end).trim() }, text: rest };
  }
  const once = onDate(text);
  if (once) return once;
  // an event trigger: said in any one sentence ("Legal wants every contract. When the form gets submitted, …")
  // ("Our form sends a webhook; whenever it fires, …": a semicolon ends a statement too)
  const ends = [...[...text.matchAll(new RegExp(`${SENTENCE_BREAK}(?=[A-Z\uE000#@])`, 'g'))].map((m) => m.index!),
    ...[...text.matchAll(/(?<=;)\s+(?=(?:when|whenever|once|as soon as|each time|every time|any ?time)\b)/gi)].map((m) => m.index!)].sort((a, b) => a - b);
  const bounds = [0, ...ends, text.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = bounds[i], e = bounds[i + 1];
    // "The nightly-sync workflow has been flaky. Any time it fails, …": the pronoun is the workflow named before
    // ("Our CI calls a webhook after every deploy. When it arrives, …": the webhook)
    const named = /(?:\bthe\s+|\bour\s+)?\b[\w.-]+\s+(?:workflow|automation|flow)\b/i.exec(text.slice(0, s))?.[0] ?? (/\bweb\s?hook\b/i.test(text.slice(0, s)) ? 'the webhook' : undefined);
    // ("… Post a notification in #reporting whenever it fails": said at the end too)
    const sentence = named ? text.slice(s, e).trim().replace(new RegExp(`^(${TRIGGER_LEAD.source})(?:it|this|that|this one|that one|one)\\b`, 'i'), (_a, l: string) => `${l}${named} `)
      .replace(/(\s)(whenever|every\s+time|each\s+time|any\s*time)\s+(?:it|this|that|this one|that one)\b(?=\s+[a-z]+s\b)/i, (_a, sp: string, l: string) => `${sp}${l} ${named}`) : text.slice(s, e).trim();
    // ("Our dbt job sends a webhook when a run completes. When it arrives, …": the sentence that says when it is sent is
    // context; the trigger is its arrival, said next)
    if (/\bweb\s?hooks?\b/i.test(sentence) && new RegExp(`^\\s*(?:${TRIGGER_LEAD.source.slice(1)})(?:it|that|this|the\\s+web\\s?hook|one)\\s+(?:arrives|fires|comes\\s+in|lands|hits|is\\s+received|gets\\s+received)\\b`, 'i').test(text.slice(e))) continue;
    const found = eventTrigger(sentence, spans, isVerb);
    if (!found) continue;
    // "Our vendor calls a webhook whenever …. When that happens, …": what is left of a stated fact is context
    const stated = i + 2 < bounds.length && (/^(?:our|the|a|an|my|we|they|their|this|that|it|its)\s/i.test(found.text) || /^\p{Lu}[\w.-]*\s+[a-z]+s\b/u.test(found.text)) && !isVerb(found.text.split(/\s+/)[0] ?? '') && !/\b(?:need|needs|want|wants|would like|'d like|should|must|please|has to|have to)\b/i.test(found.text);
    const own = stated ? '' : found.text.replace(/^[a-z]/, (c) => (i > 0 ? c.toUpperCase() : c));
    // "… whenever an incident gets declared. When that happens, make …": the later lead names the same event
    const later = text.slice(e).replace(new RegExp(`^(\\s*)(?:${TRIGGER_LEAD.source.slice(1)})(?:that|this|it)\\s+(?:happens|occurs|does|comes in|fires|arrives)\\b[\\s,]*`, 'i'), '$1');
    // the sentence that named what "it" is ("Our CI calls a webhook after every deploy.") only said where the event comes from
    // (also "Messages from the contact form hit our webhook.": a plural subject that is a verb too, then the webhook)
    const told = text.slice(bounds[i - 1] ?? 0, s).trim();
    const before = sentence !== text.slice(s, e).trim() && i > 0 && (!isVerb(told.split(/\s+/)[0] ?? '') || (/\bweb\s?hooks?\b/i.test(told) && /^\p{Lu}\p{Ll}+s\s/u.test(told))) ? bounds[i - 1] : s;
    const context = [...(before < s ? [text.slice(before, s).trim()] : []), ...(stated ? [found.text] : [])].map((x) => restore(x, spans)).join(' ');
    const rest = sentenceStarts(tidy(`${text.slice(0, before)} ${own} ${later}`));
    return { trigger: found.trigger, text: rest, ...(context ? { context } : {}) };
  }
  return undefined;
}

const MONTH = `(?:${Object.keys(MONTH_NAMES).join('|')})\\.?`;
const DAY_OF_MONTH = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** "June 14", "14 June", "the 14th of June" → [day, month]. */
function calendarDate(s: string): [number, number] | undefined {
  const a = new RegExp(`\\b(${MONTH})\\s+${DAY_OF_MONTH}\\b`, 'i').exec(s);
  const b = new RegExp(`\\b(?:the\\s+)?${DAY_OF_MONTH}\\s+(?:of\\s+)?(${MONTH})\\b`, 'i').exec(s);
  const [d, mo] = a ? [a[2], a[1]] : b ? [b[1], b[2]] : [];
  const month = mo && MONTH_NAMES[mo.toLowerCase().replace(/\.$/, '')];
  return d && month && Number(d) >= 1 && Number(d) <= 31 ? [Number(d), month] : undefined;
}

/**
 * "At 9am on June 14, send …", "On 4 November at 00:01, …", "Ticket sales open on 1 September. At 11:55 that day, …": a
 * sentence that starts at one time on a calendar date runs then (a five-field cron names the day and month).
 */
function onDate(text: string): TriggerFound | undefined {
  const starts = [0, ...[...text.matchAll(new RegExp(`${SENTENCE_BREAK}(?=[A-Z])`, 'g'))].map((m) => m.index! + m[0].length)];
  for (const at of starts) {
    const lead = new RegExp(`^\\s*((?:at\\s+[^,]{1,12}?\\s+)?(?:on\\s+)?(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|(?:that|the\\s+same)\\s+day)(?:\\s+at\\s+[^,]{1,12}?)?)\\s*,\\s*`, 'i').exec(text.slice(at));
    if (!lead) continue;
    const phrase = lead[1];
    const date = calendarDate(phrase) ?? (/\b(?:that|the\s+same)\s+day\b/i.test(phrase) ? calendarDate(text.slice(0, at)) : undefined);
    const time = parseTimes(phrase.toLowerCase().replace(/\bon\b.*?(?=\bat\b|$)/, ' '))[0];
    if (!date || !time || /\b(?:every|each)\b/i.test(phrase)) continue;
    const rest = sentenceStarts(tidy(`${text.slice(0, at)} ${text.slice(at + lead[0].length)}`));
    return { trigger: { type: 'schedule', cron: `${time[1]} ${time[0]} ${date[0]} ${date[1]} *`, description: phrase.trim() }, text: rest };
  }
  return undefined;
}

/** A leading "When …," or a trailing "… whenever …" in one sentence. */
function eventTrigger(text: string, spans: Span[], isVerb: (word: string) => boolean): TriggerFound | undefined {
  const lead = TRIGGER_LEAD.exec(text);
  if (lead) {
    const after = text.slice(lead[0].length);
    // ("when the deploy workflow finishes: wait 5 minutes, …": a colon ends the event too)
    const colon = after.search(/:\s/);
    const comma = colon > 0 && (after.indexOf(',') < 0 || colon < after.indexOf(',')) ? colon : after.indexOf(',');
    let subject: string | undefined;
    let rest = '';
    // ("on every new github issue make an asana task w/ the title, then post …": the step starts before the comma)
    const newThenStep = comma > 0 ? /^\s*(?:(?:every|each|any)\s+)?(?:an?\s+)?new\s+/i.exec(after) : null;
    const stepAt = newThenStep ? [...after.slice(newThenStep[0].length, comma).matchAll(/\b[a-z][\w-]*\b/gi)].find((w, i) => i > 0 && !/^(?:issue|order|task|post|message|comment|request|file|ticket|lead|alert|email|report|signup|booking|payment|form|submission|release|deploy|build|push|record|entry|row)s?$/i.test(w[0]) && isVerb(w[0]) && /^\s+(?:an?|the|it|them|this|that|its|their|[#@]\S)\b/i.test(after.slice(newThenStep[0].length + w.index! + w[0].length)) && !EVENT_VERBS.test(after.slice(newThenStep[0].length + w.index!, comma))) : undefined;
    if (stepAt) { subject = after.slice(0, newThenStep![0].length + stepAt.index!); rest = after.slice(newThenStep![0].length + stepAt.index!); }
    else if (comma > 0) { subject = after.slice(0, comma); rest = after.slice(comma + 1); }
    else {
      // up to the first action verb after an event verb
      // ("for every new github issue make a task …": "new" says the event too)
      const ev = EVENT_VERBS.exec(after) ?? /^\s*(?:an?\s+)?new\s+/i.exec(after);
      if (ev) {
        const from = ev.index + ev[0].length;
        const wm = [...after.slice(from).matchAll(/\b[a-z][\w-]*\b/gi)].find((w) => isVerb(w[0]));
        // ("whenever the backup workflow fails I want #alerts told": a wish starts what to do)
        const wish = /\s(?:(?:i|we)\s+(?:want|need|would\s+like|['’]d\s+like)|please)\b/i.exec(after.slice(from));
        if (wish && (!wm || wish.index < wm.index!)) { subject = after.slice(0, from + wish.index); rest = after.slice(from + wish.index + 1); }
        else if (wm) { subject = after.slice(0, from + wm.index!); rest = after.slice(from + wm.index!); }
      }
    }
    // ("For each new driver: A, B and C, create …": the ones named are a list to go through, not events to wait for)
    const named = new RegExp(String.raw`^\s*${INLINE_LIST}\s*,\s+[a-z]`, 'i').test(rest) && /^(?:for|with)\b/i.test(lead[0].trim());
    if (subject && !named) {
      const t = classify(lead[0].trim().toLowerCase(), subject, spans, true);
      if (t) return { trigger: t, text: tidy(rest) };
    }
  }
  const trail = TRIGGER_TRAIL.exec(text);
  if (trail) {
    // (the event ends at a semicolon: "… each time a GitHub issue gets opened; the task itself should be made first")
    // (or where the steps go on: "… whenever someone opens a GitHub issue, named with the issue's title, and then post …")
    const after = text.slice(trail.index + trail[0].length);
    const stop = /;|,\s*(?:and\s+)?then\b|\s+and\s+then\b|,\s*(?=(?:named|titled|called|using)\b)/i.exec(after);
    const semi = stop ? stop.index : -1;
    const subject = (semi >= 0 ? after.slice(0, semi) : after).replace(/[.!?]+\s*$/, '');
    const t = classify(trail[0].trim().toLowerCase(), subject, spans, false);
    if (t) return { trigger: t, text: tidy(`${text.slice(0, trail.index)}${semi >= 0 ? after.slice(semi) : ''}`) + (/[.!?]\s*$/.test(text) && semi < 0 ? '.' : '') };
  }
  return undefined;
}

function classify(word: string, subjectRaw: string, spans: Span[], leading: boolean): PlannedTrigger | undefined {
  const subject = restore(subjectRaw, spans).trim().replace(/\s*[:;,]+$/, '');
  const s = subject.toLowerCase();
  // (a workflow's hyphenated name is no approval: "the permit-approval workflow finishes")
  // (nor what a webhook carries: "calls our webhook with a pre-authorisation decision")
  // ("that nightly-backup workflow": a workflow pointed at, not a pronoun)
  // ("Parents report absences through our online form. Whenever that form is submitted, …": the form named before)
  if (!s || (PRONOUN_SUBJECT.test(s) && !/^(?:this|that)\s+[\w.-]+\s+(?:workflow|flow|automation|job|pipeline)\b/.test(s) && !/^(?:this|that)\s+(?:[\w-]+\s+)?(?:form|survey|webhook|questionnaire|sheet)\s+(?:is|gets|has\s+been)\s+(?:submitted|filled|completed|sent|received)\b/.test(s)) || (APPROVAL_WORDS.test(s.replace(/\b[\w]+(?:-[\w]+)+\s+(?=(?:workflow|automation|flow|job|pipeline)\b)/g, ' ')) && !/\bweb\s?hook\b/i.test(s))) return undefined;
  // "once you've created …", "after we close …": the workflow's own earlier step, not an outside event
  if (/^(?:you|we|i)(?:'ve|'ll|’ve|\s+have|\s+ve)?\s/.test(s)) return undefined;
  // ("after creating a GitHub issue in acme/web, …": a step of its own, said as what comes first)
  if (/^(?:after|once|before)$/.test(word) && /^(?:creating|making|opening|filing|sending|posting|closing|completing|adding|writing|running|fetching|calling|marking|updating|commenting|e-?mailing|messaging|notifying|pinging|deleting|reading|listing|querying|downloading|uploading|summari[sz]ing|checking|hitting|assigning|setting|putting|leaving|dropping|logging|sharing|telling|alerting|generating|drafting|pulling|grabbing|requesting|firing|kicking|raising|resolving)\s/.test(s)) return undefined;
  // ("Once Asana task 1204 has been marked complete, …", "Once a task for the bug fix has been created in Asana, …": a thing
  // named by its id or by what it is for is one this workflow makes or changes, not an outside event)
  if (/^(?:after|once|as soon as)$/.test(word) && /^(?:(?:the\s+|an?\s+)?(?:asana\s+|github\s+)?(?:task|issue|ticket)\s+(?:#?\d+|for\s+(?!(?:a|an|each|every|any)\b)[^,;]+?)|the\s+(?!new\b|next\b|same\b)(?:[\w-]+\s+){1,3}(?:task|issue|ticket)(?=\s+has\s+been\b))(?:\s+(?:in|on)\s+(?:asana|github))?\s+(?:has\s+been|is|gets|was)\s+(?:marked|closed|completed|created|made|opened|filed|commented|updated)\b/.test(s)) return undefined;
  if (/https?:\/\//.test(s)) return undefined; // "if https://… is down" checks a URL: a condition, not a trigger
  // ("If anything gets flagged, email the list …": what an earlier step found, not an event from outside)
  if (/^(?:anything|something|nothing|any\s+(?:of\s+)?(?:them|those|these|rows?|results?|items?|entries)|none\s+of\s+them)\b/.test(s)) return undefined;
  if (/\bselect\b[\s\S]*\bfrom\b/i.test(s)) return undefined; // "if SELECT … FROM orders returns …" tests a query
  if (/^\d+\s*(seconds?|minutes?|hours?|days?)\b/.test(s)) return undefined;
  // ("If the variance is over £1,000": a comparison, not something that happened)
  if (/\b(?:is|are|was|were|goes|gets)\s+(?:over|above|under|below|more\s+than|less\s+than|at\s+least|at\s+most)\s+[£$€]?\d/.test(s)) return undefined;
  // (a word right after "the" is a noun: "the reports folder" reports nothing)
  const hasEvent = EVENT_VERBS.test(s.replace(/\b(the|a|an|our|my|this|that|these|those|its|their)\s+[a-z][\w-]*/g, '$1 _')) || /\b(webhook|web hook|new \w+|incoming|payload)\b/.test(s) || /^new\s+\w/.test(s)
    // (the event said as a noun: "on nightly-backup workflow failure", "upon completion of the import workflow")
    || /\b(?:workflow|automation|flow)\s+(?:failures?|errors?|crash(?:es)?|completions?|success(?:es)?)\b|^(?:the\s+)?(?:failure|completion|success)\s+of\s+(?:the\s+)?[\w.-]+\s+(?:workflow|automation|flow)\b/.test(s);
  if (!hasEvent) return undefined;
  if ((word === 'if' || word === 'once' || word === 'after') && !EVENT_SUBJECT_INTERNAL.test(s) && !/\bwebhook\b/.test(s) && !leading) return undefined;
  if (word === 'on' && !/^(?:a |an |the |every |each |any )?(?:new|every|each|incoming|any)\b|\bwebhook\b|\b(?:workflow|automation|flow)\s+(?:finish|complete|fail|succeed|end|done|run)/.test(s)) return undefined;
  const internal = EVENT_SUBJECT_INTERNAL.exec(s);
  if (internal && !/\bwebhook\b/.test(s)) {
    const name = /(?:the\s+)?([\w.-]+(?:\s[\w.-]+)?)\s+(?:workflow|automation|flow)\b/.exec(s)?.[1]?.replace(/^(the|a|an|any|my|our)\s+/, '')
      ?? /\b(?:workflow|automation|flow)\s+(?:called\s+|named\s+)?([\w.-]+)/.exec(s)?.[1];
    // (what happened, not the workflow's name: "the water-main-break workflow finishes")
    const said = name ? s.replace(name, ' ') : s;
    const status = /fail|error|break|crash|falls over|fell over|blows up|blew up|dies|died|goes down|went down/.test(said) ? 'failed' : /complet|finish|succe|done/.test(said) ? 'completed' : /start/.test(said) ? 'started' : /cancel/.test(said) ? 'cancelled' : undefined;
    const match: Record<string, unknown> = {};
    if (name && !/^(any|a|the|every|each|some)$/.test(name)) match.workflow = name;
    if (status) match.status = status;
    return { type: 'event', source: `workflow.${status ?? 'event'}`, match, description: subject };
  }
  const app = /\b(github|gitlab|asana|slack|stripe|jira|shopify|typeform|google forms?|hubspot|zendesk|sentry|pagerduty)\b/.exec(s)?.[1];
  const noun = /\b(issue|pull request|pr|push|commit|release|task|message|payment|order|form|submission|ticket|signup|sign-up|user|customer|comment|deploy|deployment|alert|incident|invoice|lead|email|file|event|request)s?\b/.exec(s)?.[1];
  const verb = /\b(opened|created|filed|submitted|received|posted|pushed|merged|closed|updated|added|deleted|assigned|paid|placed|uploaded|commented|reported|failed|completed|arrives?|comes? in|fails?)\b/.exec(s)?.[1];
  const source = app || noun ? `${app ?? 'webhook'}${noun ? `.${noun.replace(/\s+/g, '_')}${verb ? `_${verb.replace(/s$/, '').replace(/\s+/g, '_')}` : ''}` : ''}` : 'webhook';
  return { type: 'webhook', source, description: subject };
}

/**
 * The test an event must pass, said with it: "… with a score below 7" (the field and the number), "… arrives by webhook
 * and the outcome is anything other than 'clear'" (the event, then its field's test). `event` is the event alone when
 * the test was said after it.
 */
export function eventFieldTest(description: string): { cond: string; event?: string } | undefined {
  const num = /\bwith\s+(?:a|an)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(below|under|above|over|less than|more than|greater than|of)\s+(\d+(?:\.\d+)?)\b(?:\s+(?!or\b)[a-z]+)?(?:\s+or\s+(lower|less|fewer|below|under|worse|higher|more|above|over|better))?/i.exec(description);
  // ("a rating of 2 stars or lower": at most 2)
  const bound = num?.[4] ? (/^(?:lower|less|fewer|below|under|worse)$/i.test(num[4]) ? 'at most ' : 'at least ') : '';
  if (num) return { cond: `the ${num[1]} is ${bound || (num[2].toLowerCase() === 'of' ? '' : `${num[2]} `)}${num[3]}` };
  // ("a distributor order webhook comes in for more than 50 kegs": how many it is for)
  const count = /\bfor\s+(more\s+than|less\s+than|fewer\s+than|over|under|at\s+least)\s+(\d+(?:\.\d+)?)\s+([a-z][\w-]*)\b/i.exec(description);
  if (count) return { cond: `the ${count[3]} count is ${count[1]} ${count[2]}`, event: description.slice(0, count.index).trim() };
  const said = /\s+and\s+(?:the|its)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(is\s+anything\s+(?:other\s+than|but)|is\s+not|isn['’]t|is\s+other\s+than|does\s+not\s+equal|doesn['’]t\s+equal|is|equals)\s+(\S.*)$/i.exec(description);
  if (!said) return undefined;
  const not = /not|n['’]t|other|but/i.test(said[2]);
  return { cond: `the ${said[1]} ${not ? 'is not' : 'is'} ${said[3]}`, event: description.slice(0, said.index) };
}
