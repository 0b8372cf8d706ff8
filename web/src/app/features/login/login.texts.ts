/** Every string of the sign-in page. */
export const LOGIN_TEXTS = {
  title: '人民调解案件管理系统',
  subtitle: '调解 · tiaojie',
  username: '用户名',
  usernameRequired: '请输入用户名',
  password: '密码',
  passwordRequired: '请输入密码',
  submit: '登录',
} as const;
