const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the place already names its country ("Al Asad Air Base, Anbar, Iraq", "Khirbet Selm, southern Lebanon"),
 * whole words only, so the place line never reads "Iraq, Iraq".
 */
export function namesCountry(place: string, country: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${escapeRegExp(country)}($|[^\\p{L}])`, 'u').test(place);
}
