import type { ActivationState } from '../model';
import type { ActivationChannel, ActivationRecord, ActivationTarget } from './captured';
import { cleanText } from './fields';

const WINDOWS_APPLICATION_ID = '55c92734-d682-4d71-983e-d6ec3f16059f';
// Office 2010 used 59a52881…, Office 2013 and later 0ff1ce15…; both end in "-a989-479d-af46-f275c6370663".
const OFFICE_APPLICATION_ID = /^(0ff1ce15|59a52881)-a989-479d-af46-f275c6370663$/i;

/**
 * Maps SoftwareLicensingProduct.LicenseStatus: 0 unlicensed, 1 licensed, 2 OOB grace, 3 OOT grace,
 * 4 non-genuine grace, 5 notification (grace is over), 6 extended grace.
 */
export function licenseStatusToActivation(status: number | null): ActivationState {
  switch (status) {
    case 0:
      return 'not_activated';
    case 1:
      return 'activated';
    case 2:
    case 3:
    case 4:
    case 6:
      return 'grace';
    case 5:
      return 'expired';
    default:
      return 'unknown';
  }
}

/** Channel from ProductKeyChannel ("Volume:GVLK", "OEM:DM" …), else Description, else the product id. */
export function channelFromLicensing(
  productKeyChannel: string,
  description: string,
  productId: string,
): ActivationChannel {
  const channel = productKeyChannel.trim().toLowerCase();
  if (channel.startsWith('volume:gvlk') || channel.startsWith('volume:csvlk')) return 'volume_kms';
  if (channel.startsWith('volume:mak')) return 'volume_mak';
  if (channel.startsWith('oem')) return 'oem';
  if (channel.startsWith('retail')) return 'retail';
  const text = description.toUpperCase();
  if (/VOLUME_KMS/.test(text)) return 'volume_kms';
  if (/VOLUME_MAK/.test(text)) return 'volume_mak';
  if (/\bOEM_|OEM CHANNEL/.test(text)) return 'oem';
  if (/\bRETAIL\b/.test(text)) return 'retail';
  if (isOemProductId(productId)) return 'oem';
  return 'unknown';
}

/** True for product ids such as 00259-40825-10721-AAOEM or 82503-OEM-1190037-27208. */
export function isOemProductId(productId: string): boolean {
  return /OEM/i.test(productId);
}

/** Whether a licensing entry is about Windows itself, Office, or something else. */
export function targetFromLicensing(
  name: string,
  description: string,
  applicationId: string,
): ActivationTarget {
  const id = applicationId.trim().toLowerCase();
  if (id === WINDOWS_APPLICATION_ID) return 'os';
  if (OFFICE_APPLICATION_ID.test(id)) return 'office';
  const text = `${name} ${description}`;
  if (/\boffice\b|\bvisio\b|\bproject\b|\bword\b|\bexcel\b/i.test(text)) return 'office';
  if (/^windows\b|windows\(r\)|operating system/i.test(text)) return 'os';
  return 'other';
}

/** A property bag read from WMI text, PowerShell JSON or a collector file. */
export type PropertyBag = Map<string, unknown>;

/** Reads a property as text (names are case-insensitive). */
export function bagString(bag: PropertyBag, name: string): string {
  return cleanText(bag.get(name.toLowerCase()));
}

/** Reads a property as an integer, or null. */
export function bagNumber(bag: PropertyBag, name: string): number | null {
  const value = bag.get(name.toLowerCase());
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d{1,12}\s*$/.test(value)) return Number(value);
  return null;
}

/** Builds an activation record from a SoftwareLicensingProduct / OfficeSoftwareProtectionProduct instance. */
export function licensingBagToRecord(bag: PropertyBag): ActivationRecord {
  const name = bagString(bag, 'Name');
  const description = bagString(bag, 'Description');
  const productId = bagString(bag, 'ProductKeyID2') || bagString(bag, 'ProductKeyID');
  const licenseStatus = bagNumber(bag, 'LicenseStatus');
  const channel = channelFromLicensing(bagString(bag, 'ProductKeyChannel'), description, productId);
  return {
    name,
    description,
    target: targetFromLicensing(name, description, bagString(bag, 'ApplicationID')),
    channel,
    licenseStatus,
    status: licenseStatusToActivation(licenseStatus),
    partialProductKey: bagString(bag, 'PartialProductKey'),
    kmsHost: readKmsHost(bag),
    kmsPort: readKmsPort(bag),
    productId,
  };
}

// The host set with slmgr /skms wins over the one found through DNS; 0 means "not set".
function readKmsHost(bag: PropertyBag): string {
  return (
    bagString(bag, 'KeyManagementServiceMachine') ||
    bagString(bag, 'DiscoveredKeyManagementServiceMachineName') ||
    bagString(bag, 'DiscoveredKeyManagementServiceMachineIpAddress')
  );
}

function readKmsPort(bag: PropertyBag): number | null {
  const port = bagNumber(bag, 'KeyManagementServicePort');
  if (port !== null && port > 0 && port < 65536) return port;
  const discovered = bagNumber(bag, 'DiscoveredKeyManagementServiceMachinePort');
  return discovered !== null && discovered > 0 && discovered < 65536 ? discovered : null;
}

/** True when a licensing instance carries a key, i.e. it is the licence actually in use. */
export function hasProductKey(bag: PropertyBag): boolean {
  return bagString(bag, 'PartialProductKey') !== '';
}
