import { describe, expect, it } from 'vitest';
import { areaCatalogs, catalogs, setLang, systemLang, t, type MessageKey } from './index.svelte';
import { ERROR_CODES } from '../ipc/bindings';
import { errorKey } from '../errors/errors';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const { en, es } = catalogs;

// A key no catalog defines is not a message key: svelte-check fails if this line compiles.
// @ts-expect-error -- 'no.such.key' is in no catalog
const notAKey: MessageKey = 'no.such.key';
void notAKey;

describe('message catalogs', () => {
  it('have exactly the same keys in English and Spanish, area by area', () => {
    for (const [area, messages] of Object.entries(areaCatalogs)) {
      const enKeys = Object.keys(messages.en).sort();
      const esKeys = Object.keys(messages.es).sort();
      expect(esKeys.filter((k) => !enKeys.includes(k)), `${area}: keys only in Spanish`).toEqual([]);
      expect(enKeys.filter((k) => !esKeys.includes(k)), `${area}: keys only in English`).toEqual([]);
    }
  });

  it('define each key in one area only', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, messages] of Object.entries(areaCatalogs)) {
      for (const key of Object.keys(messages.en)) {
        if (owner.has(key)) twice.push(`${key} (${owner.get(key)} and ${area})`);
        owner.set(key, area);
      }
    }
    expect(twice).toEqual([]);
    expect(owner.size).toBe(Object.keys(en).length);
  });

  it('have no empty message and the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(es[key].trim(), key).not.toBe('');
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('have a message for every error code the backend can send', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(5);
    for (const code of ERROR_CODES) {
      expect(Object.keys(en), code).toContain(errorKey(code));
    }
  });

  it('are really translated, not copied', () => {
    // Names and official codes that both governments and both languages write the same way.
    const sameInBoth = [
      'app.name', 'lang.en', 'lang.es', 'common.notSet', 'field.time.placeholder', 'nav.shortcut',
      'f.rfc', 'f.patente', 'f.scac', 'f.caat', 'f.aceId', 'f.aduana', 'f.incoterm', 'f.cove',
      'f.clavePedimento', 'f.regimen', 'g.pedimento', 'l.hts', 'l.fraccion', 'l.nico', 'l.mxUnit',
      'l.mxTariffUnit', 'l.originCriterion', 'l.manufacturerMid', 'f.itn', 'l.igiRate',
      'tf.rfc', 'tf.mid', 'tf.scac', 'tf.caat', 'tf.patente', 'tf.aceId', 'membership.rubroNone', 'membership.due', 'program.ctpat',
      // FAST and e-Manifest are program names; N/A is what CBP writes.
      'crossings.col.deadline', 'crossings.col.fast', 'crossings.fast.na', 'crossings.wait.fast', 'crossings.wait.fastMissing',
      'crossings.waits.col.fast', 'noReading.notApplicable', 'wl.lists.changesValue',
    ];
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => en[k] === es[k] && !sameInBoth.includes(k));
    expect(same).toEqual([]);
  });
});

describe('t', () => {
  it('switches language and fills placeholders', () => {
    setLang('en');
    expect(t('list.count.other', { count: 3 })).toBe('3 declarations');
    setLang('es');
    expect(t('list.count.other', { count: 3 })).toBe('3 declaraciones');
    expect(document.documentElement.lang).toBe('es');
    setLang('en');
  });

  it('leaves an unknown placeholder visible rather than blank', () => {
    setLang('en');
    expect(t('editor.title', {})).toBe('Declaration {reference}');
  });

  it('follows a Spanish system language before the user chooses', () => {
    expect(systemLang(['es-MX', 'en-US'])).toBe('es');
    expect(systemLang(['en-US'])).toBe('en');
    expect(systemLang([])).toBe('en');
  });
});
