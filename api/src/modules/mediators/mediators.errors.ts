import { AppError, CommonErrors } from '../../common/errors.js';

export const MediatorErrors = {
  notFound: () => CommonErrors.notFound('调解员'),
  notMediationBody: () =>
    new AppError(422, 'NOT_MEDIATION_BODY', '调解员只能列入调解委员会或调解中心的名册', [
      { field: 'organisationIds', code: 'notMediationBody', message: '请选择调解委员会或调解中心' },
    ]),
  termOrder: () =>
    CommonErrors.validation([
      { field: 'termEnd', code: 'termOrder', message: '任期结束日期不能早于开始日期' },
    ]),
  userRole: () =>
    new AppError(422, 'MEDIATOR_USER_ROLE', '关联账号须为调解员、记录员或调委会主任的账号', [
      { field: 'userId', code: 'role', message: '该账号的角色不能担任调解员' },
    ]),
  userOrganisation: () =>
    new AppError(422, 'MEDIATOR_USER_ORGANISATION', '关联账号须属于所列调解组织之一', [
      { field: 'userId', code: 'organisation', message: '该账号不属于所选调解组织' },
    ]),
  userTaken: () =>
    new AppError(409, 'MEDIATOR_USER_TAKEN', '该账号已关联名册中的另一位调解员', [
      { field: 'userId', code: 'taken', message: '该账号已关联其他调解员' },
    ]),
  /** A director keeps his own committee's roster; a mediator serving others too is the admin's. */
  shared: () => new AppError(422, 'MEDIATOR_SHARED', '该调解员同时在其他调解组织任职,须由系统管理员修改'),
  hasCases: (count: number) =>
    new AppError(
      422,
      'MEDIATOR_HAS_CASES',
      `该调解员仍在主持 ${count} 件未办结的案件,请先为这些案件另行指派主持调解员`,
      [{ field: 'status', code: 'hasCases', message: `仍主持 ${count} 件未办结案件` }],
    ),
};
