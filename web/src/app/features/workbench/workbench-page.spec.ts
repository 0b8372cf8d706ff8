import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { textOf } from '../../../testing/dom';
import { MEDIATOR_YANG } from '../../../testing/fixtures';
import { provideTestApp } from '../../../testing/providers';
import { AuthService } from '../../core/auth/auth.service';
import { WorkbenchPage } from './workbench-page';

describe('WorkbenchPage', () => {
  async function render(): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    TestBed.inject(AuthService).ensureUser().subscribe();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/me')
      .flush({ ...MEDIATOR_YANG, role: 'director' });
    const fixture = TestBed.createComponent(WorkbenchPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('greets the user by name', async () => {
    const page = await render();
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('您好,杨建国');
  });

  it('shows their organisation, role in Chinese and today’s date written in Chinese', async () => {
    const page = await render();
    const text = textOf(page);
    expect(text).toContain('老杨调解中心');
    expect(text).toContain('调委会主任');
    const year = new Date().getFullYear();
    expect(text).toMatch(new RegExp(`${year}年\\d{1,2}月\\d{1,2}日\\s?星期[一二三四五六日]`));
  });

  it('shows no figures it does not have', async () => {
    const page = await render();
    expect(page.querySelector('nz-statistic, .ant-statistic')).toBeNull();
  });
});
