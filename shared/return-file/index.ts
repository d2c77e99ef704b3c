export {
  ALL_CODE_TABLES,
  BOOLEAN_LABELS,
  type CodeTable,
  codeEntries,
} from './code-labels';
export type { Column, ColumnKind, LedgerSpec } from './column-types';
export {
  BUDGET_LEDGER,
  CHILD_LEDGER,
  ENTITLEMENT_LEDGER,
  INSTALL_LEDGER,
  MACHINE_LEDGER,
  MILESTONE_LEDGER,
  SHEETS,
} from './columns-v1';
export { type DecodeOptions, type DecodeResult, type DigestState, decodeReturn } from './decode';
export {
  computeReturnDigest,
  DIGEST_PREAMBLE,
  type DigestFn,
  type HashStream,
  type HashStreamFn,
  serializeReturnData,
} from './digest';
export { type EncodeOptions, encodeReturn } from './encode';
export type { ReturnIssue } from './issues';
export { COVER_FIELDS, SUMMARY } from './layout-v1';
export * from './return-data';
export type { UnzipTools } from './unzip-verified';
export { MAX_SHEET_ROWS } from './write-ledger';
export { DEFAULT_ZIP_LIMITS, inspectWorkbookBytes, type ZipLimits } from './zip-guard';
