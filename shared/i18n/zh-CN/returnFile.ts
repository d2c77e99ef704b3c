export default {
  issue: {
    fileEmpty: '文件是空的（0 字节），不是回传文件。',
    fileTooLarge: '文件大小为 {{size}}，超过允许的上限 {{limit}}，未读取。',
    legacyOrEncrypted:
      '这是旧版 Excel（.xls）文件，或设置了打开密码的工作簿，无法读取。请在 Excel 或 WPS 中取消密码，另存为 .xlsx 格式后重新导入。',
    passwordProtected:
      '这是设置了打开密码的工作簿，程序无法读取。请报送单位在 Excel 或 WPS 中取消打开密码并保存，或用本程序重新导出后再报送。',
    legacyXls:
      '这是旧版 Excel（.xls）格式的文件，程序无法读取。请在 Excel 或 WPS 中另存为“Excel 工作簿（*.xlsx）”后重新导入，或请报送单位用本程序重新导出。',
    textNotWorkbook:
      '这是一个文本文件（可能是改了扩展名的 CSV 文件），不是 Excel 工作簿。请导入本程序导出的 .xlsx 回传文件。',
    notZip: '文件开头不是 .xlsx 工作簿的格式标记，文件可能已损坏，或者不是 Excel 文件。',
    damaged: '文件已损坏（压缩数据校验不符），无法读取。请向报送单位重新索取文件。',
    truncated: '文件不完整（可能下载或拷贝时中断），请向报送单位重新索取文件。',
    zipTooManyEntries: '文件内含 {{count}} 个部件，超过上限 {{limit}}，为安全起见未读取。',
    zipTooLarge: '文件解压后共 {{size}}，超过上限 {{limit}}，为安全起见未读取。',
    zipRatio: '文件中的部件“{{entry}}”压缩比异常（{{ratio}} 倍，上限 {{limit}} 倍），为安全起见未读取。',
    zipEncrypted: '文件中的部件“{{entry}}”已加密，无法读取。',
    notXlsx: '这是一个压缩文件，但不是 Excel 工作簿（缺少“{{entry}}”）。请导入 .xlsx 格式的回传文件。',
    notXlsxOds:
      '这是 OpenDocument（.ods）表格，不是 .xlsx 工作簿。请在 WPS 或 LibreOffice 中另存为 .xlsx 格式后重新导入。',
    xmlDoctype:
      '文件中的部件“{{entry}}”含有文档类型声明（DOCTYPE），正常的 Excel 工作簿中不会出现，为安全起见未读取。请向报送单位重新索取文件。',
    externalLink:
      '工作簿含有指向其他文件或外部程序的链接（部件“{{entry}}”），为安全起见未读取。请报送单位在 Excel 中断开链接（“数据”→“编辑链接”→“断开链接”）后重新报送。',
    formulaLink:
      '工作表“{{sheet}}”{{cell}} 单元格的公式“{{formula}}”引用了其他文件或外部程序，为安全起见未读取此文件。请报送单位删除该公式、直接填写内容后重新报送。',
    parseFailed: '工作簿无法解析，文件可能已损坏（{{detail}}）。',
    tooManyRows: '工作表“{{sheet}}”的数据超过 {{limit}} 行，超过允许的上限，未读取。',
    noCover: '工作簿中没有“封面”工作表，这不是本程序导出的回传文件，或封面已被删除。',
    noVersion: '“封面”上没有格式版本号（标识 schema_version），无法确认这是回传文件。',
    badVersion: '“封面”上的格式版本号“{{value}}”无效，应为正整数。',
    newerVersion:
      '此文件采用第 {{found}} 版回传文件格式，由较新版本的程序生成；本程序最高只能读取第 {{supported}} 版。请升级程序后再导入。',
    missingSheet: '工作簿中缺少“{{sheet}}”工作表。',
    missingKeyRow:
      '工作表“{{sheet}}”第 2 行应为列标识（如 asset_no），但没有找到可识别的列标识，无法读取该表。',
    missingColumn: '工作表“{{sheet}}”缺少必需的列“{{header}}”（列标识 {{key}}）。',
    duplicateColumn: '工作表“{{sheet}}”中列标识 {{key}} 出现了两次（{{first}} 列和 {{second}} 列）。',
    unknownColumn: '工作表“{{sheet}}”{{column}} 列的列标识“{{key}}”无法识别，已忽略该列。',
    missingCoverField: '“封面”上缺少“{{label}}”（标识 {{key}}），此项必填。',
    required: '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）为必填项，不能为空。',
    tooLong: '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）有 {{length}} 个字符，超过上限 {{max}} 个字符。',
    notText: '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）应填写文字，实际是“{{value}}”。',
    notInteger: '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）应为整数，实际是“{{value}}”。',
    outOfRange:
      '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）的数值 {{value}} 超出允许范围（{{min}} 至 {{max}}）。',
    badMoney:
      '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）应为金额（单位元，最多两位小数），实际是“{{value}}”。',
    moneyOutOfRange:
      '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）的金额 {{value}} 元超出允许范围（0 至 {{max}} 元）。',
    badDate: '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）应为日期（如 2024-03-15），实际是“{{value}}”。',
    badCode: '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）的“{{value}}”不是有效选项，可填写：{{allowed}}。',
    badBool: '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）应填写“是”“否”或留空，实际是“{{value}}”。',
    badUnitCode:
      '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）的单位代码“{{value}}”格式不正确，应为 2 至 20 位大写字母或数字（如统一社会信用代码）。',
    badPeriod:
      '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）的报送期“{{value}}”格式不正确，应如 2026、2026H1、2026Q3 或 2026-11。',
    badDateTime:
      '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）应为导出时间（如 2026-03-01T09:30:00+08:00），实际是“{{value}}”。',
    errorValue: '工作表“{{sheet}}”{{cell}} 单元格（{{header}}）是错误值 {{value}}，请改为正确的内容。',
    duplicateMachineId:
      '工作表“{{sheet}}”第 {{row}} 行的计算机编号“{{value}}”与工作表“{{firstSheet}}”第 {{firstRow}} 行重复。',
    duplicateAssetNo:
      '工作表“{{sheet}}”第 {{row}} 行的资产编号“{{value}}”与工作表“{{firstSheet}}”第 {{firstRow}} 行重复。',
    duplicateInstallId:
      '工作表“{{sheet}}”第 {{row}} 行的软件记录编号“{{value}}”与工作表“{{firstSheet}}”第 {{firstRow}} 行重复。',
    duplicateEntitlementId:
      '工作表“{{sheet}}”第 {{row}} 行的授权编号“{{value}}”与工作表“{{firstSheet}}”第 {{firstRow}} 行重复。',
    duplicateMilestone:
      '工作表“{{sheet}}”第 {{row}} 行的工作事项“{{value}}”与第 {{firstRow}} 行重复，同一单位每项只能填写一行。',
    duplicateBudget:
      '工作表“{{sheet}}”第 {{row}} 行的测算方案“{{value}}”与第 {{firstRow}} 行重复（同一方案、同一软件类别只能填写一行）。',
    duplicateChild: '工作表“{{sheet}}”第 {{row}} 行的单位代码“{{value}}”与第 {{firstRow}} 行重复。',
    unknownMachine:
      '工作表“{{sheet}}”第 {{row}} 行的计算机编号“{{value}}”在计算机台账中不存在，这条软件记录找不到所属计算机。',
    unknownEntitlement: '工作表“{{sheet}}”第 {{row}} 行对应的授权编号“{{value}}”在授权台账中不存在。',
    summaryMismatch:
      '“汇总表”{{cell}} 单元格填写的是 {{found}}，但明细表合计为 {{expected}}，请以明细表为准核对。',
    summaryCellEmpty: '“汇总表”{{cell}} 单元格是空的，明细表合计为 {{expected}}。',
    summaryUnreadable: '“汇总表”的格式无法识别，未能核对汇总数与明细是否一致。',
    summaryMissing: '工作簿中没有“汇总表”工作表，未能核对汇总数。',
    coverCountMismatch: '“封面”上的“{{label}}”为 {{found}}，但工作簿中实际有 {{expected}} 行。',
    childMismatch:
      '工作表“{{sheet}}”第 {{row}} 行（单位 {{unit}}）的“{{header}}”为 {{found}}，但该单位的明细合计为 {{expected}}。',
    rowUnitNotListed:
      '工作表“{{sheet}}”第 {{row}} 行起有所属单位代码为“{{value}}”的记录，但该单位不在“下级单位汇总”中。',
    digestEdited: '文件中的数据在导出后被修改过（数据校验码不一致）。仍可导入，但请与报送单位核实修改内容。',
    digestMissing: '“封面”上没有数据校验码，无法确认文件导出后是否被修改过。',
    tooManyIssues: '问题过多，仅列出前 {{shown}} 条，另有 {{more}} 条未列出。',
  },
  workbook: {
    coverTitle: '软件正版化工作统计回传文件',
    coverHeaders: { label: '项目', value: '内容', key: '标识' },
    summaryTitle: '软件正版化工作情况汇总表',
    summaryUnit: '填报单位：{{name}}（{{code}}）',
    summaryPeriod: '报送期：{{period}}',
    rateNone: '—',
    budgetNone: '未做经费测算。',
    summaryUnits: '注：计算机单位为台，软件单位为套，经费单位为万元。',
    summaryFormulas: '正版化率为正版套数除以已安装套数；需采购为非正版与待核实之和。',
    pledge: '本单位承诺：以上数据均据实填报，无瞒报、漏报、虚报。',
    signFiller: '填报人：',
    signReviewer: '审核人：',
    signHead: '单位负责人：',
    signDate: '填报日期：{{date}}',
    seal: '（单位盖章）',
    instructions: {
      title: '填表说明',
      intro:
        '本文件由软件正版化管理程序导出，是本单位报送上级的回传文件，可以用 Excel、WPS 或 LibreOffice 打开查看和打印。',
      sheets:
        '“封面”为单位信息和文件信息；“汇总表”为标准统计汇总表，可打印签字盖章；“计算机台账”“软件台账”“授权台账”“工作进度”为明细，上级汇总时以明细为准。',
      keyRow:
        '各明细表第 1 行为列标题，第 2 行为列标识（如 asset_no），程序按列标识识别各列。请勿修改或删除第 2 行；可以调整列的顺序。',
      continuation: '数据超过一个工作表能容纳的行数时，接续在“软件台账2”“软件台账3”等工作表中。',
      codes: '设备类型、软件类别、授权状态等栏目请填写下方代码表中的中文内容。',
      dates: '日期请按“2024-03-15”的格式填写；金额单位为元，保留两位小数；数量为整数。',
      digest:
        '封面上的数据校验码用于确认明细数据在导出后是否被修改。修改明细后文件仍可导入，但上级会看到“已修改”提示。',
      unitCode: '“所属单位代码”为空表示本单位；汇总后的回传文件中，该栏注明每行数据所属的下级单位。',
      codeTitle: '代码表',
      codeHeaders: { list: '栏目', label: '填写内容', key: '标识' },
      columnTitle: '各表列说明',
      columnHeaders: { sheet: '工作表', header: '列标题', key: '列标识', kind: '内容', required: '必需列' },
      requiredYes: '是',
      requiredNo: '否',
      kinds: {
        text: '文字',
        optionalText: '文字，可空',
        int: '整数',
        money: '金额（元）',
        date: '日期',
        code: '代码（见代码表）',
        bool: '是 / 否 / 空',
        lines: '多行文字，每行一条',
        unit: '单位代码',
        derived: '仅供查看，程序不读取',
      },
    },
  },
  export: {
    menu: '导出回传文件',
    title: '导出回传文件',
    intro:
      '导出前，程序会按上级导入时的方式把文件读一遍，列出需要处理的问题。回传文件可用 Excel、WPS 或 LibreOffice 打开查看。',
    noProfile: '尚未填写单位信息，无法导出回传文件。请先在“单位信息”中填写单位代码、名称和报送期。',
    hasErrors: '回传文件中还有错误，请先按列出的问题修改后再导出。',
    dialogTitle: '保存回传文件',
    filterName: 'Excel 工作簿',
    fileName: '文件名',
    package: '填报通知包',
    noPackage: '未导入填报通知包',
    counts: '计算机 {{machines}} 台，软件 {{installs}} 套，授权 {{entitlements}} 条，进度 {{milestones}} 项',
    preview: '汇总表预览',
    category: '类别',
    computers: '计算机（台）',
    genuineRate: '正版化率',
    budget: '经费测算（随文件报送）',
    scenario: '测算口径',
    amount: '金额（万元）',
    problems: '导出前检查',
    noProblems: '未发现问题，可以导出。',
    where: '{{sheet}} 第 {{row}} 行 {{column}}',
    export: '导出回传文件…',
    exported: '已导出到 {{path}}（{{size}}），数据校验码 {{digest}}。',
    refresh: '重新检查',
    categories: {
      os: '操作系统',
      office: '办公软件',
      security: '杀毒/安全软件',
      other: '其他软件',
      total: '合计',
    },
    columns: {
      installed: '已安装',
      genuine: '正版',
      notGenuine: '非正版',
      toVerify: '待核实',
      needed: '需采购',
    },
  },
} as const;
