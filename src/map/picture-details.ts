import { datasetFileTag, datasetLine, type DatasetIdentity } from '../data/dataset-identity';
import type { SnapshotCaption } from './snapshot';

export function pictureDetails(dataset: DatasetIdentity): Omit<SnapshotCaption, 'title' | 'credits'> {
  return { dataset: datasetLine(dataset), fileTag: datasetFileTag(dataset) };
}
