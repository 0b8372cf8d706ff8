import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';

/** What the administration dialogs use: a modal with a small reactive form, as the case dialogs. */
export const ADMIN_DIALOG_IMPORTS = [
  ReactiveFormsModule,
  NzAlertModule,
  NzDatePickerModule,
  NzFormModule,
  NzInputModule,
  NzModalModule,
  NzSelectModule,
  NzSwitchModule,
] as const;

/** Shared styles of the dialogs' frame (messages above the form, hints under a field). */
export const ADMIN_DIALOG_STYLES = `
  .dialog-alert {
    margin-bottom: 16px;
  }
  .dialog-hint {
    margin: 4px 0 0;
    color: rgba(0, 0, 0, 0.55);
  }
`;
