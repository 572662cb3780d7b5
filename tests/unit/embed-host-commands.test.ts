import { describe, expect, it } from 'vitest';
import { readHostCommand } from '../../src/lib/embed/host-commands';

const host = { name: 'host page' };
const self = { name: 'atlas' };
const stranger = { name: 'another frame' };
const framed = { parent: host, self, hostOrigin: 'https://news.example' };
const vocabulary = { categories: ['bombing', 'drone-strike'], threads: ['red-sea', 'kerman-2024'] };
const from = (data: unknown, source: unknown = host, origin = 'https://news.example') => ({
  data,
  source,
  origin,
});
const read = (data: unknown, context = framed) => readHostCommand(from(data), context, vocabulary);

describe('commands from the page that embeds the atlas', () => {
  it('reads every documented command, version 1', () => {
    expect(read({ atlas: 1, command: 'open-incident', incident: 'kerman-twin-blasts-2024' })).toEqual({
      command: 'open-incident',
      incident: 'kerman-twin-blasts-2024',
    });
    expect(read({ atlas: 1, command: 'close-incident' })).toEqual({ command: 'close-incident' });
    expect(read({ atlas: 1, command: 'go-to-chapter', chapter: 'red-sea' })).toEqual({
      command: 'go-to-chapter',
      chapter: 'red-sea',
    });
    expect(read({ atlas: 1, command: 'set-theme', theme: 'auto' })).toEqual({
      command: 'set-theme',
      theme: 'auto',
    });
    expect(read({ atlas: 1, command: 'reset' })).toEqual({ command: 'reset' });
    expect(read({ atlas: 1, command: 'hello' })).toEqual({ command: 'hello' });
    expect(
      read({
        atlas: 1,
        command: 'set-filters',
        threads: ['red-sea'],
        categories: ['bombing'],
        search: 'Houthi',
        from: '2023-11-01',
        to: '2024-01-31',
      }),
    ).toEqual({
      command: 'set-filters',
      threads: ['red-sea'],
      categories: ['bombing'],
      search: 'Houthi',
      from: '2023-11-01',
      to: '2024-01-31',
    });
  });

  it('ignores the same words from another window or another origin', () => {
    const open = { atlas: 1, command: 'open-incident', incident: 'kerman-twin-blasts-2024' };
    expect(readHostCommand(from(open, stranger), framed, vocabulary)).toBeNull();
    expect(readHostCommand(from(open, self), framed, vocabulary)).toBeNull();
    expect(readHostCommand(from(open, host, 'https://evil.example'), framed, vocabulary)).toBeNull();
    expect(readHostCommand(from(open, host, 'null'), framed, vocabulary)).toBeNull();
  });

  it('ignores everything when the atlas is not framed at all', () => {
    expect(
      readHostCommand(from({ atlas: 1, command: 'reset' }, self), { parent: self, self }, vocabulary),
    ).toBeNull();
  });

  it('trusts the framing window when its origin is not known yet', () => {
    const noOrigin = { parent: host, self };
    expect(
      readHostCommand(
        from({ atlas: 1, command: 'reset' }, host, 'https://any.example'),
        noOrigin,
        vocabulary,
      ),
    ).toEqual({ command: 'reset' });
  });

  it.each([
    ['a string', 'reset'],
    ['null', null],
    ['an array', [{ atlas: 1, command: 'reset' }]],
    ['no version', { command: 'reset' }],
    ['a future version', { atlas: 2, command: 'reset' }],
    ['the version as text', { atlas: '1', command: 'reset' }],
    ['an unknown command', { atlas: 1, command: 'explode' }],
    ['a command named after Object.prototype', { atlas: 1, command: 'toString' }],
    ['an open without incident', { atlas: 1, command: 'open-incident' }],
    ['a numeric incident', { atlas: 1, command: 'open-incident', incident: 42 }],
    [
      'an incident with markup',
      { atlas: 1, command: 'open-incident', incident: '<img src=x onerror=alert(1)>' },
    ],
    ['an incident too long', { atlas: 1, command: 'open-incident', incident: 'a'.repeat(101) }],
    [
      'extra fields',
      { atlas: 1, command: 'open-incident', incident: 'kerman-twin-blasts-2024', html: '<b>' },
    ],
    ['a reset with a payload', { atlas: 1, command: 'reset', then: 'javascript:alert(1)' }],
    ['an unknown theme', { atlas: 1, command: 'set-theme', theme: 'sepia' }],
    ['an unknown thread', { atlas: 1, command: 'set-filters', threads: ['mars'] }],
    ['threads as text', { atlas: 1, command: 'set-filters', threads: 'red-sea' }],
    ['a window with one end', { atlas: 1, command: 'set-filters', from: '2024-01-01' }],
    ['a window backwards', { atlas: 1, command: 'set-filters', from: '2024-02-01', to: '2024-01-01' }],
    ['an impossible date', { atlas: 1, command: 'set-filters', from: '2024-02-30', to: '2024-03-01' }],
    ['a search too long', { atlas: 1, command: 'set-filters', search: 'x'.repeat(101) }],
    [
      'a class instance',
      new (class {
        atlas = 1;
        command = 'reset';
      })(),
    ],
  ])('ignores %s', (_label, data) => {
    expect(read(data)).toBeNull();
  });
});
