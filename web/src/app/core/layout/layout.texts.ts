/** Every string of the application frame (header, side menu). */
export const LAYOUT_TEXTS = {
  productName: '人民调解案件管理系统',
  brandShort: '调解',
  brandLong: '调解 · tiaojie',
  logout: '退出登录',
  collapseMenu: '收起菜单',
  expandMenu: '展开菜单',
  comingSoon: '即将上线',
  mainMenu: '主菜单',
  nav: {
    workbench: '工作台',
    cases: '纠纷案件',
    intake: '登记纠纷',
    deadlines: '期限提醒',
    referrals: '委派移交',
    oversight: '督办监督',
    stats: '统计分析',
    admin: '系统管理',
  },
} as const;
