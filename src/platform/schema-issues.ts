/**
 * Schema issues as text: the one way the engine and the driver test support word zod's
 * validation issues (`path.to.field: message`).
 */

/** The part of a zod issue that is worded. */
export interface IssueLike {
  path: PropertyKey[];
  message: string;
}

/** One line per issue, `path.to.field: message`; an issue at the root is labelled `root` instead of a path. */
export function issueLines(issues: readonly IssueLike[], root = ''): string[] {
  return issues.map((i) => `${i.path.map(String).join('.') || root}: ${i.message}`);
}
