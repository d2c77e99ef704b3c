import type { OfficeDoc } from '../../electron/main/store/office-doc';
import type { Machine, UnitProfile } from '../../shared/model';

/** What the writer saves in its loop: a unit profile alone, or a large machine register with it. */
export type WriterMode = 'profile' | 'large';

export const WRITER_MODES: readonly WriterMode[] = ['profile', 'large'];

/** Machines in the large document: a big county office's register. */
export const LARGE_MACHINE_COUNT = 20_000;

/** The writer's only workspace; a fixed id keeps every restart on the same folder. */
export const WORKSPACE_ID = 'ws-crash';

/** How often the writer takes a backup: every n-th save. */
export const BACKUP_EVERY: Record<WriterMode, number> = { profile: 3, large: 1 };

/** The profile written by save number `seq`; the number is in several fields so a mixture shows. */
export function profileFor(seq: number): UnitProfile {
  return {
    code: '115203000000000001',
    name: `第${seq}次保存的测试局`,
    parentCode: '',
    parentName: '',
    level: 'department',
    headcount: seq,
    contact: `联系人${seq}`,
    phone: String(seq),
    period: '2026',
  };
}

/** The note every machine carries after save number `seq`. */
export function noteFor(seq: number): string {
  return `第${seq}次保存`;
}

/** A deterministic register of `count` machines, each marked with save number `seq`. */
export function machinesFor(seq: number, count: number): Machine[] {
  const types = ['desktop', 'laptop', 'server', 'other'] as const;
  const zones = ['internet', 'intranet', 'isolated', 'other'] as const;
  return Array.from({ length: count }, (_, i) => ({
    id: `m-${i}`,
    assetNo: `ZC-2026-${String(i).padStart(6, '0')}`,
    user: `用户${i % 317}`,
    department: `第${i % 23}科室`,
    type: types[i % types.length] ?? 'desktop',
    brand: i % 2 === 0 ? '联想' : '华为',
    model: `型号-${i % 41}`,
    serial: `SN${(i * 7919) % 1_000_003}`,
    arch: i % 5 === 0 ? 'loongarch' : 'x86',
    zone: zones[i % zones.length] ?? 'intranet',
    purchaseDate: `20${String(10 + (i % 16)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    status: i % 13 === 0 ? 'idle' : 'in_use',
    hostname: `PC-${i}`,
    uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    notes: noteFor(seq),
  }));
}

/**
 * A clock that never repeats across restarts: save `seq` owns the second starting at
 * base + seq seconds, and each reading inside it moves one millisecond on.
 */
export function createClock(): { now: () => Date; enterSave: (seq: number) => void } {
  const base = Date.UTC(2026, 0, 1);
  let current = 0;
  let tick = 0;
  return {
    now: () => new Date(base + current * 1000 + tick++),
    enterSave: (seq) => {
      current = seq;
      tick = 0;
    },
  };
}

/**
 * Which save a document holds, read independently of the writer: 0 for the empty document,
 * or a message when the parts disagree (a mixture of two saves).
 */
export function readSaveNumber(doc: OfficeDoc, mode: WriterMode): number | string {
  if (doc.profile === null) {
    return doc.machines.length === 0 ? 0 : 'machines without a profile';
  }
  const seq = doc.profile.headcount;
  const expected = profileFor(seq);
  if (JSON.stringify(doc.profile) !== JSON.stringify(expected)) return `profile fields disagree at ${seq}`;
  if (mode === 'profile') return doc.machines.length === 0 ? seq : 'unexpected machines';
  if (doc.machines.length !== LARGE_MACHINE_COUNT) return `${doc.machines.length} machines`;
  const note = noteFor(seq);
  const stray = doc.machines.findIndex((m, i) => m.notes !== note || m.id !== `m-${i}`);
  return stray === -1 ? seq : `machine ${stray} belongs to another save`;
}
