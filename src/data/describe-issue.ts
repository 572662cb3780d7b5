import type * as z from 'zod/mini';
import { msg, type MessageDescriptor, type MessageId } from '../i18n/catalogue';

/**
 * A schema's own words for a problem are a catalogue id (`dataProblem.*`), never English: zod keeps a message as a
 * string, and describeIssue turns it back into a message with the field and the issue's bounds as its values.
 */
export const problemId = (id: MessageId): string => id;

const isProblemId = (text: string | undefined): text is MessageId => !!text?.startsWith('dataProblem.');

/** Where a problem is inside its record: `properties.sources[0].url`. */
export function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** What the value is, never the value itself: a hostile file's text must not be echoed back, and may be 50 MB. */
function kindOf(value: unknown, received?: unknown): string {
  if (received === 'NaN') return 'NaN';
  if (received === 'Infinity') return 'infinite';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'fraction';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value;
}

/** Whose problem it is when the issue sits on the whole value: a record of a dataset, or a whole file. */
export type ProblemScope = 'record' | 'file';

/**
 * Zod's own words for a wrong type are "Invalid input"; a newsroom needs to hear what was expected and what
 * the file holds instead, as one sentence that names the field.
 */
export function describeIssue(issue: z.core.$ZodIssue, scope: ProblemScope = 'record'): MessageDescriptor {
  const field = pathOf(issue.path);
  const bounds = {
    field,
    minimum: 'minimum' in issue ? Number(issue.minimum) : undefined,
    maximum: 'maximum' in issue ? Number(issue.maximum) : undefined,
  };
  if (isProblemId(issue.message)) return msg(issue.message, bounds);
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined && !('received' in issue)) return msg('dataProblem.missing', { field });
      const received = kindOf(input, 'received' in issue ? issue.received : undefined);
      return field
        ? msg('dataProblem.wrongType', { field, expected: issue.expected, received })
        : msg('dataProblem.wholeWrongType', { scope, expected: issue.expected, received });
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value));
      return values.length <= 8
        ? msg('dataProblem.oneOf', { field, values: values.join(', ') })
        : msg('dataProblem.notAllowed', { field, count: values.length });
    }
    case 'too_small':
      return issue.origin === 'array' ? msg('dataProblem.tooFewItems', bounds) : unusable(field, scope);
    case 'too_big':
      return issue.origin === 'array' ? msg('dataProblem.tooManyItems', bounds) : unusable(field, scope);
    case 'invalid_union':
      return msg('dataProblem.noForm', { field });
    default:
      return unusable(field, scope);
  }
}

/** Never the bare "Invalid input": say the value is not usable, and where to read what it may hold. */
const unusable = (field: string, scope: ProblemScope) =>
  field ? msg('dataProblem.unusable', { field }) : msg('dataProblem.wholeUnusable', { scope });
