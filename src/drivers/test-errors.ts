/**
 * Test support for drivers: assertions on the AutoflowErrors an operation fails with (a
 * predicate for `assert.rejects`, and awaited checks of the code, message and details).
 */
import assert from 'node:assert/strict';
import { AutoflowError } from '../platform/errors.ts';

/** A predicate for `assert.rejects`/`throws`: an AutoflowError whose data passes `check`. */
export function isError(check: (d: AutoflowError['data']) => boolean): (e: unknown) => boolean {
  return (e) => e instanceof AutoflowError && check(e.data);
}

/** Asserts that `p` rejects with an AutoflowError, then runs `check` on it. */
export async function rejectsWith(p: Promise<unknown>, check: (e: AutoflowError) => void): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof AutoflowError, String(err));
    check(err);
    return true;
  });
}

/** Asserts that `p` rejects with an AutoflowError of `code` whose message mentions every fragment. */
export function rejectsWithCode(p: Promise<unknown>, code: string, ...fragments: string[]): Promise<void> {
  return rejectsWith(p, (err) => {
    assert.equal(err.data.code, code, err.message);
    for (const f of fragments) assert.ok(err.message.includes(f), `${err.message} should mention ${f}`);
  });
}
