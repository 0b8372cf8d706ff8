import { TestBed } from '@angular/core/testing';
import type { Session } from '../../../core/api/api-types';
import { caseDetail, session } from '../../../../testing/case-fixtures';
import { textOf } from '../../../../testing/dom';
import { provideTestApp } from '../../../../testing/providers';
import { SessionCard } from './session-card';

describe('SessionCard (调解记录)', () => {
  async function render(value: Session): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const fixture = TestBed.createComponent(SessionCard);
    const detail = caseDetail();
    fixture.componentRef.setInput('session', value);
    fixture.componentRef.setInput('parties', detail.parties);
    fixture.componentRef.setInput('mediators', detail.mediators);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it.each([
    ['phone', '电话调解'],
    ['video', '视频调解'],
  ] as const)('marks a %s session as %s', async (medium, label) => {
    const root = await render(session({ medium }));
    expect(Array.from(root.querySelectorAll('nz-tag')).map((tag) => tag.textContent?.trim())).toContain(
      label,
    );
  });

  it('marks nothing for a session in person', async () => {
    const root = await render(session());
    expect(textOf(root)).not.toMatch(/电话调解|视频调解/);
  });
});
