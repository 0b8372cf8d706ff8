import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { finalize, map, startWith } from 'rxjs';
import { apiErrorMessage, apiFieldErrors, isApiErrorBody, isConflict } from '../../../core/api/api-error';
import { ReferralsApi } from '../../../core/api/referrals-api';
import { AuthService } from '../../../core/auth/auth.service';
import { chinaDay, localDate } from '../../../shared/forms/dates';
import { applyServerErrors, firstError, revealErrors } from '../../../shared/forms/field-errors';
import { randomUuid } from '../../../shared/forms/uuid';
import { DISPUTE_TYPE_LABELS, optionsOf } from '../../../shared/labels/case-labels';
import { REFERRAL_SOURCE_LABELS } from '../../../shared/labels/referral-labels';
import { createPartyForm } from '../../cases/new/party-form';
import { PartyFields } from '../../cases/new/party-fields';
import { referralSources } from '../referral-permissions';
import { REFERRALS_TEXTS } from '../referrals.texts';
import { createReferralForm, toCreateReferralRequest } from './referral-form';
import { EnterNeverSubmits } from '../../../shared/forms/enter-key';

/** 新建委派移交: a liaison of a court, police station or petition office hands a dispute over. */
@Component({
  selector: 'tj-referral-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    PartyFields,
    EnterNeverSubmits,
  ],
  templateUrl: './referral-form-page.html',
  styleUrl: './referral-form-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralFormPage {
  private readonly api = inject(ReferralsApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user;

  protected readonly texts = REFERRALS_TEXTS.form;
  protected readonly sources = referralSources(this.user()?.role);
  protected readonly sourceOptions = this.sources.map((value) => ({
    value,
    label: REFERRAL_SOURCE_LABELS[value],
  }));
  protected readonly typeOptions = optionsOf(DISPUTE_TYPE_LABELS);
  protected readonly mayFile = this.sources.length > 0;
  protected readonly errorOf = firstError;
  protected readonly form = createReferralForm(this.sources);
  protected readonly parties = this.form.controls.parties;
  protected readonly partiesError = toSignal(
    this.parties.statusChanges.pipe(
      startWith(null),
      map(() => firstError(this.parties)),
    ),
    { initialValue: '' },
  );
  protected readonly submitted = signal(false);
  protected readonly submitting = signal(false);
  protected readonly errors = signal<string[]>([]);

  /** One key per distinct submission: a double click or a retry of the same data files one referral. */
  private attempt: { body: string; key: string } | null = null;

  protected readonly disabledDate = (day: Date): boolean => localDate(day) < chinaDay();

  protected addParty(): void {
    this.parties.push(createPartyForm('third_party'));
  }

  protected removeParty(index: number): void {
    this.parties.removeAt(index);
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.submitted.set(true);
    if (this.form.invalid) {
      revealErrors(this.form);
      this.errors.set([this.texts.fixErrors]);
      return;
    }
    const request = toCreateReferralRequest(this.form);
    const body = JSON.stringify(request);
    if (this.attempt?.body !== body) this.attempt = { body, key: randomUuid() };
    this.submitting.set(true);
    this.errors.set([]);
    this.api
      .create(request, this.attempt.key)
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (created) => {
          this.message.success(this.texts.created);
          void this.router.navigate(['/referrals', created.id]);
        },
        error: (error: unknown) => {
          const unplaced = applyServerErrors(this.form, apiFieldErrors(error));
          this.errors.set([this.errorMessage(error), ...unplaced]);
        },
      });
  }

  /** A duplicate (409) reads as 该委派已登记 unless the API said it in its own words. */
  private errorMessage(error: unknown): string {
    if (isConflict(error)) {
      const body = (error as { error: unknown }).error;
      return isApiErrorBody(body) && body.message.trim() ? body.message : this.texts.duplicate;
    }
    return apiErrorMessage(error);
  }
}
