import { describe, expect, it } from 'vitest';
import { CATEGORIES, THREADS } from '../../src/data/vocabulary';
import { parseUrlState, serializeUrlState } from '../../src/lib/url-state';
import { MODES } from '../../src/store/view-slice';

const origin = 'https://atlas.example';
const parse = (search: string) =>
  parseUrlState(search, { categories: CATEGORIES, threads: THREADS, modes: MODES, origin });

describe("a link's data= the atlas will not load", () => {
  it('names the other site a full address points to, and loads nothing from it', () => {
    expect(parse('?data=https://elsewhere.example/x.geojson')).toEqual({
      refusedData: { reason: 'other-site', host: 'elsewhere.example' },
    });
    expect(parse('?data=//elsewhere.example:8080/x.geojson')).toEqual({
      refusedData: { reason: 'other-site', host: 'elsewhere.example:8080' },
    });
  });

  it('takes a full address on its own site as that path', () => {
    expect(parse('?data=https://atlas.example/newsroom/x.geojson?v=2').data).toBe('/newsroom/x.geojson?v=2');
  });

  it('calls anything else unreadable without echoing it, and a refusal is never written into a link', () => {
    for (const raw of ['javascript:alert(1)', 'a b.json', 'x'.repeat(600), 'data:,{}']) {
      const state = parse(`?data=${encodeURIComponent(raw)}`);
      expect(state).toEqual({ refusedData: { reason: 'unreadable' } });
      expect(serializeUrlState(state)).toBe('');
    }
  });

  it('keeps a same-site relative path as it is', () => {
    expect(parse('?data=geo/newsroom.geojson')).toEqual({ data: 'geo/newsroom.geojson' });
  });
});
