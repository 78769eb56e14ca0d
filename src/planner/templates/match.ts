/**
 * Template matching (seed 000 stage 3). A template is chosen only when the request really asks
 * for its process, never because a few words overlap: a template that adds steps the request
 * did not ask for is worse than the planner's own plan. With D the draft's steps
 * (`driver.operation`, or the kind of control steps, nested ones included) and T the template's,
 * a template is found (confidence ≥ MATCH_THRESHOLD = 0.75) in two ways:
 *
 * 1. The request names the process (one of the template's process phrases is in its intent
 *    text: quoted text, URLs, addresses, #channels and @mentions removed) and spells out at
 *    most one step itself (draft steps that are mere guesses — every parameter a placeholder the
 *    planner could not fill — do not count). The template brings its whole process; a spelled
 *    out step it lacks (a top-level action) is appended: a hybrid plan.
 *    confidence 0.85 with no step spelled out, 0.95 when the template has that step, 0.80 hybrid.
 * 2. The draft's steps are exactly the template's (same multiset) and at least one topic
 *    keyword is in the request ("bug" for the bug-fix template): the template adds nothing and
 *    brings its wording, retries and error handling.
 *    confidence 0.60 + 0.40·topic, topic = min(1, distinct keywords found / 2).
 *
 * What starts the workflow (a webhook's or an event's description) is left out of the intent text: it names what
 * happened, not a process to run.
 *
 * Otherwise nothing is found, and the best candidate's confidence is reported as
 * coverage_D · (0.40·topic + 0.60·coverage_T), coverage_D = |D∩T|/|D|, coverage_T = |D∩T|/|T|
 * (at most 0.74): the same steps without a topic word score 0.60, below the threshold.
 * A request that spells out two or more steps therefore gets exactly those steps.
 */
import { canonicalDriverName } from '../../drivers/registry.ts';
import { actionKey, kindOf, walkSteps } from '../steps.ts';
import type { Draft, TemplateMatch } from '../types.ts';
import { customize, draftSteps, isGuess } from './customize.ts';
import { intentText } from './extract.ts';
import { allTemplates, templateActions, type Template } from './library.ts';

export const MATCH_THRESHOLD = 0.75;

export interface MatchOptions {
  /** Only templates whose drivers are all in this list are considered (all when absent). */
  enabledDrivers?: string[];
  now?: Date;
}

export interface Scored {
  template: Template;
  confidence: number;
  found: boolean;
  process: boolean;
  coverageDraft: number;
  coverageTemplate: number;
  hybrid: boolean;
}

function keywordHits(text: string, keywords: string[]): number {
  let n = 0;
  for (const k of new Set(keywords.map((x) => x.toLowerCase()))) {
    const re = new RegExp(`(?<![\\w-])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es|ed|ing)?(?![\\w-])`, 'i');
    if (re.test(text)) n++;
  }
  return n;
}

/** Scores one template against a request and its draft. */
export function scoreTemplate(t: Template, request: string, draft: Draft): Scored {
  // (what starts the workflow names no process to run: "whenever the release workflow fails, notify #deploys" asks for a
  // message, not a release)
  const when = draft.trigger && draft.trigger.type !== 'schedule' ? String(draft.trigger.description ?? '') : '';
  const intent = intentText(when ? request.replace(new RegExp(when.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ') : request);
  const process = t.phraseRes.some((re) => re.test(intent));
  const dWalk = walkSteps(draftSteps(draft)).filter((w) => actionKey(w.step) !== 'parallel' && !(process && isGuess(w.step)));
  const pool = [...t.keys];
  let common = 0;
  const uncovered: typeof dWalk = [];
  for (const w of dWalk) {
    const i = pool.indexOf(actionKey(w.step));
    if (i >= 0) { pool.splice(i, 1); common++; } else uncovered.push(w);
  }
  const coverageDraft = dWalk.length ? common / dWalk.length : 1;
  const coverageTemplate = t.keys.length ? common / t.keys.length : 0;
  const topic = Math.min(1, keywordHits(intent, t.match.keywords) / 2);
  const same = coverageDraft === 1 && coverageTemplate === 1;
  const hybridable = uncovered.every((w) => w.ancestors.length === 0 && kindOf(w.step) === 'action');
  let confidence: number;
  let found = false;
  if (same && (topic > 0 || process)) {
    confidence = process ? 1 : 0.6 + 0.4 * topic;
    found = true;
  } else if (process && dWalk.length <= 1 && hybridable) {
    confidence = dWalk.length === 0 ? 0.85 : uncovered.length ? 0.8 : 0.95;
    found = true;
  } else {
    confidence = Math.min(MATCH_THRESHOLD - 0.01, coverageDraft * (0.4 * topic + 0.6 * coverageTemplate));
  }
  confidence = Math.round(confidence * 100) / 100;
  return { template: t, confidence, found, process, coverageDraft, coverageTemplate, hybrid: found && uncovered.length > 0 };
}

/** Every eligible template scored, best first (user templates win ties). */
export function rankTemplates(request: string, draft: Draft, user: unknown[] = [], opts: MatchOptions = {}): Scored[] {
  const enabled = opts.enabledDrivers ? new Set(opts.enabledDrivers.map(canonicalDriverName)) : undefined;
  return allTemplates(user)
    .filter((t) => !enabled || t.drivers.every((d) => enabled.has(d)))
    .map((t) => scoreTemplate(t, request, draft))
    .sort((a, b) => Number(b.found) - Number(a.found) || b.confidence - a.confidence || Number(b.template.source === 'user') - Number(a.template.source === 'user') || a.template.keys.length - b.template.keys.length);
}

/** The seed-000 template match for a request. */
export function matchTemplate(request: string, draft: Draft, user: unknown[] = [], opts: MatchOptions = {}): TemplateMatch {
  const best = rankTemplates(request, draft, user, opts)[0];
  if (!best || !best.found) return { template_found: false, template_id: null, match_confidence: best?.confidence ?? 0, template_actions: [], customization_needed: [] };
  const c = customize(best.template, request, draft, opts.now);
  return {
    template_found: true,
    template_id: best.template.template_id,
    match_confidence: best.confidence,
    template_actions: templateActions(best.template),
    customization_needed: c.needed,
  };
}
