import { afterEach, describe, expect, it } from 'vitest';
import { readUrlState, applyUrlState } from '../../src/app/url-sync';
import { activateLocale, t } from '../../src/i18n';
import { addCatalogueSection } from '../../src/i18n/add-catalogue-section';
import { formatDay, formatEventMoment, formatList, formatNumber } from '../../src/i18n/format';
import { formatDistance } from '../../src/i18n/format-distance';
import { directionOf, resolveLocale } from '../../src/i18n/locales';
import { serializeUrlState } from '../../src/lib/url-state';
import { utcOffsetMinutes } from '../../src/lib/format-date';
import { useAtlasStore } from '../../src/store/atlas-store';

afterEach(async () => {
  await activateLocale('en');
});

describe('choosing the language', () => {
  const available = ['en', 'fa', 'ar'];

  it('takes the language a link asks for, and its region falls back to the language', () => {
    expect(resolveLocale('fa', ['en-GB'], available)).toBe('fa');
    expect(resolveLocale('fa-IR', ['en-GB'], available)).toBe('fa');
    expect(resolveLocale('AR', [], available)).toBe('ar');
  });

  it('falls back to the first browser language with a catalogue, else English', () => {
    expect(resolveLocale(undefined, ['de-DE', 'fa-IR', 'en'], available)).toBe('fa');
    expect(resolveLocale(undefined, ['de-DE', 'fr'], available)).toBe('en');
  });

  it('ignores an unknown language instead of failing', () => {
    expect(resolveLocale('xx', ['ar-EG'], available)).toBe('ar');
    expect(resolveLocale('klingon-tlh', [], available)).toBe('en');
  });

  it('offers the pseudo-locales only to a link that names them', () => {
    expect(resolveLocale('en-XA', [], available)).toBe('en-XA');
    expect(resolveLocale(undefined, ['en-XA'], available)).toBe('en');
  });

  it('knows which languages are written right to left', () => {
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('ar-XB')).toBe('rtl');
    expect(directionOf('en-GB')).toBe('ltr');
  });
});

describe('the language in the link', () => {
  it('reads lang=, keeps it in the store and writes it back', () => {
    applyUrlState(readUrlState('?lang=en-XA'));
    expect(useAtlasStore.getState()).toMatchObject({ locale: 'en-XA', chosenLocale: 'en-XA' });
    expect(serializeUrlState({ lang: 'en-XA', theme: 'dark' })).toBe('?lang=en-XA&theme=dark');
  });

  it('drops a malformed or unknown lang and stays in English', () => {
    expect(readUrlState('?lang=<script>').lang).toBeUndefined();
    applyUrlState(readUrlState('?lang=zz'));
    expect(useAtlasStore.getState()).toMatchObject({ locale: 'en', chosenLocale: null });
  });
});

describe('switching the page language', () => {
  it('sets <html lang dir> and mirrors for a right-to-left locale', async () => {
    await activateLocale('ar-XB');
    expect(document.documentElement).toHaveAttribute('lang', 'ar-XB');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    await activateLocale('en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('keeps the words of a chunk that arrives while the language is switching', async () => {
    const section = { english: { 'test.lateChunk': 'Zoom in' }, loaders: {} };
    const switching = activateLocale('en-XA');
    await Promise.all([switching, addCatalogueSection(section)]);
    // Neither the bare key nor the English: the pseudo-locale's accented words.
    expect(['test.lateChunk', 'Zoom in']).not.toContain(t('test.lateChunk' as never));
  });

  it('accents and lengthens every message in the pseudo-locale, placeholders kept', async () => {
    const english = t('format.momentUtc', { date: '3 Jan 2024', time: '11:30' });
    await activateLocale('en-XA');
    const pseudo = t('format.momentUtc', { date: '3 Jan 2024', time: '11:30' });
    expect(pseudo).toContain('3 Jan 2024');
    expect(pseudo).toContain('ÛŢÇ');
    expect(formatDay('2024-01-03')).toMatch(/Ŵéé/);
    expect(pseudo.length).toBeGreaterThan(english.length);
  });

  it('names the event’s zone by its city in English and by the language’s own zone name elsewhere', async () => {
    const tehran = { date: '2024-01-03', time: '15:00', timeZone: 'Asia/Tehran' };
    expect(formatEventMoment(tehran, 'local')).toContain('Tehran');
    await activateLocale('ar-XB');
    const arabic = formatEventMoment(tehran, 'local');
    expect(arabic).not.toContain('Tehran');
    expect(arabic).toMatch(/إيران/);
  });
});

describe('locale-aware formatters', () => {
  it('format numbers, distances, lists and dates the British way in English', () => {
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatDistance(1000)).toBe('1,000 km (621 mi)');
    expect(formatList(['Iraq', 'Syria', 'Lebanon'])).toBe('Iraq, Syria and Lebanon');
    expect(formatDay('2024-01-03')).toBe('Wed, 3 January 2024');
  });

  it('read a zone offset from the platform, not from English words', () => {
    expect(utcOffsetMinutes('2024-01-03', '15:00', 'Asia/Tehran')).toBe(210);
    expect(utcOffsetMinutes('2020-07-01', '12:00', 'Asia/Tehran')).toBe(270);
    expect(utcOffsetMinutes('2024-01-03', '12:00', 'America/St_Johns')).toBe(-210);
    expect(utcOffsetMinutes('2024-01-03', '12:00', 'UTC')).toBe(0);
  });
});
