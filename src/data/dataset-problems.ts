/** Names for what can be wrong with a dataset, with no validator attached, so the page shell can say them cheaply. */

import { msg, type MessageDescriptor } from '../i18n/catalogue';

/** One thing wrong with one feature, said so that a newsroom can find and fix it. */
export interface DataProblem {
  index: number;
  featureId?: string;
  path: string;
  /** A whole sentence naming the field (`dataProblem.*`), said in the reader's language or, on the command line, in English. */
  message: MessageDescriptor;
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
    readonly problem?: MessageDescriptor,
  ) {
    super(message);
  }
}

/** The problem with the record it is in: by its id, or by its position when the id is missing or malformed. */
export function formatProblem(problem: DataProblem): MessageDescriptor {
  return problem.featureId
    ? msg('dataStatus.problemInRecord', { id: problem.featureId, problem: problem.message })
    : msg('dataStatus.problemAtPosition', { position: problem.index + 1, problem: problem.message });
}
