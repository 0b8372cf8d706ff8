import { Clipboard } from '@angular/cdk/clipboard';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import {
  CENTRE_ID,
  COUNTY_TREE,
  OFFICE_ID,
  SECURITY_ADMIN,
  clearOverlays,
  openAdmin,
  staffUser,
} from '../../../../testing/admin-fixtures';
import { buttonByText, chooseOption, textOf, typeInto } from '../../../../testing/dom';
import { errorBody } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/providers';
import type { StaffUser } from '../../../core/api/users-api';

const YANG = staffUser();
const QIAN = staffUser({
  id: 'c0000000-0000-4000-8000-000000000002',
  username: 'mediator.qian',
  name: '钱国强',
  organisationId: OFFICE_ID,
  organisationName: '枫桥镇司法所',
  role: 'judicial_officer',
  active: false,
  mustChangePassword: true,
  passwordChangedAt: null,
});
const SELF = staffUser({
  id: SECURITY_ADMIN.id,
  username: SECURITY_ADMIN.username,
  name: SECURITY_ADMIN.name,
  role: 'security_admin',
});

describe('UsersPage (用户与角色)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  /** The last modal opened (the confirmations open over the dialog). */
  const modal = () => Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).at(-1)!;
  const footer = () => modal().querySelector<HTMLElement>('.ant-modal-footer, .ant-modal-confirm-btns')!;
  const field = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!;

  async function open(users: StaffUser[] = [YANG, QIAN, SELF]): Promise<void> {
    ({ http, harness } = await openAdmin('/admin/users', SECURITY_ADMIN));
    http.expectOne('/api/users').flush(users);
    http.expectOne('/api/organisations').flush(COUNTY_TREE);
    await stable();
  }

  /** The list is asked again after a change. */
  async function reloaded(users: StaffUser[]): Promise<void> {
    harness.fixture.detectChanges();
    await settle();
    http.expectOne('/api/users').flush(users);
    await stable();
  }

  function rowOf(username: string): HTMLElement {
    const row = Array.from(root().querySelectorAll<HTMLElement>('tr.user-row')).find((tr) =>
      tr.textContent?.includes(username),
    );
    if (!row) throw new Error(`No row for ${username}`);
    return row;
  }

  async function fillNewUser(): Promise<void> {
    buttonByText(root(), '新建用户').click();
    await stable();
    typeInto(field('user-username'), 'mediator.qian');
    typeInto(field('user-name'), '钱国强');
    await chooseOption(document.body, 'user-role', '调解员', stable);
    await chooseOption(document.body, 'user-organisation', '老杨调解中心', stable);
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('lists the accounts with Chinese roles, status, 须改密码 and the last change in China time', async () => {
    await open();
    expect(root().querySelectorAll('tr.user-row')).toHaveLength(3);
    const yang = textOf(rowOf('mediator.yang'));
    expect(yang).toContain('杨建国');
    expect(yang).toContain('调解员');
    expect(yang).toContain('老杨调解中心');
    expect(yang).toContain('启用');
    expect(yang).toContain('2026-12-01 00:30');
    expect(yang).not.toContain('须改密码');
    const qian = textOf(rowOf('mediator.qian'));
    expect(qian).toContain('司法所工作人员');
    expect(qian).toContain('停用');
    expect(qian).toContain('须改密码');
    expect(qian).toContain('尚未修改');
    expect(textOf(rowOf('security.zhou'))).toContain('(本人)');
    expect(textOf(root())).not.toContain('judicial_officer');
    expect(textOf(root())).toContain('共 3 个账号');
  });

  it('finds accounts by name or user name', async () => {
    await open();
    typeInto(field('users-filter'), '钱');
    await stable();
    expect(root().querySelectorAll('tr.user-row')).toHaveLength(1);
    expect(textOf(root())).toContain('找到 1 个账号(共 3 个)');
    typeInto(field('users-filter'), 'MEDIATOR');
    await stable();
    expect(root().querySelectorAll('tr.user-row')).toHaveLength(2);
    typeInto(field('users-filter'), '无此人');
    await stable();
    expect(textOf(root())).toContain('没有符合条件的账号');
  });

  it('creates an account and shows its temporary password once, with a copy button', async () => {
    await open([YANG]);
    await fillNewUser();
    // The organisations are offered as the tree, indented by depth.
    (field('user-organisation').closest('nz-select') as HTMLElement).click();
    for (let round = 0; round < 5; round++) await stable();
    const options = Array.from(document.querySelectorAll<HTMLElement>('nz-option-item span[style]'));
    expect(options.map((o) => [o.textContent?.trim(), o.style.paddingLeft])).toEqual([
      ['诸暨市司法局', '0em'],
      ['枫桥镇司法所', '1.5em'],
      ['老杨调解中心', '3em'],
      ['诸暨市人民法院', '0em'],
    ]);
    options[2].closest<HTMLElement>('nz-option-item')!.click();
    await stable();
    buttonByText(footer(), '创建').click();
    await stable();
    const request = http.expectOne('/api/users');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      username: 'mediator.qian',
      name: '钱国强',
      role: 'mediator',
      organisationId: CENTRE_ID,
    });
    // While the request is out, the button waits and a second click sends nothing.
    expect(buttonByText(footer(), '创建').classList).toContain('ant-btn-loading');
    buttonByText(footer(), '创建').click();
    http.expectNone('/api/users');
    request.flush(
      { id: QIAN.id, temporaryPassword: 'Kp7mQx2ZrT9wLb' },
      { status: 201, statusText: 'Created' },
    );
    await reloaded([YANG, QIAN]);

    expect(document.querySelector('#user-username')).toBeNull();
    const shown = textOf(modal());
    expect(shown).toContain('账号 mediator.qian 的临时密码');
    expect(shown).toContain('Kp7mQx2ZrT9wLb');
    expect(shown).toContain('首次登录时须修改密码');
    expect(shown).toContain('关闭后将无法再次查看');
    const copy = jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    buttonByText(modal(), '复制').click();
    await stable();
    expect(copy).toHaveBeenCalledWith('Kp7mQx2ZrT9wLb');
    expect(textOf(modal())).toContain('已复制');

    buttonByText(footer(), '我已记下').click();
    await stable();
    await settle();
    expect(textOf(document.body)).not.toContain('Kp7mQx2ZrT9wLb');
    expect(root().querySelectorAll('tr.user-row')).toHaveLength(2);
  });

  it('keeps what was typed and says why when the user name is taken (409)', async () => {
    await open([YANG]);
    await fillNewUser();
    buttonByText(footer(), '创建').click();
    await stable();
    http
      .expectOne('/api/users')
      .flush(errorBody(409, 'USERNAME_TAKEN', '用户名“mediator.qian”已被使用,请换一个'), {
        status: 409,
        statusText: 'Conflict',
      });
    await stable();
    const dialog = textOf(modal());
    expect(dialog).toContain('用户名“mediator.qian”已被使用,请换一个');
    expect(dialog).toContain('该用户名已被使用');
    expect(field('user-username').value).toBe('mediator.qian');
    expect(field('user-name').value).toBe('钱国强');
    expect(buttonByText(footer(), '创建').classList).not.toContain('ant-btn-loading');

    // A new name goes out with the rest unchanged.
    typeInto(field('user-username'), 'mediator.qian2');
    await stable();
    buttonByText(footer(), '创建').click();
    await stable();
    const retry = http.expectOne('/api/users');
    expect(retry.request.body).toMatchObject({
      username: 'mediator.qian2',
      name: '钱国强',
      role: 'mediator',
    });
    retry.flush({ id: QIAN.id, temporaryPassword: 'Zx8nPq3RsT7vWb' });
    await reloaded([YANG, QIAN]);
    expect(textOf(modal())).toContain('Zx8nPq3RsT7vWb');
  });

  it('puts the API’s field messages on the fields (400)', async () => {
    await open([YANG]);
    await fillNewUser();
    buttonByText(footer(), '创建').click();
    await stable();
    http.expectOne('/api/users').flush(
      {
        ...errorBody(400, 'VALIDATION_FAILED', '提交的数据有误,请检查标出的字段'),
        details: [{ field: 'name', code: 'maxLength', message: '姓名不能超过 50 个字' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(textOf(modal())).toContain('提交的数据有误,请检查标出的字段');
    expect(textOf(field('user-name').closest('nz-form-item')!)).toContain('姓名不能超过 50 个字');
  });

  it('checks the user name by the API’s rule before sending', async () => {
    await open([YANG]);
    await fillNewUser();
    typeInto(field('user-username'), 'Qian Guoqiang');
    await stable();
    buttonByText(footer(), '创建').click();
    await stable();
    expect(textOf(modal())).toContain('用户名须为 3–64 位小写字母、数字、点、横线或下划线');
    http.expectNone('/api/users');
  });

  it('asks before disabling an account, since that ends its sessions, then sends only the change', async () => {
    await open([YANG]);
    buttonByText(rowOf('mediator.yang'), '编辑').click();
    await stable();
    expect(field('user-name').value).toBe('杨建国');
    expect(document.querySelector('#user-username')).toBeNull();
    field('user-active').click();
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    expect(textOf(modal())).toContain('停用 杨建国 的账号?');
    expect(textOf(modal())).toContain('正在使用的登录将立即退出');
    http.expectNone(`/api/users/${YANG.id}`);
    buttonByText(footer(), '停用').click();
    await stable();
    const request = http.expectOne(`/api/users/${YANG.id}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ active: false });
    request.flush({ ...YANG, active: false });
    await reloaded([{ ...YANG, active: false }]);
    expect(document.querySelector('#user-name')).toBeNull();
    expect(textOf(rowOf('mediator.yang'))).toContain('停用');
  });

  it('changes a role without asking, and keeps the own account’s role and status locked', async () => {
    await open([YANG, SELF]);
    buttonByText(rowOf('mediator.yang'), '编辑').click();
    await stable();
    await chooseOption(document.body, 'user-role', '调委会主任', stable);
    buttonByText(footer(), '保存').click();
    await stable();
    const request = http.expectOne(`/api/users/${YANG.id}`);
    expect(request.request.body).toEqual({ role: 'director' });
    request.flush({ ...YANG, role: 'director' });
    await reloaded([{ ...YANG, role: 'director' }, SELF]);

    buttonByText(rowOf('security.zhou'), '编辑').click();
    await stable();
    expect(field('user-active').disabled).toBe(true);
    expect(field('user-role').disabled).toBe(true);
    expect(textOf(modal())).toContain('不能停用自己的账号或更改自己的角色');
  });

  it('copies an account’s ID for the administrator to link it in the mediators roster', async () => {
    await open([YANG]);
    const copy = jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    buttonByText(rowOf('mediator.yang'), '复制账号 ID').click();
    await stable();
    expect(copy).toHaveBeenCalledWith(YANG.id);
    expect(textOf(document.body)).toContain('已复制 杨建国 的账号 ID');
    copy.mockReturnValue(false);
    buttonByText(rowOf('mediator.yang'), '复制账号 ID').click();
    await stable();
    expect(textOf(document.body)).toContain(`复制失败,请手动抄写账号 ID:${YANG.id}`);
  });

  it('resets a password after a confirmation and shows the new one once', async () => {
    await open([YANG]);
    buttonByText(rowOf('mediator.yang'), '重置密码').click();
    await stable();
    expect(textOf(modal())).toContain('重置 杨建国 的密码?');
    buttonByText(footer(), '重置密码').click();
    await stable();
    const request = http.expectOne(`/api/users/${YANG.id}/reset-password`);
    expect(request.request.method).toBe('POST');
    expect(buttonByText(rowOf('mediator.yang'), '重置密码').disabled).toBe(true);
    request.flush({ temporaryPassword: 'Hn4kWx9PqR2sTz' });
    await reloaded([{ ...YANG, mustChangePassword: true }]);
    expect(textOf(modal())).toContain('杨建国 的新临时密码');
    expect(textOf(modal())).toContain('Hn4kWx9PqR2sTz');
    expect(textOf(modal())).toContain('下次登录时须修改密码');
  });

  it('signs an account out of every device after a confirmation (强制下线)', async () => {
    await open([YANG]);
    buttonByText(rowOf('mediator.yang'), '强制下线').click();
    await stable();
    expect(textOf(modal())).toContain('让 杨建国 在所有设备上退出登录?');
    buttonByText(footer(), '强制下线').click();
    await stable();
    const request = http.expectOne(`/api/users/${YANG.id}/sign-out`);
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(textOf(document.body)).toContain('杨建国 已在所有设备上退出登录');
  });
});
