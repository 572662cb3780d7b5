import * as z from 'zod/mini';

/** One thing wrong with one feature, said so that a newsroom can find and fix it. */
export interface DataProblem {
  index: number;
  featureId?: string;
  path: string;
  message: string;
}

export interface ParsedCollection<T> {
  features: T[];
  problems: DataProblem[];
  version?: string;
  updated?: string;
}

/** The file as a whole is unusable: not JSON, not a FeatureCollection, too large. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

export const MAX_FEATURES = 200_000;

const describe = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value);

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown; properties?: { id?: unknown } }).id ?? (raw as { properties?: { id?: unknown } }).properties?.id;
  return typeof id === 'string' ? id.slice(0, 100) : undefined;
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
    const result = z.safeParse(featureSchema, raw);
    const featureId = idOf(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ index, featureId, path: pathOf(issue.path), message: issue.message });
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

export function formatProblem(problem: DataProblem): string {
  const where = problem.featureId ? `"${problem.featureId}"` : `feature #${problem.index + 1}`;
  return `${where}${problem.path ? ` → ${problem.path}` : ''}: ${problem.message}`;
}
