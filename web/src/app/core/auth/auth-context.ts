import { HttpContext, HttpContextToken } from '@angular/common/http';

/**
 * Marks requests whose 401 the caller handles itself (login, the session check, logout),
 * so the interceptor does not redirect on top of it.
 */
export const HANDLES_OWN_401 = new HttpContextToken<boolean>(() => false);

export function handlesOwn401(): HttpContext {
  return new HttpContext().set(HANDLES_OWN_401, true);
}
