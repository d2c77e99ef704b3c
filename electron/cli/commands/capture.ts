import { BUILTIN_PRODUCTS } from '../../../shared/catalog';
import { type Language, type Message, translate } from '../../../shared/i18n';
import { DEFAULT_RULE_OPTIONS } from '../../../shared/licensing';
import { readCaptures } from '../../main/capture/read-captures';
import { parseArgs, readLanguage } from '../../main/central/cli-support';
import { createCaptureNormalizer } from '../../main/handlers/capture/capture-normalizer';
import { createAssetNoProposer } from '../../main/handlers/capture/capture-session';
import { type PlannedEntry, planCaptureImport } from '../../main/handlers/capture/plan-import';
import { createPreviewClassifier } from '../../main/handlers/capture/preview-view';
import { toLocalDate } from '../../main/handlers/office/derive';
import type { Command } from '../command';

const normalize = createCaptureNormalizer(BUILTIN_PRODUCTS);
const names = new Map(BUILTIN_PRODUCTS.map((p) => [p.id, p.name]));

function messageToJson(message: Message, lang: Language) {
  return { ...message, text: translate(lang, message) };
}

/** One captured computer as the command prints it: what the import would store, nothing more. */
function entryToJson(
  entry: PlannedEntry,
  lang: Language,
  isWithPrograms: boolean,
  classify: ReturnType<typeof createPreviewClassifier>,
) {
  const [item] = entry.items;
  return {
    file: item?.file ?? '',
    source: item?.machine.source ?? null,
    machine: entry.machine,
    os: entry.captured.os,
    activation: entry.captured.activation,
    installs: entry.installs.map((planned) => {
      const verdict = classify(entry, planned);
      const name = planned.next.productId === null ? null : (names.get(planned.next.productId) ?? null);
      return {
        ...planned.next,
        productName: name ? (lang === 'en' ? name.en : name.zh) : null,
        status: verdict.status,
        reasons: verdict.reasons.map((reason) => translate(lang, reason)),
      };
    }),
    hidden: entry.hidden,
    duplicates: entry.duplicates,
    ...(isWithPrograms ? { programs: entry.captured.programs } : {}),
  };
}

function describeEntry(
  entry: PlannedEntry,
  lang: Language,
  classify: ReturnType<typeof createPreviewClassifier>,
): string[] {
  const t = (key: string, params?: Message['params']) => translate(lang, { key: `capture:${key}`, params });
  const [item] = entry.items;
  const hidden = Object.values(entry.hidden).reduce((sum, n) => sum + n, 0);
  const m = entry.machine;
  const lines = [
    `${item?.file ?? ''} — ${t(`sources.${item?.machine.source ?? 'scan'}`)}`,
    `  ${t('cli.machine', { hostname: m.hostname || '-', brand: `${m.brand} ${m.model}`.trim() || '-', serial: m.serial || '-' })}`,
  ];
  if (entry.captured.os)
    lines.push(`  ${t('cli.os', { name: entry.captured.os.name, version: entry.captured.os.version })}`);
  lines.push(
    `  ${t('cli.installs', { count: entry.installs.length, hidden, duplicates: entry.duplicates })}`,
  );
  for (const planned of entry.installs) {
    const { next } = planned;
    const product =
      next.productId === null
        ? t('cli.unknownProduct')
        : `${next.productId}${next.edition ? `/${next.edition}` : ''}`;
    const category = translate(lang, { key: `software:category.${next.category}` });
    const status = translate(lang, { key: `software:status.${classify(entry, planned).status}` });
    // A registry value may hold line breaks; one install stays on one line.
    const name = next.rawName.replace(/\s*[\r\n]+\s*/g, ' ');
    lines.push(`    ${name}  [${product}] ${category} · ${status}`);
  }
  return lines;
}

/** `zhengban capture`: parses inventory files and prints the machines and installs they yield. */
export const captureCommand: Command = {
  name: 'capture',
  summary: '解析盘点文件 (parse inventory files: GLPI, collector, registry, dpkg …)',
  usage: [
    'Usage: zhengban capture FILE|DIR... [--json] [--programs] [--lang zh-CN|en]',
    '',
    'Parses inventory files — GLPI Agent JSON/XML, collector JSON, registry exports, reg query and',
    'WMI output, PowerShell JSON, dpkg/rpm lists, macOS application lists — or folders of them, and',
    'prints each computer with the installs the program would record, normalized and classified',
    'with the built-in catalog and default rules. Nothing is stored.',
    '',
    '  --json       print JSON: machines, installs, hidden-entry counts, problems',
    '  --programs   with --json, also print every captured entry (hidden ones included)',
    '  --lang L     language of messages: zh-CN (default) or en',
    '',
    'Exit status: 0 every file read, 1 some files had problems, 2 usage error or nothing captured.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseArgs(args, ['lang'], ['json', 'programs']);
    if (parsed.positional.length === 0 || parsed.unknown.length > 0) {
      io.err(this.usage);
      return 2;
    }
    const lang = readLanguage(parsed);
    const read = await readCaptures(parsed.positional);
    const classify = createPreviewClassifier({
      catalog: BUILTIN_PRODUCTS,
      entitlements: [],
      ruleOptions: DEFAULT_RULE_OPTIONS,
      today: toLocalDate(new Date()),
    });
    // Each file's computers on their own, as checked against an empty ledger.
    const entries = read.items.flatMap((item) =>
      planCaptureImport([item], {
        machines: [],
        installs: [],
        normalize,
        proposeAssetNo: createAssetNoProposer(''),
        assetKey: (assetNo) => assetNo.toUpperCase(),
      }),
    );
    if (parsed.flags.has('json')) {
      const isWithPrograms = parsed.flags.has('programs');
      io.out(
        JSON.stringify(
          {
            files: { read: read.filesRead, skipped: read.filesSkipped },
            machines: entries.map((entry) => entryToJson(entry, lang, isWithPrograms, classify)),
            problems: read.problems.map((problem) => messageToJson(problem, lang)),
          },
          null,
          2,
        ),
      );
    } else {
      for (const entry of entries) io.out(describeEntry(entry, lang, classify).join('\n'));
      for (const problem of read.problems) io.err(translate(lang, problem));
    }
    if (entries.length === 0) return 2;
    return read.problems.length > 0 ? 1 : 0;
  },
};
