// zod/mini: the same validation as classic zod for a sixth of the bytes, which keeps the app under budget.
import * as z from 'zod/mini';
import { isoDateOf, utcInstant } from '../lib/dates';
import { problemId } from './describe-issue';
import { hasUnseenCharacters, isSourceUrl, UNSEEN } from './source-url';
import { remembered } from '../lib/remembered';

// Read only by the schemas and the lazy panels, so these lists stay out of the first bundle.
export const EVENT_KINDS = ['incident', 'context'] as const;

export const SUPPORTS = [
  'date',
  'time',
  'place',
  'position',
  'killed',
  'injured',
  'perpetrator',
  'claim',
  'attribution',
  'target',
  'statement',
  'account',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type Support = (typeof SUPPORTS)[number];

/** The calendar has no year 0, and the timeline, the UTC line and the calendars read years 0001 to 9999. */
const isRealDate = remembered((value: string): boolean => {
  const instant = utcInstant(value);
  return value >= '0001' && !Number.isNaN(instant.getTime()) && isoDateOf(instant) === value;
});

export const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, problemId('dataProblem.notIsoDate')),
    z.refine(isRealDate, problemId('dataProblem.notRealDate')),
  );

export const localTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, problemId('dataProblem.notTime')));

const isTimeZone = remembered((zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
});

const isHttpsSource = remembered((url: string) => isSourceUrl(url.replace(UNSEEN, '')));
const showsEveryCharacter = remembered((url: string) => !hasUnseenCharacters(url));

export const timeZone = z
  .string()
  .check(z.maxLength(64), z.refine(isTimeZone, problemId('dataProblem.notTimeZone')));

export const slug = z
  .string()
  .check(
    z.maxLength(100, problemId('dataProblem.textTooLong')),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, problemId('dataProblem.notSlug')),
  );

export const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, problemId('dataProblem.notCountry')));

export const httpsUrl = z.string().check(
  z.maxLength(2048),
  z.refine(isHttpsSource, { message: problemId('dataProblem.notHttps'), abort: true }),
  z.refine(showsEveryCharacter, problemId('dataProblem.unseenInUrl')),
);

export const lonLat = z
  .tuple([
    z.number().check(z.gte(-180, problemId('dataProblem.longitude')), z.lte(180, problemId('dataProblem.longitude'))),
    z.number().check(z.gte(-90, problemId('dataProblem.latitude')), z.lte(90, problemId('dataProblem.latitude'))),
  ])
  // zod grows its pair one item at a time, into room for 17; a literal pair holds two numbers (12 MB at 100k).
  .check(z.overwrite(([lon, lat]) => [lon, lat]));

export const count = z.int().check(z.gte(0, problemId('dataProblem.negative')));

export const positiveNumber = (max: number) => z.number().check(z.gt(0, problemId('dataProblem.notPositive')), z.lte(max));
export const radiusKm = z.number().check(z.gte(0, problemId('dataProblem.negative')), z.lte(1000, problemId('dataProblem.tooManyKm')));

const VISIBLE = /[^\s\p{Cc}\p{Cf}\u115f\u1160\u2800\u3164\uffa0]/u;

export const line = (max = 200) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, problemId('dataProblem.empty')),
      z.maxLength(max, problemId('dataProblem.textTooLong')),
      z.refine((text) => !text || VISIBLE.test(text), problemId('dataProblem.onlyInvisible')),
    );

export const list = <T extends z.core.SomeType>(item: T, max: number, min = 0, message?: string) =>
  z.array(item).check(z.minLength(min, message), z.maxLength(max));

export const source = z.object({
  title: line(400),
  publisher: line(200),
  url: httpsUrl,
  date: z.optional(isoDate),
  supports: z.optional(list(z.enum(SUPPORTS), SUPPORTS.length)),
});

export type Source = z.infer<typeof source>;
