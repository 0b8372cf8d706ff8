import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import { AuthService } from './auth.service';

/** Lets signed-in users through; sends everyone else to the login page and back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  const toLogin = router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  return inject(AuthService)
    .ensureUser()
    .pipe(map((user) => user !== null || toLogin));
};
