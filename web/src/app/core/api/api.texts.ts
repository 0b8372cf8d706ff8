/** Messages for failures the API could not describe itself. */
export const API_TEXTS = {
  networkError: '无法连接服务器,请检查网络后重试',
  unexpectedError: '操作失败,请稍后再试',
} as const;
