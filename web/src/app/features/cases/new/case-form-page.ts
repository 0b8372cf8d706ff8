import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
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
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { catchError, finalize, map, of, startWith, tap } from 'rxjs';
import { apiErrorMessage, apiFieldErrors } from '../../../core/api/api-error';
import type { OrganisationNode } from '../../../core/api/api-types';
import { CasesApi } from '../../../core/api/cases-api';
import { OrganisationsApi } from '../../../core/api/organisations-api';
import { AuthService } from '../../../core/auth/auth.service';
import { applyServerErrors, firstError, revealErrors } from '../../../shared/forms/field-errors';
import { randomUuid } from '../../../shared/forms/uuid';
import {
  CASE_SOURCE_LABELS,
  DISPUTE_TYPE_LABELS,
  RISK_LABELS,
  optionsOf,
} from '../../../shared/labels/case-labels';
import { mayRegister } from '../case-permissions';
import { CASES_TEXTS } from '../cases.texts';
import { createCaseForm, toCreateCaseRequest } from './case-form';
import { createPartyForm } from './party-form';
import { PartyFields } from './party-fields';
import { afterToday } from '../../../shared/forms/dates';
import { EnterNeverSubmits } from '../../../shared/forms/enter-key';

/** 登记纠纷: register a dispute with its parties; on success, open the new case. */
@Component({
  selector: 'tj-case-form-page',
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
    PartyFields,
    EnterNeverSubmits,
  ],
  templateUrl: './case-form-page.html',
  styleUrl: './case-form-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseFormPage {
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user;

  protected readonly texts = CASES_TEXTS.form;
  protected readonly sourceOptions = optionsOf(CASE_SOURCE_LABELS);
  protected readonly typeOptions = optionsOf(DISPUTE_TYPE_LABELS);
  protected readonly riskOptions = optionsOf(RISK_LABELS);
  protected readonly errorOf = firstError;
  /** Things that have happened are not dated after today (the API's rule too). */
  protected readonly afterToday = afterToday;
  protected readonly form = createCaseForm();
  protected readonly parties = this.form.controls.parties;

  protected readonly organisations = toSignal(
    inject(OrganisationsApi)
      .mediationBodies()
      .pipe(
        tap((orgs) => this.defaultOrganisation(orgs)),
        catchError(() => of([] as OrganisationNode[])),
      ),
  );
  protected readonly noOrganisation = computed(() => this.organisations()?.length === 0);
  protected readonly mayRegister = computed(() => mayRegister(this.user()?.role));
  /** Re-read on every change of the list, so its error shows once the user touched it. */
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

  /** One key per distinct submission: a double click or a retry of the same data creates one case. */
  private attempt: { body: string; key: string } | null = null;

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
    const request = toCreateCaseRequest(this.form);
    const body = JSON.stringify(request);
    if (this.attempt?.body !== body) this.attempt = { body, key: randomUuid() };
    this.submitting.set(true);
    this.errors.set([]);
    this.api
      .create(request, this.attempt.key)
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (created) => {
          this.message.success(this.texts.created(created.caseNumber));
          void this.router.navigate(['/cases', created.id]);
        },
        error: (error: unknown) => {
          const unplaced = applyServerErrors(this.form, apiFieldErrors(error));
          this.errors.set([apiErrorMessage(error), ...unplaced]);
        },
      });
  }

  /** The user's own committee or centre when they belong to one, else the only choice there is. */
  private defaultOrganisation(orgs: OrganisationNode[]): void {
    const control = this.form.controls.organisationId;
    if (control.value) return;
    const own = orgs.find((org) => org.id === this.user()?.organisationId);
    const chosen = own ?? (orgs.length === 1 ? orgs[0] : undefined);
    if (chosen) control.setValue(chosen.id);
  }
}
