// Tests that parseValue's shortcuts and parsePlainValue (simple bodies, whole unit cells, one-symbol columns, trimming) give exactly what the full grammar gives.
import { describe, expect, it } from 'vitest';
import { parsePlainValue, parseValue, parseValueInFull } from '../../src/grammar/value.js';
import { SYMBOL_CHARS } from '../../src/lexicon/directions.js';
import { UNIT_ENTRIES } from '../../src/lexicon/units.js';

const UNITS = [...new Set(UNIT_ENTRIES.map((e) => e.raw))];
const SYMBOLS = ['', ...Object.keys(SYMBOL_CHARS), '＞', '>=', '约', '不低于', ' '];
const NUMBERS = ['95', '2024', '12', '3', '1704', '155500.00', '0.5', '95.', '1,000', '007', '2024.5', '2024.06', '1999.12', '2024.1', '99.99', '5', ''];
const TAILS = ['', ' ', '以上', '内', '项目', '-100', '月', '/人', '(%)'];
const SYMBOL_COLUMNS = [null, '', ' ', '≥', '≤', '>', '<', '=', '≧', ' ≥ ', '>=', '＞', '定性', '不低于', '<>'];
const UNIT_COLUMNS = [null, '', ' ', '-', '%', '％', '人次', '万元', '百分比', '天', '年', '万', '个村庄', ' 人 ', '(%)', 'xx'];

/** The inputs (of those given) on which the shortcuts and the full grammar disagree. */
function differing(inputs: Iterable<readonly [string, (string | null)?, (string | null)?]>): string[] {
  const found: string[] = [];
  for (const [text, symbol = null, unit = null] of inputs) {
    const full = JSON.stringify(parseValueInFull(text, { symbol, unit }));
    const plain = parsePlainValue(text, symbol, unit);
    if (JSON.stringify(parseValue(text, { symbol, unit })) !== full || (plain !== null && JSON.stringify(plain) !== full)) {
      found.push(JSON.stringify([text, symbol, unit]));
    }
  }
  return found;
}

function* valueTexts(): Generator<readonly [string]> {
  for (const symbol of SYMBOLS) for (const n of NUMBERS) for (const unit of UNITS) for (const tail of TAILS) yield [symbol + n + unit + tail];
}

function* withColumns(): Generator<readonly [string, string | null, string | null]> {
  for (const symbol of SYMBOL_COLUMNS) for (const unit of UNIT_COLUMNS) {
    for (const text of ['95', '1704', '95%', '≥95', '2024年', '12月', '', '达到预期', '3季度', '5万', '5千米', '-', '≥-95.00-百分比']) yield [text, symbol, unit];
  }
  for (const unit of UNITS) for (const symbol of SYMBOL_COLUMNS) yield ['95', symbol, unit];
}

function* spaced(): Generator<readonly [string]> {
  for (let code = 0; code < 0x10000; code += 1) {
    const ch = String.fromCharCode(code);
    yield [ch + '95%'];
    yield ['95%' + ch];
  }
}

describe('parseValue shortcuts', () => {
  it('read every unit spelling after every number and symbol as the full grammar does', () => {
    expect(differing(valueTexts())).toEqual([]);
  }, 60_000);

  it('apply symbol and unit columns as the full grammar does', () => {
    expect(differing(withColumns())).toEqual([]);
  });

  it('take the common shapes as plain values and leave the rest to the full grammar', () => {
    for (const [text, symbol, unit] of [['≥95%', null, null], ['1704人次', null, null], ['95', '≥', '%'], ['3957.00', '=', '万元'], [' 12 ', null, '天']] as const) {
      expect(parsePlainValue(text, symbol, unit)).not.toBeNull();
    }
    for (const text of ['', '≥ 95%', '95%以上', '2024年', '12月', '1,000元', '达到预期', '5万', '≥-95.00-百分比', '＞95%']) expect(parsePlainValue(text, null, null)).toBeNull();
  });

  it('trim every white-space character as the full grammar does', () => {
    expect(differing(spaced())).toEqual([]);
  }, 30_000);
});
