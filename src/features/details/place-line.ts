import { t } from '../../i18n';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The place, followed by its country unless the place already names it ("Al Asad Air Base, Anbar, Iraq",
 * "Khirbet Selm, southern Lebanon"), so the line never reads "Iraq, Iraq".
 */
export function placeLine(place: string, country: string): string {
  const named = new RegExp(`(^|[^\\p{L}])${escapeRegExp(country)}($|[^\\p{L}])`, 'u').test(place);
  return named ? place : t('location.placeInCountry', { place, country });
}
