import { describe, expect, it } from 'vitest';
import { openAtlas, type OpenOptions } from './driver';

const KERMAN = /Twin bombings at the Soleimani memorial/;

async function explore(options: OpenOptions = {}) {
  const atlas = await openAtlas(options);
  await atlas.waitForMapIdle();
  await atlas.waitForList();
  return atlas;
}

describe('the atlas for readers using assistive technology', () => {
  it('has no axe violations while exploring', async () => {
    const atlas = await explore();
    expect(await atlas.axeViolations()).toEqual([]);
  });

  it('has no axe violations with an incident open', async () => {
    const atlas = await explore();
    await atlas.openIncident(KERMAN);
    await atlas.waitForMapIdle();
    expect(await atlas.axeViolations()).toEqual([]);
  });

  it('has no axe violations in the dark theme', async () => {
    const atlas = await explore({ colorScheme: 'dark' });
    expect(await atlas.axeViolations()).toEqual([]);
  });

  it('has no axe violations on a phone, list and incident', async () => {
    const atlas = await explore({ viewport: { width: 390, height: 844 } });
    expect(await atlas.axeViolations()).toEqual([]);
    await atlas.openIncident(KERMAN);
    expect(await atlas.axeViolations()).toEqual([]);
  });

  it.each([
    [320, 'light'],
    [320, 'dark'],
    [400, 'light'],
    [400, 'dark'],
    [900, 'light'],
    [900, 'dark'],
  ] as const)(
    'has no axe violations in the embed at %i px (%s), with the incident card open',
    async (width, scheme) => {
      const atlas = await openAtlas({
        path: 'embed.html?event=kerman-twin-blasts-2024',
        viewport: { width, height: 700 },
        colorScheme: scheme,
      });
      await atlas.waitForMapIdle();
      await atlas.expectDetailShows(KERMAN);
      expect(await atlas.axeViolations()).toEqual([]);
    },
  );

  it.each(['light', 'dark'] as const)(
    'has no axe violations in present mode (%s), blanked or not',
    async (scheme) => {
      const atlas = await openAtlas({
        path: '?mode=present&step=7',
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      await atlas.waitForChapter(7);
      expect(await atlas.axeViolations()).toEqual([]);
      await atlas.press('b');
      await expect.poll(() => atlas.blankScreen()).toBe('black');
      expect(await atlas.axeViolations()).toEqual([]);
    },
  );

  it('has no axe violations in the presenter view', async () => {
    const atlas = await openAtlas({ path: '?mode=present&step=2', reducedMotion: 'reduce' });
    await atlas.waitForChapter(2);
    const presenter = await atlas.openPresenterView();
    await presenter.waitForChapter(2);
    expect(await presenter.axeViolations()).toEqual([]);
  });
});
