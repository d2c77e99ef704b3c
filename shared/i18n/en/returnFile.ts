export default {
  issue: {
    fileEmpty: 'The file is empty (0 bytes); it is not a return file.',
    fileTooLarge: 'The file is {{size}}, more than the allowed {{limit}}; it was not read.',
    legacyOrEncrypted:
      'This is an old Excel (.xls) file or a password-protected workbook and cannot be read. Remove the password in Excel or WPS, save it as .xlsx and import it again.',
    passwordProtected:
      'This workbook has an opening password and cannot be read. Ask the unit to remove the password in Excel or WPS and save it, or to export the return again with this program.',
    legacyXls:
      'This is an old Excel (.xls) file and cannot be read. Save it as “Excel Workbook (*.xlsx)” in Excel or WPS and import it again, or ask the unit to export the return again with this program.',
    textNotWorkbook:
      'This is a text file (perhaps a CSV file renamed to .xlsx), not an Excel workbook. Import the .xlsx return file exported by this program.',
    notZip: 'The file does not start like an .xlsx workbook; it may be damaged or not an Excel file.',
    damaged:
      'The file is damaged (its compressed data fails the checksum) and cannot be read. Ask the unit for the file again.',
    truncated:
      'The file is incomplete (a download or copy was probably interrupted). Ask the unit to send it again.',
    zipTooManyEntries:
      'The file holds {{count}} parts, more than the limit of {{limit}}; for safety it was not read.',
    zipTooLarge:
      'The file unpacks to {{size}}, more than the limit of {{limit}}; for safety it was not read.',
    zipRatio:
      'The part “{{entry}}” in the file is compressed {{ratio}} times (the limit is {{limit}} times); for safety the file was not read.',
    zipEncrypted: 'The part “{{entry}}” in the file is encrypted and cannot be read.',
    notXlsx:
      'This is a compressed file but not an Excel workbook (“{{entry}}” is missing). Import an .xlsx return file.',
    notXlsxOds:
      'This is an OpenDocument (.ods) spreadsheet, not an .xlsx workbook. Save it as .xlsx in WPS or LibreOffice and import it again.',
    xmlDoctype:
      'The part “{{entry}}” in the file contains a document type declaration (DOCTYPE), which a genuine Excel workbook never has; for safety the file was not read. Ask the unit for the file again.',
    externalLink:
      'The workbook links to other files or programs (part “{{entry}}”); for safety it was not read. Ask the unit to break the links in Excel (Data → Edit Links → Break Link) and send it again.',
    formulaLink:
      'The formula “{{formula}}” in cell {{cell}} of sheet “{{sheet}}” refers to another file or an outside program; for safety the file was not read. Ask the unit to replace the formula with the plain value and send it again.',
    parseFailed: 'The workbook could not be parsed; the file may be damaged ({{detail}}).',
    tooManyRows:
      'The sheet “{{sheet}}” holds more than {{limit}} rows of data, more than allowed; it was not read.',
    noCover:
      'The workbook has no “封面” (cover) sheet: it is not a return file exported by this program, or the cover was deleted.',
    noVersion:
      'The cover has no format version (key schema_version), so this cannot be confirmed as a return file.',
    badVersion:
      'The format version “{{value}}” on the cover is not valid; it must be a positive whole number.',
    newerVersion:
      'This file uses version {{found}} of the return-file format and was made by a newer program; this program reads versions up to {{supported}}. Upgrade the program and import the file again.',
    missingSheet: 'The workbook has no “{{sheet}}” sheet.',
    missingKeyRow:
      'Row 2 of the sheet “{{sheet}}” should hold the column keys (such as asset_no), but none were recognised, so the sheet cannot be read.',
    missingColumn: 'The sheet “{{sheet}}” lacks the required column “{{header}}” (key {{key}}).',
    duplicateColumn:
      'In the sheet “{{sheet}}” the column key {{key}} appears twice (columns {{first}} and {{second}}).',
    unknownColumn:
      'In the sheet “{{sheet}}”, column {{column}} has the unknown key “{{key}}”; the column was ignored.',
    missingCoverField: 'The cover lacks “{{label}}” (key {{key}}), which is required.',
    required: 'Sheet “{{sheet}}”, cell {{cell}} ({{header}}) is required and must not be empty.',
    tooLong:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}) has {{length}} characters, more than the limit of {{max}}.',
    notText: 'Sheet “{{sheet}}”, cell {{cell}} ({{header}}) should hold text but holds “{{value}}”.',
    notInteger: 'Sheet “{{sheet}}”, cell {{cell}} ({{header}}) should be a whole number but is “{{value}}”.',
    outOfRange:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}): the number {{value}} is outside the allowed range ({{min}} to {{max}}).',
    badMoney:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}) should be an amount in yuan with at most two decimals but is “{{value}}”.',
    moneyOutOfRange:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}): the amount {{value}} yuan is outside the allowed range (0 to {{max}} yuan).',
    badDate:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}) should be a date such as 2024-03-15 but is “{{value}}”.',
    badCode:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}): “{{value}}” is not one of the allowed entries: {{allowed}}.',
    badBool:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}) should be “是” (yes), “否” (no) or empty but is “{{value}}”.',
    badUnitCode:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}): the unit code “{{value}}” is malformed; it must be 2 to 20 capital letters or digits (such as a unified social credit code).',
    badPeriod:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}): the reporting period “{{value}}” is malformed; write it like 2026, 2026H1, 2026Q3 or 2026-11.',
    badDateTime:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}) should be an export time such as 2026-03-01T09:30:00+08:00 but is “{{value}}”.',
    errorValue:
      'Sheet “{{sheet}}”, cell {{cell}} ({{header}}) holds the error value {{value}}; replace it with a proper entry.',
    duplicateMachineId:
      'Sheet “{{sheet}}”, row {{row}}: the machine id “{{value}}” repeats the one in sheet “{{firstSheet}}”, row {{firstRow}}.',
    duplicateAssetNo:
      'Sheet “{{sheet}}”, row {{row}}: the asset number “{{value}}” repeats the one in sheet “{{firstSheet}}”, row {{firstRow}}.',
    duplicateInstallId:
      'Sheet “{{sheet}}”, row {{row}}: the install record id “{{value}}” repeats the one in sheet “{{firstSheet}}”, row {{firstRow}}.',
    duplicateEntitlementId:
      'Sheet “{{sheet}}”, row {{row}}: the licence id “{{value}}” repeats the one in sheet “{{firstSheet}}”, row {{firstRow}}.',
    duplicateMilestone:
      'Sheet “{{sheet}}”, row {{row}}: the milestone “{{value}}” repeats row {{firstRow}}; each unit lists each milestone once.',
    duplicateBudget:
      'Sheet “{{sheet}}”, row {{row}}: the scenario “{{value}}” repeats row {{firstRow}} (one row per scenario and category).',
    duplicateChild: 'Sheet “{{sheet}}”, row {{row}}: the unit code “{{value}}” repeats row {{firstRow}}.',
    unknownMachine:
      'Sheet “{{sheet}}”, row {{row}}: the machine id “{{value}}” is not in the machine ledger, so this install belongs to no machine.',
    unknownEntitlement:
      'Sheet “{{sheet}}”, row {{row}}: the licence id “{{value}}” is not in the licence ledger.',
    summaryMismatch:
      'Cell {{cell}} of the summary form (汇总表) says {{found}}, but the detail sheets add up to {{expected}}; check it against the details.',
    summaryCellEmpty:
      'Cell {{cell}} of the summary form (汇总表) is empty; the detail sheets add up to {{expected}}.',
    summaryUnreadable:
      'The layout of the summary form (汇总表) was not recognised, so its totals were not checked.',
    summaryMissing: 'The workbook has no summary form (汇总表), so its totals were not checked.',
    coverCountMismatch: 'The cover says “{{label}}” is {{found}}, but the workbook holds {{expected}} rows.',
    childMismatch:
      'Sheet “{{sheet}}”, row {{row}} (unit {{unit}}): “{{header}}” is {{found}}, but that unit’s detail rows add up to {{expected}}.',
    rowUnitNotListed:
      'Sheet “{{sheet}}” has rows for unit “{{value}}” from row {{row}} on, but that unit is not listed on the 下级单位汇总 sheet.',
    digestEdited:
      'The data in the file was changed after export (the data digest does not match). It can still be imported; confirm the changes with the unit.',
    digestMissing:
      'The cover has no data digest, so it cannot be confirmed whether the file was changed after export.',
    tooManyIssues: 'Too many problems: only the first {{shown}} are listed, {{more}} more are not.',
  },
  workbook: {
    coverTitle: 'Software legalization return file',
    coverHeaders: { label: 'Item', value: 'Value', key: 'Key' },
    summaryTitle: 'Software legalization summary form',
    summaryUnit: 'Reporting unit: {{name}} ({{code}})',
    summaryPeriod: 'Period: {{period}}',
    rateNone: '—',
    budgetNone: 'No budget estimate was made.',
    summaryUnits:
      'Note: computers are counted in units (台), software in licences (套), money in 10,000 yuan (万元).',
    summaryFormulas: 'The genuine rate is genuine over installed; to buy is not genuine plus to verify.',
    pledge:
      'The unit pledges that the figures above were reported truthfully, with nothing concealed, omitted or inflated.',
    signFiller: 'Filled in by:',
    signReviewer: 'Reviewed by:',
    signHead: 'Head of unit:',
    signDate: 'Date: {{date}}',
    seal: '(unit seal)',
    instructions: {
      title: 'How to read this file',
      intro:
        'This file was exported by the software legalization program. It is the unit’s return to the office above and can be opened and printed in Excel, WPS or LibreOffice.',
      sheets:
        'The cover holds the unit and file details; the summary form can be printed, signed and sealed; the machine, software, licence and progress ledgers are the details, and the office above merges the details.',
      keyRow:
        'Row 1 of each ledger holds the column titles and row 2 the column keys (such as asset_no), by which the program finds the columns. Do not change or delete row 2; columns may be reordered.',
      continuation:
        'When a ledger holds more rows than one sheet can, it continues on sheets such as 软件台账2 and 软件台账3.',
      codes:
        'Columns such as machine type, software category and licence status take the Chinese entries of the code lists below.',
      dates:
        'Write dates as 2024-03-15; amounts are in yuan with two decimals; quantities are whole numbers.',
      digest:
        'The data digest on the cover shows whether the details were changed after export. A changed file can still be imported, but the office above will see that it was changed.',
      unitCode:
        'An empty unit code means the reporting unit itself; in a consolidated return it names the lower-level unit each row belongs to.',
      codeTitle: 'Code lists',
      codeHeaders: { list: 'List', label: 'Entry', key: 'Key' },
      columnTitle: 'Columns of each sheet',
      columnHeaders: {
        sheet: 'Sheet',
        header: 'Column title',
        key: 'Column key',
        kind: 'Content',
        required: 'Required',
      },
      requiredYes: 'yes',
      requiredNo: 'no',
      kinds: {
        text: 'text',
        optionalText: 'text, may be empty',
        int: 'whole number',
        money: 'amount (yuan)',
        date: 'date',
        code: 'code (see the code lists)',
        bool: 'yes / no / empty',
        lines: 'lines of text, one item per line',
        unit: 'unit code',
        derived: 'for reading only; the program ignores it',
      },
    },
  },
  export: {
    menu: 'Export return file',
    title: 'Export the return file',
    intro:
      'Before exporting, the program reads the file back exactly as the city office will and lists anything to fix. The return file opens in Excel, WPS or LibreOffice.',
    noProfile:
      'The unit profile has not been filled in, so no return file can be exported. Fill in the unit code, name and reporting period under Unit profile first.',
    hasErrors: 'The return file still has errors; fix the problems listed before exporting.',
    dialogTitle: 'Save the return file',
    filterName: 'Excel workbook',
    fileName: 'File name',
    package: 'Reporting package',
    noPackage: 'No reporting package imported',
    counts:
      '{{machines}} computers, {{installs}} installs, {{entitlements}} licences, {{milestones}} milestones',
    preview: 'Summary form preview',
    category: 'Category',
    computers: 'Computers',
    genuineRate: 'Genuine rate',
    budget: 'Budget estimate (sent with the file)',
    scenario: 'Scenario',
    amount: 'Amount (10,000 yuan)',
    problems: 'Checks before export',
    noProblems: 'No problems found; ready to export.',
    where: '{{sheet}} row {{row}} {{column}}',
    export: 'Export return file…',
    exported: 'Exported to {{path}} ({{size}}); data digest {{digest}}.',
    refresh: 'Check again',
    categories: {
      os: 'Operating systems',
      office: 'Office suites',
      security: 'Security software',
      other: 'Other software',
      total: 'Total',
    },
    columns: {
      installed: 'Installed',
      genuine: 'Genuine',
      notGenuine: 'Not genuine',
      toVerify: 'To verify',
      needed: 'To buy',
    },
  },
} as const;
