export {
  type Classification,
  type ClassifyInput,
  classifyInstall,
  createInstallClassifier,
  type InstallClassifier,
} from './classify';
export {
  type ClassifyAllContext,
  type ClassifyAllResult,
  classifyAll,
  classifyAllWithReconciliation,
} from './classify-all';
export { classifyKmsHost, type KmsHostKind, normalizeKmsHost } from './kms-host';
export {
  CHANNEL_GROUPS,
  type ChannelGroup,
  type ReconcileRow,
  type Reconciliation,
  reconcile,
  toChannelGroup,
} from './reconcile';
export { DEFAULT_RULE_OPTIONS, type RuleOptions, ruleOptionsSchema } from './rule-options';
