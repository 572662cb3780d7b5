import { describe, expect, it } from 'vitest';
import { placeLine } from '../../src/features/details/place-line';

describe('the place line of an incident', () => {
  it('adds the country to a place that does not name it', () => {
    expect(placeLine('Sayyida Zaynab, south of Damascus', 'Syria')).toBe(
      'Sayyida Zaynab, south of Damascus, Syria',
    );
  });

  it('does not repeat a country the place already ends with or names', () => {
    expect(placeLine('Near Abu Kamal, Deir ez-Zor, Syria', 'Syria')).toBe(
      'Near Abu Kamal, Deir ez-Zor, Syria',
    );
    expect(placeLine('Khirbet Selm, southern Lebanon', 'Lebanon')).toBe('Khirbet Selm, southern Lebanon');
  });

  it('matches whole names only', () => {
    expect(placeLine('Iranshahr district', 'Iran')).toBe('Iranshahr district, Iran');
  });
});
