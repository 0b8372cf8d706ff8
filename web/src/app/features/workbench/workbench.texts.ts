/** Every string of the workbench (工作台) page. */
export const WORKBENCH_TEXTS = {
  greeting: (name: string) => `您好,${name}`,
  register: '登记纠纷',
  myCases: '我的案件',
  allCases: '全部案件',
  noCases: '暂无案件。登记纠纷后,您经办的案件会显示在这里。',
  recent: '最近动态',
  recentHint: '按最近活动时间排列',
  noRecent: '暂无动态',
  lastActivity: '最近活动',
  loadFailed: '案件加载失败',
  retry: '重试',
} as const;
