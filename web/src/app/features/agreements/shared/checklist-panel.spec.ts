import { TestBed } from '@angular/core/testing';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { APP_ICONS } from '../../../core/icons';
import { textOf } from '../../../../testing/dom';
import { ChecklistPanel } from './checklist-panel';

describe('ChecklistPanel (法定要件检查)', () => {
  async function render(check: ChecklistPanel['check'] extends () => infer T ? T : never) {
    TestBed.configureTestingModule({ providers: [provideNzIcons(APP_ICONS)] });
    const fixture = TestBed.createComponent(ChecklistPanel);
    fixture.componentRef.setInput('check', check);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists every message of an incomplete agreement', async () => {
    const el = await render({
      complete: false,
      missing: ['PARTY_DETAILS:x', 'TERM_AMOUNT:1'],
      messages: ['当事人何美兰缺少出生日期', '第1条未写明金额'],
    });
    expect(textOf(el)).toContain('尚缺 2 项');
    const items = Array.from(el.querySelectorAll('li')).map((li) => li.textContent?.trim());
    expect(items).toEqual(['当事人何美兰缺少出生日期', '第1条未写明金额']);
    expect(el.querySelector('.checklist--complete')).toBeNull();
  });

  it('turns green once the content is complete, listing the signatures still to collect apart', async () => {
    const el = await render({
      complete: false,
      missing: ['SIGNATURE_PARTY:a', 'SIGNATURE_MEDIATOR', 'SEAL'],
      messages: ['当事人何美兰尚未签名、盖章或按指印', '人民调解员尚未签名', '尚未加盖人民调解委员会印章'],
    });
    expect(el.querySelector('.checklist--complete')).not.toBeNull();
    expect(textOf(el)).toContain('内容齐全,可以开始签署');
    const toSign = Array.from(el.querySelectorAll('.checklist__list--signatures li')).map((li) =>
      li.textContent?.trim(),
    );
    expect(toSign).toEqual([
      '当事人何美兰尚未签名、盖章或按指印',
      '人民调解员尚未签名',
      '尚未加盖人民调解委员会印章',
    ]);
  });

  it('stays orange while the content lacks something, even with signatures missing too', async () => {
    const el = await render({
      complete: false,
      missing: ['PERFORMANCE', 'SEAL'],
      messages: ['缺少履行方式、地点和期限', '尚未加盖人民调解委员会印章'],
    });
    expect(el.querySelector('.checklist--complete')).toBeNull();
    expect(textOf(el)).toContain('尚缺 1 项');
  });

  it('turns green when nothing is missing', async () => {
    const el = await render({ complete: true, missing: [], messages: [] });
    expect(el.querySelector('.checklist--complete')).not.toBeNull();
    expect(textOf(el)).toContain('内容和签署均已齐全,可以确认生效');
    expect(el.querySelectorAll('li')).toHaveLength(0);
  });

  it('explains that the check runs once the draft is saved', async () => {
    const el = await render(null);
    expect(textOf(el)).toContain('保存草稿后');
  });
});
