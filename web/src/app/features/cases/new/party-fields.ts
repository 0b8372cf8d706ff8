import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { map, startWith, switchMap } from 'rxjs';
import { AGENT_SCOPE_LABELS, chinaDay, isMinorOn } from '@tiaojie/contracts';
import { localDate } from '../../../shared/forms/dates';
import { firstError } from '../../../shared/forms/field-errors';
import { fillFromResidentId } from '../../../shared/forms/id-autofill';
import {
  ID_TYPE_LABELS,
  PARTY_KIND_LABELS,
  PARTY_ROLE_LABELS,
  SEX_LABELS,
  optionsOf,
} from '../../../shared/labels/case-labels';
import { CASES_TEXTS } from '../cases.texts';
import type { PartyForm } from './party-form';

/** The fields of one party: person or organisation, with an optional guardian and agent. */
@Component({
  selector: 'tj-party-fields',
  imports: [
    ReactiveFormsModule,
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
  ],
  templateUrl: './party-fields.html',
  styleUrl: './party-fields.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartyFields {
  readonly group = input.required<PartyForm>();
  /** Position in the list, from 0; names the inputs (`party-1-idNumber`). */
  readonly index = input.required<number>();
  readonly removable = input(true);
  readonly remove = output();

  protected readonly texts = CASES_TEXTS.party;
  protected readonly roleOptions = optionsOf(PARTY_ROLE_LABELS);
  protected readonly kindOptions = optionsOf(PARTY_KIND_LABELS);
  protected readonly sexOptions = optionsOf(SEX_LABELS);
  protected readonly idTypeOptions = optionsOf(ID_TYPE_LABELS);
  protected readonly errorOf = firstError;

  /** The fields shown follow the kind and the agent checkbox as the user changes them. */
  protected readonly kind = toSignal(
    toObservable(this.group).pipe(
      switchMap((g) => g.controls.kind.valueChanges.pipe(startWith(g.controls.kind.value))),
    ),
  );
  protected readonly hasGuardian = toSignal(
    toObservable(this.group).pipe(
      switchMap((g) => g.controls.hasGuardian.valueChanges.pipe(startWith(g.controls.hasGuardian.value))),
    ),
  );
  /** A birth date under eighteen and no guardian yet: say what the agreement will need. */
  protected readonly minorWithoutGuardian = toSignal(
    toObservable(this.group).pipe(
      switchMap((g) =>
        g.valueChanges.pipe(
          startWith(g.value),
          map(() => {
            const born = g.controls.birthDate.value;
            return !!born && !g.controls.hasGuardian.value && isMinorOn(localDate(born), chinaDay());
          }),
        ),
      ),
    ),
  );
  protected readonly scopeOptions = optionsOf(AGENT_SCOPE_LABELS);
  protected readonly hasAgent = toSignal(
    toObservable(this.group).pipe(
      switchMap((g) => g.controls.hasAgent.valueChanges.pipe(startWith(g.controls.hasAgent.value))),
    ),
  );

  /**
   * A valid resident ID number sets sex and birth date to what it encodes; the note under the field
   * says what was filled in, so that the user sees it and can check.
   */
  protected readonly idNote = toSignal(
    toObservable(this.group).pipe(
      switchMap((g) =>
        g.controls.idNumber.valueChanges.pipe(
          map((value) =>
            fillFromResidentId(value, {
              idType: () => g.controls.idType.value,
              sex: g.controls.sex,
              birthDate: g.controls.birthDate,
              birthDateAs: 'date',
            }),
          ),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected id(field: string): string {
    return `party-${this.index()}-${field}`;
  }
}
