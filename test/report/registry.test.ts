// The formatter registry: known names, a clear error for unknown ones.
import { describe, expect, it } from 'vitest';
import { binaryFormats, formatters, getFormatter, listFormats, UnknownFormatError } from '../../src/report/index.js';

describe('formatter registry', () => {
  it('lists stylish first (the default), then the others', () => {
    expect(listFormats()).toEqual(['stylish', 'json', 'sarif', 'junit', 'csv', 'xlsx', 'html', 'summary']);
    expect(getFormatter('json')).toBe(formatters.json);
    expect([...binaryFormats]).toEqual(['xlsx']);
  });

  it('names the known formats when a format is unknown', () => {
    expect(() => getFormatter('xml')).toThrow(UnknownFormatError);
    expect(() => getFormatter('xml')).toThrow('未知的输出格式“xml”；可用的格式：stylish, json, sarif, junit, csv, xlsx, html');
    expect(() => getFormatter('toString')).toThrow(UnknownFormatError);
  });
});
