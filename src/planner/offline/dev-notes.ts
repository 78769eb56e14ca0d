/**
 * Requests left as a developer's note: a code comment ("// TODO: open an asana task for …", "# post to #releases:
 * Deploy finished", "/* … *\/"), a marker ("TODO:", "FIXME", "XXX", "HACK:") or a commit message's type and scope
 * ("chore(billing): …", "feat(triage): …", "fix!: …"). The marks say where the note was written, not what to do, so
 * they go and the note is read as the request. "TODO" alone is no Asana to-do: the marker is not the task.
 * A command written as a call (`slack.send_message(channel="#ops", text="X")`) is the command with its arguments.
 * "hook: X => Y" says the note runs when X happens ("When X, Y"). Runs before anything else reads the request; a
 * request without these marks is returned unchanged.
 */

/** A comment's opening mark at the start of a line. */
const COMMENT = /^[ \t]*(?:\/\/+|\/\*+|#(?=\s)|--(?=\s)|<!--|\*(?=\s))[ \t]*/gm;
/** A comment's closing mark at the end of a line. */
const COMMENT_END = /[ \t]*(?:\*+\/|-->)[ \t]*$/gm;
/** A marker developers leave in code, with an optional owner: "TODO(ana):", "FIXME -", "XXX". */
const MARKER = /^[ \t]*(?:TODO|FIXME|XXX|HACK|NOTE|todo|fixme)\b(?:\([^)]*\))?[ \t]*[:\-–—]?[ \t]*/gm;
/** A commit message's type and optional scope: "chore:", "feat(triage):", "fix(api)!:". */
const COMMIT_TYPE = String.raw`(?:feat|fix|chore|docs|refactor|ci|build|perf|test|tests|style|ops|bug|bugfix|hotfix|revert|deps|infra|release|wip)(?:\([\w ./-]+\))?!?:`;
const COMMIT = new RegExp(String.raw`^[ \t]*${COMMIT_TYPE}[ \t]+`, 'gim');
/** "hook: X => Y", "on hook: …": the steps run when X arrives. */
const HOOK = /^[ \t]*(?:web)?hook\s*:\s*(.+?)\s*(?:=+>|-+>|→|⇒)\s*/im;

/** A structured command written as a call: `slack.send_message(channel="#ops", text="Disk at 90%")`. */
const CALL = /\b([A-Za-z][\w-]*\.[A-Za-z]\w*)\(\s*((?:[a-z_]+\s*[=:]\s*(?:"[^"]*"|'[^']*'|[^,()'"]+)\s*,?\s*)+)\)/g;
const ARG = /([a-z_]+)\s*[=:]\s*("[^"]*"|'[^']*'|[^,()'"]+?)\s*(?:,|$)/g;

/** True when the request carries any of the marks. */
const MARKED = new RegExp(String.raw`^[ \t]*(?:\/\/|\/\*|#\s|--\s|<!--|(?:TODO|FIXME|XXX|HACK)\b|${COMMIT_TYPE}\s|(?:web)?hook\s*:)`, 'im');
const MARKED_CALL = /\b[A-Za-z][\w-]*\.[A-Za-z]\w*\(\s*[a-z_]+\s*[=:]/;

/** The note without the marks of where it was written. */
export function devNotesRead(request: string): string {
  if (!MARKED.test(request) && !MARKED_CALL.test(request)) return request;
  let s = request.replace(CALL, (_m: string, op: string, args: string) => `${op} ${[...args.matchAll(ARG)].map((a) => `${a[1]}=${a[2].trim()}`).join(' ')}`).replace(COMMENT, '').replace(COMMENT_END, '').replace(MARKER, '').replace(COMMIT, '');
  s = s.replace(HOOK, (_m: string, event: string) => `When ${event.replace(/\s+$/, '')}, `);
  s = s.replace(/^[ \t]*\p{Ll}/gmu, (c) => c.toUpperCase()).trim();
  return s || request;
}
