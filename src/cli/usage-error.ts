// A command-line mistake (bad option value, unknown rule): reported in Chinese and exit code 2.

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
