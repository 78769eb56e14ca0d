/** Reads a workflow file for a command, turning "not found" and JSON errors into problems. */
import { readFile } from 'node:fs/promises';
import { parseWorkflowText } from '../../workflow/parse-text.ts';
import type { Problem } from '../../workflow/problems.ts';

export async function loadWorkflowFile(file: string): Promise<{ raw?: unknown; problem?: Problem }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: { path: '$', code: 'file_not_readable', severity: 'error', message: code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${(err as Error).message}`, hint: 'Check the path; examples are in examples/.' } };
  }
  const { value, problem } = parseWorkflowText(text);
  return problem ? { problem } : { raw: value };
}
