import enApp from './en/app';
import enBudget from './en/budget';
import enCapture from './en/capture';
import enCatalog from './en/catalog';
import enCentral from './en/central';
import enCommon from './en/common';
import enErrors from './en/errors';
import enLicensing from './en/licensing';
import enMachines from './en/machines';
import enOffice from './en/office';
import enProfile from './en/profile';
import enProgress from './en/progress';
import enReturnFile from './en/returnFile';
import enSettings from './en/settings';
import enSoftware from './en/software';
import zhApp from './zh-CN/app';
import zhBudget from './zh-CN/budget';
import zhCapture from './zh-CN/capture';
import zhCatalog from './zh-CN/catalog';
import zhCentral from './zh-CN/central';
import zhCommon from './zh-CN/common';
import zhErrors from './zh-CN/errors';
import zhLicensing from './zh-CN/licensing';
import zhMachines from './zh-CN/machines';
import zhOffice from './zh-CN/office';
import zhProfile from './zh-CN/profile';
import zhProgress from './zh-CN/progress';
import zhReturnFile from './zh-CN/returnFile';
import zhSettings from './zh-CN/settings';
import zhSoftware from './zh-CN/software';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** i18next resources: one namespace per screen or domain, the same keys in both languages. */
export const resources = {
  'zh-CN': {
    app: zhApp,
    budget: zhBudget,
    capture: zhCapture,
    catalog: zhCatalog,
    central: zhCentral,
    common: zhCommon,
    errors: zhErrors,
    licensing: zhLicensing,
    machines: zhMachines,
    office: zhOffice,
    profile: zhProfile,
    progress: zhProgress,
    returnFile: zhReturnFile,
    settings: zhSettings,
    software: zhSoftware,
  },
  en: {
    app: enApp,
    budget: enBudget,
    capture: enCapture,
    catalog: enCatalog,
    central: enCentral,
    common: enCommon,
    errors: enErrors,
    licensing: enLicensing,
    machines: enMachines,
    office: enOffice,
    profile: enProfile,
    progress: enProgress,
    returnFile: enReturnFile,
    settings: enSettings,
    software: enSoftware,
  },
} as const;

export type Namespace = keyof (typeof resources)['zh-CN'];
export const NAMESPACES = Object.keys(resources['zh-CN']) as Namespace[];

/** A message to translate later: key is "namespace:path.to.key", params fill {{placeholders}}. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** Looks up a message in one language without i18next, for pure code (workbook text, CLI). */
export function translate(lang: Language, message: Message): string {
  const [ns, path] = splitKey(message.key);
  const table: unknown = (resources[lang] as Record<string, unknown>)[ns];
  let node: unknown = table;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return message.key;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'string') return message.key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    return value === undefined ? whole : String(value);
  });
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return at < 0 ? ['common', key] : [key.slice(0, at), key.slice(at + 1)];
}
