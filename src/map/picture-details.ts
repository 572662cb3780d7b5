import { datasetFileTag, datasetLine, type DatasetIdentity } from '../data/dataset-identity';
import type { SnapshotCaption } from './snapshot';

/** A downloaded picture names the dataset it shows (version and date) in its footer and its file name. */
export function pictureDetails(dataset: DatasetIdentity): Omit<SnapshotCaption, 'title' | 'credits'> {
  return { dataset: datasetLine(dataset), fileTag: datasetFileTag(dataset) };
}
