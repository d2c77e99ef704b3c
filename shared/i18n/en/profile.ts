export default {
  title: 'Unit profile',
  intro: 'This appears on the cover of the return file. Fill it in as your unit actually is.',
  code: 'Unit code',
  codeHelp:
    'Unified social credit code (18 characters) or the code your parent office assigned; capital letters and digits only.',
  name: 'Unit name',
  parentCode: 'Parent unit code',
  parentName: 'Parent unit name',
  level: 'Level',
  levels: {
    department: 'Department / unit',
    county: 'County (district)',
    city: 'City',
    province: 'Province',
  },
  headcount: 'Established staff',
  contact: 'Contact person',
  phone: 'Phone',
  period: 'Reporting period',
  periodHelp: 'For example 2026, 2026H1 (first half), 2026Q3 (third quarter) or 2026-11 (monthly).',
  empty: 'The unit profile has not been filled in yet.',
} as const;
