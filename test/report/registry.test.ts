// The formatter registry: known names, a clear error for unknown ones.
import { describe, expect, it } from 'vitest';
import { formatters, getFormatter, listFormats, UnknownFormatError } from '../../src/report/index.js';

describe('formatter registry', () => {
  it('lists stylish first (the default) and json', () => {
    expect(listFormats()).toEqual(['stylish', 'json']);
    expect(getFormatter('json')).toBe(formatters.json);
  });

  it('names the known formats when a format is unknown', () => {
    expect(() => getFormatter('xml')).toThrow(UnknownFormatError);
    expect(() => getFormatter('xml')).toThrow('未知的输出格式“xml”；可用的格式：stylish, json');
    expect(() => getFormatter('toString')).toThrow(UnknownFormatError);
  });
});
