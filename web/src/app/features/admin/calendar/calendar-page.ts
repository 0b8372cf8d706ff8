import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { mayCall } from '@tiaojie/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { CalendarApi, type CalendarOverride } from '../../../core/api/calendar-api';
import { AuthService } from '../../../core/auth/auth.service';
import { ADMIN_TEXTS } from '../admin.texts';
import { AdminPageFrame } from '../shared/admin-page-frame';
import { CalendarDialog } from './calendar-dialog';

/**
 * 节假日调整 (the administrator): local days off and make-up working days on top of the national
 * calendar the deadlines count with; each applies to clocks started afterwards.
 */
@Component({
  selector: 'tj-calendar-page',
  imports: [AdminPageFrame, NzButtonModule, NzIconModule, NzTableModule, NzTagModule, CalendarDialog],
  templateUrl: './calendar-page.html',
  styleUrl: '../shared/admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarPage {
  private readonly api = inject(CalendarApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly me = inject(AuthService).user;

  protected readonly texts = ADMIN_TEXTS.calendar;
  protected readonly common = ADMIN_TEXTS;
  protected readonly may = computed(() => {
    const role = this.me()?.role;
    return {
      set: !!role && mayCall(role, 'PUT /api/calendar/overrides'),
      remove: !!role && mayCall(role, 'DELETE /api/calendar/overrides/:day'),
    };
  });

  protected readonly resource = rxResource({ stream: () => this.api.overrides() });
  protected readonly overrides = computed(() => (this.resource.hasValue() ? this.resource.value() : []));

  /** The dialog open: `null` inside for a new entry. */
  protected readonly editing = signal<{ override: CalendarOverride | null } | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<unknown>(null);
  protected readonly removing = signal<string | null>(null);

  protected open(override: CalendarOverride | null): void {
    this.failure.set(null);
    this.editing.set({ override });
  }

  protected close(): void {
    if (!this.busy()) this.editing.set(null);
  }

  protected save(override: CalendarOverride): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.api
      .setOverride(override)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.editing.set(null);
          this.message.success(this.texts.saved);
          this.resource.reload();
        },
        error: (error: unknown) => this.failure.set(error),
      });
  }

  protected remove(override: CalendarOverride): void {
    this.modal.confirm({
      nzTitle: this.texts.removeTitle(override.day),
      nzContent: this.texts.removeContent,
      nzOkText: this.texts.remove,
      nzOkDanger: true,
      nzCancelText: this.common.cancel,
      nzOnOk: () => {
        this.removing.set(override.day);
        this.api
          .removeOverride(override.day)
          .pipe(finalize(() => this.removing.set(null)))
          .subscribe({
            next: () => {
              this.message.success(this.texts.removed);
              this.resource.reload();
            },
            error: (error: unknown) => this.message.error(apiErrorMessage(error)),
          });
      },
    });
  }
}
