import { describe, expect, it } from 'vitest';
import { emptyForm, formFromDeclaration, headerFromForm, sameForm, type HeaderFields } from './headerForm';

const crossing = { local: '2026-12-01T09:30:00', zone: 'America/Chicago' };
const fields: HeaderFields = {
  reference: 'LRD-1',
  direction: 'southbound',
  transport: { usPort: '2304', estimatedArrival: crossing },
};
const header = { reference: 'LRD-1', direction: 'southbound', portOfEntry: '2304', plannedCrossing: crossing };

describe('header form', () => {
  it('round-trips a saved header', () => {
    const form = formFromDeclaration(fields);
    expect(form).toEqual({
      reference: 'LRD-1',
      direction: 'southbound',
      port: '2304',
      date: '2026-12-01',
      time: '09:30',
      zone: 'America/Chicago',
    });
    expect(headerFromForm(form)).toEqual({ ok: true, input: header });
  });

  it('sends no crossing when date and time are both empty, and no port when none is chosen', () => {
    const result = headerFromForm({ ...emptyForm(), reference: 'X' });
    expect(result).toEqual({
      ok: true,
      input: { reference: 'X', direction: 'northbound', portOfEntry: null, plannedCrossing: null },
    });
  });

  it.each([
    ['2026-12-01', '', 'crossing.incomplete'],
    ['', '09:30', 'crossing.incomplete'],
    ['01/12/2026', '09:30', 'crossing.badDate'],
    ['2026-02-30', '09:30', 'crossing.badDate'],
    ['2026-12-01', '24:00', 'crossing.badTime'],
    ['2026-12-01', '9:30', 'crossing.badTime'],
  ])('refuses date %j and time %j with %s', (date, time, key) => {
    expect(headerFromForm({ ...emptyForm(), reference: 'X', date, time })).toEqual({ ok: false, crossing: key });
  });

  it('treats surrounding blanks as no change, and ignores the zone while no time is set', () => {
    const saved = formFromDeclaration({ ...fields, transport: { usPort: '2304', estimatedArrival: null } });
    expect(sameForm({ ...saved, reference: ' LRD-1 ', zone: 'America/Denver' }, saved)).toBe(true);
    expect(sameForm({ ...saved, port: '2506' }, saved)).toBe(false);
  });
});
