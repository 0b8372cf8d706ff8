import { PHONE_MESSAGE } from '@tiaojie/contracts';

/**
 * Messages of the shared validators; the same words the API uses for the same checks (those of
 * resident ID numbers and credit codes come with their rules from `@tiaojie/contracts`).
 */
export const FORMS_TEXTS = {
  otherIdNumber: '证件号码应为 5–40 位字母、数字或括号',
  phone: PHONE_MESSAGE,
  money: '金额须为以元为单位的数字,最多两位小数,如 3200.00',
  tooLong: (max: number) => `最多 ${max} 个字`,
  sex: '性别',
  birthDate: '出生日期',
  filledFromId: (fields: readonly string[]) => `已按身份证号码填写${fields.join('、')},请核对`,
} as const;
