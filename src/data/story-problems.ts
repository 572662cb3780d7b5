import type * as z from 'zod/mini';
import { describeIssue } from './describe-issue';

/** The first few problems of a story file, each with the field it is in. */
export function storyProblems(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join(' → ') || 'the file'}: ${describeIssue(issue)}`)
    .join('; ');
}
