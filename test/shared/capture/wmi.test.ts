import { describe, expect, it } from 'vitest';
import { parseWmiText } from '../../../shared/capture/wmi';
import { encodeUtf16leWithBom } from './fixtures';

const KMS_CLIENT = [
  '',
  '',
  'ApplicationID=0ff1ce15-a989-479d-af46-f275c6370663',
  'Description=Office 16, VOLUME_KMSCLIENT channel',
  'DiscoveredKeyManagementServiceMachineName=',
  'KeyManagementServiceMachine=kms.example.gov.cn',
  'KeyManagementServicePort=1688',
  'LicenseStatus=2',
  'Name=Office 16, Office16ProPlusVL_KMS_Client edition',
  'PartialProductKey=WFG99',
  'ProductKeyID2=00339-10000-00000-AA123',
  '',
  '',
  'ApplicationID=0ff1ce15-a989-479d-af46-f275c6370663',
  'Description=Office 16, RETAIL channel',
  'LicenseStatus=0',
  'Name=Office 16, Office16ProPlusR_Retail edition',
  'PartialProductKey=',
  '',
].join('\r\n');

describe('reading WMI list output (wmic /format:list, .wmi dumps)', () => {
  it('reads a KMS client licence with host, port and grace state', () => {
    const machine = parseWmiText(encodeUtf16leWithBom(KMS_CLIENT)).machines[0];
    expect(machine?.source).toBe('wmi');
    expect(machine?.activation).toEqual([
      {
        name: 'Office 16, Office16ProPlusVL_KMS_Client edition',
        description: 'Office 16, VOLUME_KMSCLIENT channel',
        target: 'office',
        channel: 'volume_kms',
        licenseStatus: 2,
        status: 'grace',
        partialProductKey: 'WFG99',
        kmsHost: 'kms.example.gov.cn',
        kmsPort: 1688,
        productId: '00339-10000-00000-AA123',
      },
    ]);
  });

  it('leaves out licensing entries with no key installed', () => {
    const machine = parseWmiText(KMS_CLIENT).machines[0];
    expect(machine?.activation.map((record) => record.partialProductKey)).toEqual(['WFG99']);
  });

  it('reads Win32_OperatingSystem into the OS record', () => {
    const text = [
      'Caption=Microsoft Windows 7 旗舰版 ',
      'BuildNumber=7601',
      'CSName=PC-01',
      'OSArchitecture=64 位',
    ];
    const machine = parseWmiText(text.join('\n')).machines[0];
    expect(machine?.os).toMatchObject({ name: 'Microsoft Windows 7 旗舰版', build: '7601', arch: '64 位' });
    expect(machine?.hostname).toBe('PC-01');
    expect(machine?.arch).toBe('x86');
  });

  it('reports lines that are not Name=Value and unrecognised content', () => {
    const result = parseWmiText('Foo=1\nBar=2\nnot a pair\n');
    expect(result.problems).toEqual([
      { key: 'capture:problems.wmiBadLine', params: { line: 3 } },
      { key: 'capture:problems.wmiUnrecognized' },
    ]);
  });
});
