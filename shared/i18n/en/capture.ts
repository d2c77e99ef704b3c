export default {
  sources: {
    'reg-export': 'Registry export (.reg)',
    'reg-query': 'Registry query output (reg query)',
    'ps-json': 'PowerShell JSON export',
    wmi: 'WMI query output',
    dpkg: 'dpkg package list',
    rpm: 'rpm package list',
    'macos-text': 'macOS application list (text)',
    'macos-json': 'macOS application list (JSON)',
    'glpi-json': 'GLPI Agent inventory (JSON)',
    'glpi-xml': 'GLPI Agent inventory (XML)',
    collector: 'Collector result file',
    scan: 'Scan of this computer',
  },
  kinds: {
    application: 'Application',
    update: 'Patch or update',
    driver: 'Driver',
    runtime: 'Runtime',
    library: 'Library or support files',
    'system-component': 'System component',
  },
  channels: {
    oem: 'OEM pre-installed',
    retail: 'Retail',
    volume_mak: 'Volume licence (MAK)',
    volume_kms: 'Volume licence (KMS)',
    unknown: 'Unknown',
  },
  match: {
    serial: 'Matched by serial number',
    uuid: 'Matched by hardware UUID',
    hostname: 'Matched by computer name',
    none: 'No existing computer matches; a new ledger record will be created.',
    ambiguous: 'Several computers match; the first was chosen. Please check.',
  },
  summary: {
    programs:
      '{{total}} software entries: {{visible}} applications shown, {{hidden}} hidden by default (patches, drivers, runtimes and the like).',
    duplicates: '{{count}} entries repeat another entry for the same software and are marked as duplicates.',
  },
  problems: {
    tooLarge:
      'File "{{file}}" is larger than {{limitMb}} MB, too large for one computer\'s inventory, and was not imported.',
    emptyFile: 'File "{{file}}" is empty.',
    parseFailed: 'File "{{file}}" could not be read; it may be damaged.',
    unknownFormat:
      'The format of file "{{file}}" was not recognised. Supported formats: registry exports, reg query output, PowerShell/WMI exports, dpkg or rpm package lists, macOS application lists, GLPI Agent inventories and files from this program\'s collector.',
    unknownXml: 'File "{{file}}" is XML but not a GLPI Agent inventory.',
    unknownJson:
      'File "{{file}}" is JSON but holds no computer or software information that could be recognised.',
    invalidJson: 'File "{{file}}" is not valid JSON; it may not have been copied completely.',
    jsonUnrecognized:
      'File "{{file}}" holds no recognisable software, operating system or licensing information.',
    moreProblems: 'File "{{file}}" has {{count}} further problems that are not listed one by one.',
    regNoKeys: 'File "{{file}}" contains no registry keys.',
    regBadLine: 'Line {{line}} of file "{{file}}" was not understood and was skipped.',
    regBadValue: 'The registry value on line {{line}} of file "{{file}}" is malformed and was skipped.',
    regValueOutsideKey:
      'The value on line {{line}} of file "{{file}}" belongs to no registry key and was skipped.',
    wmiBadLine: 'Line {{line}} of file "{{file}}" is not in "Name=Value" form and was skipped.',
    wmiUnrecognized:
      'File "{{file}}" holds no recognisable WMI information (operating system, licensing, hardware or installed programs).',
    packagesUnrecognized: 'File "{{file}}" is not a package list that could be recognised.',
    packageBadLine: 'Line {{line}} of file "{{file}}" is not a valid package entry and was skipped.',
    packagesNotInstalled:
      'File "{{file}}" lists {{count}} packages that were removed (only configuration files remain); they were not counted.',
    macosNoApplications: 'File "{{file}}" contains no applications.',
    glpiNoContent: 'File "{{file}}" has no inventory content (CONTENT section).',
    xmlDoctype:
      'Line {{line}} of file "{{file}}" declares a document type or entity; for safety the file was not read.',
    xmlMalformed: 'The XML of file "{{file}}" is incomplete or broken near line {{line}}.',
    xmlTooLarge: 'The XML content of file "{{file}}" is too large and was not read.',
    xmlTooDeep: 'The XML of file "{{file}}" is nested too deeply at line {{line}} and was not read.',
    xmlTooManyElements: 'The XML of file "{{file}}" has too many elements and was not read.',
    collectorInvalid:
      'Collector file "{{file}}" is malformed: field {{path}} is invalid. The file may have been edited; please collect again.',
    collectorNewerVersion:
      'Collector file "{{file}}" was written by a newer collector (format version {{version}}); this program reads up to version {{supported}}. Please upgrade the program.',
  },
  scan: {
    unsupportedPlatform: 'Scanning this kind of operating system ({{platform}}) is not supported yet.',
    commandFailed: 'Running "{{command}}" failed; the information it provides was not captured.',
    commandTimedOut:
      'Running "{{command}}" took longer than {{seconds}} seconds and was stopped; the information it provides was not captured.',
    noPackageManager: 'Neither dpkg nor rpm was found, so installed packages could not be listed.',
    hardwareIdsUnreadable:
      'The serial number and hardware UUID of this computer could not be read (this usually needs administrator rights); please enter them in the ledger by hand.',
  },
  menu: {
    capture: 'Automatic capture',
  },
  page: {
    title: 'Automatic capture',
    intro:
      'Scan this computer, import inventory files written by agents, or make a collector USB stick to run on each computer. What was captured is listed for review first and written to the machine and software ledgers only when you confirm; known computers are matched by serial number, hardware UUID or computer name and updated, never recorded twice.',
  },
  actions: {
    scan: 'Scan this computer',
    scanHelp:
      'Reads this computer’s operating system, hardware ids and installed programs (and the activation state on Windows) without administrator rights.',
    scanButton: 'Scan this computer',
    import: 'Import inventory files',
    importHelp:
      'GLPI Agent inventories (JSON, XML), JSON files from the collector, registry exports, reg query and WMI output, PowerShell exports, dpkg/rpm package lists and macOS application lists. Choose several files, or a whole folder (such as the collector stick).',
    importFiles: 'Choose files…',
    importFolder: 'Choose folder…',
    stick: 'Make a collector USB stick',
    stickHelp:
      'Writes the collector (a .cmd and a PowerShell script for Windows, a .sh script for Kylin, UOS and other Linux systems) and its instructions to the chosen stick. Run on each computer, it writes one JSON file per computer; then import the whole stick here.',
    stickButton: 'Choose the stick…',
  },
  dialogs: {
    importFiles: 'Choose the inventory files to import',
    importFolder: 'Choose the folder holding the inventory files (such as the collector stick)',
    inventoryFilter: 'Inventory files',
    allFilter: 'All files',
    stickFolder: 'Choose the USB stick or folder to write the collector to',
  },
  import: {
    folderUnreadable: 'The folder “{{folder}}” could not be opened; its files were not imported.',
    fileUnreadable: 'The file “{{file}}” could not be read and was not imported.',
    tooManyFiles:
      'The chosen place holds more than {{limit}} files; only the first {{limit}} were read. Import the rest separately.',
    noFiles: 'The chosen place holds no inventory files (.json, .xml, .ocs, .reg, .txt, .tsv, .csv).',
  },
  progress: {
    scanning: 'Scanning this computer; this usually takes a few seconds to half a minute…',
    listing: 'Looking for inventory files…',
    reading: 'Reading file {{done}} of {{total}}: {{file}}',
  },
  preview: {
    title: 'Review what was captured',
    fromScan: 'From a scan of this computer',
    filesRead: '{{read}} files read, {{skipped}} skipped',
    summary:
      '{{count}} computers: {{created}} new, {{updated}} updating known computers. Review each one; confirming writes them to the ledger in one step.',
    problems: '{{count}} problems need your attention:',
    allProblems: 'Show all {{count}} problems',
    fewerProblems: 'Show fewer',
    include: 'Import',
    computer: 'Computer',
    noHostname: '(no computer name)',
    serial: 'Serial {{serial}}',
    source: 'Source',
    action: 'What happens',
    new: 'New',
    assetNo: 'Asset no.',
    updates: 'Updates {{assetNo}}',
    programs: 'Software',
    installCounts: '{{total}} in the ledger ({{added}} new, {{updated}} updated)',
    hiddenCount: '{{count}} patches, drivers, runtimes and the like hidden; {{duplicates}} repeats',
    kept: '{{count}} programs already recorded were not found this time and are kept',
    verdicts: 'Verdicts',
    genuine: 'Genuine {{count}}',
    notGenuine: 'Not genuine {{count}}',
    toVerify: 'To verify {{count}}',
    confirm: 'Import {{count}} computers',
    discard: 'Discard',
    hiddenNote:
      'Patches, drivers, runtimes, libraries and system components need no licence of their own. They are not listed in the software ledger; the machine’s notes record how many of each kind there were. Expand a computer to see the full list.',
  },
  detail: {
    changes: 'Will change:',
    change: '{{field}}: {{before}} → {{after}}',
    empty: '(empty)',
    name: 'Name',
    version: 'Version',
    category: 'Category',
    licence: 'Licence',
    kmsHost: 'KMS server {{host}}',
    oemProductId: 'Product ID contains “OEM”',
    status: 'Verdict',
    changeColumn: 'Change',
    changeKind: {
      add: 'New',
      update: 'Updated',
      same: 'Unchanged',
    },
    hiddenTitle: 'Entries not listed in the ledger ({{count}})',
    publisher: 'Publisher',
    kind: 'Kind',
    duplicate: 'Repeat',
  },
  fields: {
    hostname: 'Computer name',
    uuid: 'Hardware UUID',
    serial: 'Serial number',
    brand: 'Brand',
    model: 'Model',
    arch: 'CPU architecture',
    type: 'Type',
  },
  stick: {
    written: '{{count}} files written to “{{dir}}”.',
    stepWindows:
      'On Windows: insert the stick, double-click zhengban-collect.cmd, and press a key when it says the collection is done.',
    stepLinux:
      'On Kylin, UOS and other Linux systems: open a terminal in the stick’s folder, type sh zhengban-collect.sh and press Enter.',
    stepImport:
      'When every computer is done, come back here, choose “Choose folder…” and select the whole stick.',
  },
  done: {
    saved: 'Written to the ledger.',
    summary:
      'Import done: {{created}} computers added, {{updated}} updated; {{added}} software records added, {{changed}} updated.',
    openMachines: 'Open the machine ledger',
  },
  errors: {
    previewGone:
      'This capture is no longer available (it was imported, or a newer capture replaced it). Scan or import again.',
    entryGone: 'This computer’s capture could not be found. Scan or import again.',
    previewStale:
      'The ledger changed while you were reviewing, so captured computers now match other machines. Scan or import again, then confirm.',
    nothingSelected: 'No computer was ticked; nothing was imported.',
    assetNoRequired: 'The computer “{{host}}” has no asset number yet.',
    duplicateAssetNo: 'The asset number “{{assetNo}}” is already used by another computer. Please change it.',
    stickWriteFailed: 'Could not write to “{{dir}}”. Check that the stick is not write-protected or full.',
  },
  notes: {
    marker: '[Captured]',
    summary:
      '[Captured] {{date}}, from: {{sources}}. {{installs}} programs in the software ledger; not listed: {{update}} patches and updates, {{driver}} drivers, {{runtime}} runtimes, {{library}} libraries, {{system}} system components, {{duplicates}} repeats.',
  },
  cli: {
    machine: 'Computer: {{hostname}}  {{brand}}  serial {{serial}}',
    os: 'Operating system: {{name}} {{version}}',
    installs:
      '{{count}} programs for the software ledger ({{hidden}} hidden entries, {{duplicates}} repeats):',
    unknownProduct: 'not in the catalog',
  },
} as const;
