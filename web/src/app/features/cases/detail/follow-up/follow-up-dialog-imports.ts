import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzRateModule } from 'ng-zorro-antd/rate';
import { DIALOG_IMPORTS } from '../dialogs/dialog-imports';

/** The action dialogs' kit, plus date pickers and the star rating. */
export const FOLLOW_UP_DIALOG_IMPORTS = [DIALOG_IMPORTS, NzDatePickerModule, NzRateModule] as const;

/** A term of the agreement as the dialogs offer it: index and the words agreed. */
export interface TermOption {
  index: number;
  label: string;
  amount?: string;
}
