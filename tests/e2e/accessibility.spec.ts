import AxeBuilder from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, type Atlas, type OpenOptions } from './driver';

/** Every axe violation on the page, said in one line each so a failure reads as a to-do list. */
async function violations(atlas: Atlas): Promise<string[]> {
  const results = await new AxeBuilder({ page: atlas.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help}`,
    ),
  );
}

async function explore(options: OpenOptions = {}) {
  const atlas = await openAtlas(options);
  await atlas.waitForMapIdle();
  await atlas.page.locator('#event-list button').first().waitFor();
  return atlas;
}

describe('the atlas for readers using assistive technology', () => {
  let atlas: Atlas | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('has no axe violations while exploring', async () => {
    atlas = await explore();
    expect(await violations(atlas)).toEqual([]);
  });

  it('has no axe violations with an incident open', async () => {
    atlas = await explore();
    await atlas.page.getByRole('button', { name: /Twin bombings at the Soleimani memorial/ }).click();
    await atlas.page.getByRole('article').waitFor();
    await atlas.waitForMapIdle();
    expect(await violations(atlas)).toEqual([]);
  });

  it('has no axe violations in the dark theme', async () => {
    atlas = await explore({ colorScheme: 'dark' });
    expect(await violations(atlas)).toEqual([]);
  });

  it('has no axe violations on a phone', async () => {
    atlas = await explore({ viewport: { width: 390, height: 844 } });
    expect(await violations(atlas)).toEqual([]);
  });
});
