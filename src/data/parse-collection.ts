import * as z from 'zod/mini';

// Zod stays out of the first bundle: the app's shell needs these names, only the lazy validators need zod.
import { msg, type MessageDescriptor } from '../i18n/catalogue';
import { DatasetError, type DataProblem, type ParsedCollection } from './dataset-problems';
import { describeIssue, pathOf } from './describe-issue';
import { timeSlices } from '../lib/time-slices';

export { DatasetError, formatProblem, type DataProblem, type ParsedCollection } from './dataset-problems';

export const MAX_FEATURES = 200_000;

const kindOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** Which collection a whole-file problem names (the catalogue's `dataProblem.*` messages name it through a select). */
export type CollectionFile = 'events' | 'places' | 'lanes';

/** Its message is the id; the reader's words are `problem`, rendered where it is shown. */
const unusable = (problem: MessageDescriptor) => new DatasetError(problem.id, problem);

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown; properties?: { id?: unknown } }).id ?? (raw as { properties?: { id?: unknown } }).properties?.id;
  // Only a well-formed id is echoed: any other (markup, bidi controls, 50 MB of text) is named by its position.
  return typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 100 ? id : undefined;
}

function collector<T extends { id: string }>(
  json: unknown,
  featureSchema: z.ZodMiniType<T, unknown>,
  file: CollectionFile,
) {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw unusable(msg('dataProblem.notACollection', { file, received: kindOf(json) }));
  }
  const collection = json as { type?: unknown; features?: unknown; version?: unknown; updated?: unknown };
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw unusable(msg('dataProblem.noFeatures', { file }));
  }
  if (collection.features.length > MAX_FEATURES) {
    throw unusable(
      msg('dataProblem.tooManyFeatures', { file, count: collection.features.length, limit: MAX_FEATURES }),
    );
  }

  const features: T[] = [];
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  const take = (raw: unknown, index: number) => {
    const result = z.safeParse(featureSchema, raw, { reportInput: true });
    const featureId = idOf(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ index, featureId, path: pathOf(issue.path), message: describeIssue(issue) });
      }
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push({ index, featureId, path: 'id', message: msg('dataProblem.duplicateId', { field: 'id' }) });
      return;
    }
    seen.add(result.data.id);
    features.push(result.data);
  };
  const result = (): ParsedCollection<T> => ({
    features,
    problems,
    version: typeof collection.version === 'string' ? collection.version.slice(0, 40) : undefined,
    updated: typeof collection.updated === 'string' ? collection.updated.slice(0, 40) : undefined,
  });
  return { raw: collection.features as unknown[], take, result };
}

/**
 * Keeps every valid feature and reports every invalid one by id and field path, so one bad row never hides
 * the rest of a dataset.
 */
export function parseFeatureCollection<T extends { id: string }>(
  json: unknown,
  featureSchema: z.ZodMiniType<T, unknown>,
  file: CollectionFile,
): ParsedCollection<T> {
  const { raw, take, result } = collector(json, featureSchema, file);
  raw.forEach(take);
  return result();
}

/**
 * The same, giving the page a turn every few milliseconds: checking 100,000 incidents takes seconds, during
 * which the map would otherwise neither draw its basemap nor ask its worker for tiles.
 */
export async function parseFeatureCollectionInSlices<T extends { id: string }>(
  json: unknown,
  featureSchema: z.ZodMiniType<T, unknown>,
  file: CollectionFile,
  signal?: AbortSignal,
  sliceMs?: number,
): Promise<ParsedCollection<T>> {
  const { raw, take, result } = collector(json, featureSchema, file);
  const slices = timeSlices(signal, sliceMs);
  for (let index = 0; index < raw.length; index += 1) {
    if (slices.due()) await slices.next();
    take(raw[index], index);
  }
  return result();
}
