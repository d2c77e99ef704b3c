import type { CapturedMachine, CapturedOs, CaptureSource } from './captured';
import { createCapturedMachine } from './captured';
import { markDuplicates } from './dedupe';

/**
 * Folds several partial captures of one computer into one machine — e.g. an Uninstall export, a
 * Win32_OperatingSystem dump and a licensing dump, or the pieces of a live scan. The first non-empty
 * value of each field wins; programs and activation records are pooled and repeats re-marked.
 */
export function mergeCapturedMachines(parts: CapturedMachine[], source?: CaptureSource): CapturedMachine {
  const merged = createCapturedMachine(source ?? parts[0]?.source ?? 'scan');
  for (const part of parts) {
    merged.hostname ||= part.hostname;
    merged.uuid ||= part.uuid;
    merged.serial ||= part.serial;
    merged.manufacturer ||= part.manufacturer;
    merged.model ||= part.model;
    if (merged.arch === 'other') merged.arch = part.arch;
    merged.machineType ??= part.machineType;
    merged.os = mergeOs(merged.os, part.os);
    merged.activation.push(...part.activation);
  }
  const programs = parts.flatMap((part) =>
    part.programs.map((program) => ({ ...program, duplicateOf: null })),
  );
  merged.programs = markDuplicates(programs);
  return merged;
}

function mergeOs(into: CapturedOs | null, from: CapturedOs | null): CapturedOs | null {
  if (from === null) return into;
  if (into === null) return { ...from };
  return {
    name: into.name || from.name,
    edition: into.edition || from.edition,
    version: into.version || from.version,
    build: into.build || from.build,
    productId: into.productId || from.productId,
    arch: into.arch || from.arch,
  };
}
