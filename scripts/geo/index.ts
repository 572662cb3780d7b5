// `npm run geo`: regenerates everything under public/geo from the npm data packages and data/.
import { mkdir } from 'node:fs/promises';
import { buildBasemap } from './basemap';
import { buildChangelog } from './changelog';
import { buildStoryData } from './events';
import { buildLanes } from './lanes';
import { buildStoryFile } from './story';

const only = new Set(process.argv.slice(2));
const wants = (part: string) => only.size === 0 || only.has(part);

await mkdir('public/geo/basemap', { recursive: true });
if (wants('basemap')) await buildBasemap('public/geo/basemap');
if (wants('lanes')) await buildLanes('public/geo/lanes.geojson');
if (wants('story')) {
  try {
    await buildStoryData('data', 'public/geo');
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  await buildChangelog('public/geo');
  await buildStoryFile('data', 'public/geo');
}
