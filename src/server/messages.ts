/**
 * What the service tells a client about bad input, in Vietnamese: zod's own messages and fastify's
 * body errors are English, and they reach the task pane's users as they are.
 */
import { z } from 'zod';
import { formatVn } from '../core/number';

const TYPES: Record<string, string> = {
  number: 'một số',
  int: 'một số nguyên',
  string: 'một chuỗi chữ',
  boolean: 'true hoặc false',
  object: 'một đối tượng JSON',
  array: 'một danh sách',
};

const amount = (n: number | bigint): string => (typeof n === 'bigint' ? n.toString() : formatVn(n));

/** A zod error map: the schema's own messages (regex, refine) win over it; these cover zod's defaults. */
export const vietnameseIssue: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? `thiếu (cần ${TYPES[iss.expected] ?? iss.expected})` : `cần ${TYPES[iss.expected] ?? iss.expected}`;
    case 'too_small':
      if (iss.origin === 'string') return `cần ít nhất ${amount(iss.minimum)} ký tự`;
      if (iss.origin === 'array' || iss.origin === 'set') return `cần ít nhất ${amount(iss.minimum)} mục`;
      return iss.inclusive === false ? `phải lớn hơn ${amount(iss.minimum)}` : `nhỏ nhất là ${amount(iss.minimum)}`;
    case 'too_big':
      if (iss.origin === 'string') return `dài nhất ${amount(iss.maximum)} ký tự`;
      if (iss.origin === 'array' || iss.origin === 'set') return `nhiều nhất ${amount(iss.maximum)} mục`;
      return iss.inclusive === false ? `phải nhỏ hơn ${amount(iss.maximum)}` : `lớn nhất là ${amount(iss.maximum)}`;
    case 'unrecognized_keys':
      return `không nhận ${iss.keys.map((k) => `“${k}”`).join(', ')}`;
    case 'invalid_value':
      return `phải là một trong: ${iss.values.map((v) => `“${String(v)}”`).join(', ')}`;
    case 'invalid_format':
      return 'sai định dạng';
    default:
      return 'không hợp lệ';
  }
};
