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
} as const;
