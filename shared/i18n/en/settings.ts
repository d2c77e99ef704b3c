export default {
  title: 'Settings',
  language: 'Language',
  languages: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  workspaces: {
    title: 'Workspaces',
    current: 'Current workspace',
    open: 'Open',
    create: 'New empty workspace',
    namePlaceholder: 'Workspace name, e.g. City Bureau 2026',
    demo: 'Demo',
    real: 'Real',
  },
  backups: {
    title: 'Backups and restore',
    intro:
      'The program backs up automatically before every import, merge, restore and data upgrade. A restore first backs up the current data, so it can be undone.',
    create: 'Back up now',
    created: 'Backup created.',
    restore: 'Restore',
    restored: 'Restored to the chosen backup.',
    time: 'Time',
    reason: 'Reason',
    size: 'Size',
    files: 'Files',
    empty: 'No backups yet.',
    showContents: 'Show contents',
    restoreTitle: 'Restore the backup of {{time}}?',
    restoreReplaces:
      'The office, central and budget data of the current workspace "{{name}}" will all be replaced by what this backup holds (return files received are kept):',
    restoreUndo: 'The current data is backed up first, so you can go back to it if needed.',
    contents: {
      office: 'Office return',
      officeLine:
        '{{unit}}: computers {{machines}}, software installs {{installs}}, licences {{entitlements}}, milestones {{milestones}}',
      noUnit: '(unit profile not filled in)',
      central: 'Central merge',
      centralLine:
        'Period {{period}}: roster units {{rosterUnits}}, units returned {{returnedUnits}}; return files stored {{returns}}',
      centralNoPeriod: 'No period chosen yet; return files stored {{returns}}',
      budget: 'Budget',
      budgetLine:
        'Price lines {{priceEntries}}, scenarios {{scenarios}}, units with funds recorded {{unitFunds}}',
      fundsLine: 'Funds allocated to this unit: {{amount}} yuan',
      missing: 'Not in this backup (empty after a restore)',
      unreadable: '{{file}} cannot be read',
      loading: 'Reading the backup…',
    },
    reasons: {
      manual: 'Manual backup',
      'before-restore': 'Before a restore',
      'before-migration': 'Before a data upgrade',
      'before-import': 'Before an import',
      'before-merge': 'Before a merge',
      'archive-import': 'Before importing an archive',
    },
  },
  archive: {
    title: 'Export and import everything',
    intro:
      'Saves everything in the current workspace (office, central and budget data and the return files received) as one .zip archive, to move to another computer or to keep. Importing an archive creates a new workspace and opens it; nothing existing is overwritten, and the current workspace is backed up first.',
    export: 'Export everything',
    import: 'Import an archive',
    exported: 'Exported {{files}} files to {{path}}.',
    imported: 'Archive imported; switched to the new workspace "{{name}}".',
    exportDialog: 'Export everything',
    importDialog: 'Choose the archive to import',
    filterName: 'Zhengban workspace archive',
    fileName: '{{name}}-everything-{{date}}.zip',
    importedName: '{{name}} (archive of {{date}})',
    refused: {
      tooLarge: 'The archive is {{size}}, more than the limit of {{limit}}. Nothing was imported.',
      notZip:
        'The chosen file is not a zip archive, so it is not a data archive from this program. Nothing was imported.',
      damaged:
        'The archive is incomplete or damaged: its list of files cannot be read. Nothing was imported.',
      tooManyEntries:
        'The archive holds {{count}} files, more than the limit of {{limit}}. Nothing was imported.',
      unsafeName:
        'The entry "{{entry}}" has an unsafe path (absolute, or containing ".."), which could write outside the data folder. Nothing was imported.',
      unknownEntry: 'The entry "{{entry}}" is not one of a workspace\'s data files. Nothing was imported.',
      duplicateEntry: 'The entry "{{entry}}" appears more than once. Nothing was imported.',
      encrypted: 'The entry "{{entry}}" is encrypted and cannot be read. Nothing was imported.',
      entryDamaged:
        'The entry "{{entry}}" is damaged, or its unpacked size differs from the recorded one. Nothing was imported.',
      entryTooLarge:
        'The entry "{{entry}}" unpacks to {{size}}, more than the limit of {{limit}} for one file. Nothing was imported.',
      bomb: 'The entry "{{entry}}" is compressed {{ratio}} times (limit {{limit}}), which looks like a zip bomb. Nothing was imported.',
      tooLargeInflated:
        'The archive unpacks to {{size}}, more than the limit of {{limit}}. Nothing was imported.',
      noManifest:
        'The archive has no manifest.json, so it is not a data archive from this program. Nothing was imported.',
      badManifest: 'The manifest "{{entry}}" is incomplete or malformed. Nothing was imported.',
      notOurArchive:
        "The manifest is not in this program's format, so it is not a data archive from this program. Nothing was imported.",
      newerFormat:
        'The archive was exported by a newer version of the program (archive format {{version}}). Update this program first.',
      notInManifest:
        'The entry "{{entry}}" is not listed in the manifest; it may have been added later. Nothing was imported.',
      missingEntry:
        'The manifest lists "{{entry}}", but the archive does not hold it: the archive is incomplete. Nothing was imported.',
      digestMismatch:
        'The entry "{{entry}}" does not match the SHA-256 recorded in the manifest; it may have been changed or damaged. Nothing was imported.',
      returnMismatch:
        'The content of the return file "{{entry}}" does not match the digest in its name. Nothing was imported.',
      invalidJson: 'The entry "{{entry}}" is not valid JSON. Nothing was imported.',
      invalidDocument:
        'The entry "{{entry}}" does not have the required data format (at: {{detail}}). Nothing was imported.',
      newerDocument:
        'The entry "{{entry}}" was saved by a newer version of the program (data version {{version}}) and cannot be read. Nothing was imported.',
    },
  },
} as const;
