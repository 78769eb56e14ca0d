/**
 * Splitting a request into units: action clauses and control steps. Sentences split at . ; ! ?
 * and new lines; inside a sentence a split at "and", "then", commas, "after that"… is accepted
 * only when the part on the right carries an action of its own (a verb the catalogue knows, a
 * control phrase, or an object like "an email to …" that borrows the verb on the left), so
 * "email jane@x.com and bob@y.com" stays one clause. Control phrases: conditions ("if it fails",
 * trailing or leading, "otherwise"), loops ("for each of a, b and c …"), approvals ("after the
 * manager approves", "ask a manager to approve"), waits ("wait 10 minutes", "in 2 hours"),
 * parallel markers ("at the same time") and before/after reordering.
 */
import { isActionVerb, type CatalogIndex, type EntityKind } from './catalog.ts';
import { beforeContent, isNarrative, stripLead } from './action.ts';
import { dropContext } from './context-sentences.ts';
import { extractEntities, isSql } from './entities.ts';
import {
  APPROVAL_AFTER, APPROVAL_ASK, APPROVAL_WORDS, AT_THE_END, GROUP_DONE, APPROVER, BODY_CUES, CONDITION_LEAD, CONDITION_TRAIL, ELSE_LEAD, LOOP_HEAD, LOOP_INLINE, NUMBER_WORDS, PARALLEL,
  SEQUENCE_CONNECTORS, WAIT, WAIT_LATER, WAIT_LEAD, WAIT_REASON, WAIT_UNTIL,
} from './lexicon.ts';
import { bareNounStep, PH1, restore, SENTENCE_BREAK, stem, tidy, words, type Span } from './text.ts';
import { firstWord, gerundToVerb, inflected, isControl } from './clause-words.ts';
import { activeSentence, fwd, order, withContext } from './sentences.ts';
import { afterSegmenting } from './unit-passes.ts';
import { makeLoop } from './loop-items.ts';

/** `beside`: the index of the unit whose start a parallel group branches from ("In parallel, …" after a sentence of steps). */
export type Unit =
  | { type: 'action'; text: string; verb?: string; group?: number; beside?: number }
  | { type: 'approval'; message: string; approvers: string[]; group?: number; beside?: number }
  | { type: 'wait'; duration?: string; until?: string; text: string; group?: number; beside?: number }
  | { type: 'condition'; cond: string; negate: boolean; then: Unit[]; else: Unit[]; group?: number; beside?: number; judged?: boolean }
  | { type: 'loop'; itemsText: string; items?: string[]; itemKinds: EntityKind[]; body: Unit[]; group?: number; beside?: number }
  | { type: 'sub_workflow'; workflow: string; text: string; group?: number; beside?: number };

export interface SegmentContext {
  index: CatalogIndex;
  spans: Span[];
  now: Date;
}

const CONNECTOR = /\s*,\s*(?:and\s+then|and\s+also|and|then|but|so|after\s+that|afterwards|finally|next|also|plus)?\s+|\s+(?:and\s+then|and\s+also|and|then|after\s+that|afterwards|finally|plus|as\s+well\s+as|but)(?:\s*,)?\s+|(?<!\b(?:if|or|not|do|even|and|just|is|was))\s+so\s+(?=[a-z])|\s*;\s*(?:and\s+)?(?:then\s*,?\s+)?/gi;
const THEN_LIKE = /then|after|afterwards|finally|next/i;
/** What says there is nothing to do: "do nothing", "don't bother anyone", "leave it", "no need to do anything". */
const NOTHING_TO_DO = /^(?:just\s+)?(?:do\s+nothing|nothing(?:\s+(?:happens|needed|to do))?|(?:don't|do not|dont|no need to)\s+(?:bother|do|send|post|tell|notify|ping|alert|message|email)\b(?:\s+(?:anyone|anybody|anything|them|us|me|a thing))?|leave\s+it(?:\s+(?:alone|be))?|stay\s+(?:quiet|silent)|keep\s+quiet|ignore\s+it|skip\s+it|carry\s+on|all\s+good)[\s.!]*$/i;

interface Piece { text: string; conn: 'start' | 'and' | 'then'; elliptic?: boolean; /** joined by "and then" (not ", then" or "; then") */ andThen?: boolean }

export function segment(text: string, ctx: SegmentContext): Unit[] {
  const raw0 = text.split(new RegExp(`${SENTENCE_BREAK}(?=[A-Z\uE000#@]|$)|\n+|(?<=[.!?])$`)).map((s) => s.trim()).filter(Boolean);
  // "Delete the file? No. Just list …": a question taken back by the next sentence is dropped
  // ("The question is did INV-20931 get paid. Run select …": a question the steps after it answer — shorthand.ts says it so — is context)
  const kept = raw0.filter((s, i) => !(/\?$/.test(s) && /^(?:no|nope|actually|instead|rather|scratch that|never mind)\b/i.test(raw0[i + 1] ?? ''))
    && !(/^the\s+question\s+is\s+(?:did|does|do|has|have|is|are|was|were)\b/i.test(s) && i < raw0.length - 1));
  // "Refund R-99120 is over the limit: get a manager to approve it, …": a statement, then the request
  const parts = kept.flatMap((s) => { const c = /^([^:;—–]{3,80}?)(?::|;|\s+[—–]|\s+-)\s+(?=[a-z])(.+)$/.exec(s); // ("Pause campaign CMP-90317: get sign-off …, then POST …": a heading in a verb no operation has, then the steps)
    // (one naming nothing is left to the sentence's own heading rule, which drops it: "Launch check for the TikTok campaign: …")
    // ("cfo@x needs the result of …: run it and email it over": who asks for it, then the steps)
    const heading = (x: string) => isNarrative(x) || /^(?:[#@][\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\uE000\d+\uE001)\s+(?:needs|wants|would\s+like|has\s+asked\s+for|asked\s+for|is\s+waiting\s+(?:for|on))\b/i.test(x) || (/^[A-Z][a-z]+\s/.test(x) && /[\d#@\/\uE000]/.test(x) && !ctx.index.ops.some((o) => o.verbs.has(stem(firstWord(x)))) && !ctx.index.apps.has(firstWord(x)) && !isControl(x) && !APPROVAL_ASK.test(x));
    // ("Send our jury their welcome pack: read X and, for each of …, send …": a step named in a phrase, then spelled out)
    const summary = (x: string, steps: string) => isActionVerb(ctx.index, firstWord(x)) && !/[#@\uE000]|https?:|[\w.-]+\/[\w./-]+|\d{3,}|\b(?:that|about|saying|know)\b/i.test(x) && isActionVerb(ctx.index, firstWord(steps)) && /[#@\uE000]|[\w.-]+\/[\w./-]+/.test(steps) && /(?:,|\band\b|\bthen\b)\s*(?:then\s+)?(?:,\s*)?(?:for\s+each\b|[a-z]+\s)/i.test(steps) && words(steps).filter((w) => isActionVerb(ctx.index, w.w)).length >= 2;
    if (c && s.charAt(c[1].length) === ':' && !APPROVAL_WORDS.test(c[1]) && summary(c[1], c[2])) return [c[2]];
    // (what the heading quotes is what "run it" runs: "cfo@x needs the result of 'select …' — run it on the database")
    const quoted = [...(c?.[1] ?? '').matchAll(/\uE000(\d+)\uE001/g)].find((m) => /^(?:quote|sql)$/.test(ctx.spans[Number(m[1])]?.kind ?? ''))?.[0];
    const steps = c && quoted ? c[2].replace(/\b(run|execute|fetch|get|call|hit|query|read|open)\s+it\b/i, `$1 ${quoted}`) : c?.[2];
    return c && heading(c[1]) && (isActionVerb(ctx.index, firstWord(c[2])) || APPROVAL_ASK.test(c[2])) ? [`${c[1]}.`, steps!] : [s]; });
  const said = parts.map((s) => s.replace(/^(?:no|nope|actually|instead|rather|scratch that|never mind)\b[\s,.;:—–-]*(?:just\s+)?/i, '').replace(/[.!?]+$/, '').trim()).filter(Boolean);
  dropContext(said, parts, ctx);
  // ("Main breaks spike when it freezes, so check …": a reason given first is context; one that names nothing is left out)
  for (let i = 0; i < said.length; i++) {
    const so = /^(.{8,200}?)(?:,|;|\s[—–-])\s*so\s+(?:please\s+)?(.+)$/i.exec(said[i]);
    if (!so || isActionVerb(ctx.index, firstWord(so[1])) || isControl(so[1]) || !(isActionVerb(ctx.index, firstWord(so[2])) || isControl(so[2]))) continue;
    const named = /[#@\uE000]|\d{3,}|[\w.-]+\/[\w./-]+/;
    // ("I'd like an AI summary of X posted in #product, so fetch it, condense it and share the result there": steps that
    // name nothing new only spell out the wish)
    // ("New joiners a@x, b@x and c@x each need a welcome email, so send one to every one of them": the same)
    if (named.test(so[1]) && !named.test(so[2]) && (/^(?:i|we)\s*(?:'d|would)?\s*(?:like|love|want|need)\b/i.test(so[1]) || /\b(?:each\s+)?(?:needs?|should\s+(?:get|have|receive))\s+(?:an?|the|their)\b/i.test(so[1]))) { said.splice(i, 1, so[1]); continue; }
    said.splice(i, 1, ...(named.test(so[1]) ? [so[1]] : []), so[2]);
  }
  // ("Post it in #general and email all@x. I want both to land at once.": a sentence that only says the steps before it
  // run together)
  for (let i = 1; i < said.length; i++) {
    const runBoth = /^(?:please\s+)?(?:run|do|send|fire|start|kick|shoot)\s+(?:both|them|all\s+(?:of\s+them|three|four)|these|those|the\s+two)(?:\s+(?:steps|of\s+them))?(?:\s+(?:off|out))?\s+(?:in\s+parallel|at\s+the\s+same\s+time|simultaneously|together|at\s+once)$/i.test(said[i].trim());
    if (!runBoth && (!PARALLEL.test(said[i]) || !/^(?:(?:i|we)\s+(?:want|need|'d\s+like|would\s+like)\s+)?(?:both|all|they|them|the\s+two|these|those)(?:\s+(?:of\s+them|messages|of\s+those))?\s+(?:to\s+|should\s+|must\s+|need\s+to\s+|can\s+)?(?:land|go\s+out|arrive|happen|be\s+sent|be\s+posted|run|fire|get\s+there|hit)\b/i.test(said[i]))) continue;
    if (!PARALLEL.test(said[i - 1])) said[i - 1] = `${said[i - 1]} at the same time`;
    said.splice(i, 1);
    i--;
  }
  // ("Shift swaps close at 6pm tonight, post that in #volunteers": a statement, then a request to send it, in one sentence)
  for (let i = 0; i < said.length; i++) {
    const that = /^(.{8,200}?),\s*(?:and\s+|so\s+)?(?:please\s+)?((?:post|share|send|announce|put|drop|forward|broadcast)\s+(?:that|this|it)\b.*)$/i.exec(said[i]);
    if (that && !isActionVerb(ctx.index, firstWord(that[1])) && !isControl(that[1]) && !/[#@\uE000;:]|\b(?:after\s+that|then|afterwards|next|first|once|when|if)\b/i.test(that[1])) said.splice(i, 1, that[1], that[2]);
  }
  // ("Email the summary to X. First have AI summarize the file Y.": a sentence said to come first runs before the one it follows)
  for (let i = 1; i < said.length; i++) {
    const first = /^(?:but\s+)?(?:first(?:\s+of\s+all)?|before\s+(?:that|this|doing\s+that|you\s+do\s+that))\s*,?\s+(.+)$/i.exec(said[i])
      // ("… posts our numbers to #x every Friday. Pull them first with <sql>.": the verb, its object, then "first")
      ?? (/^(?:but\s+)?[a-z]+\s+(?:it|them|this|that|these|those|the\s+[\w-]+(?:\s+[\w-]+)?)\s+first\b/i.test(said[i]) ? ([said[i], said[i].replace(/^(?:but\s+)?([a-z]+\s+(?:it|them|this|that|these|those|the\s+[\w-]+(?:\s+[\w-]+)?))\s+first\b\s*,?/i, '$1')] as unknown as RegExpExecArray) : null);
    if (first && (isActionVerb(ctx.index, firstWord(first[1])) || isControl(first[1]))) said.splice(i - 1, 2, first[1], said[i - 1]);
    // ("… post today's ticket numbers in #foh. Use select slot, sold from …": the query the step before reports on runs first)
    const source = /^(?:use|using|via|from|with|source\s*:|query\s*:|(?:the\s+)?(?:query|sql)\s+(?:is|to\s+use\s+is)\s*:?)\s+(?:this\s+(?:query|sql)\s*:?\s*|the\s+(?:query|sql)\s*:?\s*)?((?:select|with)\s.+|\uE000\d+\uE001)$/i.exec(said[i]);
    if (source && (!PH1.test(source[1]) || isSql(restore(source[1], ctx.spans))) && !/\b(?:select|insert|update|delete)\b|\uE000/i.test(said[i - 1])) said.splice(i - 1, 2, `run ${source[1]}`, said[i - 1]);
  }
  const sentences = withContext(said, ctx).map((s) => activeSentence(s, ctx)).flatMap((s) => order(s, ctx));
  const units: Unit[] = [];
  let lastCond: Extract<Unit, { type: 'condition' }> | undefined;
  let group = 0;
  let lastStart = 0; // where the units of the last sentence that had any begin
  let parallelNext = false; // "… go out in two places simultaneously. Post X and email Y.": said in a sentence with no step of its own
  for (const raw of sentences) {
    let sentence = raw;
    const par = PARALLEL.exec(sentence) ?? (parallelNext ? ([''] as unknown as RegExpExecArray) : null);
    parallelNext = false;
    let g: number | undefined;
    // "Read X, then simultaneously email it and post it": the group starts after that "then"
    const parAfterThen = Boolean(par?.[0]) && /\S\s*(?:,\s*|\s)(?:and\s+)?then\s*,?\s*$/i.test(sentence.slice(0, par!.index));
    let thenSeen = false;
    // "read X, summarize it, and at the same time post A and email B": the group starts where the words say so
    const before0 = par?.[0] ? sentence.slice(0, par.index) : '';
    const lead0 = before0.replace(/(?:,\s*|\s)and\s*,?\s*$/i, '');
    // (or with "and" alone: "read X and send it to a@x, and at the same time post it in #c")
    const leadCut = !parAfterThen && lead0 !== before0;
    const leadPieces = leadCut ? splitPieces(tidy(lead0), ctx).length : 0;
    const parMid = leadCut && (/,/.test(lead0) || leadPieces >= 2);
    // ("…, then post the number in #growth and, in parallel, write it to …": one clause after the marker runs beside the one before it)
    const afterPar = par?.[0] ? sentence.slice(par.index + par[0].length) : '';
    const ungrouped = parMid ? Math.max(0, leadPieces - (splitPieces(tidy(afterPar.replace(/^[\s,]+/, '')), ctx).length === 1 ? 1 : 0)) : 0;
    // ("check A and B at the same time, and if either one is down, alert #x": the group ends where the words say so)
    // ("call A and B in parallel, have AI compare the two responses, …": a marker after its clause, then a comma, ends the group too)
    const parEnds = Boolean(par?.[0]) && par!.index > 0 && (/^\s*[,;]?\s*(?:and\s+)?(?:if|when|once|whenever|unless|in case|should)\b/i.test(sentence.slice(par!.index + par![0].length))
      || (/^\s*,\s*(?:and\s+)?(?:then\s+)?[a-z]/i.test(sentence.slice(par!.index + par![0].length)) && !/(?:,|\band|\bthen)\s*$/i.test(before0) && /\S\s+\S/.test(before0.trim())));
    const groupedUpTo = parEnds ? splitPieces(tidy(before0), ctx).length : Infinity;
    if (par) { g = ++group; sentence = tidy(sentence.replace(PARALLEL, ' ').replace(/\s+,/g, ',').replace(/\band\s*,(?:\s*,)*\s*/gi, 'and ')).replace(/\b(and|,)\s*$/i, '').trim(); }
    // "On Asana task 9021, leave a comment … and then close it": the object belongs to the first clause
    const leadObj = /^(?:on|for|in|regarding|about)\s+((?:the\s+)?(?:[A-Z][\w]+\s+)?(?:task|issue|ticket|card|pr|pull request|item|story)\s+#?\d+(?:\s+(?:in|on|of)\s+[\w.-]+\/[\w.-]+)?)\s*[,:]?\s+(.+)$/i.exec(sentence);
    const pieces = splitPieces(leadObj ? leadObj[2] : sentence, ctx);
    const startLen = units.length;
    if (leadObj && pieces.length) pieces[0].text = beforeContent(pieces[0].text, `on ${leadObj[1]}`);
    // "email ops when it doesn't": a bare negation at the end tests the clause before, like a leading "if it doesn't,"
    for (const pc of pieces) pc.text = pc.text.replace(/^(.+?)[\s,]+(?:only\s+)?(?:if|when|whenever|in case)\s+((?:it|that|they|this)\s+(?:doesn't|does not|don't|do not|didn't|did not|isn't|is not|aren't|are not|wasn't|won't|can't|cannot))\s*$/i, 'if $2, $1');
    shareContent(pieces, Boolean(par), ctx.spans);
    // ("read X, summarize it, then post A and email B at the same time": said at the end, the marker groups what follows the last "then")
    const parLast = Boolean(par?.[0]) && !parAfterThen && !parMid && /^\s*[.!?]?\s*$/.test(afterPar);
    const lastThen = parLast ? pieces.map((p) => p.conn).lastIndexOf('then') : -1;
    let open: { into: Unit[]; loop?: boolean } | undefined; // a leading "if"/"for each" accepting following "and" pieces
    let lastPieceUnits: Unit[] = [];
    let prevVerb: string | undefined;
    for (const pc of pieces) {
      // ("if it isn't loading, wait 5 minutes and then call it again": after a wait inside a branch, "then" goes on in it)
      // ("if it is down, then alert #ops": "then" after a bare condition is its consequence)
      // (nor after a gate inside it: "if the total is over 250000, get the manager's approval and then post …")
      // (but "only when X, create … and then notify #y": "and then" goes on with what the branch does)
      // (nor in a loop when what follows still speaks of each item: "for each of the new hires a, b and c, email their schedule,
      // then wait 2 days and send a reminder to finish their certification")
      const ofEach = open?.loop && pieces.slice(pieces.indexOf(pc)).some((x) => /\b(?:their|each\s+one)\b/i.test(x.text));
      // ("…, and when that's done post a heads-up in #x", "once they're all created, …": what follows waits for all of it)
      const allDone = /^(?:and\s+)?(?:when|once|after)\s+(?:that(?:'s|’s|\s+is)|it(?:'s|’s|\s+is)|they(?:'re|’re|\s+are)(?:\s+all)?|all\s+(?:of\s+)?(?:that|them|those)\s+(?:is|are)|everything(?:'s|\s+is))\s+(?:done|finished|complete|completed|created|sent)\s*,?\s*/i.exec(pc.text);
      if (allDone && open?.loop) { open = undefined; pc.text = pc.text.slice(allDone[0].length); }
      if (open && pc.conn === 'then' && !pc.andThen && !ofEach && open.into.length && open.into.at(-1)?.type !== 'wait' && open.into.at(-1)?.type !== 'approval') open = undefined;
      const target = open ? open.into : units;
      // else branch
      const el = ELSE_LEAD.exec(pc.text) ?? /^(?:and\s+)?(if so|if yes|if it is|if it does)\b[\s,]*/i.exec(pc.text);
      // "check whether X is healthy and if not, email …": the test is in the earlier clause
      const prevAction = target.at(-1);
      if (el && !lastCond && prevAction?.type === 'action') {
        const wm = /\s+(?:whether|if|that)\s+(.+)$/i.exec(prevAction.text);
        // "ask the AI whether it is a complaint, and if it is, …": the model judges; the condition tests its answer
        const judged = /\bwith AI\b|\b(?:ask|have|let|get|use)\s+(?:the\s+|an?\s+)?(?:ai|llm|model|gpt|assistant|claude|chatgpt)\b/i.test(prevAction.text);
        if (wm && judged) {
          prevAction.text = `${prevAction.text.slice(0, wm.index)} whether ${wm[1]}; answer yes or no`;
          const positive = /^(?:and\s+)?if (so|yes|it is|it does)\b/i.test(el[0]);
          const c: Extract<Unit, { type: 'condition' }> = { type: 'condition', cond: tidy(wm[1]), negate: !positive, then: [], else: [], judged: true };
          c.then.push(...pieceUnits(pc.text.slice(el[0].length), ctx, prevVerb).units);
          target.push(c);
          lastCond = c;
          open = { into: c.then };
          continue;
        }
        if (wm) {
          prevAction.text = prevAction.text.slice(0, wm.index);
          // "verify that https://x responds": only the verb is left; the condition runs the check itself
          if (/^\s*[a-z]+\s*$/i.test(prevAction.text) && extractEntities(wm[1], ctx.spans, ctx.now).some((x) => ['url', 'sql', 'path'].includes(x.kinds[0]) || x.kinds.includes('sql'))) target.pop();
          const positive = /^(?:and\s+)?if (so|yes|it is|it does)\b/i.test(el[0]);
          const c: Extract<Unit, { type: 'condition' }> = { type: 'condition', cond: tidy(wm[1]), negate: !positive, then: [], else: [] };
          c.then.push(...pieceUnits(pc.text.slice(el[0].length), ctx, prevVerb).units);
          target.push(c);
          lastCond = c;
          open = { into: c.then };
          continue;
        }
      }
      if (el && lastCond && !/^(?:and\s+)?if (so|yes|it is|it does)\b/i.test(el[0])) {
        const rest = pc.text.slice(el[0].length);
        // "…, otherwise don't bother anyone", "else do nothing": an empty branch
        if (NOTHING_TO_DO.test(rest.trim())) { open = undefined; continue; }
        const us = pieceUnits(rest, ctx, prevVerb);
        lastCond.else.push(...us.units);
        open = { into: lastCond.else };
        continue;
      }
      // "close issue 203, but comment 'shipped' on it first": this clause runs before the one just before it
      const firstM = /[\s,]+(?:first|beforehand|before (?:that|doing (?:so|that|it)|you do(?: that| it)?))\s*$/i.exec(pc.text);
      const prevU = target.at(-1);
      if (firstM && prevU?.type === 'action' && !isControl(pc.text)) {
        const moved = pieceUnits(fwd(pc.text.slice(0, firstM.index), prevU.text), ctx, pc.elliptic ? prevVerb : undefined);
        if (moved.units.length && moved.units.every((u) => u.type === 'action')) { target.splice(target.length - 1, 0, ...moved.units); continue; }
      }
      // "have the AI draft the notice first, then …": nothing before it, so "first" only says it comes first
      if (firstM && !prevU && !isControl(pc.text)) pc.text = pc.text.slice(0, firstM.index);
      const r = pieceUnits(pc.text, ctx, pc.elliptic ? prevVerb : undefined);
      if (r.verb) prevVerb = r.verb;
      // "delete task 5050 but ask the owner to approve first": the gate goes before what came just before it
      // ("… goes to a@x, but only after finance has signed off on it": the gate goes before it too)
      if (r.units.length === 1 && (r.units[0].type === 'approval' || r.units[0].type === 'wait') && (/\b(first|beforehand|before (?:that|doing (?:so|that|it)|it|you do))\s*$/i.test(pc.text) || /^(?:but\s+)?only\s+(?:after|once|when)\b/i.test(stripLead(pc.text)) || (r.units[0].type === 'approval' && pc === pieces.at(-1) && pc.conn !== 'start' && /^(?:but\s+)?(?:once|after|as\s+soon\s+as)\b/i.test(pc.text.trim())) || (r.units[0].type === 'wait' && /^(?:but\s+)?(?:only\s+)?after\b/i.test(stripLead(pc.text)))) && target.length) {
        target.splice(target.length - 1, 0, r.units[0]);
        continue;
      }
      // "…, but only when the list isn't empty", "…, as long as it isn't empty": a condition said after its clause guards it
      const lone = r.units.length === 1 && r.units[0].type === 'condition' && !r.units[0].then.length && !r.units[0].else.length ? r.units[0] : undefined;
      if (lone && pc === pieces.at(-1) && target.at(-1)?.type === 'action' && pc.conn !== 'start') {
        lone.then.push(target.pop()!);
        // ("add the comment … and close it, unless https://… says the wire is still pending": "unless" said at the end
        // guards everything the sentence asked for)
        // (only when the condition reads its own source: "unless it's zero" tests the step before, which stays outside)
        if (lone.negate && /\uE000|https?:/.test(lone.cond)) while (target.length > (target === units ? startLen : 0) && target.at(-1)?.type === 'action' && target.at(-1)?.group === undefined) lone.then.unshift(target.pop()!);
        target.push(lone);
        lastCond = lone;
        continue;
      }
      // "at the same time" covers the clauses joined by "and", not what comes after a "then"
      // ("…; when both are back, write …": what follows the group waits for all of it)
      if (new RegExp(`^${GROUP_DONE}\\b`, 'i').test(pc.text.trim())) pc.conn = 'then';
      // (when the marker comes mid-sentence, a "then" up to where the group starts does not end it)
      if (pc.conn === 'then' && !(parAfterThen && !thenSeen) && !(parMid && pieces.indexOf(pc) <= ungrouped) && !(parLast && pieces.indexOf(pc) === lastThen)) g = undefined;
      if (pc.conn === 'then') thenSeen = true;
      const gHere = (parAfterThen && !thenSeen) || pieces.indexOf(pc) < ungrouped || pieces.indexOf(pc) >= groupedUpTo || (parLast && pieces.indexOf(pc) < lastThen) ? undefined : g;
      for (const u of r.units) {
        // ("hold it for approval, and once it's approved send it"): one gate, not two
        // (but two named people are two gates: "get approval from the controller, then from the festival director")
        const lastGate = target.at(-1);
        if (u.type === 'approval' && lastGate?.type === 'approval' && !(u.approvers.length && lastGate.approvers.length && u.approvers.join() !== lastGate.approvers.join())) continue;
        // (a gate said with them comes first: "get approval first; after that, post A and email B at the same time")
        if (gHere !== undefined && open === undefined && u.type !== 'approval' && u.type !== 'wait') u.group = gHere;
        target.push(u);
      }
      if (r.opens) open = { into: r.opens, loop: r.units.some((u) => u.type === 'loop' && u.body === r.opens) };
      if (pc === pieces.at(-1)) lastPieceUnits = r.units.filter((u) => u.type === 'action');
      const c = [...r.units].reverse().find((u) => u.type === 'condition') as Extract<Unit, { type: 'condition' }> | undefined;
      if (c) lastCond = c;
    }
    // ("check X and if any van is offline, alert #a and email b simultaneously": the two in the branch run together)
    const branch = g !== undefined && par?.[0] && par.index > 0 ? units.slice(startLen).find((u): u is Extract<Unit, { type: 'condition' }> => u.type === 'condition' && u.then.length >= 2) : undefined;
    // (only the last clause's when it alone names several destinations: "have the AI write a note and send it to #a and to b@x
    // at the same time" — the note is written first)
    // (or one clause sent to several places: "run <query> and post the numbers to #a and #b at the same time")
    const lastOnly = parLast && lastThen < 0 && (lastPieceUnits.length >= 2 || (pieces.length >= 2 && lastPieceUnits.length === 1 && fanOut(lastPieceUnits[0], ctx.spans))) ? lastPieceUnits : undefined;
    if (branch && g !== undefined) { for (const u of units.slice(startLen)) delete u.group; for (const u of lastOnly && lastOnly.every((x) => branch.then.includes(x)) ? lastOnly : branch.then) u.group = g; }
    else if (lastOnly && g !== undefined) for (const u of units.slice(startLen)) if (!lastOnly.includes(u)) delete u.group;
    // (unless the sentence had its own steps to group: "In parallel: <query> and <query>. Then …")
    if (par && par[0] && !isActionVerb(ctx.index, firstWord(sentence)) && !isControl(sentence) && units.length - startLen < 2 && (sentence.match(/\uE000\d+\uE001/g) ?? []).length < 2) parallelNext = true;
    // ("Post 'X' in #a. Also DM @felix the same message at the same time.": one step said beside the one before)
    const added = units.slice(startLen);
    const before = units[startLen - 1];
    if (g !== undefined && par?.[0] && added.length === 1 && added[0].group === g && before?.type === 'action' && before.group === undefined && /^(?:also|and|plus)\b/i.test(raw.trim())) before.group = g;
    // ("…, have the AI draft a reply and email it to them. In parallel, create a task and post in #press.": a sentence that
    // starts with the marker runs beside the steps of the sentence before it, not after them)
    else if (g !== undefined && par?.[0] && par.index === 0 && /^\s*(?:in\s+parallel|at\s+the\s+same\s+time|simultaneously|concurrently|meanwhile)\s*,/i.test(raw) && lastStart < startLen && added.length && added.every((u) => u.group === g)) added[0].beside = lastStart;
    // ("For each of A, B and C, call X and have the AI flag anything unusual. If anything gets flagged, also open a task.": a
    // test of what one pass made runs in that pass; "if any of them …", "if all …" test the passes together)
    const loopBefore = units[startLen - 1];
    if (added.length && added[0].type === 'condition' && loopBefore?.type === 'loop' && loopBefore.body.some((u) => u.type === 'action') && /^(?:also\s+)?(?:if|when|whenever|should|in\s+case)\b/i.test(raw.trim()) && !/\b(?:any|all|none|either|both|every|each)\s+(?:one\s+)?of\s+them\b|\b(?:in\s+total|overall|altogether|at\s+least\s+one|all\s+of|any\s+of|the\s+total|the\s+loop)\b/i.test(added[0].cond)) loopBefore.body.push(...units.splice(startLen));
    if (units.length > startLen) lastStart = startLen;
  }
  return afterSegmenting(units, ctx);
}

/** Splits a sentence at connectors where both sides carry an action. */
function splitPieces(sentence: string, ctx: SegmentContext): Piece[] {
  const cuts: { at: number; end: number; conn: Piece['conn']; andThen: boolean }[] = [];
  for (const m of sentence.matchAll(CONNECTOR)) cuts.push({ at: m.index!, end: m.index! + m[0].length, conn: THEN_LIKE.test(m[0]) ? 'then' : 'and', andThen: /^\s*and\s+then\b/i.test(m[0]) });
  const pieces: Piece[] = [];
  let start = 0;
  let conn: Piece['conn'] = 'start';
  let elliptic = false;
  let andThen = false;
  for (let i = 0; i < cuts.length; i++) {
    const c = cuts[i];
    const left = sentence.slice(start, c.at);
    const right = sentence.slice(c.end, cuts[i + 1]?.at ?? sentence.length);
    // ("Email a@x and b@x, subject 'X', tell them the dashboard is updated": what to tell the ones just emailed is the message)
    // ("Email a@x about invoice N, cc b@x, and explain that we were double charged": so is what to explain)
    const tellsThem = (/^\s*(?:and\s+)?(?:tell|notify|inform)\s+(?:them|him|her|everyone|everybody|all)\s+(?:that\s+)?(?:the|a|an|our|it|we|they|this|change|all|there|[a-z]+s)\b/i.test(right) || /^\s*(?:and\s+)?(?:explain|mention|say|point\s+out|clarify|note)\s+(?:to\s+(?:them|him|her)\s+)?(?:(?:that|how|why)\s+)?(?:the|a|an|our|it|we|they|this|there)\b/i.test(right)) && /\b(?:email|e-mail|mail|send|message|dm|post|write\s+to)\b/i.test(sentence.slice(start, c.at));
    // ("… decide whether it's a crash, a visual bug or a gameplay bug": the choices of a question, not a step)
    const choices = /\b(?:whether|if|as)\s+(?:it(?:'s|’s|\s+is)\s+)?(?:an?\s+)?[^,]*$/i.test(left) && /\b(?:whether|as)\b/i.test(left) && /^\s*(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+or\s+/i.test(right);
    // ("… with the subject 'X' and a note that the schedule is published": the message, beside its subject)
    const withBody = /\bwith\s+(?:the\s+|a\s+)?(?:subject|title|heading)\b[^,;]*$/i.test(left) && /^\s*(?:an?|the)\s+(?:note|message|line|body|text)\s+(?:that|saying|reading|which\s+says)\b/i.test(right);
    const carries = !tellsThem && !choices && !withBody && carriesAction(right, sentence.slice(c.end), ctx, left, c.conn === 'then');
    // ("kick off a purge by POSTing to …": the action is the gerund after "by")
    const byDoing = /\bby\s+(\w+ing)\b/i.exec(left);
    // ("flag customer 12 as vip in the db (update customers …) and then tell #crm": the SQL is the action on the left)
    const code = [...left.matchAll(/\uE000(\d+)\uE001/g)].some((x) => ctx.spans[Number(x[1])]?.kind === 'code');
    if (carries && (pieces.length || code || carriesAction(left, left, ctx) || isControl(left) || namesOperation(left, ctx) || namedStep(left, ctx) || isNarrative(stripLead(left)) || (byDoing && isActionVerb(ctx.index, gerundToVerb(byDoing[1]))))) {
      // ("GET a and b; when both are back, write …": the words before the cut say the next piece waits)
      const waits = new RegExp(`[;,]?\\s*${GROUP_DONE}\\s*$`, 'i').exec(left);
      pieces.push({ text: (waits ? left.slice(0, waits.index) : left).trim(), conn, elliptic, andThen });
      start = c.end;
      conn = waits || new RegExp(`^\\s*${AT_THE_END}\\b`, 'i').test(right) ? 'then' : c.conn;
      andThen = c.andThen && !waits;
      elliptic = carries === 'elliptic';
    }
  }
  pieces.push({ text: sentence.slice(start).trim(), conn, elliptic, andThen });
  // ("Announce, via Slack in #a and an email to b, that …": a verb alone before pieces that borrow it is no step of its own)
  return pieces.filter((p, i) => p.text && !(/^[A-Za-z]+$/.test(p.text.trim()) && pieces[i + 1]?.elliptic));
}

/** Does this fragment start an action of its own? 'elliptic' when it borrows the verb ("an email to …"). */
function carriesAction(t: string, full: string, ctx: SegmentContext, left?: string, afterThen = false): boolean | 'elliptic' {
  const s = stripLead(t.trim().replace(SEQUENCE_CONNECTORS, ''));
  if (!s) return false;
  if (isControl(s)) return true;
  const fw = firstWord(s);
  if (/^(?:subject|title|body|message|text|name|priority|due|labels?|channel|to|cc|note|content)(?:\s+(?:line|exactly|verbatim|only))?\s*[:=]/i.test(s)) return false;
  // ("…, labels bug and wake-model", "…, tags ops": a field and its values after the comma, not a verb)
  if (left && /^(?:labels|tags|labell?ed|tagged)\s+(?!(?:it|them|the|this|that|these|those|all|each|every)\b)[\w-]+/i.test(s)) return false;
  if (/^(?:one\s+(?:[a-z-]+\s+)?(?:each|apiece|per\b)|individually|separately|each separately|one at a time)/i.test(s)) return false; // "…, one email each" distributes the clause on the left // "message: …", "subject: …" are fields of the clause on the left
  // "announce in #all-hands on Slack and by email to everyone@x": the same telling, another way
  if (left && /^(?:by|via|over)\s+(?:e-?mail|slack|dm|direct\s+message)\b/i.test(s)) return 'elliptic';
  // ("send the briefing to #talent on Slack and to casters@x by email": the same sending, to a place in another app)
  if (left && /^to\s+(?:\uE000\d+\uE001|[#@][\w.-]+)\s+(?:by|via|over|on|in)\s+(?:e-?mail|slack)\b/i.test(s) && /\b(?:on|in|via)\s+slack\b|\bby\s+e-?mail\b/i.test(left)) return 'elliptic';
  // ("send the reminder to #events on Slack and to the couple at lee@x.com": the same sending, to someone named by where they are)
  if (left && /^to\s+(?:(?:the|our|my|their)\s+(?:[\w-]+\s+){0,3}?(?:at|via|on)\s+)(?:\uE000\d+\uE001|[#@][\w.-]+)/i.test(s) && /[#@][\w.-]+|\uE000\d+\uE001/.test(left)) return 'elliptic';
  // "…, and follow up by emailing …": the action is the gerund after "by"
  const byDoing = /^[a-z]+(?:\s+(?:up|it|that|this|them))?\s+by\s+(\w+ing)\b/i.exec(s);
  if (byDoing && isActionVerb(ctx.index, gerundToVerb(byDoing[1]))) return true;
  // "…, group with AI them by theme" (said "ask the LLM to group them …"): any verb given to the model is an action
  if (/^[a-z]+\s+with\s+AI\b/i.test(s)) return true;
  // ("…, then merge them with AI": the verb and its object, then the model)
  if (/^[a-z]+\s+(?:it|them|this|that|these|those|both|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:with|using)\s+(?:the\s+)?(?:ai|llm|model)\b/i.test(s)) return true;
  const startsWithWord = /^[A-Za-z]/.test(s);
  // "message @maya and ask her for the numbers": the question is what the message says
  if (left && /^ask\s+(?:(?:them|him|her|everyone|everybody|each of them)\s+(?:for|to|about|whether|if)|whether|if|where|when|how|what|who|why|which)\b/i.test(s) && /^\s*(?:\S+\s+){0,2}?(?:message|dm|ping|slack|email|text|contact|write to|reach out to)\b/i.test(stripLead(left))) return false;
  // ("…, reports/feb.txt and …": a path that starts with a verb-like word is not a verb)
  if (startsWithWord && isActionVerb(ctx.index, fw) && !inflected(fw) && !/^[\w-]+[/.][\w]/.test(s)) {
    // inside open message content ("… saying we shipped and update the board") only a clear new action splits
    // (content that is one quoted string is closed by its quote: "saying 'done' and close the task")
    const closed = left && new RegExp(`${BODY_CUES.source}\\uE000\\d+\\uE001\\s*$`, 'i').test(left);
    // ("…, and after that close the issue", "…; and at the same time email …": a sequence word starts a new action even after open content)
    const sequenced = afterThen || /^(?:then|after that|afterwards?|next|finally|and then|(?:and\s+)?(?:at the same time|simultaneously|in parallel|meanwhile)|once (?:that's|that is|it's|it is) (?:done|posted|sent))\b/i.test(t.trim());
    if (left && !closed && !sequenced && BODY_CUES.test(left) && !/[#@\uE000]|\b(slack|email|asana|github)\b/i.test(full.split(/\s+(?:and|then)\s+/)[0])) return false;
    // ("DM @helen with the player's name and load figure": a second noun after "with the X's …", not a verb and its object)
    if (left && /\b(?:with|including|containing|listing|giving|plus)\s+(?:the|their|its|his|her|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}[\w-]+\s*$/i.test(left) && /^[a-z]+\s+[a-z]+\s*[.!?]?$/i.test(s)) return false;
    // "to review the PRs and update the board" after an infinitive: same content
    if (left && /\bto\s+[a-z]+\b[^,]*$/i.test(left) && /\b(remind|reminder)\b/i.test(left) && !/[#@\uE000]/.test(s)) return false;
    return true;
  }
  // a leading prepositional phrase before the verb: "and on task 302 add a comment …", "in acme/web, open an issue …"
  const pp = /^(?:on|in|for|under)\s+(?:the\s+)?(?:(?:asana|github|jira|trello)\s+)?(?:(?:task|issue|ticket|card|pr|repo|repository|project)\s+)?(?:#?\d+|[\w.-]+\/[\w.-]+|\uE000\d+\uE001)\s*,?\s+([A-Za-z]+)\b/i.exec(s);
  if (pp && left && isActionVerb(ctx.index, pp[1].toLowerCase()) && !inflected(pp[1].toLowerCase())) return true;
  // ("Email a@x, cc b@x, a polite reminder that invoice N is overdue": what the message on the left says)
  if (left && /^(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:reminder|note|message|heads-up|update|nudge|notice)\s+(?:that|saying|about|to)\b/i.test(s) && /^\s*(?:\S+\s+){0,2}?(?:email|e-mail|mail|message|dm|ping|post|send|write\s+to)\b/i.test(stripLead(left)) && !/\b(?:saying|that|about)\b/i.test(left)) return false;
  // an object that names another operation: "and an email to all@acme.com"
  const m = /^(?:a|an|another|the|one)?\s*(?:(\w+)\s+)?([a-z-]+)\b/i.exec(s);
  if (m && left) {
    const app = m[1] && ctx.index.apps.has(m[1].toLowerCase()) ? m[1].toLowerCase() : undefined;
    // "a heads-up in #x": the first word is the noun when it is one
    const noun = !ctx.index.nouns.has(stem(m[2])) && m[1] && ctx.index.nouns.has(stem(m[1])) ? stem(m[1]) : stem(m[2]);
    const appNoun = ctx.index.apps.has(m[2].toLowerCase());
    // (or "the email to all@x" after "write the Slack message to #general": a definite one with a place of its own)
    if ((ctx.index.nouns.has(noun) || appNoun || app) && (/^(?:a|an|another|one)\b/i.test(s) || /^the\s+(?:\w+\s+)?[a-z-]+\s+(?:to|in|for)\s+[#@\uE000]/i.test(s)) && !leftHasNoun(left, noun)) return 'elliptic';
  }
  return false;
}

/** Two destinations side by side ("#a and #b", "#a, ops@x"): channels, handles or addresses set aside as values. */
const TWO_DESTS = new RegExp(String.raw`(?:[#@][\w.-]+|\uE000(\d+)\uE001)\s*(?:,|\band\b|&)\s*(?:(?:to|in)\s+)?(?:[#@][\w.-]+|\uE000(\d+)\uE001)`, 'g');

/** An action sent to several places at once ("post the numbers to #logistics and #hse"). */
function fanOut(u: Unit | undefined, spans: Span[]): boolean {
  return u?.type === 'action' && [...u.text.matchAll(TWO_DESTS)].some((m) => [m[1], m[2]].every((i) => i === undefined || spans[Number(i)]?.kind === 'email'));
}

/** The left part is a step said as a bare noun phrase: "bug fix task, then notify the team", "a quick status email, then …". */
function namedStep(t: string, ctx: SegmentContext): boolean {
  const mods = bareNounStep(t);
  // (a verb and its object is a step said the usual way: "post message, then …")
  return !!mods && !(mods.length === 1 && isActionVerb(ctx.index, mods[0].toLowerCase()));
}

/** The left part names an app or an operation's object ("a task in Asana called X …") though its verb is unknown. */
function namesOperation(t: string, ctx: SegmentContext): boolean {
  if (/^\s*(?:on|in|for|from|at|to|with|via|during|about)\b/i.test(t)) return false;
  return words(t).some((w) => ctx.index.apps.has(w.w.toLowerCase()) && !ctx.index.commonApps.has(w.w.toLowerCase())) && words(t).some((w) => ctx.index.nouns.has(stem(w.w)));
}

function leftHasNoun(left: string, noun: string): boolean {
  return words(left).some((w) => stem(w.w) === noun);
}

/** A message verb with only its destination ("email a@x", "ping #ops"). */
const BARE_MESSAGE = /^(?:and\s+)?(?:then\s+)?(?:email|e-mail|mail|message|dm|ping|notify|tell|alert|(?:post|send|write)\s+(?:in|to|on))\s+(?:\uE000\d+\uE001|[#@][\w.-]+)\s*$/i;
/** A message verb, its destination, then what it says ("post in #x the brochure link …"). */
const MESSAGE_THEN_CONTENT = /^(?:and\s+)?(?:then\s+)?(?:post|send|share|email|e-mail|mail|message|dm|drop)\s+(?:(?:in|to|on|into)\s+)?(?:\uE000\d+\uE001|[#@][\w.-]+)(?:\s+(?:on|in|via)\s+slack)?\s+(?!(?:and|then|if|when|once|after|before|at|every|each|on|in|that|saying|about|to)\b)(.+)$/i;

/** A clause that sends words ("post …", "email …", "tell …"). */
const SAYS = /^\s*(?:(?:and|then|also)\s+)*(?:post|send|email|e-mail|mail|dm|message|notify|tell|announce|share|ping|alert|say|write|broadcast|text)\b/i;

/** Copies a trailing "saying …" to earlier clauses of the same sentence that have no content. */
function shareContent(pieces: Piece[], parallel: boolean, spans: Span[]): void {
  const lastP = pieces.at(-1);
  if (!lastP || pieces.length < 2) return;
  // "email a@x and post in #sales the brochure link https://…": what is said once, after the last destination, is what each says
  const once = MESSAGE_THEN_CONTENT.exec(lastP.text.trim());
  if (once && pieces.slice(0, -1).every((p) => BARE_MESSAGE.test(p.text.trim()))) {
    for (const p of pieces.slice(0, -1)) p.text = `${p.text.trim()} ${once[1]}`;
    return;
  }
  // ("post 'Investigating login errors' in #status and email support@x": a last message said only by where it goes says the same words)
  const quoteOf = (t: string) => [...t.matchAll(/\uE000(\d+)\uE001/g)].find((x) => spans[Number(x[1])]?.kind === 'quote' && !isSql(spans[Number(x[1])].text))?.[0];
  const said = pieces.slice(0, -1).filter((p) => SAYS.test(p.text) && quoteOf(p.text));
  if (BARE_MESSAGE.test(lastP.text.trim()) && said.length === 1 && pieces.slice(0, -1).every((p) => SAYS.test(p.text))) {
    lastP.text = `${lastP.text.trim()} saying ${quoteOf(said[0].text)}`;
    return;
  }
  const shared = parallel || lastP.elliptic;
  const m = (shared ? /\b(saying|that says|to say|stating|with the message|with the text|that(?!\s+[\w-]+\s+(?:to|in|on|into|with|via)\s))\s+(.+)$|:\s+(.+)$/i : /\b(saying|that says|to say|stating|with the message|with the text)\s+(.+)$/i).exec(lastP.text);
  if (!m && parallel) {
    // "post 'X' to #a and email b@x.com at the same time": one piece has the words, the others share them
    // (a quoted query is what a step runs, not words to send)
    const QUOTE = new RegExp(`\uE000(?:${spans.map((x, i) => (x.kind === 'quote' && !isSql(x.text) ? i : -1)).filter((i) => i >= 0).join('|') || 'x'})\uE001`);
    // (only what a message says is shared: "create an Asana task 'X' …, and at the same time post a save-the-date in #y" keeps X to the task)
    // ("email that summary to x@y": "that" there points back, it does not start the words)
    const cue = (t: string) => BODY_CUES.test(t) && !/^\s*\S+\s+that\s+[\w-]+\s+(?:to|in|on|into|with|via)\s/i.test(t);
    const withText = pieces.filter((p) => (QUOTE.test(p.text) && new RegExp(`^\\S+\\s+(?:\\S+\\s+){0,3}?${QUOTE.source}`).test(p.text) && SAYS.test(p.text)) || cue(p.text));
    // (several that say the same quoted words count as one: "post <Q> in #a; post <Q> in #b; email c@x")
    const same = withText.length > 1 && withText.every((p) => !BODY_CUES.test(p.text) && QUOTE.exec(p.text)?.[0] === QUOTE.exec(withText[0].text)?.[0]);
    if (withText.length === 1 || same) {
      const src = withText[0].text;
      const q = BODY_CUES.exec(src);
      const phrase = q ? src.slice(q.index) : `saying ${QUOTE.exec(src)![0]}`;
      // ("… and also email x@y.com about it": "about it" is that same text)
      // ("DM @hana to start the referee call": a piece that says its own words keeps them)
      // ("… and DM @priya the changelog link https://…": one that sends a link of its own keeps it)
      const URL = new RegExp(`\uE000(?:${spans.map((x, i) => (x.kind === 'url' ? i : -1)).filter((i) => i >= 0).join('|') || 'x'})\uE001`);
      const ownWords = (t: string) => /(?:[#@][\w.-]+|\uE000\d+\uE001)\s+(?:to\s+(?![#@]|\uE000)[a-z]+|about\s+(?!(?:it|this|that)\b))/i.test(t) || URL.test(t);
      for (const p of pieces) if (!withText.includes(p) && !/^\s*(?:(?:and|then)\s+)*POST\b/.test(p.text) && !BODY_CUES.test(p.text) && !QUOTE.test(p.text) && !ownWords(p.text) && !isControl(p.text)) p.text = `${p.text.replace(/\s+about\s+(?:it|this|that)\s*$/i, '')} ${phrase}`;
    }
    return;
  }
  if (!m || !shared) return;
  // (one that says its own quoted words keeps them; an address or a link right after the verb is where it goes)
  const ownQuote = (t: string) => [...t.split(/\s+/).slice(0, 3).join(' ').matchAll(/\uE000(\d+)\uE001/g)].some((x) => spans[Number(x[1])]?.kind === 'quote');
  for (const p of pieces.slice(0, -1)) if (!BODY_CUES.test(p.text) && !isControl(p.text) && !ownQuote(p.text)) p.text = `${p.text} ${m[0]}`;
}

interface PieceResult { units: Unit[]; opens?: Unit[]; verb?: string }

function toDuration(n: string, unit: string): string {
  const k = n.toLowerCase().replace(/\s+an?$/, '');
  let v = /^\d/.test(k) ? Number(k) : (NUMBER_WORDS[k] ?? 1);
  const u = unit.toLowerCase();
  let suffix = u.startsWith('s') ? 's' : u.startsWith('h') ? 'h' : u.startsWith('d') ? 'd' : u.startsWith('w') ? 'd' : 'm';
  if (u.startsWith('w')) v *= 7;
  if (!Number.isInteger(v)) {
    if (suffix === 'h') { v *= 60; suffix = 'm'; } else if (suffix === 'm') { v *= 60; suffix = 's'; } else if (suffix === 'd') { v *= 24; suffix = 'h'; }
  }
  return `${v}${suffix}`;
}

function approverOf(t: string): string[] {
  const m = APPROVER.exec(t);
  // "after Helen approves it", "once Marcus in finance signs off": a person named before the approving verb
  const named = /\b(\p{Lu}\p{Ll}+)(?:\s+(?:in|from|on)\s+[\w-]+)?\s+(?:approves|approved|has approved|signs? off|signed off|okays|gives the ok)\b/u.exec(t)?.[1]
    // "get Dana's sign-off", "with the CFO's approval"
    ?? /\b(\p{Lu}[\p{L}-]*)['’]s\s+(?:sign[- ]?off|approval|ok|okay|go-ahead|green[- ]?light)\b/u.exec(t)?.[1];
  const who = (m?.[1] ?? m?.[2] ?? m?.[3] ?? named)?.trim();
  if (!who || /^(it|this|that|approval|sign|the|a|an|them|someone|somebody|me|us)$/i.test(who)) return [];
  return [who.replace(/^@/, '')];
}

/** Two or more words, repos or quoted items joined by commas and "and" ("dev, stage and prod"). */
const WORD_LIST = '((?:[\\w./-]+|\\uE000\\d+\\uE001)(?:\\s*,\\s*(?:and\\s+)?(?:[\\w./-]+|\\uE000\\d+\\uE001)|\\s+and\\s+(?:[\\w./-]+|\\uE000\\d+\\uE001))+)';

function pieceUnits(textIn: string, ctx: SegmentContext, inheritVerb?: string): PieceResult {
  // "Once approved, POST …": a gate (one said just before is not repeated: see segment)
  const gated = /^(?:and\s+)?(?:once|after|when)\s+(?:it(?:'s|\s+is|\s+has\s+been)\s+|that(?:'s|\s+is)\s+)?(?:approved|signed\s+off)\b[\s,]*/i.exec(textIn.trim());
  if (gated) return { units: [{ type: 'approval', message: '', approvers: [] }, ...pieceUnits(textIn.trim().slice(gated[0].length), ctx, inheritVerb).units] };
  let text = stripLead(textIn.replace(SEQUENCE_CONNECTORS, ''));
  if (!text) return { units: [] };
  const plain = (s: string) => restore(s, ctx.spans);
  const fw = firstWord(text);
  const verb = isActionVerb(ctx.index, fw) ? fw : inheritVerb;
  const action = (t: string): Unit[] => {
    const s = tidy(t);
    if (!s) return [];
    return [{ type: 'action', text: s, verb: isActionVerb(ctx.index, firstWord(s)) ? undefined : inheritVerb }];
  };
  // a leading date-time: "Tomorrow at 3pm, post …" waits until then
  const lead = /^([^,]{3,40}),\s*(.+)$/.exec(text);
  if (lead && !words(lead[1]).some((w) => isActionVerb(ctx.index, w.w))) {
    const d = extractEntities(lead[1], ctx.spans, ctx.now).find((e) => e.datetime && e.end - e.start >= lead[1].trim().length - 4);
    // (what follows may be several steps: "At 9am tomorrow, send the release to x@y, then post in #press …")
    if (d?.datetime) return { units: [{ type: 'wait', until: d.datetime, text: plain(lead[1]) }, ...splitPieces(lead[2], ctx).flatMap((p, i) => pieceUnits(p.text, ctx, i ? undefined : inheritVerb).units)] };
  }
  // "run the customer-onboarding workflow": another saved workflow, as a step
  const sw = [
    /^(?:run|start|trigger|launch|execute|invoke|call|kick\s+off)\s+(?:the\s+|our\s+)?(\uE000\d+\uE001|[\w-]+(?:\s+[\w-]+)?)\s+(?:workflow|flow|automation)\b[\s,]*(.*)$/i,
    /^(?:run|start|trigger|launch|execute|invoke|call)\s+(?:the\s+|our\s+)?(?:workflow|flow|automation)\s+(?:called\s+|named\s+)?(\uE000\d+\uE001|[\w-]+)[\s,]*(.*)$/i,
  ].map((re) => re.exec(text)).find((x) => x && !/^(?:a|an|the|our|my|new|this|that|same|whole|entire)$/i.test(x[1]));
  if (sw) {
    const name = plain(sw[1]).trim().toLowerCase().replace(/[^\w-]+/g, '-');
    return { units: [{ type: 'sub_workflow', workflow: name, text: plain(sw[0]) }, ...pieceUnits(sw[2], ctx, inheritVerb).units] };
  }
  // wait
  let m = WAIT.exec(text);
  if (m) {
    const rest = tidy(text.slice(m.index + m[0].length)).replace(/^(?:first|beforehand|before that|then|now|please)$/i, '');
    return { units: [{ type: 'wait', duration: toDuration(m[1], m[2]), text: plain(m[0]) }, ...pieceUnits(rest, ctx, inheritVerb).units] };
  }
  m = WAIT_UNTIL.exec(text);
  if (m) return { units: [{ type: 'wait', until: untilDate(m[1], ctx), text: plain(m[0]) }] };
  m = WAIT_LEAD.exec(text) ?? WAIT_LATER.exec(text);
  if (m) {
    // ("Wait 20 minutes for them to get backed in": why it waits is no step)
    const rest = text.slice(m[0].length).replace(WAIT_REASON, '');
    return { units: [{ type: 'wait', duration: toDuration(m[1], m[2]), text: plain(m[0]) }, ...pieceUnits(rest, ctx, inheritVerb).units], verb };
  }
  const trailWait = /\s+(?:in|after)\s+(?:waiting\s+)?(?:for\s+)?(\d+(?:\.\d+)?|an?|one|two|three|five|ten|fifteen|twenty|thirty|half an?)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s*$|\s+(\d+|an?|one|two|five|ten|fifteen|thirty)\s*(seconds?|minutes?|mins?|hours?|days?)\s+later\s*$/i.exec(text);
  // ("DM @kelsey.b on slack in 45 min to call the shipper back": when to send it, said right after where it goes)
  const midWait = /(?:[#@][\w.-]*\w|\uE000\d+\uE001|\bon\s+slack|\bby\s+e-?mail|\bvia\s+slack)(\s+in\s+(\d+(?:\.\d+)?|an?|one|two|three|five|ten|fifteen|twenty|thirty|half an?)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?))(?=\s+(?:to|saying|that|about|reminding|asking|telling)\b)/i.exec(text);
  if (midWait) {
    const at = midWait.index + midWait[0].length - midWait[1].length;
    return { units: [{ type: 'wait', duration: toDuration(midWait[2], midWait[3]), text: plain(midWait[1].trim()) }, ...action(text.slice(0, at) + text.slice(at + midWait[1].length))], verb };
  }
  // ("Tell #comms the cub embargo lifts in 2 hours": when something the message tells of happens, not when to send it)
  const tellsWhen = trailWait && /\b(?:lifts|starts|opens|closes|ends|expires|arrives|begins|launches|goes\s+live|kicks\s+off|happens|finishes|resumes|returns|leaves|departs|lands|(?:is|are)\s+(?:due|over|back|live|done))\s*$/i.test(text.slice(0, trailWait.index));
  if (trailWait && !tellsWhen && !BODY_CUES.test(text.slice(0, trailWait.index))) {
    return { units: [{ type: 'wait', duration: toDuration(trailWait[1] ?? trailWait[3], trailWait[2] ?? trailWait[4]), text: plain(trailWait[0]) }, ...action(text.slice(0, trailWait.index))], verb };
  }
  // approval
  const ap = APPROVAL_AFTER.exec(text);
  // (not a value that reads "approved": "if the status has changed to approved" tests what a check returned)
  if (ap && !BODY_CUES.test(text.slice(0, ap.index)) && !/\b(?:status|state|stage|result|response|field|value|column|record)\b|\b(?:changed|changes|switched|moved|set)\s+to\b|\b(?:shows?|reads?|says?)\b/i.test(ap[0])) {
    const before = text.slice(0, ap.index).replace(/\b(?:only\s+)?$/i, '');
    const after = text.slice(ap.index + ap[0].length);
    const rest = tidy(`${before} ${after}`);
    const gate: Unit = { type: 'approval', message: '', approvers: approverOf(ap[0]) };
    const next = pieceUnits(rest, ctx, inheritVerb).units;
    (gate as { message: string }).message = '';
    return { units: [gate, ...next], verb };
  }
  if (APPROVAL_ASK.test(text) && APPROVAL_WORDS.test(text)) {
    // "ask a manager to approve", "get sign-off from finance" — possibly "… before VERB-ing X"
    const bm = /\s+(?:before|prior to)\s+(?:(?:we|you|i|they|anyone)\s+)?(\w+)\b(.*)$/i.exec(text);
    const gateText = bm ? text.slice(0, bm.index) : text;
    const gate: Unit = { type: 'approval', message: '', approvers: approverOf(gateText) };
    if (bm) return { units: [gate, ...action(`${/ing$/i.test(bm[1]) ? gerundToVerb(bm[1]) : bm[1]}${bm[2]}`)] };
    // verbs after "approve" name what is approved ("ask ops to approve the deploy"), not another action
    const approveAt = APPROVAL_WORDS.exec(gateText)?.index ?? gateText.length;
    const rest = words(gateText.slice(0, approveAt)).filter((w) => isActionVerb(ctx.index, w.w) && !/\b(?:the|a|an|this|that|my|our|its|their)\s+$/i.test(gateText.slice(0, w.i)) && !/^(ask|get|request|require|seek|obtain|need|wait|await|have|let|make|check|approve|sign|pause|hold|park|queue|keep)$/i.test(w.w));
    if (!rest.length) return { units: [gate] };
  }
  // "tell #data on Slack and data@x.com by email that …": one message per destination, each by its own channel
  const two = /^(notify|tell|alert|inform|ping|update|message|warn)\s+(#[\w-]+|\uE000\d+\uE001|@[\w.-]+)((?:\s+(?:on|via|in|over|by)\s+(?:slack|e-?mail|mail))?)\s+(?:and|&)\s+(?:also\s+)?(#[\w-]+|\uE000\d+\uE001|@[\w.-]+)((?:\s+(?:on|via|in|over|by)\s+(?:slack|e-?mail|mail))?)(?![\w-])(.*)$/i.exec(text);
  const kindOf = (d: string) => (d.startsWith('#') ? 'channel' : d.startsWith('@') ? 'user' : ctx.spans[Number(/\d+/.exec(d)![0])]?.kind);
  if (two && kindOf(two[2]) !== kindOf(two[4])) return { units: [...action(`${two[1]} ${two[2]}${two[3]}${two[6]}`), ...action(`${two[1]} ${two[4]}${two[5]}${two[6]}`)], verb };
  // ("send it to #procurement and to labmanagers@x", "post the summary to #a and b@x": the same thing, each by its own channel)
  const sendTwo = /^(send|post|forward|share|pass)\s+(it|this|that|them|the\s+(?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:to|in)\s+(#[\w-]+|\uE000\d+\uE001|@[\w.-]+)\s+(?:and|&)\s+(?:also\s+)?(?:to\s+|in\s+)?(#[\w-]+|\uE000\d+\uE001|@[\w.-]+)(?![\w-])(.*)$/i.exec(text);
  if (sendTwo && kindOf(sendTwo[3]) !== kindOf(sendTwo[4])) return { units: [...action(`${sendTwo[1]} ${sendTwo[2]} to ${sendTwo[3]}${sendTwo[5]}`), ...action(`${sendTwo[1]} ${sendTwo[2]} to ${sendTwo[4]}${sendTwo[5]}`)], verb };
  // loop: "for each of a, b and c send …"
  m = LOOP_HEAD.exec(text);
  if (m) {
    const after = text.slice(m[0].length);
    // ("for each one create a task …": the items are what came before, the verb follows at once)
    const bare = /\bone\s*$/i.test(m[0]);
    // (a verb-like word after a determiner is a noun: "for each of our stores (Leeds, …)")
    const vm = [...after.matchAll(/(?:^|,\s*|\s+)([A-Za-z][\w-]*)(?![\w-]*[/.][\w])/g)].find((w) => (w.index! > 0 || bare) && isActionVerb(ctx.index, w[1]) && !/^(and|or)$/i.test(w[1]) && !inflected(w[1].toLowerCase()) && !/(?:ings|ions|ments|ness)$/i.test(w[1])
      && !/(?:^|\s)(?:our|the|my|your|their|its|his|her|these|those|all)\s*$/i.test(after.slice(0, w.index! + 1))
      // ("for each of the Northgate, Riverside and Old Town stores, …": a plural after the names says what they are)
      && !(/[^s]s$/.test(w[1]) && /\p{Lu}[\p{L}'-]*\s+$/u.test(after.slice(0, w.index! + w[0].length - w[1].length)))
      // ("for each of the Bodø audit findings F-01, F-02 …": a verb-like word before the plural it describes)
      && !/^\s+[a-z]+s\s+[\w-]*\d[\w-]*\s*(?:,|\band\b|$)/i.test(after.slice(w.index! + w[0].length)));
    if (vm) {
      const itemsText = tidy(after.slice(0, vm.index)) || 'them';
      const body = after.slice(vm.index!);
      const loop = makeLoop(itemsText, ctx);
      loop.body.push(...pieceUnits(body, ctx).units);
      return { units: [loop], opens: loop.body, verb: vm[1] };
    }
    // "For every address in a, b, c, email …": the body is in the next piece
    const loop = makeLoop(tidy(after), ctx);
    return { units: [loop], opens: loop.body };
  }
  // "email a, b and c, one email each" / "… individually": one step per listed destination
  const each = /[\s,;]+(?:one\s+(?:[a-z-]+\s+)?(?:each|apiece|per [a-z]+)|individually|separately|each separately|one at a time|one by one)\b/i.exec(text);
  if (each) {
    const rest = text.slice(0, each.index) + text.slice(each.index + each[0].length);
    // (people named without @ count too: "for Olivia, Raj and Theo, one per person")
    // (values side by side count too, as dictated: "alice@x.com bob@y.com and carol@z.com")
    const list = /(\uE000\d+\uE001|[#@][\w.-]*\w)(?:(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)|\s+(?=\uE000))(?:\uE000\d+\uE001|[#@][\w.-]*\w))+/.exec(rest)
      ?? /(?<=\b(?:for|to|with)\s+(?:the\s+)?)(\p{Lu}\p{Ll}+)(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)\p{Lu}\p{Ll}+)+(?=\s*$|[\s,])/u.exec(rest);
    if (list) {
      // names are people unless a noun after them says otherwise ("the Denver, Austin and Raleigh warehouses", "one per site")
      const places = /^\s+[a-z]+s\b/.test(rest.slice(list.index + list[0].length)) || !/\bper (?:person|recipient|head|user|member|employee|owner)\b|\beach\b/i.test(each[0]);
      const loop = makeLoop(/^[#@\uE000]/.test(list[0]) || places ? list[0] : list[0].replace(/\p{Lu}\p{Ll}+/gu, '@$&'), ctx);
      if (places && !/^[#@\uE000]/.test(list[0])) { const noun = /^\s+([a-z]+s)\b/.exec(rest.slice(list.index + list[0].length)); if (noun) loop.body.push(...action(`${rest.slice(0, list.index)} ${rest.slice(list.index + list[0].length + noun[0].length)}`.replace(/\bfor\s+the\s+$/i, 'for ').replace(/\s+the\s+(?=\s|$)/, ' '))); }
      if (loop.body.length) return { units: [loop], verb };
      loop.body.push(...action(`${rest.slice(0, list.index)} ${rest.slice(list.index + list[0].length)}`));
      return { units: [loop], verb };
    }
  }
  // "Create three Asana tasks: 'Design', 'Build' and 'Test'": one step per quoted item
  const ql = /(?::\s*|\s)(\uE000\d+\uE001(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)\uE000\d+\uE001)+)/.exec(text);
  if (ql) {
    const idx = [...ql[1].matchAll(/\uE000(\d+)\uE001/g)].map((x) => Number(x[1]));
    const before = text.slice(0, ql.index);
    if (idx.every((i) => ctx.spans[i]?.kind === 'quote') && /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|these|the following)\b|\b[a-z]{3,}s\s*:?\s*$/i.test(before)) {
      ctx.spans.push({ kind: 'quote', text: '{{item}}', raw: "'{{item}}'" });
      const ph = `\uE000${ctx.spans.length - 1}\uE001`;
      const body = `${before.replace(/\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+/i, 'a ').replace(/\b([a-z]{3,}?)s(\s*:?\s*)$/i, '$1$2')} ${ph}${text.slice(ql.index + ql[0].length)}`.replace(/:\s*\uE000/, ` \uE000`);
      const loop: Extract<Unit, { type: 'loop' }> = { type: 'loop', itemsText: ql[1], items: idx.map((i) => ctx.spans[i].text), itemKinds: ['text'], body: [] };
      loop.body.push(...action(body));
      return { units: [loop], verb };
    }
  }
  // "Welcome a, b and c by sending each of them a welcome email": the action is the "by …" part, over the list
  const by = /^(.+?)\s+by\s+(\w+ing)\b(.*)$/i.exec(text);
  if (by && isActionVerb(ctx.index, gerundToVerb(by[2]))) {
    const list = by[1].match(/\uE000\d+\uE001|(?<![\w])[#@][\w.-]*\w/g) ?? [];
    const rest = `${gerundToVerb(by[2])}${by[3]}`;
    const each = /\b(?:to\s+)?(?:each|every one|all)\s+of\s+them\b|\bthem\b/i.exec(rest);
    if (list.length >= 2 && each) {
      const loop = makeLoop(list.join(', '), ctx);
      loop.body.push(...action(`${rest.slice(0, each.index)} ${rest.slice(each.index + each[0].length)}`));
      return { units: [loop], verb };
    }
    return pieceUnits(rest, ctx, inheritVerb);
  }
  m = /\b(?:to\s+|for\s+)?(?:each|every one|all)\s+of\s+(them|those|these|the following(?:\s+[\w-]+){0,3}|the (?:rows|results|records|users|customers|people|entries|items|files|issues|tasks|lines|urls|addresses))\b|\b(?:to|for|on|against|at|in)\s+(?:each|every)\s+one\b(?!\s+of)|\b(?:to|for|on|against|at|in)\s+each\s*$/i.exec(text);
  // "Our managers, a@x, b@x and c@x, each need their own email with the plan": one per listed address
  const own = /((?:\uE000\d+\uE001|[#@][\w.-]*\w|\b[A-Z][a-z]+)(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\uE000\d+\uE001|[#@][\w.-]*\w|[A-Z][a-z]+))+)\s*,?\s+(?:each|all)\s+(?:need|needs|get|gets|should get|must get|want|wants|deserve)\s+(?:their|his|her|its|a|an)\s+(?:own\s+)?(.+)$/.exec(text);
  if (own) {
    // (names said plainly are people: "Carla, Jamal and Ruth each need a Slack DM …")
    const loop = makeLoop(own[1].replace(/(^|[\s,])([A-Z][a-z]+)\b/g, '$1@$2'), ctx);
    loop.body.push(...action(`send ${own[2]}`));
    return { units: [loop], verb };
  }
  // "For dev, stage and prod, hit /healthz on each one": the list at the front, "each" at the end
  const front = new RegExp(`^(?:and\\s+|then\\s+)*for\\s+${WORD_LIST}\\s*,\\s*(.+?)\\s+(?:on|for|to|at|against|in|with)\\s+(?:each(?:\\s+one)?|each of them|every one|all of them)\\b(.*)$`, 'i').exec(textIn.trim());
  // ("For the Cardiology, Oncology and Radiology departments in turn, create …")
  // ("For merchants M-1, M-2 and M-7, run UPDATE … once per merchant id")
  const per = new RegExp(`^(?:and\\s+|then\\s+)*for\\s+(?:the\\s+)?[a-z]+s\\s+${WORD_LIST}\\s*,\\s*(.+?)\\s+(?:once\\s+(?:per|for\\s+each)\\s+[\\w\\s-]+?|for\\s+each(?:\\s+one)?|per\\s+[a-z]+(?:\\s+id)?)\\s*$`, 'i').exec(textIn.trim());
  if (per) {
    const loop = makeLoop(per[1], ctx);
    loop.body.push(...action(per[2]));
    return { units: [loop], verb };
  }
  const turn = new RegExp(`^(?:and\\s+|then\\s+)*for\\s+(?:the\\s+|each\\s+of\\s+the\\s+)?${WORD_LIST}(?:\\s+[a-z]+s)?\\s+(?:in turn|one by one|one at a time|individually|separately|each)\\s*,\\s*(.+)$`, 'i').exec(textIn.trim());
  if (turn) {
    const loop = makeLoop(turn[1], ctx);
    loop.body.push(...action(turn[2]));
    return { units: [loop], verb };
  }
  if (front) {
    const loop = makeLoop(front[1], ctx);
    loop.body.push(...action(`${front[2]}${front[3]}`));
    return { units: [loop], verb };
  }
  // "Send each of these people an email: a@x, b@x and c@x": the list after the colon
  // (what each says may follow the list: "Email each of these subs: a@x, b@x with the subject 'ITB'")
  // (or names said as single words: "for each of these failing tests: test_fica_cap, test_pto_accrual, …")
  const colonList = m && /:\s*((?:\uE000\d+\uE001|[#@][\w.-]*\w|[A-Za-z_][\w.-]*\w)(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\uE000\d+\uE001|[#@][\w.-]*\w|[A-Za-z_][\w.-]*\w))+)(?=\s*$|\s*[,—–-]?\s+(?:with|saying|about|telling|asking|reminding|subject)\b)/.exec(text);
  if (m && colonList) {
    const loop = makeLoop(colonList[1], ctx);
    // (the plural that names them goes with the list: "each of these subs: …")
    const named = /^\s*(?:[\w-]+\s+){0,2}?[\w-]+s\s*$/i.test(text.slice(m.index + m[0].length, colonList.index));
    const rest = text.slice(0, named ? m.index + m[0].length : colonList.index) + text.slice(colonList.index + colonList[0].length);
    loop.body.push(...action(`${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length).replace(/^\s*(?:people|folks|addresses|recipients|users|channels)\b/i, '')}`.replace(/\s+(?:individually|separately|one by one)\b/i, '')));
    return { units: [loop], verb };
  }
  if (m) {
    const loop: Extract<Unit, { type: 'loop' }> = { type: 'loop', itemsText: m[1] ?? 'them', itemKinds: [], body: [] };
    loop.body.push(...action(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`));
    return { units: [loop], verb };
  }
  // "complete tasks 901, 902 and 903", "archive repos acme/a, acme/b and acme/c": one pass per listed item
  const ITEM = '(?:#?\\d+|[\\w.-]+\\/[\\w.-]+)';
  const shared = new RegExp(`\\b((?:[A-Za-z]+\\s+)?)(tasks|issues|tickets|cards|items|prs|pull requests|stories|todos|repos|repositories|projects)\\s+(${ITEM}(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+)${ITEM})+)(?![\\w/])`, 'i').exec(text);
  const saidBefore = shared && BODY_CUES.exec(text.slice(0, shared.index));
  if (shared && !LOOP_HEAD.test(text) && (!saidBefore || /^\s*\uE000\d+\uE001\s*(?:(?:to|for|on|in)\s+)?(?:the\s+|each\s+of\s+)?$/.test(text.slice(saidBefore.index + saidBefore[0].length, shared.index)))) {
    const one = shared[2].toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
    // ("delete asana tasks 51200 and 51201": two ids are two steps, each on its own id; three or more are a loop)
    const two = /^(#?\d+)\s+and\s+(#?\d+)$/i.exec(shared[3].trim());
    if (two) return { units: [two[1], two[2]].flatMap((id) => action(`${text.slice(0, shared.index)} ${shared[1]}${one} ${id} ${text.slice(shared.index + shared[0].length)}`)), verb };
    const loop = makeLoop(shared[3], ctx);
    loop.body.push(...action(`${text.slice(0, shared.index)} ${shared[1]}${one} ${text.slice(shared.index + shared[0].length)}`));
    return { units: [loop], verb };
  }
  m = LOOP_INLINE.exec(text);
  if (m) {
    const after = text.slice(m.index + m[0].length);
    // "each of our region leads on Slack (Maya, Jonah and Ines)": the group, then its members in brackets
    const grp = /^((?:our|the|my|all|your)\s+(?:[\w-]+\s+){0,3}?[\w-]+s)\b([^()]{0,30}?)\s*\(([^()]+)\)/i.exec(after);
    if (grp && /,|\band\b/.test(grp[3])) {
      const talk = /^(?:message|dm|ping|slack|remind|nudge|tell|notify)\b/i.test(stripLead(text.slice(0, m.index)));
      const names = grp[3].replace(/(^|,\s*(?:and\s+)?|\s+and\s+)(\p{Lu}\p{Ll}+)(?=\s*(?:,|and\b|$))/gu, (_a, sep: string, n: string) => `${sep}${talk ? '@' : ''}${n}`);
      const loop = makeLoop(names, ctx);
      loop.itemsText = tidy(grp[1]);
      loop.body.push(...action(`${text.slice(0, m.index)}${grp[2]} ${after.slice(grp[0].length)}`));
      return { units: [loop], verb };
    }
    // the list: entities (or single words) joined by commas / and / or
    // ("each of my hygienists: a@x, b@x, c@x, subject 'X'": what they are, then the list, then the rest of the clause)
    const head = /^(?:(?:my|our|the|these|those|all)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s*[:,]\s*(?=(?:\uE000\d+\uE001|[#@][\w.-]*\w)\s*,)/.exec(after)?.[0] ?? '';
    const list = /^(?:\uE000\d+\uE001|[#@][\w.-]*\w)(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:\uE000\d+\uE001|[#@][\w.-]*\w))*/.exec(after.slice(head.length));
    const cue = BODY_CUES.exec(after);
    const end0 = /\s+(?:with|saying|that|about|on|in|via|using|reminding|telling|asking)\s|$/i.exec(after)!;
    const end = list ? { index: head.length + list[0].length } : cue && cue.index < end0.index ? { index: cue.index } : end0;
    const itemsText = tidy(after.slice(0, end.index));
    const loop = makeLoop(itemsText, ctx);
    const rest = `${text.slice(0, m.index)} ${after.slice(end.index)}`;
    loop.body.push(...action(rest));
    return { units: [loop], verb };
  }
  // condition, leading: "if it is not 200 alert #ops", "if the query returns rows, email …"
  m = CONDITION_LEAD.exec(text);
  if (m) {
    const after = text.slice(m[0].length);
    const comma = /,\s*(?:then\s+)?/.exec(after);
    let cond: string, rest: string;
    const vm = [...after.matchAll(/(?:^|\s)([A-Za-z][\w-]*)/g)].find((w) => w.index! > 0 && isActionVerb(ctx.index, w[1]) && !inflected(w[1].toLowerCase()) && !/[^s]s$/.test(w[1].toLowerCase()) && !/^(is|are|was|be|has|have|does|do|return|fail|contain|exceed|equal|work|go|come|look|say|show|seem|give|find|get|hit|drop|take|run|break|succeed|pass|mention|include)$/i.test(w[1]) && !/\b(is|are|was|were|be|been|has|have|had|does|did|not|doesn't|isn't|to|the|a|an|no|any|than|of|that|this|these|those|its|their|our|my|every|each)\s*$/i.test(after.slice(0, w.index! + 1)) && !/^\s+(?:is|are|was|were|has|have|goes|went|gets|exceeds|drops|falls|rises)\b/i.test(after.slice(w.index! + w[0].length))
      // ("if the booking page at https://… isn't responding, DM …": a verb-like noun whose clause goes on to its own verb)
      // (up to what a message would say: "if it's over 40% post in #crew that mowing is postponed")
      && !((comma?.index ?? after.length) > w.index! && /\b(?:is|isn't|are|aren't|was|wasn't|has|hasn't|have|haven't|does|doesn't|did|didn't|returns?|fails?|goes|stays|comes|shows?|looks?|seems?|responds?)\b/i.test(after.slice(w.index! + w[0].length, comma?.index ?? after.length).split(/\s(?=(?:that|saying|to|about|reminding|telling|asking)\s)/i)[0])));
    // ("if the amount is over $10,000 get approval from the finance director, then POST …": a gate asked for ends the test)
    const gate = /\s(?:get|obtain|seek|request|ask\s+for|require)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:approval|sign-?off|go-ahead)\b/i.exec(after);
    if (gate && (!comma || gate.index < comma.index) && (!vm || gate.index < vm.index!)) { cond = after.slice(0, gate.index); rest = after.slice(gate.index + 1); }
    else if (comma && (!vm || comma.index < vm.index!)) { cond = after.slice(0, comma.index); rest = after.slice(comma.index + comma[0].length); }
    else if (vm) { cond = after.slice(0, vm.index); rest = after.slice(vm.index!); }
    else { cond = after; rest = ''; }
    if (/^(it'?s |it is |that'?s |this is )?(done|finished|complete|completed|ready|over)\s*$/i.test(cond.trim())) return pieceUnits(rest, ctx, inheritVerb);
    // ("if it returns 200 do nothing, otherwise …", "if it passes, don't bother anyone; …": an empty branch)
    const quiet = /\s+(?:just\s+)?(?:do\s+nothing|don't\s+bother(?:\s+anyone)?|no\s+action(?:\s+needed)?)\s*$/i.exec(cond);
    if (quiet) { cond = cond.slice(0, quiet.index); rest = ''; }
    if (NOTHING_TO_DO.test(rest.trim())) rest = '';
    const c: Extract<Unit, { type: 'condition' }> = { type: 'condition', cond: tidy(cond), negate: m[1].toLowerCase() === 'unless', then: [], else: [] };
    c.then.push(...pieceUnits(rest, ctx).units);
    return { units: [c], opens: c.then, verb: firstWord(rest) };
  }
  // condition, trailing: "email oncall@x.com if it fails"
  const tm = CONDITION_TRAIL.exec(text);
  if (tm && !BODY_CUES.test(text.slice(0, tm.index)) && tm.index > 0) {
    const cond = text.slice(tm.index + tm[0].length);
    const act = text.slice(0, tm.index);
    if (/^(it'?s |it is |that'?s |this is )?(done|finished|complete|completed|ready|over)\s*$/i.test(cond.trim())) return { units: action(act), verb };
    // ("daily health check on https://… — if it fails, email …": a step named as a noun, then a condition that leads the
    // steps after its comma)
    const leads = /^(.*?),\s*(?:then\s+)?(.+)$/.exec(cond);
    if (leads && !isActionVerb(ctx.index, firstWord(act)) && isActionVerb(ctx.index, firstWord(leads[2]))) {
      const c: Extract<Unit, { type: 'condition' }> = { type: 'condition', cond: tidy(leads[1]), negate: tm[1].toLowerCase() === 'unless', then: pieceUnits(leads[2], ctx).units, else: [] };
      return { units: [...action(act), c], opens: c.then, verb };
    }
    const c: Unit = { type: 'condition', cond: tidy(cond), negate: tm[1].toLowerCase() === 'unless', then: action(act), else: [] };
    return { units: [c], verb };
  }
  // before/after ordering: "notify #x after creating the task", "before deleting it, back it up"
  m = /^(?:after|once|when)\s+(\w+ing)\b([^,]*),\s*(.+)$/i.exec(text);
  if (m && isActionVerb(ctx.index, gerundToVerb(m[1]))) return { units: [...action(`${gerundToVerb(m[1])}${m[2]}`), ...pieceUnits(m[3], ctx).units] };
  m = /^before\s+(\w+ing)\b([^,]*),\s*(.+)$/i.exec(text);
  if (m && isActionVerb(ctx.index, gerundToVerb(m[1]))) return { units: [...pieceUnits(m[3], ctx).units, ...action(`${gerundToVerb(m[1])}${m[2]}`)] };
  m = /^(.+?)\s+(after|before|once)\s+(?:you\s+)?(\w+ing|\w+)\b(.*)$/i.exec(text);
  if (m && !BODY_CUES.test(m[1]) && isActionVerb(ctx.index, gerundToVerb(m[3])) && /ing$|^(create|send|post|run|fetch|close|complete|finish|open|delete)$/i.test(m[3])) {
    const first = action(m[1]);
    const second = action(`${gerundToVerb(m[3])}${m[4]}`);
    return { units: m[2].toLowerCase() === 'before' ? [...first, ...second] : [...second, ...first], verb };
  }
  return { units: action(text), verb };
}

function untilDate(s: string, ctx: SegmentContext): string {
  const txt = restore(s, ctx.spans);
  const d0 = extractEntities(s, ctx.spans, ctx.now).find((e) => e.datetime);
  if (d0?.datetime) return d0.datetime;
  const m = /^(\d{1,2})(?::(\d\d))?\s*(am|pm)?/i.exec(txt.trim());
  const d = new Date(ctx.now);
  if (m) {
    let h = Number(m[1]);
    if (m[3]?.toLowerCase() === 'pm' && h < 12) h += 12;
    if (m[3]?.toLowerCase() === 'am' && h === 12) h = 0;
    d.setHours(h, Number(m[2] ?? 0), 0, 0);
    if (d <= ctx.now) d.setDate(d.getDate() + 1);
    return d.toISOString();
  }
  return txt;
}

