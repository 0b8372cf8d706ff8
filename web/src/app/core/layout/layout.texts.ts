/** Every string of the application frame (header, side menu). */
export const LAYOUT_TEXTS = {
  productName: '人民调解案件管理系统',
  brandShort: '调解',
  brandLong: '调解 · tiaojie',
  logout: '退出登录',
  /** Password and devices (修改密码、登录设备). */
  account: '账号安全',
  collapseMenu: '收起菜单',
  expandMenu: '展开菜单',
  comingSoon: '即将上线',
  mainMenu: '主菜单',
  idle: {
    title: '即将自动退出',
    body: (seconds: number) =>
      `您已较长时间没有操作。为保护当事人信息，系统将在 ${Math.floor(seconds / 60)} 分 ${seconds % 60} 秒后自动退出登录。`,
    keep: '继续使用',
  },
  bell: {
    label: '通知',
    title: '通知',
    unread: (n: number) => `${n} 条未读`,
    empty: '暂无通知',
    loadFailed: '通知加载失败，稍后会自动重试。',
    markFailed: '标记已读失败',
  },
  nav: {
    workbench: '工作台',
    cases: '纠纷案件',
    intake: '登记纠纷',
    deadlines: '期限看板',
    referrals: '委派移交',
    escalations: '风险报告',
    oversight: '督办监督',
    stats: '统计分析',
    admin: '系统管理',
  },
} as const;
