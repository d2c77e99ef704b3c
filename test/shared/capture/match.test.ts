import { describe, expect, it } from 'vitest';
import type { ActivationRecord, CapturedMachine } from '../../../shared/capture/captured';
import { createCapturedMachine } from '../../../shared/capture/captured';
import type { NormalizeFn } from '../../../shared/capture/match';
import {
  activationToEvidence,
  capturedToInstallDrafts,
  capturedToMachineDraft,
  isJunkSerial,
  matchMachine,
} from '../../../shared/capture/match';
import type { Machine } from '../../../shared/model';
import { createMachineDraft, installDraftSchema, machineDraftSchema } from '../../../shared/model';

function machine(id: string, fields: Partial<Machine>): Machine {
  return { ...createMachineDraft(`A-${id}`), id, ...fields };
}

function captured(fields: Partial<CapturedMachine>): CapturedMachine {
  return { ...createCapturedMachine('collector'), ...fields };
}

const EXISTING = [
  machine('1', { serial: 'PF2ABCDE', hostname: 'ZFB-PC-001', uuid: '' }),
  machine('2', { serial: '', hostname: 'zfb-pc-002', uuid: '4C4C4544-0042-3510-8052-B7C04F4E3432' }),
  machine('3', { serial: 'To be filled by O.E.M.', hostname: 'ZFB-PC-003' }),
  machine('4', { serial: 'To be filled by O.E.M.', hostname: 'ZFB-PC-004' }),
];

describe('matching a capture to the ledger', () => {
  it('matches by serial first', () => {
    const found = matchMachine(captured({ serial: 'pf2abcde', hostname: 'ZFB-PC-002' }), EXISTING);
    expect(found).toEqual({ machine: EXISTING[0], by: 'serial', isAmbiguous: false });
  });

  it('falls back to the UUID, ignoring case', () => {
    const found = matchMachine(captured({ uuid: '4c4c4544-0042-3510-8052-b7c04f4e3432' }), EXISTING);
    expect(found?.machine.id).toBe('2');
    expect(found?.by).toBe('uuid');
  });

  it('falls back to the host name, case-insensitive and without the domain', () => {
    const found = matchMachine(
      captured({ serial: 'To be filled by O.E.M.', hostname: 'ZFB-PC-002.czj.local' }),
      EXISTING,
    );
    expect(found).toMatchObject({ by: 'hostname', machine: { id: '2' } });
  });

  it('never matches on placeholder serials or UUIDs', () => {
    const junk = captured({ serial: 'To be filled by O.E.M.', uuid: '03000200-0400-0500-0006-000700080009' });
    expect(matchMachine(junk, EXISTING)).toBeNull();
    expect(['0', 'Default string', 'System Serial Number', '00000000', ' ', 'None'].every(isJunkSerial)).toBe(
      true,
    );
    expect(isJunkSerial('PF2ABCDE')).toBe(false);
  });

  it('returns null when nothing fits', () => {
    expect(matchMachine(captured({ hostname: 'elsewhere' }), EXISTING)).toBeNull();
  });
});

describe('turning a capture into ledger drafts', () => {
  it('pre-fills a valid machine form without placeholder values', () => {
    const draft = capturedToMachineDraft(
      captured({
        hostname: 'CZJ-XZK-01',
        serial: 'To be filled by O.E.M.',
        manufacturer: 'To be filled by O.E.M.',
        model: 'OptiPlex 7090',
        uuid: '03000200-0400-0500-0006-000700080009',
        arch: 'loongarch',
        machineType: 'laptop',
      }),
    );
    expect(draft).toMatchObject({
      assetNo: 'CZJ-XZK-01',
      hostname: 'CZJ-XZK-01',
      serial: '',
      brand: '',
      model: 'OptiPlex 7090',
      uuid: '',
      arch: 'loongarch',
      type: 'laptop',
    });
    expect(machineDraftSchema.safeParse(draft).success).toBe(true);
  });

  const normalize: NormalizeFn = (raw) => {
    if (/windows/i.test(raw)) return { productId: 'windows', category: 'os', edition: 'Pro', version: '10' };
    if (/office/i.test(raw))
      return { productId: 'office', category: 'office', edition: 'ProPlus', version: '2016' };
    return { productId: null, category: 'other', edition: '', version: '' };
  };

  const kms: ActivationRecord = {
    name: 'Office 16, Office16ProPlusVL_KMS_Client edition',
    description: 'Office 16, VOLUME_KMSCLIENT channel',
    target: 'office',
    channel: 'volume_kms',
    licenseStatus: 1,
    status: 'activated',
    partialProductKey: 'WFG99',
    kmsHost: 'kms.czj.gov.local',
    kmsPort: 1688,
    productId: '00339-10000-00000-AA123',
  };
  const oem: ActivationRecord = {
    ...kms,
    name: 'Windows(R), Professional edition',
    description: 'Windows(R) Operating System, OEM_DM channel',
    target: 'os',
    channel: 'oem',
    licenseStatus: 0,
    status: 'not_activated',
    kmsHost: '',
    productId: '00331-10000-00001-AA123',
  };
  const program = (name: string, hidden = false, duplicateOf: string | null = null) => ({
    name,
    version: '16.0.4266.1001',
    publisher: '',
    installDate: '',
    kind: hidden ? ('update' as const) : ('application' as const),
    hidden,
    rawId: name,
    arch: '',
    duplicateOf,
  });

  const machineWithOffice = captured({
    os: {
      name: 'Microsoft Windows 10 专业版',
      edition: '',
      version: '10.0.19045',
      build: '19045',
      productId: '',
      arch: '',
    },
    programs: [
      program('Microsoft Office Professional Plus 2016'),
      program('Microsoft Office Professional Plus 2016', false, 'Microsoft Office Professional Plus 2016'),
      program('Security Update for Microsoft Office 2016 (KB4462117)', true),
      program('7-Zip'),
    ],
    activation: [kms, oem],
  });

  it('lists the OS first, then visible programs once each, without hidden entries', () => {
    const drafts = capturedToInstallDrafts(machineWithOffice, { normalize });
    expect(drafts.map((draft) => [draft.rawName, draft.category])).toEqual([
      ['Microsoft Windows 10 专业版', 'os'],
      ['Microsoft Office Professional Plus 2016', 'office'],
      ['7-Zip', 'other'],
    ]);
    for (const draft of drafts) expect(installDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('fills evidence from activation: OEM for the OS, KMS host for Office', () => {
    const [os, office, other] = capturedToInstallDrafts(machineWithOffice, { normalize });
    expect(os?.channel).toBe('oem');
    expect(os?.evidence).toMatchObject({ productIdOem: true, activation: 'not_activated', kmsHost: '' });
    expect(office?.channel).toBe('volume');
    expect(office?.evidence).toMatchObject({
      productIdOem: false,
      activation: 'activated',
      kmsHost: 'kms.czj.gov.local',
    });
    expect(other?.evidence.activation).toBe('unknown');
    expect(other?.channel).toBe('unknown');
  });

  it('lets the caller decide how activation becomes evidence', () => {
    const drafts = capturedToInstallDrafts(machineWithOffice, {
      normalize,
      activationToEvidence: (record) => ({ ...activationToEvidence(record), kmsHost: 'checked' }),
    });
    expect(drafts[1]?.evidence.kmsHost).toBe('checked');
  });

  it('reads an OEM product id on the OS when no licensing record exists', () => {
    const plain = captured({
      os: {
        name: 'Windows 7',
        edition: '',
        version: '',
        build: '',
        productId: '00426-OEM-8992662-00006',
        arch: '',
      },
    });
    expect(capturedToInstallDrafts(plain, { normalize })[0]?.evidence.productIdOem).toBe(true);
  });
});
