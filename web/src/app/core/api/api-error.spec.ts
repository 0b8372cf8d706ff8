import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorMessage } from './api-error';

describe('apiErrorMessage', () => {
  it("uses the server's Chinese message", () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, code: 'VERSION_CONFLICT', message: '案件已被他人修改,请刷新后重试' },
    });
    expect(apiErrorMessage(error)).toBe('案件已被他人修改,请刷新后重试');
  });

  it('explains a request that never reached the server', () => {
    expect(apiErrorMessage(new HttpErrorResponse({ status: 0 }))).toBe('无法连接服务器,请检查网络后重试');
  });

  it('falls back to a general message when the body is not an API error (e.g. a proxy page)', () => {
    const error = new HttpErrorResponse({ status: 502, error: '<html>Bad Gateway</html>' });
    expect(apiErrorMessage(error)).toBe('操作失败,请稍后再试');
  });
});
