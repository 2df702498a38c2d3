// Errors that stop a run (exit 2): a bad rule or config file, named by file and field.

/** A rule or configuration file that cannot be used. `field` is a dotted path into the file. */
export class ConfigurationError extends Error {
  readonly file: string;
  readonly field: string;
  readonly reason: string;

  constructor(file: string, field: string, reason: string) {
    super(`${file}${field ? ` 字段 ${field}` : ''}：${reason}`);
    this.name = 'ConfigurationError';
    this.file = file;
    this.field = field;
    this.reason = reason;
  }
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
