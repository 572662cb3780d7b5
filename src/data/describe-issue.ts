import type * as z from 'zod/mini';

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
  boolean: 'true or false',
};

/** What the value is, never the value itself: a hostile file's text must not be echoed back, and may be 50 MB. */
function kindOf(value: unknown, received?: unknown): string {
  if (received === 'Infinity' || received === 'NaN') return received === 'NaN' ? 'NaN' : 'an infinite number';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a fraction';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * Zod's own words for a wrong type are "Invalid input"; a newsroom needs to hear what was expected and what
 * the file holds instead. Messages the schema wrote itself ("must be an https:// URL") are kept as they are.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined && !('received' in issue)) return 'is missing';
      const received = 'received' in issue ? issue.received : undefined;
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(input, received)}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value));
      return values.length <= 8 ? `must be one of ${values.join(', ')}` : `is not one of the ${values.length} allowed values`;
    }
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${String(issue.minimum)} items` : wordsFor(issue);
    case 'too_big':
      return issue.origin === 'array' ? `must have at most ${String(issue.maximum)} items` : wordsFor(issue);
    case 'invalid_union':
      return 'does not match any of the forms this field may take (see docs/DATA.md)';
    default:
      return wordsFor(issue);
  }
}

/** Never the bare "Invalid input": the field path is already in the message, so say the value is not usable. */
const wordsFor = (issue: z.core.$ZodIssue) =>
  issue.message && issue.message !== 'Invalid input'
    ? issue.message
    : 'has a value the atlas cannot use here (see docs/DATA.md)';
