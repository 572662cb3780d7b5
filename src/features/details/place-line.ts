const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole words only ("Al Asad Air Base, Anbar, Iraq"), so the place line never reads "Iraq, Iraq". */
export function namesCountry(place: string, country: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${escapeRegExp(country)}($|[^\\p{L}])`, 'u').test(place);
}
