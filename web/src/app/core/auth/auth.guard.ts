import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import { AuthService } from './auth.service';

/**
 * Lets signed-in users through; sends everyone else to the login page and back afterwards, and a user
 * with a temporary password to 修改密码 first (the API refuses everything else until then).
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  const toLogin = router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  return inject(AuthService)
    .ensureUser()
    .pipe(
      map((user) => {
        if (user === null) return toLogin;
        if (user.mustChangePassword && state.url !== '/password') return router.createUrlTree(['/password']);
        return true;
      }),
    );
};
