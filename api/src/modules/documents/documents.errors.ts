import { AppError } from '../../common/errors.js';

export enum DocumentErrorCode {
  SigningKeyInvalid = 'SIGNING_KEY_INVALID',
  SigningKeyPassword = 'SIGNING_KEY_PASSWORD',
  SigningKeyMismatch = 'SIGNING_KEY_MISMATCH',
  SigningKeyExpired = 'SIGNING_KEY_EXPIRED',
  SigningKeyUnsupported = 'SIGNING_KEY_UNSUPPORTED',
  TemplateNotFound = 'TEMPLATE_NOT_FOUND',
  TemplateInvalid = 'TEMPLATE_INVALID',
  /** A render stopped by the template budget (templates.ts RENDER_LIMITS). */
  TemplateTooLarge = 'TEMPLATE_OUTPUT_TOO_LARGE',
  /** An organisation's stored override that no longer renders. */
  TemplateUnrenderable = 'TEMPLATE_UNRENDERABLE',
  /** A character no installed font can draw (an emoji, an unassigned code point, a missing font). */
  UnprintableCharacter = 'UNPRINTABLE_CHARACTER',
}

const refusal = (code: DocumentErrorCode, field: string, message: string) =>
  new AppError(422, code, message, [{ field, code, message }]);

export const DocumentErrors = {
  notP12: () =>
    refusal(DocumentErrorCode.SigningKeyInvalid, 'file', '文件不是有效的 PKCS#12 证书文件(.p12 / .pfx)'),
  wrongPassword: () =>
    refusal(DocumentErrorCode.SigningKeyPassword, 'password', '证书密码错误,无法打开 PKCS#12 文件'),
  keyCount: (n: number) =>
    refusal(
      DocumentErrorCode.SigningKeyMismatch,
      'file',
      n === 0 ? '证书文件中没有私钥,无法用于签章' : `证书文件中有 ${n} 个私钥,须恰好包含一个`,
    ),
  noMatchingCertificate: () =>
    refusal(DocumentErrorCode.SigningKeyMismatch, 'file', '证书文件中没有与私钥匹配的证书'),
  expired: (validTo: string) =>
    refusal(DocumentErrorCode.SigningKeyExpired, 'file', `证书已过期(有效期至 ${validTo}),请导入有效的证书`),
  notYetValid: (validFrom: string) =>
    refusal(DocumentErrorCode.SigningKeyExpired, 'file', `证书尚未生效(自 ${validFrom} 起有效)`),
  unsupportedKey: (type: string) =>
    refusal(
      DocumentErrorCode.SigningKeyUnsupported,
      'file',
      `签章服务只支持 RSA(2048 位及以上)或 EC(P-256、P-384、P-521)密钥的证书,该证书的密钥为 ${type}`,
    ),
  templateNotFound: () => new AppError(404, DocumentErrorCode.TemplateNotFound, '文书模板不存在'),
  templateInvalid: (message: string) => refusal(DocumentErrorCode.TemplateInvalid, 'source', message),
  templateTooLarge: (template: string) =>
    new AppError(
      422,
      DocumentErrorCode.TemplateTooLarge,
      '文书模板生成的内容过大,无法生成该文书;请管理员检查本组织的文书模板(不要多层嵌套 {{#each}})或恢复默认模板',
      [{ field: 'template', code: DocumentErrorCode.TemplateTooLarge, message: `文书模板“${template}”` }],
    ),
  templateUnrenderable: (template: string) =>
    new AppError(
      422,
      DocumentErrorCode.TemplateUnrenderable,
      '本组织的文书模板无法生成该文书;请管理员修改该模板或恢复默认模板',
      [{ field: 'template', code: DocumentErrorCode.TemplateUnrenderable, message: `文书模板“${template}”` }],
    ),
  /**
   * `where` names the place in the document (「“申请人”一栏」); each character comes with its code
   * point, so a clerk can find it even when the screen shows it as a box.
   */
  unprintable: (title: string, found: { where: string; character: string }[]) => {
    const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const message = (f: { where: string; character: string }) =>
      `${f.where}中的字"${f.character}"(${codePoint(f.character)})无法打印:系统字库中没有这个字`;
    const first = found[0]!;
    return new AppError(
      422,
      DocumentErrorCode.UnprintableCharacter,
      `《${title}》${message(first)}。请核对并更正该信息(如当事人姓名)后再打印,以免文书上出现空框`,
      found.slice(0, 20).map((f) => ({
        field: 'document',
        code: DocumentErrorCode.UnprintableCharacter,
        message: message(f),
        character: f.character,
        codePoint: codePoint(f.character),
      })),
    );
  },
};
