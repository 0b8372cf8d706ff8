import { AppError, CommonErrors } from '../../common/errors.js';

export const DeadlineErrors = {
  ruleNotFound: () => CommonErrors.notFound('期限规则'),
  statutory: () =>
    new AppError(422, 'RULE_STATUTORY', '该期限由法律或法院规定,调解组织不能自行调整', [
      { field: 'days', code: 'statutory', message: '法定期限不能调整' },
    ]),
  notMediationBody: () =>
    new AppError(422, 'NOT_MEDIATION_BODY', '只有调解委员会或调解中心可以设置本组织的期限'),
};
