import { getFreeForInstitutions } from '../catalog/product';
import {
  type Facts,
  type Finding,
  genuine,
  hasAnyRecord,
  isPast,
  isWindowsClient,
  message,
  notGenuine,
  toVerify,
  verdict,
} from './classify-facts';

/** A rule decides (returns a finding) or passes to the next; it may add caps and notes on the way. */
export type Rule = (facts: Facts) => Finding | null;

/** Edition licences that forbid use in a unit whatever the channel (Home, Home & Student, personal plans, education). */
const restrictionRule: Rule = (facts) => {
  const { edition, options, names } = facts;
  switch (edition?.restriction) {
    case 'windows_home':
      if (!options.windowsHomeAccepted) return notGenuine('windowsHome', names);
      facts.notes.push(message('windowsHomeAccepted'));
      if (facts.channel === 'volume') return notGenuine('volumeHomeImpossible', names);
      return null;
    case 'office_home_student':
      if (!options.officeHomeStudentAccepted) return notGenuine('officeHomeStudent', names);
      facts.notes.push(message('officeHomeStudentAccepted'));
      return null;
    case 'personal_use':
      if (!options.personalEditionsAccepted) return notGenuine('personalUse', names);
      facts.notes.push(message('personalUseAccepted'));
      return null;
    case 'education_only':
      return notGenuine('educationOnly', names);
    default:
      return null;
  }
};

/** Trial and evaluation editions are not licensed for daily use; a running trial still has to be settled. */
const trialRule: Rule = (facts) => {
  const isTrialEdition = facts.edition?.kind === 'trial';
  if (!isTrialEdition && facts.channel !== 'trial') return null;
  // Software that is free for institutions stays free when the clerk picked "trial" by mistake.
  if (!isTrialEdition && getFreeForInstitutions(facts.product, facts.edition) === 'yes') return null;
  const { activation } = facts.install.evidence;
  if (activation === 'expired' || isPast(facts.expiry, facts.today))
    return notGenuine('trialExpired', facts.names);
  if (facts.expiry !== '') return toVerify('trialRunning', { ...facts.names, expiry: facts.expiry });
  if (activation === 'grace') return toVerify('trialGrace', facts.names);
  return notGenuine('trialExpired', facts.names);
};

/** A KMS host outside the unit is the signature of piracy scripts; a private one is a rule-set option. */
const kmsHostRule: Rule = (facts) => {
  const host = facts.install.evidence.kmsHost.trim();
  switch (facts.kmsKind) {
    case null:
      return null;
    case 'unit':
      facts.notes.push(message('kmsUnit', { host }));
      return null;
    case 'loopback':
      return notGenuine('kmsLoopback', { host });
    case 'emulator':
      return notGenuine('kmsEmulator', { host });
    case 'public':
      return notGenuine('kmsPublic', { host });
    case 'private': {
      const chosen = facts.options.privateKmsHostVerdict;
      if (chosen === 'not_genuine') return notGenuine('kmsPrivateNotGenuine', { host });
      if (chosen === 'to_verify') facts.caps.push(toVerify('kmsPrivateToVerify', { host }));
      else facts.notes.push(message('kmsPrivateAccepted', { host }));
      return null;
    }
  }
};

/** Vendor activation per device (Kylin, UOS) that has run out ends the licence. */
const expiredActivationRule: Rule = (facts) => {
  if (facts.product.isActivationEvidence !== true) return null;
  return facts.install.evidence.activation === 'expired'
    ? notGenuine('activationExpired', facts.names)
    : null;
};

/** Windows 10 China Government Edition (神州网信): any procurement or pre-install proof suffices. */
const governmentEditionRule: Rule = (facts) => {
  const { product, edition } = facts;
  if (edition?.kind !== 'government' || product.vendor !== 'microsoft' || product.category !== 'os')
    return null;
  const ref = facts.contractNo || facts.invoiceNo;
  if (ref !== '') return genuine('governmentEditionGenuine', { ...facts.names, ref });
  if (facts.install.evidence.coa === 'matching') return genuine('governmentEditionCoa', facts.names);
  return toVerify('governmentEditionNoProof', facts.names);
};

/** Free community Linux is open source; whether 信创 rules demand a commercial OS is a rule-set option. */
const communityLinuxRule: Rule = (facts) => {
  if (facts.product.category !== 'os' || facts.edition?.kind !== 'community') return null;
  return facts.options.communityLinuxVerdict === 'genuine'
    ? genuine('communityLinuxGenuine', facts.names)
    : toVerify('communityLinuxToVerify', facts.names);
};

const FREE_CHANNELS = new Set(['free', 'open_source', 'unknown']);

/** Free software needs no proof, but only when its terms allow an institution to use it. */
const freeTermsRule: Rule = (facts) => {
  const { product, edition, names, options } = facts;
  const flag = getFreeForInstitutions(product, edition);
  if (flag === 'yes') return genuine('freeForInstitutions', names);
  if (flag === 'personal_only') {
    if (product.category === 'security') {
      const chosen = options.personalSecurityVerdict;
      return verdict(chosen, `personalSecurity.${chosen}`, names);
    }
    return options.personalEditionsAccepted
      ? genuine('freePersonalAccepted', names)
      : notGenuine('freePersonalNotAccepted', names);
  }
  if (flag === 'unverified' && (edition?.free === true || FREE_CHANNELS.has(facts.channel))) {
    return toVerify('freeTermsUnverified', names);
  }
  if (facts.channel === 'free' || facts.channel === 'open_source') {
    const hasFreeEdition = product.editions.some((candidate) => candidate.free === true);
    return edition === null && hasFreeEdition
      ? toVerify('freeEditionUnknown', names)
      : notGenuine('claimedFreeButPaid', names);
  }
  return null;
};

const oemRule: Rule = (facts) => {
  const { coa, originalMachine, productIdOem, activation } = facts.install.evidence;
  if (originalMachine === false) return notGenuine('oemOtherMachine');
  if (coa === 'mismatching') return notGenuine('oemCoaMismatch');
  if (coa === 'matching') {
    if (productIdOem === true) facts.notes.push(message('oemProductIdSupports'));
    if (productIdOem === false) facts.caps.push(toVerify('oemProductIdNotOem'));
    return genuine('oemGenuine', facts.names);
  }
  if (facts.product.isActivationEvidence === true && activation === 'activated') {
    return genuine('activatedPerDevice', facts.names);
  }
  return productIdOem === true ? toVerify('oemNoCoaProductIdOem') : toVerify('oemNoCoa');
};

const retailRule: Rule = (facts) => {
  if (facts.invoiceNo !== '') return genuine('retailGenuine', { invoiceNo: facts.invoiceNo });
  if (facts.product.isActivationEvidence === true && facts.install.evidence.activation === 'activated') {
    return genuine('activatedPerDevice', facts.names);
  }
  return toVerify('retailNoInvoice');
};

/** Volume licences need the unit's agreement; Windows client volume licences are upgrades of an OEM/retail licence. */
const volumeRule: Rule = (facts) => {
  if (facts.contractNo === '') return toVerify('volumeNoContract');
  if (isWindowsClient(facts.product)) {
    const { coa } = facts.install.evidence;
    if (coa === 'matching') facts.notes.push(message('volumeUnderlyingCoa'));
    else if (facts.invoiceNo !== '')
      facts.notes.push(message('volumeUnderlyingInvoice', { invoiceNo: facts.invoiceNo }));
    else if (coa === 'mismatching') facts.caps.push(toVerify('volumeUnderlyingOtherEdition'));
    else facts.caps.push(toVerify('volumeNoUnderlying'));
  }
  return genuine('volumeGenuine', { contractNo: facts.contractNo });
};

const subscriptionRule: Rule = (facts) => {
  if (isPast(facts.expiry, facts.today)) return notGenuine('subscriptionExpired', { expiry: facts.expiry });
  if (facts.install.evidence.activation === 'expired') return notGenuine('subscriptionExpiredNoDate');
  const ref = facts.contractNo || facts.invoiceNo;
  if (ref === '') return toVerify('subscriptionNoProof');
  return facts.expiry !== ''
    ? genuine('subscriptionGenuine', { ref, expiry: facts.expiry })
    : genuine('subscriptionGenuineOpenEnded', { ref });
};

const centralRule: Rule = (facts) =>
  facts.contractNo !== ''
    ? genuine('centralGenuine', { docNo: facts.contractNo })
    : toVerify('centralNoDocument');

const unknownChannelRule: Rule = (facts) => {
  if (facts.product.noRecordVerdict === 'not_genuine' && !hasAnyRecord(facts)) {
    return notGenuine('noRecordNotGenuine', facts.names);
  }
  if (facts.product.isActivationEvidence === true && facts.install.evidence.activation === 'activated') {
    return genuine('activatedPerDevice', facts.names);
  }
  const ref = facts.contractNo || facts.invoiceNo;
  return ref !== '' ? toVerify('recordWithoutChannel', { ref }) : toVerify('unknownChannel');
};

/** Decides by how the licence was obtained, once no product- or edition-level rule has decided. */
const channelRule: Rule = (facts) => {
  switch (facts.channel) {
    case 'oem':
      return oemRule(facts);
    case 'retail':
      return retailRule(facts);
    case 'volume':
      return volumeRule(facts);
    case 'subscription':
      return subscriptionRule(facts);
    case 'central':
      return centralRule(facts);
    case 'unknown':
      return unknownChannelRule(facts);
    default:
      // Free and trial channels are settled by the rules before; reaching here means the catalog is incomplete.
      return toVerify('unknownChannel');
  }
};

/** The rules in order; the first that returns a finding decides, caps can only make it worse. */
export const RULES: readonly Rule[] = [
  restrictionRule,
  trialRule,
  kmsHostRule,
  expiredActivationRule,
  governmentEditionRule,
  communityLinuxRule,
  freeTermsRule,
  channelRule,
];
