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
    await commands.getDraftViews('id-1', 4, { first: 0, count: 50 });
    await commands.restoreRevision('id-1', 2, 4);
    expect(calls[0]).toEqual(['get_draft_views', { id: 'id-1', revision: 4, window: { first: 0, count: 50 } }]);
    expect(calls[1]).toEqual(['restore_revision', { id: 'id-1', revision: 2, expectedRevision: 4 }]);
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
