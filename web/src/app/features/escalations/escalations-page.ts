import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { mayCall } from '@tiaojie/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { type Escalation, EscalationsApi } from '../../core/api/escalations-api';
import { AuthService } from '../../core/auth/auth.service';
import { NoteDialog } from '../../shared/ui/note-dialog/note-dialog';
import { ESCALATIONS_TEXTS } from './escalations.texts';

type Filter = 'open' | 'all';

/**
 * 风险报告: what the police station (or the judicial office) received from the committees, and what the
 * committee and the office follow: open reports first, the soonest due on top; the receiving body
 * acknowledges with what it did.
 */
@Component({
  selector: 'tj-escalations-page',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzSegmentedModule,
    NzSpinModule,
    NzTagModule,
    NoteDialog,
  ],
  templateUrl: './escalations-page.html',
  styleUrl: './escalations-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscalationsPage {
  private readonly api = inject(EscalationsApi);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user;

  protected readonly texts = ESCALATIONS_TEXTS;
  protected readonly filters = [
    { value: 'open', label: ESCALATIONS_TEXTS.open },
    { value: 'all', label: ESCALATIONS_TEXTS.all },
  ];
  protected readonly filter = signal<Filter>('open');
  protected readonly acknowledging = signal<Escalation | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The case page is for those who read cases (a police station does not). */
  protected readonly readsCases = computed(() => {
    const role = this.user()?.role;
    return !!role && mayCall(role, 'GET /api/cases/:id');
  });

  protected readonly resource = rxResource({
    params: () => this.filter(),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly reports = computed(() => (this.resource.hasValue() ? this.resource.value() : []));

  protected setFilter(value: string | number): void {
    this.filter.set(value === 'all' ? 'all' : 'open');
  }

  protected open(report: Escalation): void {
    this.error.set(null);
    this.acknowledging.set(report);
  }

  protected acknowledge(response: string): void {
    const report = this.acknowledging();
    if (!report || this.busy()) return;
    this.busy.set(true);
    this.api
      .acknowledge(report.id, response)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.message.success(this.texts.done);
          this.acknowledging.set(null);
          this.resource.reload();
        },
        error: (error: unknown) => this.error.set(apiErrorMessage(error)),
      });
  }
}
