import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { AuthService } from '../../core/auth/auth.service';
import { roleLabel } from '../../shared/labels/role-labels';
import { WORKBENCH_TEXTS } from './workbench.texts';

/** The landing page after signing in. Shows only what is known for certain: who you are, and today. */
@Component({
  selector: 'tj-workbench-page',
  imports: [DatePipe, NzCardModule, NzDescriptionsModule],
  templateUrl: './workbench-page.html',
  styleUrl: './workbench-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkbenchPage {
  protected readonly texts = WORKBENCH_TEXTS;
  protected readonly user = inject(AuthService).user;
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? roleLabel(user.role) : '';
  });
  protected readonly today = new Date();
}
