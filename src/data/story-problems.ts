import type * as z from 'zod/mini';
import { msg, type MessageDescriptor } from '../i18n/catalogue';
import { describeIssue } from './describe-issue';

/** A story file's first problem, with the field it is in, and how many there are in all. */
export function storyProblems(path: string, issues: readonly z.core.$ZodIssue[]): MessageDescriptor {
  return msg('dataProblem.storyFile', {
    path,
    count: issues.length,
    problem: issues[0] && describeIssue(issues[0], 'file'),
  });
}
