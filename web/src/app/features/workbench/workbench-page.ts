import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { AuthService } from '../../core/auth/auth.service';
import { remainingText } from '../../shared/labels/deadline-labels';
import { roleLabel } from '../../shared/labels/role-labels';
import { CaseStatusTag } from '../../shared/ui/case-status-tag/case-status-tag';
import { PartyNames } from '../../shared/ui/party-names/party-names';
import { WorkbenchStore } from './workbench.store';
import { WORKBENCH_TEXTS } from './workbench.texts';

/** The landing page after signing in: who you are, your cases, your red lights, and what moved lately. */
@Component({
  selector: 'tj-workbench-page',
  imports: [
    DatePipe,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzGridModule,
    NzIconModule,
    NzSpinModule,
    NzTimelineModule,
    CaseStatusTag,
    PartyNames,
  ],
  providers: [WorkbenchStore],
  templateUrl: './workbench-page.html',
  styleUrl: './workbench-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkbenchPage {
  protected readonly texts = WORKBENCH_TEXTS;
  protected readonly store = inject(WorkbenchStore);
  protected readonly user = inject(AuthService).user;
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? roleLabel(user.role) : '';
  });
  protected readonly today = new Date();
  protected readonly redRows = computed(() => {
    const now = new Date();
    return this.store
      .redLights()
      .map((item) => ({ ...item, remaining: remainingText(item.dueAt, item.light, now) }));
  });
}
