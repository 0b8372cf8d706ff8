import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { toAppError } from './exception.filter.js';

const pgError = (code: string, message = 'pg') => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('errors of an unreachable database', () => {
  it.each([
    ['the pool cannot connect (refused)', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['PostgreSQL shuts down (57P01)', failedQuery(pgError('57P01', 'terminating connection'))],
    [
      'PostgreSQL is starting up (57P03)',
      failedQuery(pgError('57P03', 'the database system is starting up')),
    ],
    ['the connection broke (08006)', failedQuery(pgError('08006'))],
    ['pg lost the socket', new Error('Connection terminated unexpectedly')],
    ['TypeORM released the broken connection', new QueryRunnerAlreadyReleasedError()],
  ])('answer 503 DATABASE_UNAVAILABLE with Retry-After when %s', (_, error) => {
    const app = toAppError(error);
    expect(app.toBody()).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(app.headers).toEqual({ 'Retry-After': '2' });
  });

  it('keeps other database errors apart: a duplicate is 409, anything unknown 500', () => {
    expect(toAppError(failedQuery(pgError('23505'))).status).toBe(409);
    expect(toAppError(failedQuery(pgError('42P01', 'relation does not exist'))).status).toBe(500);
    expect(toAppError(new Error('boom')).status).toBe(500);
  });
});
