// A refused payload, worded for the person who will read it. The message is the schema's own when
// it wrote one ("That link is too long."), else a plain rewording of zod's default; it never names
// the internal field that was refused ("source", "path.value"): those names mean nothing to a
// person and leak how the contract is built.
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** zod's own English messages begin like this; a schema's custom message does not. */
const zodDefault =
  /^(Invalid input|Invalid option|Too big|Too small|Unrecognized key|Invalid (string|number|format))/;

/** The words for zod's default messages, from the issue's kind and bounds. */
function plainWording(issue: Issue): string {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string')
        return `That is too long: ${issue.maximum.toLocaleString('en')} characters at most.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `That is too many: ${issue.maximum.toLocaleString('en')} at most.`;
      return `That number is too large: ${issue.maximum.toLocaleString('en')} at most.`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'That cannot be empty.'
          : `That is too short: ${issue.minimum.toLocaleString('en')} characters at least.`;
      if (issue.origin === 'array' || issue.origin === 'set') return 'Choose at least one.';
      return `That number is too small: ${issue.minimum.toLocaleString('en')} at least.`;
    case 'invalid_value':
      return 'That is not one of the choices Trailerdeck offers.';
    case 'unrecognized_keys':
      return 'The window sent a setting Trailerdeck does not know. Reload the window and try again.';
    default:
      return 'The window sent something Trailerdeck could not read. Reload the window and try again.';
  }
}

/** Which input was refused, as its path ("tmdbBaseUrl", "path.value"), for forms; never shown. */
export function invalidInputField(error: z.ZodError): string | undefined {
  const path = error.issues[0]?.path ?? [];
  return path.length > 0 ? path.map(String).join('.') : undefined;
}

/** The message for the first refused value of a payload. */
export function invalidInputMessage(error: z.ZodError): string {
  const issue = error.issues[0] as Issue | undefined;
  if (!issue) return 'The window sent something Trailerdeck could not read. Reload the window and try again.';
  const text = zodDefault.test(issue.message) ? plainWording(issue) : issue.message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
