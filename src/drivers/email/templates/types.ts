/**
 * The shape of a named email template: subject, text and HTML bodies with `{{name}}`
 * placeholders, and the variables it reads (for the catalogue and for required checks).
 */

/** One variable a template reads. */
export interface TemplateVariable {
  description: string;
  /** When true, sending fails clearly if the variable is missing or empty. */
  required?: boolean;
}

/** A named email template. */
export interface EmailTemplate {
  name: string;
  description: string;
  variables: Record<string, TemplateVariable>;
  subject: string;
  text: string;
  html: string;
}
