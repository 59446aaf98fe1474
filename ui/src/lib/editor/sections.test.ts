import { describe, expect, it } from 'vitest';
import { emptyDeclaration } from '../testing/declaration';
import { emptyLine } from './lines';
import { anchorOf, lineColumnOf, sectionOf } from './sections';

describe('where a finding is shown', () => {
  it('line findings land on their grid column, nested and list fields included', () => {
    const doc = emptyDeclaration();
    doc.lines = [emptyLine(), emptyLine()];
    expect(anchorOf('lines[1].metal.meltPour', doc)).toBe('lines[1].metal.meltPour');
    expect(anchorOf('lines[1].metal', doc)).toBe('lines[1].metal.meltPour');
    expect(anchorOf('lines[0].additionalHts[1]', doc)).toBe('lines[0].additionalHts');
    expect(anchorOf('lines[0]', doc)).toBe('lines[0].description');
    expect(anchorOf('lines[5].hts', doc)).toBeUndefined();
    expect(lineColumnOf('igiRate')).toBe('igiRate');
  });

  it('documents have their own section; an empty list has no field to point at', () => {
    const doc = emptyDeclaration();
    expect(sectionOf('documents')).toBe('documents');
    expect(sectionOf('documents[0].issued')).toBe('documents');
    expect(anchorOf('documents', doc)).toBeUndefined();
    doc.documents = [{ kind: 'fda_prior_notice', number: 'PN1', issued: null }];
    expect(anchorOf('documents[0].issued', doc)).toBe('documents[0].issued');
    expect(sectionOf('regime.usExport.itn')).toBe('regime');
    expect(anchorOf('regime.usExport.itn', doc)).toBe('regime.usExport.itn');
  });
});

describe('document kinds', () => {
  it('each has a label in both languages', async () => {
    const { editorMessages } = await import('./messages');
    const { DOCUMENT_KINDS } = await import('./sections');
    for (const k of DOCUMENT_KINDS) {
      expect(editorMessages.en[`doc.${k}`], k).toBeTruthy();
      expect(editorMessages.es[`doc.${k}`], k).toBeTruthy();
    }
  });
});
