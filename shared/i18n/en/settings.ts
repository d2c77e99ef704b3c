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
    restoreConfirm: 'Restore the data to the backup of {{time}}? The current data is backed up first.',
    restored: 'Restored to the chosen backup.',
    time: 'Time',
    reason: 'Reason',
    size: 'Size',
    files: 'Files',
    empty: 'No backups yet.',
    reasons: {
      manual: 'Manual backup',
      'before-restore': 'Before a restore',
      'before-migration': 'Before a data upgrade',
      'before-import': 'Before an import',
      'before-merge': 'Before a merge',
    },
  },
} as const;
