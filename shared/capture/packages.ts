import type { CapturedProgram, CaptureResult } from './captured';
import { createCapturedMachine } from './captured';
import { classifyPackage } from './classify';
import { decodeText } from './decode-text';
import { markDuplicates } from './dedupe';
import { archFromText, cleanText, normalizeInstallDate } from './fields';
import { ProblemList } from './problems';

/**
 * The package list layouts understood here (all tab-separated, one package a line):
 * - dpkg "agent":  Package, Architecture, Version, Installed-Size, Section[, Status]
 * - dpkg "plain":  Package, Version[, Architecture, Maintainer, Summary[, db:Status-Abbrev, Section, Priority]]
 *   (plain `dpkg-query -W` is the first two columns; the collector and the scanner write all eight)
 * - rpm:           NAME, ARCH, VERSION-RELEASE, INSTALLTIME, SIZE, VENDOR, SUMMARY, GROUP
 */
export type PackageLayout = 'dpkg-agent' | 'dpkg-plain' | 'rpm';

/** The query formats the collector and the scanner use, so their output parses as 'dpkg-plain' / 'rpm'. */
export const DPKG_QUERY_FORMAT =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${Field} syntax, not a template.
  '${Package}\\t${Version}\\t${Architecture}\\t${Maintainer}\\t${binary:Summary}\\t${db:Status-Abbrev}\\t${Section}\\t${Priority}\\n';
export const RPM_QUERY_FORMAT =
  '%{NAME}\\t%{ARCH}\\t%{VERSION}-%{RELEASE}\\t%{INSTALLTIME}\\t%{SIZE}\\t%{VENDOR}\\t%{SUMMARY}\\t%{GROUP}\\n';

const DEB_ARCH =
  /^(all|any|amd64|i386|arm64|armhf|armel|mips64el|mipsel|loong64|loongarch64|sw64|sw_64|ppc64el|s390x|riscv64|x32)$/;

/** Guesses the layout from the first lines; null when the text is not a package list. */
export function detectPackageLayout(text: string): PackageLayout | null {
  const sample = text.split(/\r?\n/, 60).filter((line) => line.trim() !== '');
  if (sample.length === 0) return null;
  let rpm = 0;
  let agent = 0;
  let plain = 0;
  for (const line of sample) {
    const cols = line.split('\t');
    if (cols.length >= 7 && /^\d{9,11}$/.test(cols[3] ?? '')) rpm++;
    else if (cols.length >= 5 && DEB_ARCH.test(cols[1] ?? '') && /\d/.test(cols[2] ?? '')) agent++;
    else if (cols.length >= 3 && DEB_ARCH.test(cols[2] ?? '')) plain++;
    else if (cols.length === 2 && /^[a-z0-9][a-z0-9+.-]+(:[a-z0-9_]+)?$/.test(cols[0] ?? '')) plain++;
  }
  const best = Math.max(rpm, agent, plain);
  if (best < sample.length * 0.8) return null;
  if (best === rpm) return 'rpm';
  return best === agent ? 'dpkg-agent' : 'dpkg-plain';
}

/** Parses a dpkg-query or rpm package list; packages not installed (config files only) are left out. */
export function parsePackageList(input: Uint8Array | string, layout?: PackageLayout): CaptureResult {
  const problems = new ProblemList();
  const { text } = decodeText(input);
  const chosen = layout ?? detectPackageLayout(text);
  const machine = createCapturedMachine(chosen === 'rpm' ? 'rpm' : 'dpkg');
  if (chosen === null) {
    problems.add('problems.packagesUnrecognized');
    return { machines: [machine], problems: problems.toArray() };
  }
  const programs: CapturedProgram[] = [];
  let notInstalled = 0;
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    if (line.trim() === '') return;
    const row = readRow(line.split('\t'), chosen);
    if (row === null) problems.add('problems.packageBadLine', { line: index + 1 });
    else if (row === 'not-installed') notInstalled++;
    else programs.push(row);
  });
  if (notInstalled > 0) problems.add('problems.packagesNotInstalled', { count: notInstalled });
  machine.programs = markDuplicates(programs);
  machine.arch = archFromText(mostCommonArch(programs));
  return { machines: [machine], problems: problems.toArray() };
}

interface RowFields {
  name: string;
  version: string;
  arch: string;
  publisher: string;
  section: string;
  priority: string;
  status: string;
  installDate: string;
}

function readRow(cols: string[], layout: PackageLayout): CapturedProgram | 'not-installed' | null {
  const fields = readFields(cols.map(cleanText), layout);
  if (fields === null || !/^[A-Za-z0-9][A-Za-z0-9+._~:-]*$/.test(fields.name)) return null;
  if (!isPackageInstalled(fields.status)) return 'not-installed';
  const kind = classifyPackage({ name: fields.name, section: fields.section, priority: fields.priority });
  const multiArch =
    layout !== 'rpm' && fields.arch !== '' && fields.arch !== 'all' && !fields.name.includes(':');
  return {
    name: fields.name.replace(/:[a-z0-9_]+$/, ''),
    version: fields.version,
    publisher: fields.publisher,
    installDate: fields.installDate,
    kind,
    hidden: kind !== 'application',
    rawId: multiArch ? `${fields.name}:${fields.arch}` : fields.name,
    arch: fields.arch,
    duplicateOf: null,
  };
}

function readFields(cols: string[], layout: PackageLayout): RowFields | null {
  const at = (index: number): string => cols[index] ?? '';
  if (layout === 'rpm') {
    if (cols.length < 3) return null;
    const vendor = at(5) === '(none)' ? '' : at(5);
    const group = at(7) === 'Unspecified' ? '' : at(7);
    const base = {
      name: at(0),
      version: at(2),
      arch: at(1),
      publisher: vendor,
      section: group,
      priority: '',
    };
    return { ...base, status: '', installDate: normalizeInstallDate(at(3)) };
  }
  if (layout === 'dpkg-agent') {
    if (cols.length < 3) return null;
    const base = { name: at(0), version: at(2), arch: at(1), publisher: '', section: at(4), priority: '' };
    return { ...base, status: at(5), installDate: '' };
  }
  if (cols.length < 2) return null;
  const base = { name: at(0), version: at(1), arch: at(2), publisher: stripEmail(at(3)), section: at(6) };
  return { ...base, priority: at(7), status: at(5), installDate: '' };
}

/** dpkg status: "install ok installed", "hold ok installed", "ii", "hi" are installed; empty means unknown → yes. */
export function isPackageInstalled(status: string): boolean {
  const text = status.trim();
  if (text === '') return true;
  if (text.length <= 3) return text[1] === 'i';
  return /\binstalled$/.test(text) && !/not-installed$/.test(text);
}

function stripEmail(maintainer: string): string {
  return maintainer.replace(/\s*<[^>]*>\s*$/, '').trim();
}

// Architecture-independent packages (all, noarch) say nothing about the machine.
function mostCommonArch(programs: CapturedProgram[]): string {
  const counts = new Map<string, number>();
  for (const program of programs) {
    if (/^(all|any|noarch|)$/.test(program.arch)) continue;
    counts.set(program.arch, (counts.get(program.arch) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [arch, count] of counts) {
    if (count > bestCount) [best, bestCount] = [arch, count];
  }
  return best;
}
