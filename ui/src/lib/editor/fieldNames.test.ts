import { afterEach, describe, expect, it } from 'vitest';
import { describePath } from './fieldNames';
import { setLang } from '../i18n/index.svelte';

afterEach(() => setLang('en'));

describe('field names shown for a path', () => {
  it('name lines, party fields, list items and shipment fields as the editor labels them', () => {
    expect(describePath('lines[2].usQuantity')).toBe('Line 3 · U.S. qty');
    expect(describePath('lines[0]')).toBe('Line 1');
    expect(describePath('parties.exporter.address.city')).toBe('Exporter / shipper · City');
    expect(describePath('parties.mexicanParty.rfc')).toBe('Mexican exporter or importer · RFC');
    expect(describePath('commercial.invoices[1].usdPerUnit')).toBe('Invoice 2 · USD per unit of currency');
    expect(describePath('transport.trailers[0]')).toBe('Trailer 1');
    expect(describePath('transport.usPort')).toBe('U.S. port of entry');
    expect(describePath('parties.exporter.address')).toBe('Exporter / shipper');
  });

  it('name the new fields: nested line cells, list cells, documents, and southbound roles', () => {
    expect(describePath('lines[0].metal.meltPour')).toBe('Line 1 · Melt');
    expect(describePath('lines[0].additionalHts[1]')).toBe('Line 1 · Ch. 99');
    expect(describePath('documents')).toBe('Linked documents');
    expect(describePath('documents[0].issued')).toBe('Document 1 · Confirmed or issued');
    expect(describePath('regime.usExport.itn')).toBe('U.S. export (EEI) · ITN');
    expect(describePath('parties.usImporter.importerNumber')).toBe('U.S. importer of record · Importer number (IOR)');
    expect(describePath('parties.usImporter.importerNumber', 'southbound')).toBe('U.S. exporter (USPPI) · USPPI ID (EIN)');
  });

  it('follow the language', () => {
    setLang('es');
    expect(describePath('lines[2].usQuantity')).toBe('Partida 3 · Cant. EE.\u00a0UU.');
    expect(describePath('transport.usPort')).toBe('Puerto de entrada de EE. UU.');
  });

  it('leave a path that names no field as it is', () => {
    expect(describePath('lines[4].notAColumn')).toBe('Line 5 · notAColumn');
    expect(describePath('somewhere.unknown')).toBe('somewhere.unknown');
  });
});
