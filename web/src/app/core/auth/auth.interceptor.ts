import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { isUnauthenticated } from '../api/api-error';
import { HANDLES_OWN_401 } from './auth-context';
import { AuthService } from './auth.service';

/** A 401 from the API mid-session means the session ended (expired, revoked): sign in again. */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      const isApi = req.url.startsWith('/api/');
      if (isApi && isUnauthenticated(error) && !req.context.get(HANDLES_OWN_401)) {
        auth.clear();
        const here = router.url;
        if (!here.startsWith('/login')) {
          void router.navigate(['/login'], { queryParams: { returnUrl: here } });
        }
      }
      return throwError(() => error);
    }),
  );
};
