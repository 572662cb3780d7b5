import { t } from '../i18n';
import { formatShortDay } from '../i18n/format';

/** The version and date a dataset declares; every export names them, so a copy can be checked against corrections. */
export interface DatasetIdentity {
  version?: string;
  updated?: string;
}

/** The middle of an export's file name: `data-1.3.1-`, or nothing for a dataset without a version. */
export const datasetFileTag = ({ version }: DatasetIdentity) => (version ? `data-${version}-` : '');

/** "Dataset version 1.3.1, updated 12 Nov 2026", or undefined for a dataset without a version. */
export function datasetLine({ version, updated }: DatasetIdentity): string | undefined {
  if (!version) return undefined;
  return updated && /^\d{4}-\d{2}-\d{2}$/.test(updated)
    ? t('export.versionUpdated', { version, date: formatShortDay(updated) })
    : t('export.version', { version });
}
