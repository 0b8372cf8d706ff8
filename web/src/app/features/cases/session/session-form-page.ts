import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { finalize, map, of, startWith, switchMap } from 'rxjs';
import { apiErrorMessage, apiFieldErrors } from '../../../core/api/api-error';
import type { CaseDetail, SessionMode } from '../../../core/api/api-types';
import { CasesApi } from '../../../core/api/cases-api';
import { OrganisationsApi } from '../../../core/api/organisations-api';
import { AuthService } from '../../../core/auth/auth.service';
import { applyServerErrors, firstError, revealErrors } from '../../../shared/forms/field-errors';
import { PARTY_ROLE_LABELS, SESSION_MODE_LABELS, optionsOf } from '../../../shared/labels/case-labels';
import { PrivateBox } from '../../../shared/ui/private-box/private-box';
import { CASES_TEXTS } from '../cases.texts';
import { mayRecordSession } from '../case-permissions';
import {
  type SessionForm,
  type SessionMedium,
  createParticipantForm,
  createSessionForm,
  toSessionRequest,
} from './session-form';
import { afterToday } from '../../../shared/forms/dates';
import { EnterNeverSubmits } from '../../../shared/forms/enter-key';

const DEFAULT_MODE: SessionMode = 'back_to_back';

/** 记录调解: the record of one back-to-back, face-to-face or site-visit session. */
@Component({
  selector: 'tj-session-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzDatePickerModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzSegmentedModule,
    NzSelectModule,
    EnterNeverSubmits,
    NzSpinModule,
    PrivateBox,
  ],
  templateUrl: './session-form-page.html',
  styleUrl: './session-form-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionFormPage {
  private readonly api = inject(CasesApi);
  private readonly organisations = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user;

  /** The case id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly texts = CASES_TEXTS.session;
  protected readonly modes = optionsOf(SESSION_MODE_LABELS);
  protected readonly media = optionsOf(CASES_TEXTS.session.media);
  protected readonly consentMethods = optionsOf(CASES_TEXTS.session.consentMethods);
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly errorOf = firstError;
  /** Things that have happened are not dated after today (the API's rule too). */
  protected readonly afterToday = afterToday;

  private readonly caseResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly detail = computed(() =>
    this.caseResource.hasValue() ? this.caseResource.value() : undefined,
  );
  protected readonly loadError = computed(() =>
    this.caseResource.status() === 'error' ? apiErrorMessage(this.caseResource.error()) : '',
  );
  protected readonly form = computed(() => {
    const detail = this.detail();
    return detail ? createSessionForm(detail) : undefined;
  });
  /** The chosen mode, which decides how parties are picked. */
  protected readonly mode = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form ? form.controls.mode.valueChanges.pipe(startWith(form.controls.mode.value)) : of(DEFAULT_MODE),
      ),
    ),
    { initialValue: DEFAULT_MODE },
  );
  /** Phone or video: the parties' consent to remote mediation is asked for. */
  protected readonly medium = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form
          ? form.controls.medium.valueChanges.pipe(startWith(form.controls.medium.value))
          : of<SessionMedium>('in_person'),
      ),
    ),
    { initialValue: 'in_person' },
  );
  protected readonly blocked = computed(() => {
    const detail = this.detail();
    if (!detail) return '';
    if (!mayRecordSession(detail, this.user()?.role)) return this.texts.notInMediation;
    return detail.mediators.length === 0 ? this.texts.noMediators : '';
  });
  protected readonly submitting = signal(false);
  protected readonly errors = signal<string[]>([]);

  /** The user's own entry on the committee's roster, if they mediate there. */
  private readonly ownRosterId = rxResource({
    params: () => this.detail()?.organisationId,
    stream: ({ params }) =>
      this.organisations
        .mediators(params)
        .pipe(map((roster) => roster.find((m) => m.userId === this.user()?.id)?.id ?? null)),
  });

  constructor() {
    // Tick the user's own roster entry when they are one of the case's mediators.
    effect(() => {
      const form = this.form();
      const detail = this.detail();
      const own = this.ownRosterId.hasValue() ? this.ownRosterId.value() : null;
      const index = detail?.mediators.findIndex((m) => m.id === own) ?? -1;
      if (form && index >= 0) form.controls.mediators.at(index).setValue(true);
    });
  }

  protected addParticipant(form: SessionForm): void {
    form.controls.participants.push(createParticipantForm());
  }

  protected removeParticipant(form: SessionForm, index: number): void {
    form.controls.participants.removeAt(index);
  }

  protected submit(form: SessionForm, detail: CaseDetail): void {
    if (this.submitting()) return;
    if (form.invalid) {
      revealErrors(form);
      this.errors.set([this.texts.fixErrors]);
      return;
    }
    this.submitting.set(true);
    this.errors.set([]);
    this.api
      .createSession(detail.id, toSessionRequest(form, detail))
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => {
          this.message.success(this.texts.saved);
          void this.router.navigate(['/cases', detail.id]);
        },
        error: (error: unknown) => {
          const unplaced = applyServerErrors(form, apiFieldErrors(error));
          this.errors.set([apiErrorMessage(error), ...unplaced]);
        },
      });
  }
}
