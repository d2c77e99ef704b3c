import { type Language, translate } from '../i18n';
import type { PriceBasis, PriceEntry, PurchaseChannel } from './price-list';

/**
 * The example price list (示例价格表) shipped with the program. Every figure is a published average or a
 * published price of an older release, used for illustration only; each line says where it came from,
 * carries isExample, and is never offered as a quotation. A unit's own list replaces it. No security
 * software is priced here: no comparable public figure was found, so those needs show as missing.
 */
type ExampleSource = 'foreignAverage' | 'domesticAverage' | 'office2010Agreement';

interface ExampleLine {
  productId: string;
  edition: string;
  channel: PurchaseChannel;
  basis: PriceBasis;
  unitPriceFen: number;
  source: ExampleSource;
  sourceDate: string;
}

const FOREIGN_AVERAGE_FEN = 134_100;
const DOMESTIC_AVERAGE_FEN = 61_400;
const OFFICE_2010_STANDARD_AGREEMENT_FEN = 141_800;

const LINES: readonly ExampleLine[] = [
  line('ms-windows-10', 'pro', 'list', FOREIGN_AVERAGE_FEN, 'foreignAverage'),
  line('ms-windows-11', 'pro', 'list', FOREIGN_AVERAGE_FEN, 'foreignAverage'),
  line('ms-office-2016', '', 'list', FOREIGN_AVERAGE_FEN, 'foreignAverage'),
  line('ms-office-2019', '', 'list', FOREIGN_AVERAGE_FEN, 'foreignAverage'),
  line('ms-office-2021', '', 'list', FOREIGN_AVERAGE_FEN, 'foreignAverage'),
  {
    ...line(
      'ms-office-2010',
      'standard',
      'agreement',
      OFFICE_2010_STANDARD_AGREEMENT_FEN,
      'office2010Agreement',
    ),
    sourceDate: '2011-04-01',
  },
  line('kylin-desktop', 'commercial', 'list', DOMESTIC_AVERAGE_FEN, 'domesticAverage'),
  line('uos', 'professional', 'list', DOMESTIC_AVERAGE_FEN, 'domesticAverage'),
  line('wps-office', 'professional', 'list', DOMESTIC_AVERAGE_FEN, 'domesticAverage'),
  line('yozo-office', '', 'list', DOMESTIC_AVERAGE_FEN, 'domesticAverage'),
];

function line(
  productId: string,
  edition: string,
  basis: PriceBasis,
  unitPriceFen: number,
  source: ExampleSource,
): ExampleLine {
  return { productId, edition, channel: 'volume', basis, unitPriceFen, source, sourceDate: '' };
}

/** The example price list with its source notes in the given language; every entry is marked isExample. */
export function createExamplePriceList(language: Language = 'zh-CN'): PriceEntry[] {
  return LINES.map((entry, index) => ({
    id: `example-${String(index + 1).padStart(2, '0')}`,
    productId: entry.productId,
    edition: entry.edition,
    channel: entry.channel,
    basis: entry.basis,
    unitPriceFen: entry.unitPriceFen,
    source: translate(language, { key: `budget:example.source.${entry.source}` }),
    sourceDate: entry.sourceDate,
    notes: translate(language, { key: 'budget:example.note' }),
    isExample: true,
  }));
}
