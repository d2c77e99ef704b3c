import type { ActivationState, Channel, CoaState } from '../model';
import type { Rng } from './prng';

/** One piece of software as the demo installs it: the raw name and the licence facts recorded. */
export interface DemoSoftware {
  rawName: string;
  version: string;
  channel: Channel;
  coa?: CoaState;
  productIdOem?: boolean | null;
  activation?: ActivationState;
  kmsHost?: string;
  originalMachine?: boolean | null;
  contract?: 'office' | 'wps' | 'huorong' | 'kaspersky';
  invoice?: boolean;
  expiry?: string;
}

type Choice = readonly [DemoSoftware, number];

/** Windows and domestic operating systems, weighted so most machines run Windows as the seed reports. */
export function pickOs(rng: Rng, arch: 'x86' | 'arm' | 'loongarch', isServer: boolean): DemoSoftware {
  if (isServer) {
    return rng.weighted<DemoSoftware>([
      [
        {
          rawName: 'Microsoft Windows Server 2019 Standard',
          version: '10.0.17763',
          channel: 'retail',
          invoice: true,
          activation: 'activated',
        },
        3,
      ],
      [
        {
          rawName: 'Microsoft Windows Server 2012 R2 Datacenter',
          version: '6.3.9600',
          channel: 'unknown',
          activation: 'activated',
        },
        1,
      ],
      [
        {
          rawName: '银河麒麟高级服务器操作系统 V10',
          version: 'V10 SP2',
          channel: 'central',
          contract: 'wps',
          activation: 'activated',
        },
        1,
      ],
    ]);
  }
  if (arch !== 'x86') {
    return rng.weighted<DemoSoftware>([
      [
        {
          rawName: '银河麒麟桌面操作系统 V10',
          version: 'V10 SP1',
          channel: 'central',
          contract: 'wps',
          activation: 'activated',
        },
        5,
      ],
      [
        {
          rawName: '统信UOS 专业版',
          version: '1060',
          channel: 'central',
          contract: 'wps',
          activation: 'activated',
        },
        4,
      ],
      [
        {
          rawName: '银河麒麟桌面操作系统 V10（试用版）',
          version: 'V10',
          channel: 'trial',
          activation: 'grace',
        },
        1,
      ],
    ]);
  }
  const choices: Choice[] = [
    [
      {
        rawName: 'Microsoft Windows 10 专业版',
        version: '10.0.19045',
        channel: 'oem',
        coa: 'matching',
        productIdOem: true,
        originalMachine: true,
        activation: 'activated',
      },
      44,
    ],
    [
      {
        rawName: 'Microsoft Windows 10 专业版',
        version: '10.0.19045',
        channel: 'unknown',
        activation: 'activated',
      },
      8,
    ],
    [
      {
        rawName: 'Microsoft Windows 10 专业版',
        version: '10.0.19044',
        channel: 'volume',
        kmsHost: 'kms.03k.org',
        activation: 'activated',
      },
      4,
    ],
    [
      {
        rawName: 'Microsoft Windows 7 旗舰版',
        version: '6.1.7601',
        channel: 'oem',
        coa: 'mismatching',
        productIdOem: true,
        activation: 'activated',
      },
      6,
    ],
    [
      {
        rawName: 'Microsoft Windows 7 专业版',
        version: '6.1.7601',
        channel: 'oem',
        coa: 'matching',
        productIdOem: true,
        originalMachine: true,
        activation: 'activated',
      },
      10,
    ],
    [
      {
        rawName: 'Microsoft Windows 11 专业版',
        version: '10.0.22631',
        channel: 'oem',
        coa: 'matching',
        productIdOem: true,
        originalMachine: true,
        activation: 'activated',
      },
      12,
    ],
    [
      {
        rawName: 'Microsoft Windows 10 家庭中文版',
        version: '10.0.19045',
        channel: 'oem',
        coa: 'matching',
        productIdOem: true,
        originalMachine: true,
        activation: 'activated',
      },
      6,
    ],
    [
      {
        rawName: 'Microsoft Windows XP Professional',
        version: '5.1.2600',
        channel: 'unknown',
        activation: 'unknown',
      },
      1,
    ],
    [
      {
        rawName: '统信UOS 专业版',
        version: '1060',
        channel: 'central',
        contract: 'wps',
        activation: 'activated',
      },
      2,
    ],
    [
      {
        rawName: '银河麒麟桌面操作系统 V10',
        version: 'V10 SP1',
        channel: 'central',
        contract: 'wps',
        activation: 'activated',
      },
      1,
    ],
  ];
  return rng.weighted(choices);
}

/** Office suites: Microsoft Office under the unit's volume contract or without records, WPS, 永中. */
export function pickOffice(rng: Rng, isDomesticOs: boolean): DemoSoftware | null {
  if (isDomesticOs) {
    return rng.weighted<DemoSoftware | null>([
      [{ rawName: 'WPS Office 政务版', version: '12.8.2', channel: 'central', contract: 'wps' }, 8],
      [{ rawName: '永中Office 2019', version: '9.0', channel: 'central', contract: 'wps' }, 1],
      [null, 1],
    ]);
  }
  return rng.weighted<DemoSoftware | null>([
    [
      {
        rawName: 'Microsoft Office Professional Plus 2016',
        version: '16.0.4266.1001',
        channel: 'volume',
        contract: 'office',
        kmsHost: 'kms.qinglan.gov.cn',
        activation: 'activated',
      },
      34,
    ],
    [
      {
        rawName: 'Microsoft Office 专业增强版 2010',
        version: '14.0.7015.1000',
        channel: 'unknown',
        activation: 'activated',
      },
      12,
    ],
    [
      {
        rawName: 'Microsoft Office 家庭和学生版 2019 - zh-cn',
        version: '16.0.10827.20181',
        channel: 'oem',
        coa: 'matching',
        originalMachine: true,
        activation: 'activated',
      },
      8,
    ],
    [
      {
        rawName: 'Microsoft Office Professional Plus 2019 - zh-cn',
        version: '16.0.10395.20020',
        channel: 'volume',
        kmsHost: '127.0.0.2',
        activation: 'activated',
      },
      5,
    ],
    [{ rawName: 'WPS Office (11.1.0.11194)', version: '11.1.0.11194', channel: 'free' }, 5],
    [{ rawName: 'WPS Office 专业版', version: '11.8.2', channel: 'central', contract: 'wps' }, 8],
    [null, 3],
  ]);
}

/** Antivirus and security suites. */
export function pickSecurity(rng: Rng): DemoSoftware | null {
  return rng.weighted<DemoSoftware | null>([
    [{ rawName: '火绒终端安全管理系统', version: '2.0.46', channel: 'central', contract: 'huorong' }, 34],
    [{ rawName: '360安全卫士', version: '13.0.0.2004', channel: 'free' }, 30],
    [{ rawName: '金山毒霸', version: '11.5.0', channel: 'free' }, 10],
    [
      {
        rawName: 'Kaspersky Endpoint Security 11 for Windows',
        version: '11.6.0.394',
        channel: 'volume',
        contract: 'kaspersky',
      },
      8,
    ],
    [{ rawName: '瑞星杀毒软件', version: '25.00.01.64', channel: 'unknown' }, 8],
    [null, 10],
  ]);
}

/** Everyday tools, each installed on a share of machines; several are not in the built-in catalog. */
export const OTHER_SOFTWARE: ReadonlyArray<readonly [DemoSoftware, number]> = [
  [{ rawName: 'WinRAR 5.91 (64-bit)', version: '5.91.0', channel: 'unknown' }, 0.35],
  [{ rawName: '7-Zip 19.00 (x64)', version: '19.00', channel: 'open_source' }, 0.45],
  [
    { rawName: 'Adobe Acrobat Reader DC - Chinese Simplified', version: '23.001.20093', channel: 'free' },
    0.5,
  ],
  [{ rawName: 'Adobe Acrobat Pro DC', version: '21.001', channel: 'unknown' }, 0.05],
  [{ rawName: 'Foxit PDF Reader', version: '12.1.2', channel: 'free' }, 0.2],
  [
    { rawName: 'AutoCAD 2020 - 简体中文 (Simplified Chinese)', version: '23.1.47.0', channel: 'unknown' },
    0.03,
  ],
  [{ rawName: '中望CAD 2023', version: '2023', channel: 'retail', invoice: true }, 0.02],
  [{ rawName: '搜狗输入法 13.0正式版', version: '13.0.0', channel: 'free' }, 0.55],
  [{ rawName: '微信', version: '3.9.8.25', channel: 'free' }, 0.5],
  [{ rawName: '腾讯QQ', version: '9.7.20', channel: 'free' }, 0.4],
  [{ rawName: '钉钉', version: '7.5.0', channel: 'free' }, 0.35],
  [{ rawName: 'Google Chrome', version: '120.0.6099.130', channel: 'free' }, 0.55],
  [{ rawName: 'Mozilla Firefox (x64 zh-CN)', version: '121.0', channel: 'open_source' }, 0.15],
  [{ rawName: 'Notepad++ (64-bit x64)', version: '8.6', channel: 'open_source' }, 0.12],
  [{ rawName: 'VLC media player', version: '3.0.20', channel: 'open_source' }, 0.15],
  [{ rawName: '电子公文交换系统客户端', version: '3.2', channel: 'central', contract: 'wps' }, 0.6],
  [{ rawName: '财务软件 用友U8 客户端', version: '13.0', channel: 'retail', invoice: true }, 0.08],
  [{ rawName: '2345好压', version: '6.3', channel: 'free' }, 0.1],
  [{ rawName: '福昕高级PDF编辑器', version: '12.0', channel: 'unknown' }, 0.05],
  [{ rawName: 'Microsoft Visio Professional 2016', version: '16.0', channel: 'unknown' }, 0.03],
  [{ rawName: '光影看图', version: '4.5', channel: 'free' }, 0.2],
  [{ rawName: '金税盘开票软件', version: '3.0', channel: 'central', contract: 'wps' }, 0.1],
];
