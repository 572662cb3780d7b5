/** docs/DATA.md explains each value for newsrooms. */
export const CATEGORIES = [
  'bombing',
  'drone-strike',
  'airstrike',
  'missile-strike',
  'rocket-attack',
  'drone-attack',
  'maritime-attack',
  'hijacking',
  'crowd-crush',
  'shootdown',
  'siege',
  'military-operation',
  'assassination',
  'protest',
  'funeral',
  'claim',
  'war',
] as const;

export const THREADS = ['soleimani-2020', 'iraq-syria-bases', 'red-sea', 'kerman-2024', 'proxies'] as const;

/** `none`: placed only in words too vague to draw ("northern Red Sea"); geometry is null. */
export const PRECISIONS = ['site', 'facility', 'city', 'region', 'offset', 'none'] as const;


export const PLACE_KINDS = [
  'city',
  'capital',
  'airport',
  'base',
  'chokepoint',
  'port',
  'cemetery',
  'region',
  'embassy',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type Thread = (typeof THREADS)[number];
export type Precision = (typeof PRECISIONS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
