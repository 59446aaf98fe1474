import { afterEach, describe, expect, it } from 'vitest';
import { describeNote } from './revisionNote';
import { setLang } from '../i18n/index.svelte';
import type { RevisionNote } from '../ipc';

afterEach(() => setLang('en'));

describe('revision notes', () => {
  it('name the changed fields as the editor does and count the rest', () => {
    const note: RevisionNote = { kind: 'changed', paths: ['reference', 'lines[0].hts'], more: 58 };
    expect(describeNote(note)).toBe('Broker reference; Line 1 · HTS and 58 more');
    expect(describeNote({ kind: 'changed', paths: ['lines[1]'], more: 0 })).toBe('Line 2');
    expect(describeNote({ kind: 'restored', revision: 3 })).toBe('Restored revision 3');
    setLang('es');
    expect(describeNote(note)).toBe('Referencia del agente; Partida 1 · HTS y 58 más');
    expect(describeNote({ kind: 'created' })).toBe('Creada');
    expect(describeNote({ kind: 'restored', revision: 3 })).toBe('Se restauró la revisión 3');
  });

  it('show text they do not know as it is', () => {
    expect(describeNote({ kind: 'other', text: '<b>imported</b>' })).toBe('<b>imported</b>');
  });
});
