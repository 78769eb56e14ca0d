/**
 * Requests written as agile tickets. "User story: As a QA lead, I want an Asana task created for X, the team notified
 * in Slack, and a status email sent, so that …", "Ticket: Post 'X' in #qa. Acceptance criteria: the message appears in
 * #qa", "Given a pull request is opened on GitHub, when the webhook arrives, then an Asana task is created …",
 * "Acceptance criteria:\n- An Asana task named 'X' exists\n- Its due date is 2026-05-20".
 * The label and the role go; a wish said as states ("I want X created, Y notified") and the "then" of a scenario are
 * framed as the end state end-state.ts reads; criteria that only restate the story go, while fields among them
 * ("Subject: 'X'") stay as a form. A "Given" says what the run starts from: an event (the trigger), a step the user
 * does ("Given I request https://…": the first step, and its "when" a test), a list or a value the steps use, or
 * only context.
 */

import { cap } from './text.ts';
import { keepingQuotes } from './values-kept.ts';

const LABEL = /^\s*(?:user\s+story|story|ticket|feature|scenario)(?:\s+#?[\w-]+)?\s*[:—]\s*/i;
const CRITERIA = /(?:^|(?<=[.!?])\s+|\n\s*)(?:acceptance\s+criteria|ac|definition\s+of\s+done|done\s+when)\s*:\s*/i;
const ROLE = /^\s*as\s+(?:an?|the|our)\s+[^,\n]{2,60}?,?\s+(?:i|we)\s+(?:want|need|would\s+like|(?:'|’)d\s+like|would\s+love|expect)\s+/i;
const SCENARIO = /^\s*given\s+([\s\S]+?)\s*,?\s+(?:when\s+([\s\S]+?)\s*,?\s+)?then\s+([\s\S]+)$/i;
const MARKS = new RegExp(`${LABEL.source}|${CRITERIA.source}|${ROLE.source}|^\\s*given\\s+[\\s\\S]+\\bthen\\b`, 'i');

/** Someone starting the run by hand: "I run this workflow", "it runs", "I kick this off right after a deploy". */
const BY_HAND = /^(?:(?:i|we|you|someone|somebody)\s+(?:run|trigger|start|kick\s+off|launch|execute|fire\s+off|kick)\s+(?:this|it|the\s+(?:workflow|automation|flow|job))(?:\s+(?:workflow|automation|flow|off))?|(?:this|it|the\s+(?:workflow|automation|flow|job))\s+(?:runs|is\s+(?:run|triggered|started|executed)))\b/i;
/** A state, not a step: "X is created", "an email goes out", "X exists", "#x gets a message". */
const STATE = /\b(?:is|are|gets?|has\s+been|have\s+been)\s+[a-z]+(?:ed|en|t)\b|\b(?:goes|go)\s+(?:out|to)\b|\bexists?\b|\b(?:gets?|has|receives?)\s+(?:an?|the)\b/i;
/** A wish said as states: "an Asana task created for X", "the team notified", "a status email sent". */
const STATE_WISH = /^(?:an?|the|one|my|our)\s+(?:[\w'’-]+\s+){0,6}?(?:[a-z]{3,}(?:ed|en)|sent|told|run|made|set|put|built|done|written|given|shared)\b/i;
/** Fields a criterion may fill: "Recipients: a@x", "Subject: 'X'", "- Due: 2026-05-20". */
const FIELD = /^(?:recipients?|to|cc|bcc|subject|title|name|body|message|text|channel|due(?:\s+date)?|deadline|assignee|owner|priority|project|labels?|repo(?:sitory)?)\s*:/i;

const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** "As a QA lead, I want …": the wish alone, said as steps or as the state wanted. */
function wish(story: string): string {
  const role = ROLE.exec(story);
  if (!role) return story;
  const rest = story.slice(role[0].length);
  if (/^to\s+/i.test(rest)) return rest.replace(/^to\s+/i, '');
  // ("I want the workflow to wait 15 minutes and then post …": what the workflow is to do)
  const own = /^(?:the\s+(?:workflow|automation|flow|job|bot|system|pipeline)|it|this(?:\s+(?:workflow|automation))?)\s+to\s+/i.exec(rest);
  if (own) return rest.slice(own[0].length);
  // ("I want every newly opened GitHub issue to become …": an event, read as such elsewhere)
  return STATE_WISH.test(rest) && !/^(?:every|each|all|any)\b/i.test(rest) ? `What I want is ${rest}` : `I want ${rest}`;
}

/** "Given …, when …, then …": what the run starts from, its trigger or test, and the state wanted. */
function scenario(story: string): string {
  const m = SCENARIO.exec(story);
  if (!m) return story;
  const [, given, when = '', then] = m;
  let start = '';
  let lead = '';
  let outcome = then.trim();
  const done = /^(?:i|we)\s+(request|fetch|call|get|query|ping|hit|check|read|run|download|load|post|send)\s+/i.exec(given);
  const event = /\b(?:is|are|gets?|has\s+been|have\s+been|was)\s+(?:opened|created|submitted|filed|merged|pushed|received|added|closed|published|signed|uploaded|paid|deployed|raised|reported|logged|booked|cancell?ed)\b|\b(?:arrives?|comes?\s+in|fails?|finishes|lands?|(?:has|have)\s+(?:failed|finished|errored|crashed))\b/i.test(given);
  const w = when.trim();
  const arrival = /^(?:the\s+)?(?:webhook|event|payload|request|notification|it|that)\s+(?:arrives|comes\s+in|fires|is\s+received|happens|lands)$/i.test(w);
  if (BY_HAND.test(given)) start = '';
  else if (done) start = `${cap(given.replace(/^(?:i|we)\s+/i, ''))}. `;
  // (an event said twice — "Given a deploy fails, when the deploy-api workflow reports failure" — is the "when")
  else if (event) start = w && !arrival && !BY_HAND.test(w) ? '' : `When ${given}, `;
  else if (/\b(?:is|are)\b/i.test(given) && /[@#]|https?:|\d/.test(given) && !/\bselect\s|`/i.test(given)) start = `${sentence(cap(given))} `;
  // ("Given SELECT … returns more than 10, then alert #finance": with no "when", the "given" is the test)
  else if (!w) start = `${/\bselect\s|`|https?:/i.test(given) ? 'If' : 'When'} ${given}, `;
  else {
    // ("Given the pricing page at https://…, …, then the page is fetched": the value is what "the page" means)
    const named = /^(?:the|our|a|an)\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+(?:at|in|from|on)\s+\S+$/i.exec(given.trim());
    if (named) outcome = outcome.replace(new RegExp(`\\bthe\\s+${named[1]}\\b`, 'i'), given.trim());
  }
  const wait = /^(\d+|an?|one|two|three|five|ten|fifteen|thirty)\s+(seconds?|minutes?|hours?|days?)\s+(?:have|has)\s+(?:passed|elapsed|gone\s+by)$/i.exec(w);
  if (!w || BY_HAND.test(w) || (start.startsWith('When ') && arrival)) lead = '';
  else if (wait) lead = `Wait ${wait[1]} ${wait[2]}. `;
  else if (done) lead = `If ${w}, `;
  else lead = `When ${w}, `;
  const said = STATE.test(outcome) ? `${/,\s*$/.test(lead) ? 'end state: ' : 'End state: '}${outcome}` : outcome;
  return `${start}${lead}${said}`;
}

/** A criterion that says more of the one before it: "Its due date is 2026-05-20", "It is assigned to platform-team". */
function property(item: string): string | undefined {
  const its = /^(?:its|the\s+task['’]s)\s+(due\s+date|deadline|priority|assignee|owner|project)\s+(?:is|should\s+be|=)\s+(.+)$/i.exec(item);
  if (its) return `${/^(?:due|deadline)/i.test(its[1]) ? 'due' : its[1].toLowerCase()} ${its[2]}`;
  const it = /^it(?:'s|’s|\s+is|\s+should\s+be)\s+((?:assigned\s+to|due|in\s+(?:the\s+)?project|labell?ed|tagged)\s+.+|(?:high|low|medium|urgent)[- ]priority)$/i.exec(item);
  return it?.[1];
}

/** Acceptance criteria: fields kept when a story says the steps; otherwise the states wanted, one after the other. */
function criteria(story: string, text: string): string {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const items = (lines.length > 1 ? lines.map((l) => l.replace(/^(?:[-*•]|\d{1,2}[.)])\s+/, '')) : text.split(/(?<=[.!?])\s+(?=[A-Z#@'"‘“])/))
    .map((l) => l.trim().replace(/[.;]$/, '')).filter(Boolean);
  if (story.trim()) {
    const fields = items.map((l) => l.replace(/^(?:the\s+)?(body|message|text)\s+(?:says|reads|should\s+say)\s+/i, (_m, k: string) => `${cap(k.toLowerCase())}: `)).filter((l) => FIELD.test(l));
    return [story.trim(), ...fields].join('\n');
  }
  const states: string[] = [];
  // ("Otherwise nothing is sent", "No message is sent when the ping succeeds": what does not happen is no state to reach)
  for (const item of items.filter((i) => !/^(?:otherwise|else)\b[^.]*\bnothing\b|^(?:no|nothing)\b[\w\s-]{0,30}\b(?:is|gets|are)\s+(?:sent|posted|created|done)\b/i.test(i))) {
    const more = property(item);
    if (more && states.length) states[states.length - 1] += `, ${more}`;
    // ("After the comment is added, task 9023 is marked complete": the order the states come in)
    else states.push(item.replace(/^(?:after|once)\s+(?:the|that|this|it)\b[^,]{0,40}?\s+(?:is|has\s+been|was|are|have\s+been)\s+[a-z]+(?:ed|en)\s*,\s*/i, 'then '));
  }
  return `End state: ${states.join('; ')}.`;
}

/** The request with its ticket layout said as a plain request; unchanged when it has none. */
export function storyForms(request: string): string {
  if (!MARKS.test(request)) return request;
  return keepingQuotes(request, (words) => {
    const cut = CRITERIA.exec(words);
    let story = cut ? words.slice(0, cut.index) : words;
    const ac = cut ? words.slice(cut.index + cut[0].length) : '';
    // ("Ticket: Renew the SSL certificate" alone is a ticket to create; with criteria, or a story, it is the request)
    const labelled = LABEL.exec(story);
    if (labelled && !cut && !ROLE.test(story.slice(labelled[0].length)) && !/^\s*given\b/i.test(story.slice(labelled[0].length))) return words;
    story = story.replace(LABEL, '');
    story = scenario(wish(story));
    return cut ? criteria(story, ac) : story;
  });
}
