import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { map } from 'rxjs';
import { roleLabel } from '../../shared/labels/role-labels';
import { UserSummary } from '../../shared/ui/user-summary/user-summary';
import { AuthService } from '../auth/auth.service';
import { IdleWatch } from '../auth/idle-watch';
import { LAYOUT_TEXTS } from './layout.texts';
import { navItemsFor } from './nav-items';
import { NotificationBell } from './notification-bell';

/** Below this width (tablets) the side menu shrinks to icons. */
const NARROW_SCREEN = '(max-width: 1099.98px)';

/** The signed-in frame: side menu, header with the user, and the routed page. */
@Component({
  selector: 'tj-shell',
  imports: [
    RouterLink,
    RouterOutlet,
    NzButtonModule,
    NzIconModule,
    NzLayoutModule,
    NzMenuModule,
    NzModalModule,
    NzTooltipModule,
    UserSummary,
    NotificationBell,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly breakpoints = inject(BreakpointObserver);
  protected readonly idle = inject(IdleWatch);

  constructor() {
    this.idle.start();
    inject(DestroyRef).onDestroy(() => this.idle.stop());
  }

  protected readonly texts = LAYOUT_TEXTS;
  protected readonly user = this.auth.user;
  /** The entries of the user's role (委派移交 and 督办监督 are not for everyone). */
  protected readonly navItems = computed(() => navItemsFor(this.user()?.role));
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? roleLabel(user.role) : '';
  });

  private readonly narrow = toSignal(
    this.breakpoints.observe(NARROW_SCREEN).pipe(map((state) => state.matches)),
    {
      initialValue: this.breakpoints.isMatched(NARROW_SCREEN),
    },
  );
  /** Follows the screen width, but the user may toggle it until the width class changes again. */
  protected readonly collapsed = linkedSignal(() => this.narrow());
  protected readonly loggingOut = signal(false);

  protected toggleMenu(): void {
    this.collapsed.update((collapsed) => !collapsed);
  }

  protected logout(): void {
    this.idle.stop();
    this.loggingOut.set(true);
    this.auth.logout().subscribe(() => {
      this.loggingOut.set(false);
      void this.router.navigateByUrl('/login');
    });
  }
}
