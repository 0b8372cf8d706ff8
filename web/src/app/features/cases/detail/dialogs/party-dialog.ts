import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup } from '@angular/forms';
import { formatPhone, normalizePhone } from '@tiaojie/contracts';
import type { Party, UpdatePartyRequest } from '../../../../core/api/api-types';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { fillFromResidentId } from '../../../../shared/forms/id-autofill';
import { idNumber, mainlandPhone, maxChars, required } from '../../../../shared/forms/validators';
import { SEX_LABELS } from '../../../../shared/labels/case-labels';
import { CASES_TEXTS } from '../../cases.texts';
import { DIALOG_IMPORTS } from './dialog-imports';

const T = CASES_TEXTS.correction;
const P = CASES_TEXTS.party;

/** The fields a correction sends: only those changed, with the reason (the case version is added by the page). */
export type PartyCorrection = Omit<UpdatePartyRequest, 'version'>;

/**
 * 更正当事人信息: complete or correct a party registered from a phone call or a thin referral
 * (field story 4). Filled with what the case team sees; sends only what changed.
 */
@Component({
  selector: 'tj-party-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title()"
      [nzOkText]="texts.save"
      [nzOkLoading]="busy()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        <p class="hint">{{ texts.hint }}</p>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="party-name">{{
            party().kind === 'organisation' ? p.orgName : p.name
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input nz-input id="party-name" formControlName="name" autocomplete="off" />
          </nz-form-control>
        </nz-form-item>
        @if (party().kind === 'person') {
          <nz-form-item>
            <nz-form-label nzFor="party-sex">{{ p.sex }}</nz-form-label>
            <nz-form-control>
              <nz-select id="party-sex" formControlName="sex" nzAllowClear>
                @for (s of sexes; track s[0]) {
                  <nz-option [nzValue]="s[0]" [nzLabel]="s[1]" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="party-birth">{{ p.birthDate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <input nz-input id="party-birth" type="date" formControlName="birthDate" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="party-id">{{ p.idNumber }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip" [nzExtra]="idNote() ?? ''">
              <input nz-input id="party-id" formControlName="idNumber" autocomplete="off" inputmode="text" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="party-guardian-name">{{ p.guardianName }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <input nz-input id="party-guardian-name" formControlName="guardianName" autocomplete="off" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="party-guardian-relation">{{ p.guardianRelation }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <input
                nz-input
                id="party-guardian-relation"
                formControlName="guardianRelation"
                [placeholder]="p.guardianRelationPlaceholder"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="party-guardian-phone">{{ p.guardianPhone }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <input
                nz-input
                id="party-guardian-phone"
                formControlName="guardianPhone"
                autocomplete="off"
                inputmode="tel"
              />
            </nz-form-control>
          </nz-form-item>
        }
        <nz-form-item>
          <nz-form-label nzFor="party-phone">{{ p.phone }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input nz-input id="party-phone" formControlName="phone" autocomplete="off" inputmode="tel" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="party-address">{{
            party().kind === 'organisation' ? p.orgAddress : p.address
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input nz-input id="party-address" formControlName="address" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="party-reason">{{ texts.reason }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea
              nz-input
              id="party-reason"
              rows="2"
              formControlName="reason"
              [placeholder]="texts.reasonPlaceholder"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  styles: `
    .hint {
      margin: 0 0 12px;
      color: rgba(0, 0, 0, 0.55);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartyDialog implements OnInit {
  readonly party = input.required<Party>();
  /** Whether the caller sees the party's personal data; masked values are not offered for editing. */
  readonly personalDataVisible = input(true);
  readonly busy = input(false);
  readonly confirmed = output<PartyCorrection>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly p = P;
  protected readonly sexes = Object.entries(SEX_LABELS);
  protected readonly errorOf = firstError;
  protected readonly title = computed(() => T.title(this.party().name));
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [required(P.nameRequired), maxChars(100)] }),
    sex: new FormControl<'male' | 'female' | null>(null),
    birthDate: new FormControl('', { nonNullable: true }),
    idNumber: new FormControl('', {
      nonNullable: true,
      validators: [idNumber(() => this.party().idType ?? 'resident_id')],
    }),
    // "138 5751 2309" as read out on the phone: sent as its digits (libs/contracts/src/phone.ts).
    phone: new FormControl('', { nonNullable: true, validators: [mainlandPhone] }),
    address: new FormControl('', { nonNullable: true, validators: [maxChars(200)] }),
    guardianName: new FormControl('', { nonNullable: true, validators: [maxChars(50)] }),
    guardianRelation: new FormControl('', { nonNullable: true, validators: [maxChars(20)] }),
    guardianPhone: new FormControl('', { nonNullable: true, validators: [mainlandPhone] }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [required(T.reasonRequired), maxChars(500)],
    }),
  });
  /** What a typed resident ID number filled in (sex, birth date), shown under the field. */
  protected readonly idNote = signal<string | null>(null);
  private readonly destroyRef = inject(DestroyRef);
  private initial: Record<string, unknown> = {};

  ngOnInit(): void {
    const party = this.party();
    const full = this.personalDataVisible();
    this.form.patchValue({
      name: party.name,
      sex: party.sex ?? null,
      birthDate: full ? (party.birthDate ?? '') : '',
      idNumber: full ? (party.idNumber ?? '') : '',
      phone: full ? formatPhone(party.phone) : '',
      address: party.address ?? '',
      guardianName: party.guardian?.name ?? '',
      guardianRelation: party.guardian?.relation ?? '',
      guardianPhone: full ? formatPhone(party.guardian?.phone) : '',
    });
    this.initial = this.form.getRawValue();
    // Only a number typed here fills the fields: what was registered is shown as it is.
    this.form.controls.idNumber.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((value) =>
      this.idNote.set(
        fillFromResidentId(value, {
          idType: () => this.party().idType ?? 'resident_id',
          sex: this.form.controls.sex,
          birthDate: this.form.controls.birthDate,
          birthDateAs: 'text',
        }),
      ),
    );
  }

  protected submit(): void {
    revealErrors(this.form);
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const changed: Record<string, unknown> = {};
    for (const key of ['name', 'sex', 'birthDate', 'idNumber', 'phone', 'address'] as const) {
      let next = value[key];
      let before = this.initial[key];
      if (typeof next === 'string') next = next.trim();
      if (key === 'phone' && next) {
        next = normalizePhone(next) ?? next;
        before = normalizePhone(String(before)) ?? before;
      }
      if (key === 'idNumber' && next) next = next.toUpperCase();
      // A field left empty is not sent: a correction completes, it does not erase.
      if (next !== before && next !== '' && next !== null) changed[key] = next;
    }
    const guardian = this.guardianOf(value);
    if (guardian === 'incomplete') return;
    if (guardian) changed['guardian'] = guardian;
    this.confirmed.emit({ reason: value.reason.trim(), ...changed } as PartyCorrection);
  }

  /** The guardian when its fields changed: name and relation go together (the API's rule). */
  private guardianOf(value: ReturnType<typeof this.form.getRawValue>) {
    const name = value.guardianName.trim();
    const relation = value.guardianRelation.trim();
    const phone = value.guardianPhone.trim();
    const changed = (['guardianName', 'guardianRelation', 'guardianPhone'] as const).some(
      (key) => value[key].trim() !== (this.initial[key] as string).trim(),
    );
    if (!changed || (!name && !relation)) return null;
    if (!name || !relation) {
      const missing = name ? this.form.controls.guardianRelation : this.form.controls.guardianName;
      missing.setErrors({ required: name ? P.guardianRelationRequired : P.guardianNameRequired });
      revealErrors(this.form);
      return 'incomplete';
    }
    return { name, relation, ...(phone ? { phone: normalizePhone(phone) ?? phone } : {}) };
  }
}
