import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index';
import { matchingIds } from '../../src/data/search-text';
import { anIncident } from '../fixtures/incident';

const kerman = anIncident('kerman-twin-blasts', { title: 'Twin bombings at the memorial', place: 'Kerman' });
const hidden = anIncident('hidden-kerman', { title: 'A bombing', place: 'Ker\u200bman' });
const baghdad = anIncident('baghdad-strike', { title: 'A drone strike', place: 'Baghdad' });
const events = indexDataset([kerman, hidden, baghdad]);
const matches = (query: string) => {
  const ids = matchingIds(events, [], query);
  return ids && new Set(ids);
};

describe('searching text that carries characters a reader cannot see', () => {
  it('finds a place whose name in the data holds a zero-width space', () => {
    expect(matches('kerman')).toEqual(new Set(['kerman-twin-blasts', 'hidden-kerman']));
  });

  it('reads a query pasted with zero-width, soft-hyphen, joiner, bidi or byte-order characters as the plain word', () => {
    for (const query of [
      'Ker\u200bman',
      'Ker\u00adman',
      '\ufeffKerman',
      'Ker\u2060man',
      'Ker\u200c\u200dman',
      '\u202eKerman\u202c',
      '\u2067Kerman\u2069',
    ]) {
      expect(matches(query), JSON.stringify(query)).toEqual(new Set(['kerman-twin-blasts', 'hidden-kerman']));
    }
  });

  it('treats a query made only of invisible characters as no query at all', () => {
    expect(matches('\u200b\u200d\ufeff')).toBeNull();
  });
});
