import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { AppError, commands, toAppError } from './index';

afterEach(() => clearMocks());

describe('ipc', () => {
  it('sends each command under its Rust name with camelCase arguments', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return null;
    });
    const header = { reference: 'A', direction: 'northbound' as const, portOfEntry: null, plannedCrossing: null };
    await commands.updateDraftHeader('id-1', header, 4);
    await commands.listDrafts();
    expect(calls[0]).toEqual(['update_draft_header', { id: 'id-1', header, expectedRevision: 4 }]);
    expect(calls[1]?.[0]).toBe('list_drafts');
  });

  it('turns a backend error into an AppError carrying its code', async () => {
    mockIPC(() => {
      throw { code: 'draft_not_found', message: 'no draft with id "x"' };
    });
    const err = await commands.getDraft('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('draft_not_found');
    expect((err as AppError).message).toBe('no draft with id "x"');
  });

  it('maps anything that is not a Cruce error to internal', () => {
    expect(toAppError(new Error('boom')).code).toBe('internal');
    expect(toAppError('string failure').code).toBe('internal');
    expect(toAppError({ code: 42 }).code).toBe('internal');
  });
});
