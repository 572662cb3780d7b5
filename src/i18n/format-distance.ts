import { KM_PER_MILE } from '../lib/units';
import { formatNumber } from './format';
import { t } from './i18n';

// Apart from format.ts: only the lazily loaded distance tool measures.

const unit = (value: number, name: 'kilometer' | 'mile') =>
  formatNumber(value, { style: 'unit', unit: name, maximumFractionDigits: 0 });

export function formatDistance(km: number): string {
  return t('format.distance', { kilometres: unit(km, 'kilometer'), miles: unit(km / KM_PER_MILE, 'mile') });
}
