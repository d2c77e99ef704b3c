import type { TFunction } from 'i18next';

/** A vendor key as people know the vendor (微软, 金山, 麒麟 …); unknown keys are shown as they are. */
export function vendorName(t: TFunction<'central'>, vendor: string): string {
  return t(`vendors.${vendor}`, { defaultValue: vendor });
}
