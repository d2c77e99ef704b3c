/** What a registered KMS host name says about how a Microsoft product was activated. */
export type KmsHostKind = 'unit' | 'loopback' | 'emulator' | 'public' | 'private';

/** Fragments of KMS emulator and activation-tool names as they show up in `slmgr /dlv`. */
const EMULATOR_NAME =
  /vlmcs|kmspico|kms-?auto|kms_?vl|kms-?emulator|kms_emulator|py-?kms|\baact\b|heu-?kms|kms-?tools|kms38/;

/** Public servers that piracy scripts point clients at (LICENSING.md: "a public host name … is the signature"). */
const KNOWN_PIRACY_HOSTS = new Set([
  'kms.03k.org',
  'kms.chinancce.com',
  'kms.digiboy.ir',
  'kms.msguides.com',
  'kms8.msguides.com',
  'kms9.msguides.com',
  'kms.lotro.cc',
  'kms.luody.info',
  'kms.srv.crsoo.com',
  'kms.loli.beer',
  'kms.loli.best',
  'kms.cangshui.net',
  'kms.v0v.bid',
  'zh.us.to',
  'kms.library.hk',
  'kms.bige0.com',
  'kms.ddz.red',
  'kms.jm33.me',
  'kms.moeclub.org',
  'kms.catqu.com',
  'kms.sixyin.com',
  'kms.wxlost.com',
  'kms.ghpym.com',
  'kms.mogeko.me',
  'kms.kuretru.com',
  'kms.zhuxiaole.org',
]);

/** DNS suffixes that only resolve inside an organisation's own network. */
const PRIVATE_SUFFIXES = [
  '.local',
  '.lan',
  '.internal',
  '.intranet',
  '.intra',
  '.corp',
  '.home',
  '.localdomain',
  '.home.arpa',
  '.priv',
  '.private',
];

/** Government and education domains belong to organisations, not to piracy services; they still need confirming. */
const ORGANISATION_SUFFIXES = ['.gov.cn', '.edu.cn'];

/** Lower-cases a host and strips the port, IPv6 brackets and a trailing dot, so lists compare reliably. */
export function normalizeKmsHost(host: string): string {
  let text = host.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1] !== undefined) {
    text = bracketed[1];
  } else if ((text.match(/:/g) ?? []).length === 1) {
    text = text.slice(0, text.indexOf(':'));
  }
  return text.replace(/\.$/, '');
}

/** Classifies a KMS host: the unit's own, a loopback/emulator/public piracy signature, or another private host. */
export function classifyKmsHost(host: string, unitHosts: ReadonlySet<string>): KmsHostKind {
  const name = normalizeKmsHost(host);
  if (unitHosts.has(name)) return 'unit';
  if (isLoopback(name)) return 'loopback';
  if (KNOWN_PIRACY_HOSTS.has(name) || EMULATOR_NAME.test(name)) return 'emulator';
  const ipv4 = parseIpv4(name);
  if (ipv4 !== null) return isPrivateIpv4(ipv4) ? 'private' : 'public';
  if (name.includes(':')) return isPrivateIpv6(name) ? 'private' : 'public';
  if (!name.includes('.')) return 'private';
  if (PRIVATE_SUFFIXES.some((suffix) => name.endsWith(suffix))) return 'private';
  if (ORGANISATION_SUFFIXES.some((suffix) => name.endsWith(suffix))) return 'private';
  return 'public';
}

/** The unit's own KMS hosts as a set of normalized names. */
export function toUnitKmsHostSet(hosts: readonly string[]): Set<string> {
  return new Set(hosts.map(normalizeKmsHost).filter((host) => host !== ''));
}

function isLoopback(name: string): boolean {
  if (name === 'localhost' || name.endsWith('.localhost') || name === 'localhost.localdomain') return true;
  if (name === '::1' || name === '::' || name === '0.0.0.0' || name === '0') return true;
  if (name.startsWith('::ffff:')) return isLoopback(name.slice('::ffff:'.length));
  const ipv4 = parseIpv4(name);
  return ipv4 !== null && ipv4[0] === 127;
}

function parseIpv4(name: string): [number, number, number, number] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  if (match === null) return null;
  const parts = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] as const;
  if (parts.some((part) => part > 255)) return null;
  return [parts[0], parts[1], parts[2], parts[3]];
}

function isPrivateIpv4([a, b]: readonly [number, number, number, number]): boolean {
  if (a === 10) return true;
  if (a === 172 && b >= 16 && b <= 31) return true;
  if (a === 192 && b === 168) return true;
  if (a === 169 && b === 254) return true;
  // Carrier-grade NAT space is used inside large government networks (电子政务外网).
  return a === 100 && b >= 64 && b <= 127;
}

function isPrivateIpv6(name: string): boolean {
  return /^f[cd][0-9a-f]{0,2}:/.test(name) || /^fe[89ab][0-9a-f]?:/.test(name);
}
