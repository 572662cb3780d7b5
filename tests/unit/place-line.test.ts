import { describe, expect, it } from 'vitest';
import { namesCountry } from '../../src/features/details/place-line';

describe('the place line of an incident', () => {
  it('adds the country to a place that does not name it', () => {
    expect(namesCountry('Sayyida Zaynab, south of Damascus', 'Syria')).toBe(false);
  });

  it('does not repeat a country the place already ends with or names', () => {
    expect(namesCountry('Near Abu Kamal, Deir ez-Zor, Syria', 'Syria')).toBe(true);
    expect(namesCountry('Khirbet Selm, southern Lebanon', 'Lebanon')).toBe(true);
  });

  it('matches whole names only', () => {
    expect(namesCountry('Iranshahr district', 'Iran')).toBe(false);
  });
});
