import { translate, type MessageDescriptor } from '../../i18n';

/** A failure the data layer worded for readers carries its message, translated here in the reader's language. */
export type DataFailure = Error & { problem?: MessageDescriptor };

/** The data layer's own words for its failures; anything else is a fault of the atlas, not of the reader. */
export const readerMessage = (error: DataFailure, unexpected: string): string => {
  if (error.name !== 'FetchError' && error.name !== 'DatasetError') return unexpected;
  return error.problem ? translate(error.problem) : error.message;
};
