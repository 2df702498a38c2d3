// Errors that stop a run (exit 2): a bad rule or config file, named by file and field, with how to fix it.

/**
 * A rule or configuration file that cannot be used. `field` is a dotted path into the file, `reason`
 * what is wrong and `fix` what to do about it (empty when the reason already says it); the message has all.
 */
export class ConfigurationError extends Error {
  readonly file: string;
  readonly field: string;
  readonly reason: string;
  readonly fix: string;

  constructor(file: string, field: string, reason: string, fix = '') {
    super(`${file}${field ? ` 字段 ${field}` : ''}：${withFix(reason, fix)}`);
    this.name = 'ConfigurationError';
    this.file = file;
    this.field = field;
    this.reason = reason;
    this.fix = fix;
  }
}

/** The reason followed by the fix, as shown to a user. */
export function withFix(reason: string, fix: string): string {
  return fix ? `${reason}。${fix}` : reason;
}

/** Formats a zod issue path like ['conditions', 'all', 0, 'fact'] as conditions.all[0].fact. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** How to fix a file that is not valid JSON (the parser's message says where). */
export const JSON_FIX = '请按解析器指出的位置改正 JSON 语法（常见原因：多余或缺少的逗号、键未加双引号、用了注释或单引号）';
