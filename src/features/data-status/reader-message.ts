import { translate, type MessageDescriptor } from '../../i18n';

export type DataFailure = Error & { problem?: MessageDescriptor };

export const readerMessage = (error: DataFailure, unexpected: string): string => {
  if (error.name !== 'FetchError' && error.name !== 'DatasetError') return unexpected;
  return error.problem ? translate(error.problem) : error.message;
};
