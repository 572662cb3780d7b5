import { describe, expect, it } from 'vitest';
import { readEmbedMessage } from '../../src/lib/embed-messages';

const host = { name: 'host page' };
const self = { name: 'atlas' };
const stranger = { name: 'another frame' };
const framed = { parent: host, self, hostOrigin: 'https://news.example' };
const from = (data: unknown, source: unknown = host, origin = 'https://news.example') => ({
  data,
  source,
  origin,
});

describe('messages from the page that embeds the atlas', () => {
  it('accepts a select with a valid id and a reset, from the framing page', () => {
    expect(
      readEmbedMessage(from({ type: 'flashpoint:select', id: 'kerman-twin-blasts-2024' }), framed),
    ).toEqual({
      type: 'flashpoint:select',
      id: 'kerman-twin-blasts-2024',
    });
    expect(readEmbedMessage(from({ type: 'flashpoint:reset' }), framed)).toEqual({
      type: 'flashpoint:reset',
    });
  });

  it('ignores the same words from another window or another origin', () => {
    const select = { type: 'flashpoint:select', id: 'kerman-twin-blasts-2024' };
    expect(readEmbedMessage(from(select, stranger), framed)).toBeNull();
    expect(readEmbedMessage(from(select, self), framed)).toBeNull();
    expect(readEmbedMessage(from(select, host, 'https://evil.example'), framed)).toBeNull();
    expect(readEmbedMessage(from(select, host, 'null'), framed)).toBeNull();
  });

  it('ignores everything when the atlas is not framed at all', () => {
    expect(readEmbedMessage(from({ type: 'flashpoint:reset' }, self), { parent: self, self })).toBeNull();
  });

  it('trusts the framing window when the browser does not say its origin', () => {
    const noOrigin = { parent: host, self };
    expect(
      readEmbedMessage(from({ type: 'flashpoint:reset' }, host, 'https://any.example'), noOrigin),
    ).toEqual({
      type: 'flashpoint:reset',
    });
  });

  it.each([
    ['a string', 'flashpoint:reset'],
    ['null', null],
    ['an array', [{ type: 'flashpoint:reset' }]],
    ['an unknown type', { type: 'flashpoint:explode' }],
    ['a type of another product', { type: 'select', id: 'kerman-twin-blasts-2024' }],
    ['a select without id', { type: 'flashpoint:select' }],
    ['a numeric id', { type: 'flashpoint:select', id: 42 }],
    ['an id with markup', { type: 'flashpoint:select', id: '<img src=x onerror=alert(1)>' }],
    ['an id too long', { type: 'flashpoint:select', id: 'a'.repeat(101) }],
    ['extra fields', { type: 'flashpoint:select', id: 'kerman-twin-blasts-2024', html: '<b>' }],
    ['a reset with a payload', { type: 'flashpoint:reset', then: 'javascript:alert(1)' }],
    [
      'a class instance',
      new (class {
        type = 'flashpoint:reset';
      })(),
    ],
  ])('ignores %s', (_label, data) => {
    expect(readEmbedMessage(from(data), framed)).toBeNull();
  });
});
