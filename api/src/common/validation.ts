import { ValidationError } from 'class-validator';
import { AppError, CommonErrors, ErrorDetail, firstDetails, MAX_DETAILS } from './errors.js';

/** Chinese messages for class-validator's built-in constraints. */
const MESSAGES: Record<string, string> = {
  whitelistValidation: '不允许的字段',
  isDefined: '必须填写',
  isNotEmpty: '不能为空',
  isString: '必须是文本',
  isBoolean: '必须是 true 或 false',
  isInt: '必须是整数',
  isNumber: '必须是数字',
  isPositive: '必须大于 0',
  min: '数值过小',
  max: '数值过大',
  isEnum: '取值不在允许范围内',
  isIn: '取值不在允许范围内',
  isUUID: '必须是有效的 ID',
  isDateString: '必须是有效的日期时间',
  isISO8601: '必须是有效的日期',
  isArray: '必须是列表',
  arrayMinSize: '项目数量不足',
  arrayMaxSize: '项目数量过多',
  maxLength: '内容过长',
  minLength: '内容过短',
  length: '长度不符合要求',
  matches: '格式不正确',
  isObject: '必须是对象',
  nestedValidation: '必须是对象',
};

/**
 * Appends one detail per bad field to `out` (the first MAX_DETAILS only: a body of 100,000 unknown
 * keys must not become 100,000 details); returns how many there were in all.
 */
function collect(errors: ValidationError[], prefix: string, out: ErrorDetail[]): number {
  let total = 0;
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // One detail per field: the message we wrote ourselves (Chinese already) wins over
    // class-validator's own (English, replaced from MESSAGES).
    const constraints = error.constraints ? Object.entries(error.constraints) : [];
    if (constraints.length) {
      total++;
      if (out.length < MAX_DETAILS) {
        const own = constraints.find(([, message]) => /[\u4e00-\u9fff]/.test(message));
        const [code, message] = own ?? constraints[0]!;
        out.push({ field, code, message: own ? message : (MESSAGES[code] ?? '取值无效') });
      }
    }
    if (error.children?.length) total += collect(error.children, field, out);
  }
  return total;
}

/** Maps class-validator errors to the 400 body of docs/api.md: the first 20 bad fields, and a count of the rest. */
export function validationErrorFactory(errors: ValidationError[]): AppError {
  const details: ErrorDetail[] = [];
  const total = collect(errors, '', details);
  return CommonErrors.validation(firstDetails<ErrorDetail>(details, total));
}
