import type { ApiErrorBody, Me } from '../app/core/api/api-types';

/** A mediator of the demo data, as `/api/me` returns them. */
export const MEDIATOR_YANG: Me = {
  id: '0b7c6a52-3d7e-4a55-9d7e-7c9a8f1e2d01',
  username: 'mediator.yang',
  name: '杨建国',
  role: 'mediator',
  organisationId: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e11',
  organisation: { id: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e11', name: '老杨调解中心', kind: 'centre' },
  mustChangePassword: false,
  idleMinutes: 30,
};

export function errorBody(statusCode: number, code: string, message: string): ApiErrorBody {
  return { statusCode, code, message };
}

export const UNAUTHENTICATED = errorBody(401, 'UNAUTHENTICATED', '请先登录');
export const STATUS_401 = { status: 401, statusText: 'Unauthorized' };
