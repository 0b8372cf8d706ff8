import { AppError } from '../../common/errors.js';

export const EscalationErrors = {
  notFound: () => new AppError(404, 'ESCALATION_NOT_FOUND', '风险报告不存在或无权查看'),
  notRecipient: () => new AppError(422, 'NOT_RECIPIENT', '该风险报告不是报送本单位的,只能由接收单位签收'),
  acknowledged: () => new AppError(409, 'ESCALATION_ACKNOWLEDGED', '该风险报告已签收'),
};
