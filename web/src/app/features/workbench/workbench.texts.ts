/** Every string of the workbench (工作台) page. */
export const WORKBENCH_TEXTS = {
  greeting: (name: string) => `您好,${name}`,
  myInfo: '我的信息',
  organisation: '所属组织',
  role: '角色',
  today: '今天',
  upcoming: '纠纷案件、期限提醒、统计分析等功能即将上线,届时将在这里汇总您的待办事项。',
} as const;
