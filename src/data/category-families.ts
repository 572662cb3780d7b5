import type { MessageId } from '../i18n/catalogue';
import type { Category } from './vocabulary';

/**
 * Each family has its own shape AND colour, so a reader who cannot tell the colours apart can tell the
 * shapes.
 */
export const FAMILIES = ['bombing', 'air-strike', 'attack-on-base', 'at-sea', 'other'] as const;
export type Family = (typeof FAMILIES)[number];

export const FAMILY_OF: Record<Category, Family> = {
  bombing: 'bombing',
  'crowd-crush': 'bombing',
  assassination: 'bombing',
  airstrike: 'air-strike',
  'drone-strike': 'air-strike',
  'missile-strike': 'air-strike',
  shootdown: 'air-strike',
  'rocket-attack': 'attack-on-base',
  'drone-attack': 'attack-on-base',
  siege: 'attack-on-base',
  'maritime-attack': 'at-sea',
  hijacking: 'at-sea',
  'military-operation': 'other',
  protest: 'other',
  funeral: 'other',
  claim: 'other',
  war: 'other',
};

export const FAMILY_LABEL: Record<Family, MessageId> = {
  bombing: 'family.bombing',
  'air-strike': 'family.air-strike',
  'attack-on-base': 'family.attack-on-base',
  'at-sea': 'family.at-sea',
  other: 'family.other',
};

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const FAMILY_COLOUR: Record<Family, { light: string; dark: string }> = {
  bombing: { light: '#c2410c', dark: '#fb923c' },
  'air-strike': { light: '#0061a3', dark: '#56b4e9' },
  'attack-on-base': { light: '#a16207', dark: '#f0c23b' },
  'at-sea': { light: '#00795a', dark: '#34d3a6' },
  other: { light: '#9d3d7a', dark: '#e79cc7' },
};

export const CATEGORY_LABEL: Record<Category, MessageId> = {
  bombing: 'category.bombing',
  'drone-strike': 'category.drone-strike',
  airstrike: 'category.airstrike',
  'missile-strike': 'category.missile-strike',
  'rocket-attack': 'category.rocket-attack',
  'drone-attack': 'category.drone-attack',
  'maritime-attack': 'category.maritime-attack',
  hijacking: 'category.hijacking',
  'crowd-crush': 'category.crowd-crush',
  shootdown: 'category.shootdown',
  siege: 'category.siege',
  'military-operation': 'category.military-operation',
  assassination: 'category.assassination',
  protest: 'category.protest',
  funeral: 'category.funeral',
  claim: 'category.claim',
  war: 'category.war',
};
