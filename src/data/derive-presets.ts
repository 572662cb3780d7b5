import { formatMonth } from '../i18n/format';
import { addDays, addMonths } from '../lib/dates';
import type { EventFeature } from './event-schema';
import type { StoryPreset } from './story-schema';

const MAX_PRESETS = 4;

/** For a dataset without a story file: its latest years, else months, holding at least one incident each. */
export function derivePresets(events: readonly EventFeature[]): StoryPreset[] {
  if (!events.length) return [];
  const dates = events.map((event) => event.properties.date);
  const years = [...new Set(dates.map((date) => date.slice(0, 4)))].sort();
  if (years.length > 1) {
    return years
      .slice(-MAX_PRESETS)
      .map((year) => ({ label: year, from: `${year}-01-01`, to: `${year}-12-31` }));
  }
  const months = [...new Set(dates.map((date) => date.slice(0, 7)))].sort();
  if (months.length < 2) return [];
  return months.slice(-MAX_PRESETS).map((month) => {
    const first = `${month}-01`;
    return { label: formatMonth(first, true), from: first, to: addDays(addMonths(first, 1), -1) };
  });
}
