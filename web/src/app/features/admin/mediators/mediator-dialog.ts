import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  effect,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
} from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import type {
  Mediator,
  MediatorKind,
  MediatorStatus,
  MediatorTraining,
} from '../../../core/api/mediators-api';
import { firstError, revealErrors } from '../../../shared/forms/field-errors';
import { localDate, parseLocalDate } from '../../../shared/forms/dates';
import { maxChars, required } from '../../../shared/forms/validators';
import { ADMIN_TEXTS } from '../admin.texts';
import { ADMIN_DIALOG_IMPORTS, ADMIN_DIALOG_STYLES } from '../shared/admin-dialog-imports';
import { dialogFailure } from '../shared/dialog-failure';

/** What the dialog hands back, tidied: the page sends it whole (a new entry) or what changed. */
export interface MediatorDialogResult {
  name: string;
  /** The first is the one mainly served. */
  organisationIds: string[];
  kind: MediatorKind;
  fullTime: boolean;
  courtRosterNo: string | null;
  termStart: string;
  termEnd: string;
  status: MediatorStatus;
  userId: string | null;
  trainings: MediatorTraining[];
}

/** A mediation body the dialog offers. */
export interface MediationBodyOption {
  id: string;
  name: string;
}

const T = ADMIN_TEXTS.mediators;
const D = T.dialog;

const KINDS: readonly MediatorKind[] = ['member', 'engaged'];
const STATUSES: readonly MediatorStatus[] = ['active', 'suspended', 'removed'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function accountId(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value.trim() !== '' && !UUID.test(value.trim())
    ? { uuid: D.userIdInvalid }
    : null;
}

/** The API's range of a training's hours (0.5–200). */
function trainingHours(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  return typeof value !== 'number' || value < 0.5 || value > 200 ? { hours: D.trainingHoursRule } : null;
}

/** The term may not end before it starts (the API's rule, said on the end). */
function termOrder(control: AbstractControl<Date | null>): ValidationErrors | null {
  const start = control.parent?.get('termStart')?.value as Date | null | undefined;
  const end = control.value;
  return start && end && localDate(end) < localDate(start) ? { termOrder: D.termOrder } : null;
}

function trainingGroup(training?: MediatorTraining) {
  return new FormGroup({
    day: new FormControl<Date | null>(parseLocalDate(training?.day), required(D.trainingDayRequired)),
    topic: new FormControl(training?.topic ?? '', {
      nonNullable: true,
      validators: [required(D.trainingTopicRequired), maxChars(100)],
    }),
    hours: new FormControl<number | null>(training?.hours ?? null, trainingHours),
  });
}

/**
 * 新增调解员 / 编辑调解员: a roster entry — name, the mediation bodies served (the first mainly),
 * kind, full or part time, court roster number, term, status, the sign-in account and the training
 * record. The API's refusal stays in the dialog with everything typed.
 */
@Component({
  selector: 'tj-mediator-dialog',
  imports: [ADMIN_DIALOG_IMPORTS, NzButtonModule, NzIconModule, NzInputNumberModule, NzRadioModule],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title()"
      [nzWidth]="760"
      [nzOkText]="texts.save"
      [nzCancelText]="texts.cancel"
      [nzOkLoading]="busy()"
      [nzCancelDisabled]="busy()"
      [nzClosable]="!busy()"
      [nzMaskClosable]="false"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancel()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        @if (bodies().length === 0) {
          <nz-alert class="dialog-alert" nzType="info" nzShowIcon [nzMessage]="texts.noBodies" />
        }
        @for (message of messages(); track $index) {
          <nz-alert class="dialog-alert" role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        }
        <div class="grid">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="mediator-name">{{ texts.name }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <input nz-input nzSize="large" id="mediator-name" autocomplete="off" formControlName="name" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="mediator-status">{{ texts.status }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip" [nzExtra]="texts.statusHint">
              <nz-select nzSize="large" nzId="mediator-status" formControlName="status">
                @for (status of statuses; track status) {
                  <nz-option [nzValue]="status" [nzLabel]="texts.statuses[status]" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
        </div>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="mediator-organisations">{{ texts.organisations }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip" [nzExtra]="texts.organisationsHint">
            <nz-select
              nzSize="large"
              nzMode="multiple"
              nzId="mediator-organisations"
              [nzPlaceHolder]="texts.organisationsPlaceholder"
              formControlName="organisationIds"
            >
              @for (org of options(); track org.id) {
                <nz-option [nzValue]="org.id" [nzLabel]="org.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <!-- eslint-disable @angular-eslint/template/label-has-associated-control -- nz-radio renders its input inside the label -->
        <div class="grid">
          <nz-form-item>
            <p class="legend" id="mediator-kind">{{ texts.kind }}</p>
            <nz-form-control [nzErrorTip]="tip">
              <nz-radio-group
                role="radiogroup"
                aria-labelledby="mediator-kind"
                nzSize="large"
                formControlName="kind"
              >
                @for (kind of kinds; track kind) {
                  <label nz-radio [nzValue]="kind">{{ texts.kinds[kind] }}</label>
                }
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="mediator-full-time">{{ texts.fullTime }}</nz-form-label>
            <nz-form-control [nzExtra]="texts.fullTimeHint">
              <nz-switch
                nzId="mediator-full-time"
                formControlName="fullTime"
                [nzCheckedChildren]="texts.fullTime"
                [nzUnCheckedChildren]="texts.partTime"
              />
            </nz-form-control>
          </nz-form-item>
        </div>
        <!-- eslint-enable @angular-eslint/template/label-has-associated-control -->
        <div class="grid">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="mediator-term-start">{{ texts.termStart }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <nz-date-picker
                nzSize="large"
                nzId="mediator-term-start"
                nzFormat="yyyy-MM-dd"
                formControlName="termStart"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="mediator-term-end">{{ texts.termEnd }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <nz-date-picker
                nzSize="large"
                nzId="mediator-term-end"
                nzFormat="yyyy-MM-dd"
                formControlName="termEnd"
              />
            </nz-form-control>
          </nz-form-item>
        </div>
        <div class="grid">
          <nz-form-item>
            <nz-form-label nzFor="mediator-court-roster-no">{{ texts.courtRosterNo }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip" [nzExtra]="texts.courtRosterNoHint">
              <input
                nz-input
                nzSize="large"
                id="mediator-court-roster-no"
                autocomplete="off"
                formControlName="courtRosterNo"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="mediator-user-id">{{ texts.userId }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip" [nzExtra]="texts.userIdHint">
              <input
                nz-input
                nzSize="large"
                id="mediator-user-id"
                class="mono"
                autocomplete="off"
                autocapitalize="none"
                spellcheck="false"
                formControlName="userId"
              />
            </nz-form-control>
          </nz-form-item>
        </div>
        <fieldset class="trainings" formArrayName="trainings">
          <legend class="trainings__legend">{{ texts.trainings }}</legend>
          @for (row of trainings.controls; track row; let i = $index) {
            <div class="training" [formGroupName]="i">
              <nz-form-item>
                <nz-form-label nzRequired [nzFor]="'mediator-training-day-' + i">{{
                  texts.trainingDay
                }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip">
                  <nz-date-picker
                    nzSize="large"
                    nzFormat="yyyy-MM-dd"
                    [nzId]="'mediator-training-day-' + i"
                    formControlName="day"
                  />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item class="training__topic">
                <nz-form-label nzRequired [nzFor]="'mediator-training-topic-' + i">{{
                  texts.trainingTopic
                }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip">
                  <input
                    nz-input
                    nzSize="large"
                    autocomplete="off"
                    [id]="'mediator-training-topic-' + i"
                    formControlName="topic"
                  />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item class="training__hours">
                <nz-form-label nzRequired [nzFor]="'mediator-training-hours-' + i">{{
                  texts.trainingHours
                }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip">
                  <nz-input-number
                    nzSize="large"
                    [nzMin]="0.5"
                    [nzMax]="200"
                    [nzStep]="0.5"
                    [nzId]="'mediator-training-hours-' + i"
                    formControlName="hours"
                  />
                </nz-form-control>
              </nz-form-item>
              <button
                nz-button
                nzDanger
                nzSize="large"
                type="button"
                class="training__remove"
                [disabled]="busy()"
                [attr.aria-label]="texts.removeTrainingLabel(i + 1)"
                (click)="removeTraining(i)"
              >
                <nz-icon nzType="delete" />
                {{ texts.removeTraining }}
              </button>
            </div>
          } @empty {
            <p class="dialog-hint">{{ texts.noTrainings }}</p>
          }
          <button
            nz-button
            nzType="dashed"
            nzSize="large"
            type="button"
            [disabled]="busy()"
            (click)="addTraining()"
          >
            <nz-icon nzType="plus" />
            {{ texts.addTraining }}
          </button>
        </fieldset>
      </form>
    </nz-modal>
  `,
  styles: [
    ADMIN_DIALOG_STYLES,
    `
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
        column-gap: 16px;
      }
      .legend {
        margin: 0 0 8px;
      }
      .legend::after {
        content: ':';
      }
      .mono {
        font-family: 'SFMono-Regular', Consolas, 'Liberation Mono', monospace;
      }
      .trainings {
        margin: 0;
        padding: 0;
        border: 0;
      }
      .trainings__legend {
        margin-bottom: 8px;
        font-size: 16px;
        font-weight: 600;
      }
      .training {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: 0 12px;
        margin-bottom: 8px;
        padding: 12px 12px 0;
        border: 1px solid #f0f0f0;
        border-radius: 8px;
      }
      .training__topic {
        flex: 1;
        min-width: 200px;
      }
      .training__hours nz-input-number {
        width: 110px;
      }
      .training__remove {
        margin-bottom: 24px;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediatorDialog implements OnInit {
  /** The entry to edit; none for a new one. */
  readonly mediator = input<Mediator | null>(null);
  /** The mediation bodies the caller may name (committees and centres in sight). */
  readonly bodies = input.required<readonly MediationBodyOption[]>();
  /** Preselected for a new entry (a director's own committee). */
  readonly defaultOrganisationIds = input<readonly string[]>([]);
  readonly busy = input(false);
  /** The API's refusal of the last attempt (an HttpErrorResponse), shown in the dialog. */
  readonly failure = input<unknown>(null);
  readonly confirmed = output<MediatorDialogResult>();
  readonly cancelled = output();

  protected readonly texts = {
    ...T,
    ...D,
    save: ADMIN_TEXTS.save,
    cancel: ADMIN_TEXTS.cancel,
  };
  protected readonly errorOf = firstError;
  protected readonly kinds = KINDS;
  protected readonly statuses = STATUSES;
  protected readonly title = computed(() => {
    const mediator = this.mediator();
    return mediator ? D.editTitle(mediator.name) : D.createTitle;
  });
  /** The bodies in sight, and those of the entry the caller cannot see (kept, named as hidden). */
  protected readonly options = computed(() => {
    const bodies = this.bodies();
    const hidden = (this.mediator()?.organisationIds ?? [])
      .filter((id) => !bodies.some((body) => body.id === id))
      .map((id) => ({ id, name: D.hiddenOrganisation }));
    return [...bodies, ...hidden];
  });
  protected readonly messages = signal<string[]>([]);
  protected readonly trainings = new FormArray<ReturnType<typeof trainingGroup>>([]);
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [required(D.nameRequired), maxChars(50)],
    }),
    organisationIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: required(D.organisationsRequired),
    }),
    kind: new FormControl<MediatorKind>('member', { nonNullable: true }),
    fullTime: new FormControl(false, { nonNullable: true }),
    courtRosterNo: new FormControl('', { nonNullable: true, validators: maxChars(32) }),
    termStart: new FormControl<Date | null>(null, required(D.termStartRequired)),
    termEnd: new FormControl<Date | null>(null, [required(D.termEndRequired), termOrder]),
    status: new FormControl<MediatorStatus>('active', { nonNullable: true }),
    userId: new FormControl('', { nonNullable: true, validators: accountId }),
    trainings: this.trainings,
  });

  constructor() {
    effect(() => {
      const failure = this.failure();
      untracked(() => this.messages.set(dialogFailure(this.form, failure)));
    });
    // The end is checked against the start: again when the start moves.
    this.form.controls.termStart.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.termEnd.updateValueAndValidity());
  }

  ngOnInit(): void {
    // The entry is an input, known from here on.
    const mediator = this.mediator();
    if (!mediator) {
      this.form.controls.organisationIds.setValue([...this.defaultOrganisationIds()]);
      return;
    }
    for (const training of mediator.trainings) this.trainings.push(trainingGroup(training));
    this.form.patchValue({
      name: mediator.name,
      organisationIds: [...mediator.organisationIds],
      kind: mediator.kind,
      fullTime: mediator.fullTime,
      courtRosterNo: mediator.courtRosterNo ?? '',
      termStart: parseLocalDate(mediator.termStart ?? undefined),
      termEnd: parseLocalDate(mediator.termEnd ?? undefined),
      status: mediator.status,
      userId: mediator.userId ?? '',
    });
  }

  protected addTraining(): void {
    this.trainings.push(trainingGroup());
  }

  protected removeTraining(index: number): void {
    this.trainings.removeAt(index);
  }

  protected submit(): void {
    if (this.busy()) return;
    const value = this.form.getRawValue();
    const { termStart, termEnd } = value;
    if (this.form.invalid || !termStart || !termEnd) {
      revealErrors(this.form);
      return;
    }
    this.confirmed.emit({
      name: value.name.trim(),
      organisationIds: value.organisationIds,
      kind: value.kind,
      fullTime: value.fullTime,
      courtRosterNo: value.courtRosterNo.trim() || null,
      termStart: localDate(termStart),
      termEnd: localDate(termEnd),
      status: value.status,
      userId: value.userId.trim() || null,
      trainings: value.trainings.map((training) => ({
        day: localDate(training.day!),
        topic: training.topic.trim(),
        hours: training.hours!,
      })),
    });
  }

  protected cancel(): void {
    if (!this.busy()) this.cancelled.emit();
  }
}
