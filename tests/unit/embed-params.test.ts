import { describe, expect, it } from 'vitest';
import { parseEmbedParams, readOrigin, serializeEmbedParams } from '../../src/lib/embed/embed-params';
import { pymMessage, readPymMessage, sizingMessages } from '../../src/lib/embed/sizing-messages';

describe('the link parameters of an embed', () => {
  it('reads a preset embed and writes it back the same', () => {
    const search =
      '?chapter=red-sea&stepper=1&legend=open&interactive=0&height=480&id=kerman-map&host=https://news.example';
    const params = parseEmbedParams(search);
    expect(params).toEqual({
      chapter: 'red-sea',
      stepper: true,
      legendOpen: true,
      interactive: false,
      height: 480,
      id: 'kerman-map',
      host: 'https://news.example',
    });
    expect(serializeEmbedParams(params)).toBe(search);
  });

  it('keeps the ordinary link parameters in front', () => {
    expect(serializeEmbedParams({ legendOpen: true }, '?mode=embed&thread=red-sea')).toBe(
      '?mode=embed&thread=red-sea&legend=open',
    );
  });

  it('reads the childId a pym.js Parent adds, and ignores its other parameters', () => {
    expect(parseEmbedParams('?initialWidth=600&childId=atlas-1&parentTitle=x&parentUrl=y')).toEqual({
      childId: 'atlas-1',
    });
  });

  it.each([
    ['a host with a path', '?host=https://news.example/article'],
    ['a host that is not http', '?host=javascript:alert(1)'],
    ['a height out of range', '?height=50'],
    ['a height with units', '?height=400px'],
    ['an id with markup', '?id=<b>'],
    ['a chapter with spaces', '?chapter=red%20sea'],
    ['interactive spelt otherwise', '?interactive=no'],
    ['a legend otherwise', '?legend=1'],
  ])('drops %s', (_label, search) => {
    expect(parseEmbedParams(search)).toEqual({});
  });

  it('accepts only an exact http(s) origin as the host', () => {
    expect(readOrigin('http://127.0.0.1:4300')).toBe('http://127.0.0.1:4300');
    expect(readOrigin('https://news.example/')).toBeNull();
    expect(readOrigin('null')).toBeNull();
  });
});

describe('the content height in the dialects hosts listen for', () => {
  it('speaks the atlas event, AMP and Datawrapper, and pym.js when a pym Parent framed it', () => {
    expect(sizingMessages(612.3, { id: 'kerman-map', childId: 'atlas-1' })).toEqual([
      { atlas: 1, id: 'kerman-map', event: 'height', height: 613 },
      { sentinel: 'amp', type: 'embed-size', height: 613 },
      { 'datawrapper-height': { 'kerman-map': 613 } },
      'pymxPYMxatlas-1xPYMxheightxPYMx613',
    ]);
    expect(sizingMessages(400, { id: null, childId: null })).toHaveLength(3);
  });

  it("reads a pym.js Parent's width message to this child only", () => {
    expect(readPymMessage(pymMessage('atlas-1', 'width', '600'), 'atlas-1')).toEqual({
      type: 'width',
      payload: '600',
    });
    expect(readPymMessage(pymMessage('atlas-2', 'width', '600'), 'atlas-1')).toBeNull();
    expect(readPymMessage({ width: 600 }, 'atlas-1')).toBeNull();
  });
});
