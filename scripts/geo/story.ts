import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { safeParse } from 'zod/mini';
import { storyFile } from '../../src/data/story-schema';

/** Copies the story file into public/geo, refusing one the app would refuse. */
export async function buildStoryFile(dataDir: string, outDir: string): Promise<void> {
  const raw: unknown = JSON.parse(await readFile(join(dataDir, 'story.json'), 'utf8'));
  const result = safeParse(storyFile, raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${dataDir}/story.json has problems:\n${problems.join('\n')}`);
  }
  await writeFile(join(outDir, 'story.json'), `${JSON.stringify(result.data, null, 2)}\n`);
}
