export * from './captured';
export { classifyMacApplication, classifyPackage, classifyWindowsEntry } from './classify';
export type { CollectorStickFile } from './collector';
export { listCollectorStickFiles, parseCollectorJson, parseCollectorValue } from './collector';
export { decodeText } from './decode-text';
export { MAX_CAPTURE_BYTES, parseCaptureFile } from './detect';
export { parseGlpiJson, parseGlpiValue, parseGlpiXml } from './glpi';
export { licenseStatusToActivation } from './licensing';
export { parseSystemProfilerJson, parseSystemProfilerText, parseSystemProfilerValue } from './macos';
export type { InstallDraftOptions, MachineMatch, MatchKey, NormalizeFn } from './match';
export {
  activationChannelToChannel,
  activationToEvidence,
  capturedToInstallDrafts,
  capturedToMachineDraft,
  isJunkSerial,
  isJunkUuid,
  matchMachine,
} from './match';
export { mergeCapturedMachines } from './merge';
export { parsePackageList } from './packages';
export { parsePowerShellJson, parsePowerShellValue } from './powershell-json';
export { parseRegExport } from './registry-export';
export { parseRegQuery } from './registry-query';
export { parseWmiText } from './wmi';
