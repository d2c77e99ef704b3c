import type { CaptureResult } from './captured';
import { parseJsonInput } from './json-input';
import type { PropertyBag } from './licensing';
import { ProblemList } from './problems';
import { bagsToMachine, classifyBag } from './wmi';

const MAX_OBJECTS = 200_000;

/**
 * Reads PowerShell ConvertTo-Json output already parsed from JSON: Get-ItemProperty of Uninstall keys,
 * Get-WmiObject/Get-CimInstance of Win32_OperatingSystem, SoftwareLicensingProduct and friends — one
 * object, an array, or an object whose members hold those.
 */
export function parsePowerShellValue(value: unknown): CaptureResult {
  const problems = new ProblemList();
  const bags = collectBags(value);
  if (!bags.some((bag) => classifyBag(bag) !== 'unknown')) {
    problems.add('problems.jsonUnrecognized');
  }
  return { machines: [bagsToMachine(bags, 'ps-json')], problems: problems.toArray() };
}

/** True when a parsed JSON value holds at least one object PowerShell capture understands. */
export function isPowerShellValue(value: unknown): boolean {
  return collectBags(value).some((bag) => classifyBag(bag) !== 'unknown');
}

function collectBags(value: unknown): PropertyBag[] {
  const bags: PropertyBag[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (bags.length >= MAX_OBJECTS || depth > 3) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const bag = toBag(node);
    if (classifyBag(bag) !== 'unknown') {
      bags.push(bag);
      return;
    }
    // A wrapper such as {"os": {…}, "programs": […]}: look one level down.
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === 'object') visit(child, depth + 1);
    }
  };
  visit(value, 0);
  return bags;
}

function toBag(node: object): PropertyBag {
  const bag: PropertyBag = new Map();
  for (const [name, value] of Object.entries(node)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      bag.set(name.toLowerCase(), value);
  }
  return bag;
}

/** Parses PowerShell ConvertTo-Json bytes (often UTF-16 with BOM). */
export function parsePowerShellJson(input: Uint8Array | string): CaptureResult {
  return parseJsonInput(input, parsePowerShellValue);
}
