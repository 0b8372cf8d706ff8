import { TestBed } from '@angular/core/testing';
import { caseDetail, CASE_ID } from '../../../../../testing/case-fixtures';
import { textOf } from '../../../../../testing/dom';
import { provideTestApp } from '../../../../../testing/providers';
import type { CaseDetail } from '../../../../core/api/api-types';
import { VolumeCard } from './volume-card';

describe('VolumeCard (卷宗)', () => {
  function render(detail: CaseDetail): HTMLElement {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const fixture = TestBed.createComponent(VolumeCard);
    fixture.componentRef.setInput('detail', detail);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const EMPTY = { performances: [], urgings: [], returnVisits: [], judicialConfirmations: [] };

  it('shows the volume number, pages and filing time, and links the bound PDF', () => {
    const card = render(
      caseDetail({
        status: 'archived',
        followUp: {
          ...EMPTY,
          volume: {
            volumeNumber: '(2026)枫老人调字第0001号',
            pages: 14,
            createdAt: '2026-04-20T02:00:00.000Z',
          },
        },
      }),
    );
    const text = textOf(card);
    expect(text).toContain('卷宗号');
    expect(text).toContain('(2026)枫老人调字第0001号');
    expect(text).toContain('14 页');
    expect(text).toContain('2026-04-20');
    const link = Array.from(card.querySelectorAll('a')).find((a) => a.textContent?.includes('下载卷宗'));
    expect(link?.getAttribute('href')).toBe(`/api/cases/${CASE_ID}/volume.pdf`);
  });

  it('says so when the volume is not bound yet', () => {
    const card = render(caseDetail({ status: 'archived', followUp: { ...EMPTY, volume: null } }));
    expect(textOf(card)).toContain('卷宗尚未装订。');
  });
});
