import { t } from '../i18n';
import { formatShortDay } from '../i18n/format';

/** Every export names them, so a copy can be checked against corrections. */
export interface DatasetIdentity {
  version?: string;
  updated?: string;
}

export const datasetFileTag = ({ version }: DatasetIdentity) => (version ? `data-${version}-` : '');

export function datasetLine({ version, updated }: DatasetIdentity): string | undefined {
  if (!version) return undefined;
  return updated && /^\d{4}-\d{2}-\d{2}$/.test(updated)
    ? t('export.versionUpdated', { version, date: formatShortDay(updated) })
    : t('export.version', { version });
}
