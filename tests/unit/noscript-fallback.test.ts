import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noscriptBlock, readBundledEvents, STATIC_MAP_PICTURE } from '../../scripts/build/noscript-plugin';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('what a reader without JavaScript gets', () => {
  it('lists every incident of the bundled dataset, oldest first, with its date', () => {
    const events = readBundledEvents();
    const page = parse(noscriptBlock(events));
    const items = [...page.querySelectorAll('.noscript__list li')];
    expect(items).toHaveLength(events.length);
    const dates = items.map((item) => item.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort());
    const kerman = events.find((event) => event.properties.id === 'kerman-twin-blasts-2024')!;
    expect(items.some((item) => item.textContent?.includes(kerman.properties.title))).toBe(true);
    expect(page.querySelector('h2')!.textContent).toBe(`The ${events.length} incidents, oldest first`);
  });

  it('shows the committed picture of the opening map with real alt text', () => {
    const image = parse(noscriptBlock([])).querySelector('img')!;
    expect(image.getAttribute('src')).toBe(STATIC_MAP_PICTURE);
    expect(existsSync(`public/${STATIC_MAP_PICTURE}`)).toBe(true);
    expect(image.getAttribute('alt')!.length).toBeGreaterThan(100);
    expect(image.hasAttribute('width') && image.hasAttribute('height')).toBe(true);
  });

  it('writes a record’s text as text, never as markup, and no inline script or style', () => {
    const html = noscriptBlock([
      {
        properties: { id: 'x', title: '<img src=x onerror=alert(1)>', date: '2024-01-03', place: 'A & "B"' },
      },
    ]);
    const page = parse(html);
    expect(page.querySelectorAll('img')).toHaveLength(1);
    expect(page.querySelector('li')!.textContent).toContain('<img src=x onerror=alert(1)> (A & "B")');
    expect(page.querySelectorAll('script, style, [style]')).toHaveLength(0);
    const handlers = [...page.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
  });
});
