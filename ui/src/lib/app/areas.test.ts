import { describe, expect, it } from 'vitest';
import { AREAS, areaForShortcut, areaOf } from './areas';
import { catalogs } from '../i18n/index.svelte';

const key = (k: string, mods: { altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('areas', () => {
  it('each has a short lowercase id (what preferences keep) and a name in both languages', () => {
    expect(new Set(AREAS.map((a) => a.id)).size).toBe(AREAS.length);
    for (const a of AREAS) {
      expect(a.id).toMatch(/^[a-z][a-z-]{0,31}$/);
      expect(catalogs.en[a.label]).toBeTruthy();
      expect(catalogs.es[a.label]).toBeTruthy();
    }
  });

  it('an unknown or missing remembered area opens the first one', () => {
    expect(areaOf('declarations').id).toBe('declarations');
    expect(areaOf('traders-from-a-newer-cruce')).toBe(AREAS[0]);
    expect(areaOf(null)).toBe(AREAS[0]);
  });

  it('Alt+1…9 open the areas in their order; other keys do not', () => {
    expect(areaForShortcut(key('1', { altKey: true }))).toBe(AREAS[0]);
    expect(areaForShortcut(key(String(AREAS.length + 1), { altKey: true }))).toBeUndefined();
    expect(areaForShortcut(key('1'))).toBeUndefined();
    expect(areaForShortcut(key('1', { altKey: true, ctrlKey: true }))).toBeUndefined();
    expect(areaForShortcut(key('0', { altKey: true }))).toBeUndefined();
  });
});
