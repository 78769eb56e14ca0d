/**
 * A task's details said anywhere in a request that makes one task: "Have ops-team own a new Asana task …", "make ops-team
 * the assignee", "the assignee being ops-team", "allocated to ops-team", "on ops-team's desk", "By 2026-12-01 this has to
 * be done", "falling due on 2026-12-01", "designated as high priority", "the priority being set to high". When the plan
 * has exactly one task to create and no schedule, the due date (the request's one ISO date), the priority and the
 * assignee it left out are taken from the request's words. A value the task already has is never changed.
 */

type Step = Record<string, unknown>;

/** Who a task goes to, however it is said; the first group that matched is the assignee. */
const ASSIGNEE = [
  /\b(?:assign(?:ed)?|allocat(?:e|ed)|give|given|hand(?:ed)?)\s+(?:(?:it|this|that|the\s+task)\s+)?(?:over\s+)?to\s+(@?[\w.-]*[\w])/i,
  /\bassign\s+(?:an?|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:asana\s+)?task\b[^.;]*?\bto\s+(@?[\w.-]*[\w])/i,
  /\b(?:make|set)\s+(@?[\w.-]*[\w])\s+(?:the|its)\s+(?:assignee|owner)\b/i,
  /\b(?:the\s+)?(@?[\w.-]*[\w])\s+as\s+(?:the\s+|its\s+)?(?:assignee|owner)\b/i,
  /\b(?:it|the\s+task)\s+(?:goes|belongs)\s+to\s+(@?[\w.-]*[\w])/i,
  /\b(?:the\s+)?(?:assignee|owner)\s*(?:being|is|should\s+be|:|=)\s*(@?[\w.-]*[\w])/i,
  /\b(?:have|let|get)\s+(@?[\w.-]*-[\w.-]*[\w]|@[\w.-]+)\s+own\b/i,
  /\b(@?[\w.-]*-[\w.-]*[\w]|@[\w.-]+)\s+(?:owning|owns|needs\s+to\s+own|should\s+own|to\s+own)\b/i,
  /\bon\s+(@?[\w.-]*[\w])['’]s\s+(?:desk|plate|board|queue|list)\b/i,
  /\bfor\s+(@?[\w.-]*-[\w.-]*[\w]|@[\w.-]+)\b/i,
];
/** Words that are never an assignee. */
const NOT_WHO = /^(?:it|them|the|a|an|me|us|you|him|her|high|low|medium|urgent|priority|due|its|this|that|asana|slack|github|email|completion)$/i;
const PRIORITY = /\b(high|low|medium|urgent)(?:[- ]priority|\s+prio)\b|\bpriority\s*(?:is|of|:|=|being\s+set\s+to|set\s+to|to|should\s+be|being|as|on)?\s*(high|low|medium|urgent)\b|\b(?:mark|set|flag|make|designat)\w*\s+(?:it\s+)?(?:as\s+)?(high|low|medium|urgent)\b/i;

/** Fills, in place, the details the one task to create left out; `scheduled` when the request runs on a schedule. */
export function fillTaskDetails(steps: Step[], request: string, scheduled: boolean): void {
  const tasks = steps.filter((s) => s.driver === 'asana' && s.operation === 'create_task');
  if (tasks.length !== 1 || scheduled) return;
  const p = tasks[0].parameters as Record<string, unknown>;
  const unquoted = request.replace(/(['"‘“])[^'"‘“’”\n]*?['"’”](?![\w])/g, ' ');
  const dates = [...new Set(unquoted.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [])];
  if (p.due_date === undefined && dates.length === 1) p.due_date = dates[0];
  const priority = PRIORITY.exec(unquoted);
  if (p.priority === undefined && priority) p.priority = (priority[1] ?? priority[2] ?? priority[3]).toLowerCase();
  if (p.assignee === undefined) {
    for (const re of ASSIGNEE) {
      const who = re.exec(unquoted)?.[1];
      if (who && !NOT_WHO.test(who)) { p.assignee = who; break; }
    }
  }
}
