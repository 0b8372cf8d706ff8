import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { SessionsApi } from '../../core/api/sessions-api';
import { PASSWORD_TEXTS } from './login.texts';

/** A readable name for a User-Agent: the system and the browser, as a mediator would say them. */
export function deviceName(userAgent: string | null, unknown: string): string {
  if (!userAgent) return unknown;
  const system = /iPad/.test(userAgent)
    ? 'iPad'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone/.test(userAgent)
        ? 'iPhone'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Mac OS X/.test(userAgent)
            ? 'Mac'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : null;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Chrome\//.test(userAgent)
      ? 'Chrome'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  return [system, browser].filter(Boolean).join(' · ') || userAgent.slice(0, 40);
}

/** 登录设备: the account's open sign-ins, and 退出其他设备 for a lost tablet. */
@Component({
  selector: 'tj-devices-card',
  imports: [DatePipe, NzAlertModule, NzButtonModule, NzCardModule, NzModalModule, NzTagModule],
  template: `
    <nz-card class="devices" [nzTitle]="texts.title">
      <p class="devices__intro">{{ texts.intro }}</p>
      @if (resource.error()) {
        <nz-alert role="alert" nzType="error" nzShowIcon [nzMessage]="texts.loadFailed" />
      }
      <ul class="devices__list">
        @for (device of devices(); track device.id) {
          <li class="devices__item">
            <span class="devices__name">{{ nameOf(device.userAgent) }}</span>
            @if (device.current) {
              <nz-tag nzColor="blue">{{ texts.current }}</nz-tag>
            }
            <span class="devices__when">
              {{ texts.since }} {{ device.createdAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }} ·
              {{ texts.lastSeen }} {{ device.lastSeenAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}
            </span>
          </li>
        }
      </ul>
      @if (others() > 0) {
        <button nz-button nzDanger nzSize="large" type="button" [nzLoading]="busy()" (click)="logoutOthers()">
          {{ texts.logoutOthers }}
        </button>
      }
    </nz-card>
  `,
  styles: `
    .devices {
      width: 100%;
      max-width: 400px;
      margin-top: 16px;
    }
    .devices__intro {
      margin: 0 0 12px;
      color: rgba(0, 0, 0, 0.65);
    }
    .devices__list {
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    .devices__item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      padding: 8px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    .devices__name {
      font-weight: 600;
    }
    .devices__when {
      width: 100%;
      color: rgba(0, 0, 0, 0.55);
      font-size: 14px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevicesCard {
  private readonly api = inject(SessionsApi);
  private readonly modal = inject(NzModalService);
  private readonly message = inject(NzMessageService);

  protected readonly texts = PASSWORD_TEXTS.devices;
  protected readonly resource = rxResource({ stream: () => this.api.mine() });
  protected readonly devices = computed(() => (this.resource.hasValue() ? this.resource.value() : []));
  protected readonly others = computed(() => this.devices().filter((d) => !d.current).length);
  protected readonly busy = signal(false);

  protected nameOf(userAgent: string | null): string {
    return deviceName(userAgent, this.texts.unknown);
  }

  protected logoutOthers(): void {
    this.modal.confirm({
      nzTitle: this.texts.confirmTitle,
      nzContent: this.texts.confirmContent,
      nzOkText: this.texts.logoutOthers,
      nzOkDanger: true,
      nzCancelText: this.texts.cancel,
      nzOnOk: () => {
        this.busy.set(true);
        this.api
          .logoutOthers()
          .pipe(finalize(() => this.busy.set(false)))
          .subscribe({
            next: () => {
              this.message.success(this.texts.done);
              this.resource.reload();
            },
            error: (error: unknown) => this.message.error(apiErrorMessage(error)),
          });
      },
    });
  }
}
