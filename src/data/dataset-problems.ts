/** Names for what can be wrong with a dataset, with no validator attached, so the page shell can say them cheaply. */

import type { MessageDescriptor } from '../i18n/catalogue';

/** One thing wrong with one feature, said so that a newsroom can find and fix it. */
export interface DataProblem {
  index: number;
  featureId?: string;
  path: string;
  message: string;
}

export interface ParsedCollection<T> {
  features: T[];
  problems: DataProblem[];
  version?: string;
  updated?: string;
}

/** The file as a whole is unusable: not JSON, not a FeatureCollection, too large. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(
    message: string,
    /** The same, for the reader's language, where the browser threw it (the command-line check speaks English). */
    readonly problem?: MessageDescriptor,
  ) {
    super(message);
  }
}

export function formatProblem(problem: DataProblem): string {
  const where = problem.featureId ? `"${problem.featureId}"` : `feature #${problem.index + 1}`;
  return `${where}${problem.path ? ` → ${problem.path}` : ''}: ${problem.message}`;
}
