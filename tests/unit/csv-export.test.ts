import { describe, expect, it } from 'vitest';
import { eventsToCsv } from '../../src/data/export-events';
import { anIncident } from '../fixtures/incident';

function columnsOf(csv: string) {
  const [header, row] = csv.replace('\uFEFF', '').split('\r\n');
  const names = header?.split(',') ?? [];
  const cells = row?.split(',') ?? [];
  return (name: string) => cells[names.indexOf(name)];
}

describe('the CSV a newsroom downloads', () => {
  it('keeps negative coordinates as numbers a spreadsheet can sum', () => {
    const event = anIncident('washington', { at: [-77.03, 38.9] });
    const cell = columnsOf(eventsToCsv([event]));
    expect(cell('longitude')).toBe('-77.03');
    expect(cell('latitude')).toBe('38.9');
  });

  it('still defuses text that a spreadsheet would run as a formula', () => {
    const event = anIncident('hostile', { title: '-2+3+cmd|" /C calc"!A0', place: '=HYPERLINK("x")' });
    const cell = columnsOf(eventsToCsv([event]));
    expect(cell('place')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(cell('title')?.startsWith(`"'-2+3`)).toBe(true);
  });
});
