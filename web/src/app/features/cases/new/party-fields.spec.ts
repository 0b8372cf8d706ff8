import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { textOf, typeInto } from '../../../../testing/dom';
import { provideTestApp } from '../../../../testing/providers';
import { localDate } from '../../../shared/forms/dates';
import { PartyFields } from './party-fields';
import { createPartyForm, toPartyInput } from './party-form';

@Component({
  selector: 'tj-party-fields-host',
  imports: [PartyFields],
  template: `<tj-party-fields [group]="form" [index]="0" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly form = createPartyForm('applicant');
}

describe('PartyFields: sex and birth date from the ID number', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = async (value: string) => {
      typeInto(el.querySelector('#party-0-idNumber') as HTMLInputElement, value);
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const idItem = () => el.querySelector('#party-0-idNumber')!.closest('nz-form-item') as HTMLElement;
    return { fixture, form: fixture.componentInstance.form, type, idItem };
  }

  it('fills an empty sex and birth date from a valid resident ID number, and says so', async () => {
    const { form, type, idItem } = await render();
    await type('11010519491231002X');
    expect(form.controls.sex.value).toBe('female');
    expect(localDate(form.controls.birthDate.value!)).toBe('1949-12-31');
    expect(textOf(idItem())).toContain('已按身份证号码填写性别(女)、出生日期(1949-12-31),请核对');
    expect(toPartyInput(form)).toMatchObject({ sex: 'female', birthDate: '1949-12-31' });
  });

  it('replaces a sex and birth date that disagree with the number', async () => {
    const { form, type, idItem } = await render();
    form.controls.sex.setValue('female');
    form.controls.birthDate.setValue(new Date(1990, 0, 2));
    await type('330681199001011237');
    expect(form.controls.sex.value).toBe('male');
    expect(localDate(form.controls.birthDate.value!)).toBe('1990-01-01');
    expect(textOf(idItem())).toContain('性别(男)、出生日期(1990-01-01)');
  });

  it('says nothing when both already agree, and fills nothing from an invalid number or another document', async () => {
    const { form, type, idItem } = await render();
    form.controls.sex.setValue('male');
    form.controls.birthDate.setValue(new Date(1990, 0, 1));
    await type('330681199001011237');
    expect(textOf(idItem())).not.toContain('已按身份证号码填写');

    form.controls.sex.setValue(null);
    form.controls.birthDate.setValue(null);
    await type('330681199001011234'); // wrong check digit
    expect(form.controls.sex.value).toBeNull();
    expect(form.controls.birthDate.value).toBeNull();
    expect(textOf(idItem())).not.toContain('已按身份证号码填写');

    form.controls.idType.setValue('passport');
    await type('330681199001011237');
    expect(form.controls.sex.value).toBeNull();
  });
});

describe('PartyFields: a minor’s guardian and the agent’s power', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { form: fixture.componentInstance.form, el, settle };
  }

  it('warns for a minor without a guardian, and sends the guardian once given', async () => {
    const { form, el, settle } = await render();
    form.controls.name.setValue('刘小宇');
    form.controls.birthDate.setValue(new Date(new Date().getFullYear() - 12, 0, 15));
    await settle();
    expect(textOf(el)).toContain('当事人未满十八周岁:签署调解协议前须填写监护人。');
    expect(toPartyInput(form).guardian).toBeUndefined();

    form.controls.hasGuardian.setValue(true);
    await settle();
    expect(textOf(el)).not.toContain('当事人未满十八周岁');
    // Both name and relation are required once the box is ticked.
    expect(form.valid).toBe(false);
    typeInto(el.querySelector('#party-0-guardian-name') as HTMLInputElement, ' 刘建平 ');
    typeInto(el.querySelector('#party-0-guardian-relation') as HTMLInputElement, '父亲');
    typeInto(el.querySelector('#party-0-guardian-phone') as HTMLInputElement, '139 0000 0002');
    await settle();
    expect(form.valid).toBe(true);
    expect(toPartyInput(form).guardian).toEqual({ name: '刘建平', relation: '父亲', phone: '13900000002' });

    // An organisation has no guardian, whatever the box said.
    form.controls.kind.setValue('organisation');
    await settle();
    expect(el.querySelector('#party-0-guardian-name')).toBeNull();
    expect(toPartyInput(form).guardian).toBeUndefined();
  });

  it('sends the agent’s scope and the last day of the power', async () => {
    const { form, settle } = await render();
    form.controls.name.setValue('王秀英');
    form.controls.hasAgent.setValue(true);
    form.controls.agent.patchValue({ name: '周律师', scope: 'special', validUntil: new Date(2027, 11, 31) });
    await settle();
    expect(toPartyInput(form).agent).toEqual({
      name: '周律师',
      phone: undefined,
      authority: undefined,
      scope: 'special',
      validUntil: '2027-12-31',
    });
  });
});
