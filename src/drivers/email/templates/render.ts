/**
 * Simple `{{name}}` placeholder filling for email templates. Deliberately NOT the workflow
 * expression language: names only, no paths or logic. Values are HTML-escaped for HTML bodies.
 */

/** `{{ name }}` with optional spaces; names are letters, digits and underscores. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_]\w*)\s*\}\}/g;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A variable value as text: strings as-is, null/undefined empty, objects as JSON. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v);
}

/** Replaces each `{{name}}` with its value (empty when absent), HTML-escaped when `html`. */
export function fillPlaceholders(template: string, variables: Record<string, unknown>, html = false): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const text = valueText(Object.hasOwn(variables, name) ? variables[name] : undefined);
    return html ? escapeHtml(text) : text;
  });
}
