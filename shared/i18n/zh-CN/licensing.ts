export default {
  status: {
    genuine: '正版',
    not_genuine: '非正版',
    to_verify: '待核实',
  },
  channelGroup: {
    volume: '批量许可',
    retail: '零售',
    subscription: '订阅',
    central: '集中采购',
    oem: 'OEM 预装',
    free: '免费/开源',
    trial: '试用',
    unknown: '未登记',
  },
  reconcile: {
    installs: '安装数',
    seats: '授权数',
    surplus: '富余',
    shortfall: '缺口',
    overDeployed: '超授权安装',
    anyEdition: '不限版本',
  },
  options: {
    windowsHomeAccepted: {
      label: '接受 Windows 家庭版',
      help: '各地口径不一：有的统计表不把家庭版计入单位正版。默认不接受（计为非正版）。',
    },
    personalEditionsAccepted: {
      label: '接受免费个人版',
      help: '政府单位使用是否算“商业用途”。默认算，因此 WPS 个人版等免费个人版不计为正版。',
    },
    personalSecurityVerdict: {
      label: '免费个人版安全软件的结论',
      help: '360、火绒、金山毒霸等个人免费版能否在单位使用尚无定论。默认待核实。',
    },
    privateKmsHostVerdict: {
      label: '未登记的内网 KMS 主机的结论',
      help: 'KMS 主机在内网地址上，但未登记为本单位的 KMS 服务器时的结论。默认待核实。',
    },
    officeHomeStudentAccepted: {
      label: '接受 Office 家庭和学生版',
      help: '家庭和学生版仅限非商业用途，常随单位采购的笔记本预装。默认不接受（计为非正版）。',
    },
    communityLinuxVerdict: {
      label: '社区版 Linux 的结论',
      help: 'deepin、openKylin、优麒麟等免费开源系统。若信创要求使用商业版操作系统，可改为待核实。默认正版。',
    },
    unitKmsHosts: {
      label: '本单位 KMS 服务器',
      help: '本单位自建 KMS 服务器的主机名或地址，每行一个。用这些主机激活的计算机视为本单位批量激活。',
    },
  },
  reason: {
    unknownProduct: '“{{rawName}}”不在软件目录中，无法判断授权情况，请先确认它对应的产品。',
    entitlementOtherProduct:
      '关联的授权记录属于另一产品（{{otherProductId}}），不能作为本软件的授权依据，请改正关联。',
    windowsHome:
      '{{productZh}} {{editionZh}}不计入单位正版软件：现行规则不把 Windows 家庭版列入单位正版范围。',
    windowsHomeAccepted: '按本次填报的规则设置，Windows 家庭版可计为单位正版软件。',
    volumeHomeImpossible: 'Windows 家庭版不能通过批量许可激活，登记的获取方式不成立。',
    officeHomeStudent: '{{productZh}} {{editionZh}}仅限家庭非商业用途，按现行规则不计入单位正版软件。',
    officeHomeStudentAccepted: '按本次填报的规则设置，Office 家庭和学生版可计为单位正版软件。',
    personalUse:
      '{{productZh}} {{editionZh}}仅限个人或家庭使用，政府单位使用按现行规则视为商业用途，不计为正版。',
    personalUseAccepted: '按本次填报的规则设置，个人版可计为单位正版软件。',
    educationOnly: '{{productZh}} {{editionZh}}仅限学生、教师和教育机构使用，在政府单位使用不计为正版。',
    trialExpired: '{{productZh}}是试用版或评估版，试用期已过或无法确认，日常使用不计为正版。',
    trialRunning: '{{productZh}}是试用版或评估版，试用期至 {{expiry}}，到期前须购买授权或卸载。',
    trialGrace: '{{productZh}}仍在试用宽限期内，到期前须购买授权或卸载。',
    kmsUnit: '激活所用的 KMS 主机 {{host}} 是本单位登记的 KMS 服务器。',
    kmsLoopback:
      '激活所用的 KMS 主机 {{host}} 指向本机（回环地址或 0.0.0.0），说明使用了 KMS 模拟器激活，不计为正版。',
    kmsEmulator: '激活所用的 KMS 主机 {{host}} 是已知的 KMS 模拟器或盗版激活服务器，不计为正版。',
    kmsPublic:
      '激活所用的 KMS 主机 {{host}} 在公网上，不是本单位的服务器，这是盗版激活工具的典型特征，不计为正版。',
    kmsPrivateNotGenuine: '激活所用的 KMS 主机 {{host}} 未登记为本单位的 KMS 服务器，按现行规则不计为正版。',
    kmsPrivateToVerify:
      '激活所用的 KMS 主机 {{host}} 在内网，但未登记为本单位的 KMS 服务器，请核实它是否为本单位所有。',
    kmsPrivateAccepted: '激活所用的 KMS 主机 {{host}} 在内网，按本次填报的规则设置视为本单位的服务器。',
    activationExpired: '{{productZh}}的激活已过期，不计为正版。',
    governmentEditionGenuine: '{{productZh}} {{editionZh}}有采购或预装凭证（{{ref}}）。',
    governmentEditionCoa: '{{productZh}} {{editionZh}}为预装，机箱上有与所装版本一致的正版标签。',
    governmentEditionNoProof:
      '{{productZh}} {{editionZh}}须有向神州网信采购或整机预装的凭证，请登记合同号或发票号。',
    communityLinuxGenuine: '{{productZh}}是免费开源的社区版操作系统，依其开源许可无须购买授权。',
    communityLinuxToVerify:
      '{{productZh}}是免费开源的社区版操作系统；按现行规则（信创要求使用商业版操作系统）须核实能否使用。',
    freeForInstitutions: '{{productZh}}对单位免费（依据：软件目录登记的授权条款），无须授权凭证。',
    personalSecurity: {
      genuine: '{{productZh}}是个人免费版安全软件，按本次填报的规则设置允许在单位使用。',
      not_genuine:
        '{{productZh}}是个人免费版安全软件，仅限个人使用，按现行规则不计为正版；单位应使用企业版。',
      to_verify: '{{productZh}}是个人免费版安全软件，单位能否使用尚无定论，请核实其授权条款或改用企业版。',
    },
    freePersonalAccepted: '{{productZh}}的免费个人版，按本次填报的规则设置允许在单位使用。',
    freePersonalNotAccepted: '{{productZh}}的免费版仅限个人使用，单位使用须购买专业版、政务版等机构版本。',
    freeTermsUnverified: '{{productZh}}对单位是否免费尚未核实，请查阅其授权条款，或登记购买凭证。',
    freeEditionUnknown: '{{productZh}}有免费版和收费版，请注明所装版本。',
    claimedFreeButPaid: '{{productZh}}是收费软件，不能登记为免费获得，请登记实际获取方式和授权凭证。',
    oemOtherMachine: 'OEM 授权只属于随机附带的原计算机，不能转移到本机使用，不计为正版。',
    oemCoaMismatch: '机箱上的 COA 正版标签与所装版本不符，OEM 授权不覆盖所装版本，不计为正版。',
    oemProductIdSupports: '产品 ID 含“OEM”字样，与 OEM 预装授权相符。',
    oemProductIdNotOem: '产品 ID 不含“OEM”字样，说明本机不是用 OEM 授权激活的，请核实激活方式。',
    oemGenuine: '{{productZh}}为 OEM 预装授权：机箱上有与所装版本一致的 COA 正版标签。',
    activatedPerDevice: '{{productZh}}已由厂商按设备激活，激活记录即授权凭证。',
    oemNoCoaProductIdOem:
      '产品 ID 含“OEM”字样，但未登记 COA 标签，请检查机箱上的正版标签是否与所装版本一致。',
    oemNoCoa: '未登记 COA 正版标签，OEM 授权无法确认，请检查机箱上的标签。',
    retailGenuine: '零售购买，有发票（{{invoiceNo}}）。',
    retailNoInvoice: '零售购买须有发票，请登记发票号。',
    volumeNoContract: '批量许可须有本单位的许可协议或合同，请登记协议号或合同号。',
    volumeUnderlyingCoa: '批量升级所需的基础授权：机箱上有与所装版本一致的 COA 正版标签。',
    volumeUnderlyingInvoice: '批量升级所需的基础授权：有零售发票（{{invoiceNo}}）。',
    volumeUnderlyingOtherEdition: '机箱上的 COA 标签是另一版本，请确认它是可以批量升级的专业版或企业版授权。',
    volumeNoUnderlying:
      'Windows 客户端的批量许可是升级授权，每台计算机还须有合格的 OEM 或零售基础授权，请登记 COA 标签或发票。',
    volumeGenuine: '批量许可，依据本单位的许可协议或合同（{{contractNo}}）。',
    subscriptionExpired: '订阅已于 {{expiry}} 到期，不计为正版。',
    subscriptionExpiredNoDate: '订阅已到期（激活状态显示已过期），不计为正版。',
    subscriptionNoProof: '订阅须有本单位的合同或发票，请登记。',
    subscriptionGenuine: '订阅授权，依据合同或发票（{{ref}}），有效期至 {{expiry}}。',
    subscriptionGenuineOpenEnded: '订阅授权，依据合同或发票（{{ref}}）；请登记到期日，以便按时续订。',
    centralGenuine: '集中采购，依据采购文件或合同（{{docNo}}）。',
    centralNoDocument: '集中采购须有采购文件号或合同号，请登记。',
    noRecordNotGenuine: '{{productZh}}是收费软件，没有任何购买或授权记录，不计为正版。',
    unknownChannel:
      '未登记获取方式，请登记是 OEM 预装、零售、批量许可、订阅、集中采购、免费还是试用，并登记相应凭证。',
    recordWithoutChannel:
      '登记了合同或发票（{{ref}}），但未登记获取方式，无法判断它是否覆盖本安装，请登记获取方式。',
    overDeployed: '{{productZh}}的安装数已超过本单位拥有的授权数（{{seats}} 套），本安装属于超授权安装。',
  },
} as const;
