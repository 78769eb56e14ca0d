/**
 * A request as it would have been typed in plain words: a pasted ticket's fields read as the request, markdown read as plain text, a verb said last moved first, a Slack thread's emoji and
 * sign-offs dropped, a ticket's layout (user story,
 * scenario, acceptance criteria) read as the request, details in brackets said in
 * words, dictation written out, chat shorthand expanded, fillers ("so basically", "you know", "I guess") dropped, steps said as nouns said with verbs, compact notation (arrows, slashes) said in words, the formal register said as imperatives, urgency and
 * complaints set aside, an automation described in the third person said as steps, polite frames said as the request, a question of how said as the request, a goal said before its steps read as the steps, one message each to a list read as a loop, one piece of news for a channel and an address read as a post and an email, one approval before one email read as a gate and the email, one text for one file read as writing it, one email's subject and news read as the email, one wait before one post read as both — in that order, each a no-op
 * when the request has none of its marks. The planner and the checks in plan.ts read this same form, so both see
 * the same channels, hosts and templates.
 */
import { approveThenSend } from './approve-then-send.ts';
import { bracketsSaid } from './brackets.ts';
import { chatForms } from './chat.ts';
import { configSaid } from './config.ts';
import { devNotesRead } from './dev-notes.ts';
import { withoutFillers } from './fillers.ts';
import { formalForms } from './formal.ts';
import { goalSaidFirst } from './goal-first.ts';
import { handoverRead } from './handover.ts';
import { plainMarkdown } from './markdown.ts';
import { minutesRead } from './minutes.ts';
import { inRunOrder } from './reverse-order.ts';
import { nominalSteps } from './nominal.ts';
import { notationSaid } from './notation.ts';
import { oneEachSaid } from './one-each.ts';
import { oneEmailSaid } from './one-email.ts';
import { oneNewsSaid } from './one-news.ts';
import { oneWriteSaid } from './one-write.ts';
import { politeForms } from './polite.ts';
import { questionsAsked } from './questions.ts';
import { selfCorrected } from './self-corrections.ts';
import { withoutSlackStyle } from './slack-style.ts';
import { slangSaid } from './slang.ts';
import { specForms } from './spec.ts';
import { ticketRead } from './tickets.ts';
import { typosMended } from './typos.ts';
import { spokenForms } from './spoken.ts';
import { storyForms } from './stories.ts';
import { withoutUrgency } from './urgency.ts';
import { vagueToolsSaid } from './vague.ts';
import { verbLastSaid } from './verb-last.ts';
import { waitThenPost } from './wait-then-post.ts';

/** The readers, in the order they run. */
const READERS: ((request: string) => string)[] = [ticketRead, devNotesRead, configSaid, minutesRead, plainMarkdown, typosMended, verbLastSaid, withoutSlackStyle, slangSaid, storyForms, bracketsSaid, spokenForms, chatForms, withoutFillers, nominalSteps, notationSaid, selfCorrected, inRunOrder, formalForms, withoutUrgency, vagueToolsSaid, handoverRead, specForms, politeForms, questionsAsked, goalSaidFirst, oneEachSaid, oneNewsSaid, approveThenSend, oneWriteSaid, oneEmailSaid, waitThenPost];

export function asTyped(request: string): string {
  return READERS.reduce((s, read) => read(s), request);
}
