import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HarnessHost } from '../../../electron/harness/harness-host';
import { createDispatcher, type Dispatch } from '../../../electron/main/handlers';
import { AppService } from '../../../electron/main/services/app-service';
import { closeDocuments } from '../../../electron/main/store/document';
import type { AppInfo } from '../../../shared/contract';

let dir: string;
let dispatch: Dispatch;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zb-dispatch-'));
  const app = await AppService.open({
    dataDir: dir,
    version: '1',
    now: () => new Date(),
    newId: () => 'ws-1',
  });
  dispatch = createDispatcher({ app, host: new HarnessHost(dir) }, () => {});
});
afterEach(() => closeDocuments(dir));

describe('the main-side boundary', () => {
  it('refuses a method that is not in the contract', async () => {
    expect(await dispatch('fs:readAnything', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses invalid input and names the field, changing nothing', async () => {
    const result = await dispatch('profile:save', { code: 'lower case', name: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (result.ok) return;
    expect(result.error.details?.map((d) => d.path)).toEqual(expect.arrayContaining(['code', 'name']));
    expect(await dispatch('profile:get', {})).toEqual({ ok: true, value: null });
  });

  it('refuses extra fields instead of storing them', async () => {
    const result = await dispatch('settings:setLanguage', {
      language: 'en',
      __proto__: { polluted: true },
      x: 1,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns handler failures as results, never as exceptions', async () => {
    expect(await dispatch('workspace:open', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: { key: 'errors:workspace.notFound' } },
    });
    expect(await dispatch('backups:restore', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('runs calls one after another so writes never interleave', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `工作区${i}`);
    const results = await Promise.all(names.map((name) => dispatch('workspace:create', { name })));
    expect(results.every((r) => r.ok)).toBe(true);
    const info = await dispatch('app:info', {});
    // dispatch is untyped (it is the boundary); app:info answers with AppInfo.
    const workspaces = info.ok ? (info.value as AppInfo).workspaces : [];
    expect(workspaces.map((w) => w.name).slice(1)).toEqual(names);
  });
});
