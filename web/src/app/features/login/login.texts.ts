/** Every string of the sign-in page. */
export const LOGIN_TEXTS = {
  title: '人民调解案件管理系统',
  subtitle: '调解 · tiaojie',
  username: '用户名',
  usernameRequired: '请输入用户名',
  password: '密码',
  passwordRequired: '请输入密码',
  submit: '登录',
  idleLoggedOut: '因长时间没有操作，系统已自动退出登录。请重新登录后继续办理。',
} as const;

/** Every string of the password page (修改密码). */
export const PASSWORD_TEXTS = {
  title: '修改密码',
  subtitle: '请输入当前密码和新密码',
  requiredNotice: '您正在使用管理员发放的临时密码,请先设置自己的新密码',
  current: '当前密码',
  currentRequired: '请输入当前密码',
  next: '新密码',
  nextRequired: '请输入新密码',
  rule: (min: number) => `至少 ${min} 个字符,同时包含字母和数字,不能包含用户名,不能与最近用过的密码相同`,
  confirm: '再次输入新密码',
  confirmRequired: '请再次输入新密码',
  mismatch: '两次输入的新密码不一致',
  submit: '确认修改',
  back: '返回',
  devices: {
    title: '登录设备',
    intro: '以下设备正在使用您的账号。设备丢失或不是本人登录时,请点“退出其他设备”,并修改密码。',
    current: '本设备',
    unknown: '未知设备',
    since: '登录于',
    lastSeen: '最近使用',
    logoutOthers: '退出其他设备',
    confirmTitle: '退出其他设备?',
    confirmContent: '除本设备外,其他设备上的登录将立即失效,需要重新登录。',
    cancel: '取消',
    done: '其他设备已退出登录',
    loadFailed: '登录设备加载失败',
  },
} as const;
