// Colour decision: explicit flag, then FORCE_COLOR, NO_COLOR, file output, terminal.
import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';

describe('useColor', () => {
  it('follows the terminal by default', () => {
    expect(useColor({ env: {}, isTTY: true, toFile: false })).toBe(true);
    expect(useColor({ env: {}, isTTY: false, toFile: false })).toBe(false);
  });

  it('NO_COLOR turns it off, FORCE_COLOR wins over NO_COLOR', () => {
    expect(useColor({ env: { NO_COLOR: '1' }, isTTY: true, toFile: false })).toBe(false);
    expect(useColor({ env: { NO_COLOR: '' }, isTTY: true, toFile: false })).toBe(true);
    expect(useColor({ env: { NO_COLOR: '1', FORCE_COLOR: '1' }, isTTY: false, toFile: false })).toBe(true);
    expect(useColor({ env: { FORCE_COLOR: '0' }, isTTY: true, toFile: false })).toBe(false);
  });

  it('a report file is plain unless --color', () => {
    expect(useColor({ env: { FORCE_COLOR: '1' }, isTTY: true, toFile: true })).toBe(false);
    expect(useColor({ flag: true, env: {}, isTTY: false, toFile: true })).toBe(true);
    expect(useColor({ flag: false, env: { FORCE_COLOR: '1' }, isTTY: true, toFile: false })).toBe(false);
  });
});
