/**
 * The planner's safety pass, applied to every plan whichever planner or template produced it.
 *
 * 1. **Enabled drivers only.** A plan may use only the drivers the tenant enabled
 *    (`enabledDrivers`); a plan that needs another is refused (no steps), naming the driver.
 * 2. **Approval before destructive steps.** Each step whose operation is `destructive` in the
 *    catalogue — and `http.request` with method DELETE, and `database.query` with `allow_write`
 *    running DELETE/DROP/TRUNCATE/ALTER — gets an approval gate right before it (before the
 *    enclosing loop, so one decision covers every iteration), unless it already waits on one or
 *    the caller opted out explicitly (`allowDestructiveWithoutApproval`, `--no-approval-gates`).
 * 3. **User text is data; secrets never travel** (the prompt-injection rule):
 *    - a plan never carries a credential: no credential value from the environment, no
 *      credential variable name (AUTOFLOW_…), no `{{env.…}}` / `{{secrets.…}}` /
 *      `{{credentials.…}}` reference, and no `auth` or Authorization-like header unless its
 *      value is written in the request itself;
 *    - a plan only calls hosts the request names: every literal URL a step calls (`http.request`
 *      `url`, any `…url` / `endpoint` / `webhook` parameter) must have its host in the request;
 *    - a request that asks for a stored credential to be sent anywhere ("… with the Slack
 *      token", "email the API key to …") is refused as a whole: nothing is planned, and the
 *      plan says why.
 *    A plan breaking the first two is refused as a whole too (the LLM planner asks the model to
 *    repair such answers first, then falls back to the offline plan).
 */
import { canonicalDriverName } from '../drivers/registry.ts';
import type { CatalogDriver } from '../drivers/registry.ts';
import { redact } from '../platform/secrets.ts';
import { defaultDependencies } from '../workflow/graph.ts';
import type { Step } from '../workflow/schema.ts';
import { actionKey, allStrings, CHILD_FIELDS, hasExpression, kindOf, walkSteps, type RawStep } from './steps.ts';
import type { Plan, PlanOptions } from './types.ts';

export interface PlanProblem {
  step_id: string;
  code: 'driver_not_enabled' | 'unknown_operation' | 'secret_value' | 'secret_reference' | 'host_not_in_request';
  message: string;
}

export interface SafetyReview {
  workflow: Plan['workflow'];
  notes: string[];
  /** True when the plan was refused (its steps removed). */
  refused: boolean;
  /** Ids of the approval gates added. */
  gates: string[];
}

const CRED_NOUN = String.raw`(?:api[\s_-]?keys?|tokens?|secrets?|passwords?|passwd|credentials?|private[\s_-]?keys?|access[\s_-]?keys?|bearer(?:\s+tokens?)?|auth(?:orization)?\s+headers?|env(?:ironment)?\s+var(?:iable)?s?|\.env(?:\s+file)?)`;
const CRED_REF = String.raw`(?:the|our|my|your|its|their|this|that|all|stored|configured|saved|current|every)\s+(?:[\w.-]+\s+){0,2}?${CRED_NOUN}`;
const SEND = String.raw`(?:with|including|include|includes|containing|send|sends|sending|post|posting|add|adding|attach|attaching|forward|forwarding|upload|uploading|share|sharing|pass|passing|leak|leaking|email|emailing|mail|put|putting|give|giving|dump|dumping|print|printing|expose|exposing|exfiltrate|copy|copying|paste)`;
const EXFIL = new RegExp(String.raw`\b${SEND}\s+(?:[\w.@:/-]+\s+){0,4}?${CRED_REF}\b`, 'i');
const EXFIL_AFTER = new RegExp(String.raw`\b${CRED_REF}\s+(?:[\w-]+\s+){0,3}?(?:to|into|at|on)\s+(?:https?://|[\w-]+\.[\w.-]+|[\w.+-]+@)`, 'i');
const META = /\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|previous\s+|prior\s+|above\s+|earlier\s+|these\s+|safety\s+)*(?:rules?|instructions?|prompts?|guidelines?|polic(?:y|ies)|restrictions?|system\s+prompt)\b|\byou\s+are\s+now\b|\bsystem\s+prompt\b/i;

/** Request-level checks: an exfiltration request is refused; planner-directed instructions are noted. */
export function reviewRequest(request: string): { refuse: boolean; notes: string[] } {
  const notes: string[] = [];
  const meta = META.exec(request);
  if (meta) notes.push(`The request contains instructions addressed to the planner ("${meta[0]}"); they were treated as data, not followed.`);
  const ex = EXFIL.exec(request) ?? EXFIL_AFTER.exec(request);
  if (ex) {
    notes.push(`Refused: the request asks for a stored credential to be sent ("${ex[0].trim()}"). Credentials are used only by their own driver and never become workflow data; nothing was planned. Ask again without that part.`);
    return { refuse: true, notes };
  }
  return { refuse: false, notes };
}

interface Catalog {
  /** canonical name or alias → catalogue driver name */
  names: Map<string, string>;
  ops: Map<string, { effect: string }>;
  credentialEnvs: string[];
}

function indexCatalog(catalog: CatalogDriver[]): Catalog {
  const names = new Map<string, string>();
  const ops = new Map<string, { effect: string }>();
  const credentialEnvs: string[] = [];
  for (const d of catalog) {
    names.set(canonicalDriverName(d.name), d.name);
    for (const a of d.aliases) names.set(canonicalDriverName(a), d.name);
    for (const o of d.operations) ops.set(`${d.name}.${o.name}`, { effect: o.effect });
    for (const f of d.credentials.fields) credentialEnvs.push(f.env);
  }
  return { names, ops, credentialEnvs };
}

const SENSITIVE_HEADER = /^(?:authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token|cookie|token|x-token|private-token)$/i;
const SECRET_ROOT = /\{\{[^}]*?(?<![\w.])(?:env|secrets?|credentials?|vault|process|config)\s*[.[]/i;
const ENV_NAME = /\bAUTOFLOW_[A-Z0-9_]+\b|\$\{?[A-Z][A-Z0-9_]*(?:TOKEN|KEY|SECRET|PASSWORD)\}?|\bprocess\.env\b/;
const CALLED_URL_PARAM = /(?:^|_)(?:url|uri|endpoint|webhook|webhook_url|callback)$/i;

/** Hosts of literal URLs a step would call. */
function calledHosts(step: RawStep): string[] {
  const params = (step.parameters ?? {}) as Record<string, unknown>;
  const hosts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (!CALLED_URL_PARAM.test(k) && !(actionKey(step) === 'http.request' && k === 'url')) continue;
    for (const s of allStrings(v)) {
      const m = /^\s*(https?:\/\/[^\s/?#{}]+)/i.exec(s);
      if (!m) continue;
      try { hosts.push(new URL(m[1]).hostname.toLowerCase()); } catch { /* not a URL */ }
    }
  }
  return hosts;
}

/**
 * Problems that make a plan unacceptable whatever the validator says: drivers not enabled,
 * operations not in the catalogue, credentials carried, hosts the request does not name.
 */
export function planProblems(steps: RawStep[], o: { request: string; catalog: CatalogDriver[]; enabledDrivers?: string[]; env?: Record<string, string | undefined> }): PlanProblem[] {
  const cat = indexCatalog(o.catalog);
  const enabled = o.enabledDrivers ? new Set(o.enabledDrivers.map(canonicalDriverName)) : undefined;
  const request = o.request.toLowerCase();
  const env = o.env ?? {};
  const secretValues = cat.credentialEnvs.map((e) => env[e]).filter((v): v is string => !!v && v.length >= 4);
  const problems: PlanProblem[] = [];
  for (const { step } of walkSteps(steps)) {
    const id = String(step.step_id ?? '?');
    const strings = allStrings(step);
    if (kindOf(step) === 'action') {
      const written = canonicalDriverName(String(step.driver ?? ''));
      const driver = cat.names.get(written);
      if (enabled && !enabled.has(driver ?? written)) problems.push({ step_id: id, code: 'driver_not_enabled', message: `Step ${id} uses driver '${step.driver}', which is not enabled here. Enabled: ${[...enabled].join(', ') || 'none'}.` });
      else if (!driver || !cat.ops.has(`${driver}.${String(step.operation)}`)) problems.push({ step_id: id, code: 'unknown_operation', message: `Step ${id}: '${step.driver}.${step.operation}' is not an operation of the catalogue.` });
    }
    if (secretValues.some((v) => strings.some((s) => s.includes(v))) || strings.some((s) => redact(s) !== s)) {
      problems.push({ step_id: id, code: 'secret_value', message: `Step ${id} contains a credential value; credentials never appear in a plan.` });
    }
    const ref = strings.find((s) => SECRET_ROOT.test(s) || ENV_NAME.test(s) || cat.credentialEnvs.some((e) => s.includes(e)));
    if (ref) problems.push({ step_id: id, code: 'secret_reference', message: `Step ${id} refers to a credential or the environment ("${ref.slice(0, 80)}"); a plan may not read or send credentials.` });
    const params = (step.parameters ?? {}) as Record<string, unknown>;
    const authValues = [
      ...(params.auth !== undefined ? allStrings(params.auth) : []),
      ...Object.entries((params.headers ?? {}) as Record<string, unknown>).filter(([k]) => SENSITIVE_HEADER.test(k)).flatMap(([, v]) => allStrings(v)),
    ];
    if (!ref && authValues.some((v) => hasExpression(v) || !request.includes(v.replace(/^(?:bearer|basic|token)\s+/i, '').toLowerCase()))) {
      problems.push({ step_id: id, code: 'secret_reference', message: `Step ${id} sets authorization that is not written in the request; a plan may not attach credentials.` });
    }
    for (const host of calledHosts(step)) {
      const bare = host.replace(/^www\./, '');
      if (!request.includes(bare)) problems.push({ step_id: id, code: 'host_not_in_request', message: `Step ${id} calls ${host}, which the request does not name; a plan only calls hosts the request names.` });
    }
  }
  return problems;
}

/** Why a step is destructive, or undefined. */
function destructiveReason(step: RawStep, cat: Catalog): string | undefined {
  if (kindOf(step) !== 'action') return undefined;
  const driver = cat.names.get(canonicalDriverName(String(step.driver ?? '')));
  const op = driver ? cat.ops.get(`${driver}.${String(step.operation)}`) : undefined;
  if (op?.effect === 'destructive') return `${driver}.${step.operation} is destructive`;
  const p = (step.parameters ?? {}) as Record<string, unknown>;
  if (driver === 'http' && typeof p.method === 'string' && p.method.toUpperCase() === 'DELETE') return 'an HTTP DELETE';
  if (driver === 'database' && p.allow_write === true && typeof p.sql === 'string' && /\b(delete\s+from|drop\s+(?:table|database|schema|index|view)|truncate|alter\s+table)\b/i.test(p.sql)) return 'a destructive SQL statement';
  return undefined;
}

function containsDestructive(step: RawStep, cat: Catalog): string | undefined {
  return walkSteps([step]).map((w) => destructiveReason(w.step, cat)).find(Boolean);
}

/** Inserts approval gates before destructive steps of one list (recursively). */
function gateList(list: RawStep[], cat: Catalog, concurrent: boolean, taken: Set<string>, gates: string[]): RawStep[] {
  const defaults = defaultDependencies(list as unknown as Step[], concurrent);
  const byId = new Map(list.map((s) => [String(s.step_id), s]));
  const out: RawStep[] = [];
  list.forEach((s, i) => {
    const k = kindOf(s);
    let reason: string | undefined;
    if (k === 'loop') reason = containsDestructive(s, cat);
    else {
      reason = destructiveReason(s, cat);
      for (const f of CHILD_FIELDS) if (Array.isArray(s[f])) s[f] = gateList(s[f] as RawStep[], cat, k === 'parallel', taken, gates);
    }
    const deps = defaults[i];
    const gated = deps.some((d) => kindOf(byId.get(d) ?? {}) === 'approval');
    if (reason && !gated) {
      let id = `approve_${String(s.step_id)}`.slice(0, 64);
      for (let n = 2; taken.has(id); n++) id = `approve_${String(s.step_id)}_${n}`.slice(0, 64);
      taken.add(id);
      const label = String(s.name ?? s.step_id);
      out.push({ step_id: id, kind: 'approval', name: `Approve: ${label}`, message: `Step '${label}' is ${reason.startsWith('an ') || reason.startsWith('a ') ? reason : `destructive (${reason})`}${k === 'loop' ? ' (inside this loop)' : ''}. Approve to continue, reject to stop.`, dependencies: [...deps] });
      s.dependencies = [id];
      gates.push(id);
    }
    out.push(s);
  });
  return out;
}

/**
 * Applies rules 1–3 to a planned workflow (the request-level part of rule 3 is
 * {@link reviewRequest}, checked before planning); returns the (possibly refused or gated)
 * workflow and notes for a person. Without `request`, hosts are not checked.
 */
export function reviewSafety(workflow: Plan['workflow'], opts: PlanOptions, request?: string): SafetyReview {
  const notes: string[] = [];
  const cat = indexCatalog(opts.catalog);
  const steps = JSON.parse(JSON.stringify(workflow.steps)) as RawStep[];
  const refuse = (why: string[]): SafetyReview => ({ workflow: { ...workflow, steps: [] }, notes: [...notes, ...why], refused: true, gates: [] });
  const problems = planProblems(steps, { request: request ?? '', catalog: opts.catalog, enabledDrivers: opts.enabledDrivers, env: opts.env })
    .filter((p) => p.code !== 'unknown_operation' && (request !== undefined || p.code !== 'host_not_in_request'));
  if (problems.length) return refuse([`Refused the plan: ${problems.map((p) => p.message).join(' ')}`]);
  if (opts.allowDestructiveWithoutApproval) {
    const n = walkSteps(steps).filter((w) => destructiveReason(w.step, cat)).length;
    if (n) notes.push(`${n} destructive step${n === 1 ? '' : 's'} will run without an approval gate (approval gates were turned off for this plan).`);
    return { workflow: { ...workflow, steps }, notes, refused: false, gates: [] };
  }
  const gates: string[] = [];
  const taken = new Set(walkSteps(steps).map((w) => String(w.step.step_id)));
  const gatedSteps = gateList(steps, cat, false, taken, gates);
  if (gates.length) notes.push(`Added approval gate${gates.length === 1 ? '' : 's'} ${gates.join(', ')} before destructive step${gates.length === 1 ? '' : 's'} (turn off with --no-approval-gates).`);
  return { workflow: { ...workflow, steps: gatedSteps }, notes, refused: false, gates };
}

/** The safety pass as a workflow transformation (see {@link reviewSafety} for the notes). */
export function applySafety(workflow: Plan['workflow'], opts: PlanOptions, request?: string): Plan['workflow'] {
  return reviewSafety(workflow, opts, request).workflow;
}
