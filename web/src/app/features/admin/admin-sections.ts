import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import type { Role } from '../../core/api/api-types';
import { AuthService } from '../../core/auth/auth.service';
import { mayCallAny } from '../../core/layout/nav-items';
import { ADMIN_TEXTS } from './admin.texts';
import { SEAL_TEXTS } from './seal/seal.texts';

export interface AdminSection {
  /** The child path under /admin. */
  path: string;
  label: string;
  description: string;
  icon: string;
  /**
   * The API routes the page is built on: only roles the permission policy lets call at least one of
   * them see the page on the landing page and may open it (the same routes are in the side menu's
   * ADMIN_ROUTES).
   */
  routes: readonly string[];
}

const S = ADMIN_TEXTS.sections;

/**
 * The pages of 系统管理, in the order the landing page lists them. A new page adds its entry here,
 * its child route in admin.routes.ts and its routes in the side menu's ADMIN_ROUTES.
 */
export const ADMIN_SECTIONS = [
  { path: 'users', ...S.users, icon: 'team', routes: ['GET /api/users'] },
  // Everyone reads the roster; keeping it is the administrator's and, for his committee, the director's.
  { path: 'mediators', ...S.mediators, icon: 'solution', routes: ['POST /api/mediators'] },
  // The administrator changes the system's time limits, a director his committee's own.
  {
    path: 'deadline-rules',
    ...S.deadlineRules,
    icon: 'clock-circle',
    routes: ['PUT /api/deadline-rules/:id', 'PUT /api/organisations/:id/deadline-rules/:ruleId'],
  },
  // Everyone reads the calendar; changing it is the administrator's.
  // The uses name agreements and cases: the committee's director only (三员分立).
  {
    path: 'seal',
    ...SEAL_TEXTS.section,
    icon: 'safety-certificate',
    routes: ['GET /api/organisations/:id/seal-uses'],
  },
  // A committee's own templates: its director, or the administrator for any organisation.
  {
    path: 'templates',
    ...S.templates,
    icon: 'file-text',
    routes: ['GET /api/organisations/:id/templates'],
  },
  { path: 'calendar', ...S.calendar, icon: 'calendar', routes: ['PUT /api/calendar/overrides'] },
  { path: 'api-keys', ...S.apiKeys, icon: 'key', routes: ['GET /api/api-keys'] },
] as const satisfies readonly AdminSection[];

export type AdminPath = (typeof ADMIN_SECTIONS)[number]['path'];

export function adminSection(path: AdminPath): AdminSection {
  return ADMIN_SECTIONS.find((section) => section.path === path)!;
}

/** The pages a role may use. */
export function adminSectionsFor(role: Role | undefined): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => mayCallAny(role, section.routes));
}

/** Opens a page only for the roles that may call one of its routes; the others land on /admin. */
export function adminSectionGuard(section: AdminSection): CanActivateFn {
  return () => {
    const router = inject(Router);
    return inject(AuthService)
      .ensureUser()
      .pipe(
        map((user) =>
          user && mayCallAny(user.role, section.routes) ? true : router.createUrlTree(['/admin']),
        ),
      );
  };
}
