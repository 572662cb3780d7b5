import * as z from 'zod/mini';

// Zod stays out of the first bundle: the app's shell needs these names, only the lazy validators need zod.
import { DatasetError, type DataProblem, type ParsedCollection } from './dataset-problems';
import { describeIssue } from './describe-issue';

export { DatasetError, formatProblem, type DataProblem, type ParsedCollection } from './dataset-problems';

export const MAX_FEATURES = 200_000;

const describe = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value);

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown; properties?: { id?: unknown } }).id ?? (raw as { properties?: { id?: unknown } }).properties?.id;
  // Only a well-formed id is echoed: any other (markup, bidi controls, 50 MB of text) is named by its position.
  return typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 100 ? id : undefined;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * Keeps every valid feature and reports every invalid one by id and field path, so one bad row never hides
 * the rest of a dataset.
 */
export function parseFeatureCollection<T extends { id: string }>(
  json: unknown,
  featureSchema: z.ZodMiniType<T, unknown>,
  label: string,
): ParsedCollection<T> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new DatasetError(`${label} must be a GeoJSON FeatureCollection, but the file holds ${describe(json)}.`);
  }
  const collection = json as { type?: unknown; features?: unknown; version?: unknown; updated?: unknown };
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new DatasetError(`${label} must be a GeoJSON FeatureCollection with a "features" array.`);
  }
  if (collection.features.length > MAX_FEATURES) {
    throw new DatasetError(
      `${label} has ${collection.features.length.toLocaleString('en')} features; the atlas draws at most ${MAX_FEATURES.toLocaleString('en')}.`,
    );
  }

  const features: T[] = [];
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  collection.features.forEach((raw: unknown, index) => {
    const result = z.safeParse(featureSchema, raw, { reportInput: true });
    const featureId = idOf(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ index, featureId, path: pathOf(issue.path), message: describeIssue(issue) });
      }
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push({ index, featureId, path: 'id', message: `duplicates an earlier feature's id` });
      return;
    }
    seen.add(result.data.id);
    features.push(result.data);
  });

  return {
    features,
    problems,
    version: typeof collection.version === 'string' ? collection.version.slice(0, 40) : undefined,
    updated: typeof collection.updated === 'string' ? collection.updated.slice(0, 40) : undefined,
  };
}
