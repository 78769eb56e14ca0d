/**
 * Ids said once for two steps on the same thing. "Add a comment 'Fixed' and close Asana task 5566", "Close task 5566
 * once you've added a comment": the comment goes on task 5566 too. A step left waiting for an id as a workflow input
 * takes it from the next step of the same driver that names one — never content, only the ids that say which thing.
 * A statement before the steps that names the one task they act on lends its id the same way.
 */

type Step = Record<string, unknown>;

/** Parameters that say which thing a step works on. */
const WHICH = /^(?:[a-z]+_id|[a-z]+_number|id|repo|project)$/;

/** Steps in the order they run, nested ones where they sit. */
export function inRunOrder(steps: Step[]): Step[] {
  return steps.flatMap((s) => [s, ...inRunOrder([...((s.then as Step[]) ?? []), ...((s.else as Step[]) ?? []), ...((s.steps as Step[]) ?? [])])]);
}

/** Fills ids left as inputs from a later step of the same driver; drops the notes that asked for them. */
export function lendIdsForward(steps: Step[], notes: string[]): void {
  const all = inRunOrder(steps).filter((s) => s.driver && s.parameters);
  all.forEach((s, i) => {
    const params = s.parameters as Record<string, unknown>;
    const lent: string[] = [];
    for (const [name, v] of Object.entries(params)) {
      if (!WHICH.test(name) || v !== `{{inputs.${name}}}`) continue;
      const later = all.slice(i + 1).find((o) => o.driver === s.driver && typeof (o.parameters as Record<string, unknown>)[name] === 'string' && !String((o.parameters as Record<string, unknown>)[name]).includes('{{'));
      if (!later) continue;
      params[name] = (later.parameters as Record<string, unknown>)[name];
      lent.push(name);
    }
    dropAsked(notes, s, lent);
  });
}

/**
 * The task a statement named, for steps said without its id: "Asana task 5566 is sorted. Add a comment saying 'X' and
 * after that close the task." Only when the statements name one task; a step that points at another step's copy of it
 * takes the id itself. Returns the statements used.
 */
export function lendIdsFromContext(steps: Step[], told: { text: string }[], notes: string[], request: string): Set<string> {
  const used = new Set<string>();
  const idsIn = (texts: string[]) => [...new Set(texts.flatMap((t) => [...t.matchAll(/\b(?:task|ticket)\s+#?(\d{3,})\b/gi)].map((m) => m[1])))];
  // (or the one task the whole request names: "Asana task 1204 is finished. Mark it complete, and … post in #pm to say so.")
  const fromTold = idsIn(told.map((u) => u.text));
  const ids = fromTold.length ? fromTold : idsIn([request]);
  if (ids.length !== 1) return used;
  const holding = new Set<string>();
  for (const s of inRunOrder(steps).filter((x) => x.driver && x.parameters)) {
    const params = s.parameters as Record<string, unknown>;
    if (typeof params.task_id !== 'string') continue;
    const ref = /^\{\{(step_\d+)\.task_id\}\}$/.exec(params.task_id)?.[1];
    if (params.task_id === '{{inputs.task_id}}' || (ref && holding.has(ref))) {
      params.task_id = ids[0];
      dropAsked(notes, s, ['task_id']);
    }
    if (params.task_id !== ids[0]) continue;
    holding.add(String(s.step_id));
    const source = told.find((u) => u.text.includes(ids[0]));
    if (source) used.add(source.text);
  }
  return used;
}

/** Drops the note that asked for the given parameters as workflow inputs (or the names of them that are now filled). */
function dropAsked(notes: string[], s: Step, lent: string[]): void {
  if (!lent.length) return;
  const at = notes.findIndex((n) => n.startsWith(`${String(s.step_id)} (`) && n.includes(' needs '));
  if (at < 0) return;
  const m = /^(\S+ \([^)]*\) needs )([^:]+)(: given as workflow inputs).*$/.exec(notes[at]);
  const left = m ? m[2].split(', ').filter((n) => !lent.includes(n)) : [];
  if (!m || !left.length) notes.splice(at, 1);
  else notes[at] = `${m[1]}${left.join(', ')}${m[3]} ({{inputs.${left[0]}}}).`;
}
