import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { mayCall } from '@tiaojie/contracts';
import { map } from 'rxjs';
import type { Role } from '../../core/api/api-types';
import { AuthService } from '../../core/auth/auth.service';
import { ADMIN_TEXTS } from './admin.texts';

export interface AdminSection {
  /** The child path under /admin. */
  path: string;
  label: string;
  description: string;
  icon: string;
  /**
   * The API route the page is built on: only roles the permission policy lets call it see the page
   * on the landing page and may open it (the same list is in the side menu's ADMIN_ROUTES).
   */
  route: string;
}

const S = ADMIN_TEXTS.sections;

/**
 * The pages of 系统管理, in the order the landing page lists them. A new page adds its entry here,
 * its child route in admin.routes.ts and its route in the side menu's ADMIN_ROUTES.
 */
export const ADMIN_SECTIONS = [
  { path: 'users', ...S.users, icon: 'team', route: 'GET /api/users' },
  { path: 'api-keys', ...S.apiKeys, icon: 'key', route: 'GET /api/api-keys' },
  // Everyone reads the calendar; changing it is the administrator's.
  { path: 'calendar', ...S.calendar, icon: 'calendar', route: 'PUT /api/calendar/overrides' },
] as const satisfies readonly AdminSection[];

export type AdminPath = (typeof ADMIN_SECTIONS)[number]['path'];

export function adminSection(path: AdminPath): AdminSection {
  return ADMIN_SECTIONS.find((section) => section.path === path)!;
}

/** The pages a role may use. */
export function adminSectionsFor(role: Role | undefined): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => role !== undefined && mayCall(role, section.route));
}

/** Opens a page only for the roles that may call its route; the others land on /admin. */
export function adminSectionGuard(section: AdminSection): CanActivateFn {
  return () => {
    const router = inject(Router);
    return inject(AuthService)
      .ensureUser()
      .pipe(
        map((user) => (user && mayCall(user.role, section.route) ? true : router.createUrlTree(['/admin']))),
      );
  };
}
