export default {
  title: 'Zhengban — Software Legalization',
  subtitle: 'Software legalization audit and statistics',
  demoBadge: 'Demo data',
  workspace: 'Workspace: {{name}}',
  defaultWorkspace: 'My workspace',
  menu: {
    office: 'Office return',
    central: 'Central merge',
    common: 'General',
    profile: 'Unit profile',
    settings: 'Settings',
  },
  problems: {
    title: 'A data file had a problem',
    item: '{{message}} (the original file was moved to {{movedTo}}, not deleted)',
    restoreHint: 'You can restore the latest backup under Settings → Backups and restore.',
    dismiss: 'Got it',
    offer: 'The {{document}} can be restored from the backup of {{time}}.',
    recover: 'Restore from backup',
    recoverTitle: 'Restore the {{document}} from the backup of {{time}}?',
    recoverContent:
      'The {{document}} of workspace "{{workspace}}" will be replaced by the backup\'s copy; other data stays as it is. The current data is backed up first.',
    recovered: 'The {{document}} was restored from the backup.',
    documents: {
      office: 'office data (office.json)',
      central: 'central data (central.json)',
      budget: 'budget data (budget.json)',
    },
  },
  error: {
    call: 'The action failed: {{message}}',
  },
  switch: {
    startReal: 'Start for real (new empty workspace)',
    openReal: 'Back to my workspace',
    openDemo: 'Open the demo data',
    toReal: 'Switched to your own workspace; the demo data is kept as it was.',
    toDemo: 'Opened the demo data (Qinglan City).',
  },
} as const;
