// Everything that needs zod, behind one dynamic import: it downloads while the data does, not before first paint.
import { section } from 'virtual:atlas-catalogue-section/dataProblems';
import { addCatalogueSection } from '../i18n/add-catalogue-section';

/** The words for the problems these checks find travel with them, out of the first bundle. */
export const problemWords = addCatalogueSection(section);
export { safeParse } from 'zod/mini';
export { changelogFile } from './changelog-schema';
export { checkEvents } from './dataset-checks';
export { eventFeature } from './event-schema';
export { parseFeatureCollection, parseFeatureCollectionInSlices } from './parse-collection';
export { storyFile } from './story-schema';
export { storyProblems } from './story-problems';
export { actorsFile, laneFeature, placeFeature } from './place-schema';
