export default {
  status: {
    genuine: 'Genuine',
    not_genuine: 'Not genuine',
    to_verify: 'To verify',
  },
  channelGroup: {
    volume: 'Volume licence',
    retail: 'Retail',
    subscription: 'Subscription',
    central: 'Central procurement',
    oem: 'OEM pre-installed',
    free: 'Free / open source',
    trial: 'Trial',
    unknown: 'Not recorded',
  },
  reconcile: {
    installs: 'Installs',
    seats: 'Licences',
    surplus: 'Surplus',
    shortfall: 'Shortfall',
    overDeployed: 'Over-deployed installs',
    anyEdition: 'Any edition',
  },
  options: {
    windowsHomeAccepted: {
      label: 'Accept Windows Home',
      help: 'Practice differs: some forms leave Home editions out of a unit’s genuine software. By default they are not accepted (not genuine).',
    },
    personalEditionsAccepted: {
      label: 'Accept free personal editions',
      help: 'Whether use in a government unit counts as commercial use. By default it does, so free personal editions such as WPS Personal are not genuine.',
    },
    personalSecurityVerdict: {
      label: 'Verdict for free personal security software',
      help: 'Whether the free personal editions of 360, Huorong or Kingsoft may be used in a unit is disputed. Default: to verify.',
    },
    privateKmsHostVerdict: {
      label: 'Verdict for an unlisted KMS host on the internal network',
      help: 'The verdict when the KMS host has a private address but is not listed as one of the unit’s own KMS servers. Default: to verify.',
    },
    officeHomeStudentAccepted: {
      label: 'Accept Office Home & Student',
      help: 'Home & Student is for non-commercial use and often comes pre-installed on laptops a unit buys. By default it is not accepted (not genuine).',
    },
    communityLinuxVerdict: {
      label: 'Verdict for community Linux',
      help: 'Free open-source systems such as deepin, openKylin and Ubuntu Kylin. Choose "to verify" where IT-localisation rules require a commercial OS. Default: genuine.',
    },
    unitKmsHosts: {
      label: 'The unit’s KMS servers',
      help: 'Host names or addresses of the unit’s own KMS servers, one per line. Computers activated by these hosts count as activated under the unit’s volume licence.',
    },
  },
  reason: {
    unknownProduct:
      '"{{rawName}}" is not in the software catalog, so its licence cannot be judged; first confirm which product it is.',
    entitlementOtherProduct:
      'The linked licence record is for another product ({{otherProductId}}) and cannot cover this software; please correct the link.',
    windowsHome:
      '{{productEn}} {{editionEn}} does not count as genuine software of a unit: the current rules leave Windows Home editions out.',
    windowsHomeAccepted:
      'The rule set of this reporting round accepts Windows Home editions as genuine software of a unit.',
    volumeHomeImpossible:
      'Windows Home cannot be activated by volume licensing, so the recorded channel cannot be right.',
    officeHomeStudent:
      '{{productEn}} {{editionEn}} is for non-commercial home use only and under the current rules does not count as genuine software of a unit.',
    officeHomeStudentAccepted:
      'The rule set of this reporting round accepts Office Home & Student as genuine software of a unit.',
    personalUse:
      '{{productEn}} {{editionEn}} is for personal or family use only; under the current rules use in a government unit counts as commercial use, so it is not genuine.',
    personalUseAccepted:
      'The rule set of this reporting round accepts personal editions as genuine software of a unit.',
    educationOnly:
      '{{productEn}} {{editionEn}} may be used only by students, teachers and educational institutions, so it is not genuine in a government unit.',
    trialExpired:
      '{{productEn}} is a trial or evaluation edition whose trial has ended or cannot be confirmed; daily use of it is not licensed.',
    trialRunning:
      '{{productEn}} is a trial or evaluation edition running until {{expiry}}; buy a licence or uninstall it before then.',
    trialGrace:
      '{{productEn}} is still in its trial grace period; buy a licence or uninstall it before the period ends.',
    kmsUnit: 'The KMS host used for activation, {{host}}, is one of the unit’s registered KMS servers.',
    kmsLoopback:
      'The KMS host used for activation, {{host}}, points at the computer itself (loopback or 0.0.0.0), which means a KMS emulator was used; not genuine.',
    kmsEmulator:
      'The KMS host used for activation, {{host}}, is a known KMS emulator or piracy activation server; not genuine.',
    kmsPublic:
      'The KMS host used for activation, {{host}}, is on the public internet and not the unit’s own server, the typical signature of piracy activation tools; not genuine.',
    kmsPrivateNotGenuine:
      'The KMS host used for activation, {{host}}, is not registered as one of the unit’s KMS servers, so under the current rules it is not genuine.',
    kmsPrivateToVerify:
      'The KMS host used for activation, {{host}}, is on an internal network but not registered as one of the unit’s KMS servers; check whether the unit owns it.',
    kmsPrivateAccepted:
      'The KMS host used for activation, {{host}}, is on an internal network and the rule set of this reporting round treats it as the unit’s own.',
    activationExpired: 'The activation of {{productEn}} has expired, so it is not genuine.',
    governmentEditionGenuine:
      '{{productEn}} {{editionEn}} has proof of purchase or pre-installation ({{ref}}).',
    governmentEditionCoa:
      '{{productEn}} {{editionEn}} came pre-installed, with a genuine label on the case that matches the installed edition.',
    governmentEditionNoProof:
      '{{productEn}} {{editionEn}} needs proof of purchase from CMIT or of pre-installation; record the contract or invoice number.',
    communityLinuxGenuine:
      '{{productEn}} is a free open-source community operating system; its open-source licence needs no purchase.',
    communityLinuxToVerify:
      '{{productEn}} is a free open-source community operating system; under the current rules (IT-localisation asks for a commercial OS) check whether it may be used.',
    freeForInstitutions:
      '{{productEn}} is free for institutions (per the licence terms recorded in the software catalog) and needs no licence proof.',
    personalSecurity: {
      genuine:
        '{{productEn}} is free personal security software that the rule set of this reporting round allows in a unit.',
      not_genuine:
        '{{productEn}} is free security software for personal use only, so under the current rules it is not genuine; a unit should use the enterprise edition.',
      to_verify:
        '{{productEn}} is free personal security software and whether a unit may use it is disputed; check its licence terms or switch to the enterprise edition.',
    },
    freePersonalAccepted:
      '{{productEn}} is a free personal edition that the rule set of this reporting round allows in a unit.',
    freePersonalNotAccepted:
      '{{productEn}} is free for personal use only; a unit must buy an institutional edition such as Professional or Government.',
    freeTermsUnverified:
      'Whether {{productEn}} is free for institutions has not been verified; check its licence terms or record proof of purchase.',
    freeEditionUnknown: '{{productEn}} has free and paid editions; record which edition is installed.',
    claimedFreeButPaid:
      '{{productEn}} is paid software and cannot be recorded as obtained for free; record how it was actually obtained and its licence proof.',
    oemOtherMachine:
      'An OEM licence belongs to the computer it came with and cannot be moved to this one; not genuine.',
    oemCoaMismatch:
      'The COA label on the case is for a different edition, so the OEM licence does not cover the installed edition; not genuine.',
    oemProductIdSupports: 'The Product ID contains "OEM", which agrees with an OEM pre-installed licence.',
    oemProductIdNotOem:
      'The Product ID does not contain "OEM", so this computer was not activated with its OEM licence; check how it was activated.',
    oemGenuine:
      '{{productEn}} has an OEM pre-installed licence: the COA label on the case matches the installed edition.',
    activatedPerDevice:
      '{{productEn}} has been activated for this device by the vendor; the activation record is the licence proof.',
    oemNoCoaProductIdOem:
      'The Product ID contains "OEM" but no COA label is recorded; check that the label on the case matches the installed edition.',
    oemNoCoa:
      'No COA label is recorded, so the OEM licence cannot be confirmed; check the label on the case.',
    retailGenuine: 'Bought at retail, with invoice {{invoiceNo}}.',
    retailNoInvoice: 'A retail purchase needs an invoice; record the invoice number.',
    volumeNoContract:
      'A volume licence needs the unit’s licensing agreement or contract; record the agreement or contract number.',
    volumeUnderlyingCoa:
      'The underlying licence a volume upgrade needs: a COA label on the case that matches the installed edition.',
    volumeUnderlyingInvoice: 'The underlying licence a volume upgrade needs: retail invoice {{invoiceNo}}.',
    volumeUnderlyingOtherEdition:
      'The COA label on the case is for another edition; confirm it is a Pro or Enterprise licence that qualifies for the volume upgrade.',
    volumeNoUnderlying:
      'Windows client volume licences are upgrades: each computer also needs a qualifying OEM or retail licence; record its COA label or invoice.',
    volumeGenuine: 'Volume licence under the unit’s agreement or contract {{contractNo}}.',
    subscriptionExpired: 'The subscription ended on {{expiry}}, so it is not genuine.',
    subscriptionExpiredNoDate:
      'The subscription has ended (the activation state shows it expired), so it is not genuine.',
    subscriptionNoProof: 'A subscription needs the unit’s contract or invoice; please record it.',
    subscriptionGenuine: 'Subscription under contract or invoice {{ref}}, valid until {{expiry}}.',
    subscriptionGenuineOpenEnded:
      'Subscription under contract or invoice {{ref}}; record its end date so it can be renewed in time.',
    centralGenuine: 'Centrally procured under document or contract {{docNo}}.',
    centralNoDocument:
      'Central procurement needs the procurement document or contract number; please record it.',
    noRecordNotGenuine:
      '{{productEn}} is paid software with no purchase or licence record at all, so it is not genuine.',
    unknownChannel:
      'How the licence was obtained is not recorded: record whether it is OEM pre-installed, retail, volume, subscription, central procurement, free or trial, with its proof.',
    recordWithoutChannel:
      'A contract or invoice ({{ref}}) is recorded but not how the licence was obtained, so it cannot be told whether it covers this install; record the channel.',
    overDeployed:
      '{{productEn}} is installed more often than the unit has licences ({{seats}}); this install is beyond the licences owned (over-deployed).',
  },
} as const;
