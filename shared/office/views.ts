import type { LocalizedName, Product } from '../catalog/product';
import type { Message } from '../i18n';
import type { Category, Channel, Entitlement, Install, LicenceStatus, Machine } from '../model';

/** One install as the machine drawer shows it: the facts, the product's names and the verdict. */
export interface InstallView extends Install {
  productName: LocalizedName | null;
  editionName: LocalizedName | null;
  status: LicenceStatus;
  /** Whole sentences explaining the status, the deciding one first. */
  reasons: Message[];
  isOverDeployed: boolean;
}

/** An install in a list across machines (software drill-down), with the machine it is on. */
export interface InstallRow extends InstallView {
  assetNo: string;
  user: string;
  department: string;
}

/** A machine with its installs, for the drawer. */
export interface MachineDetail {
  machine: Machine;
  installs: InstallView[];
}

/** Why a list of installs is shown: the overview's fix list and the software page's filters. */
export const INSTALL_ISSUES = [
  'not_genuine',
  'to_verify',
  'no_evidence',
  'over_deployed',
  'unknown',
] as const;
export type InstallIssue = (typeof INSTALL_ISSUES)[number];

/** Which installs a cross-machine list shows; every given field must match. */
export interface InstallFilter {
  productId?: string;
  /** Raw name (tidied, any case) of unknown software. */
  rawName?: string;
  category?: Category;
  status?: LicenceStatus;
  issue?: InstallIssue;
  entitlementId?: string;
}

/** One product (or unknown raw name) on the software page, counted across machines. */
export interface SoftwareRow {
  /** productId, or "raw:<name>" for software not in the catalog. */
  key: string;
  productId: string | null;
  rawName: string;
  name: LocalizedName | null;
  category: Category;
  domestic: boolean | null;
  installs: number;
  machines: number;
  genuine: number;
  notGenuine: number;
  toVerify: number;
}

/** A raw installed name the catalog does not know, for the clerk to map to a product. */
export interface UnknownName {
  rawName: string;
  installs: number;
  machines: number;
  /** A few asset numbers to help the clerk recognise the software. */
  sampleAssetNos: string[];
}

export interface SoftwareList {
  rows: SoftwareRow[];
  unknown: UnknownName[];
}

/** A catalog entry with what the clerk needs to decide on it. */
export interface CatalogEntry extends Product {
  isUserOwned: boolean;
  installs: number;
}

/** An entitlement with its product's names and how many installs are linked to it. */
export interface EntitlementView extends Entitlement {
  productName: LocalizedName | null;
  linkedInstalls: number;
}

/** A reconciliation line (installs against seats) with names for display. */
export interface ReconcileView {
  key: string;
  productId: string;
  productName: LocalizedName | null;
  edition: string;
  editionName: LocalizedName | null;
  channel: Channel | 'free';
  consumesSeats: boolean;
  installs: number;
  seats: number;
  surplus: number;
  shortfall: number;
  overDeployed: number;
  entitlementIds: string[];
}

/** What the quick-entry form starts with: the image used last and the next asset number. */
export interface EntryDefaults {
  lastImageId: string | null;
  suggestedAssetNo: string;
  lastAssetNo: string;
  /** The latest deletion that can still be undone. */
  lastDeletion: { trashId: string; machines: number; deletedAt: string } | null;
}

/** The result of deleting machines: enough to offer "undo". */
export interface DeleteResult {
  trashId: string;
  machines: number;
  installs: number;
}
