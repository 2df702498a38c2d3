// Tests for the value-bounds facts: percentages over 100, ≥100% on bounded rates, targets that are always met.
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/grammar/value.js';
import { degenerateTarget, isUnboundedRate, outOfRange, percentAtLeastWhole } from '../../src/facts/definitions/value-bounds.js';

describe('outOfRange (R-VAL-12)', () => {
  it('reports percentages over 100 and permille over 1000 on bounded rates', () => {
    expect(outOfRange(parseValue('≥292%'), '设备更新验收合格率')).toBe(true);
    expect(outOfRange(parseValue('95%-105%'), '合格率')).toBe(true);
    expect(outOfRange(parseValue('≤1200‰'), '差错率')).toBe(true);
    expect(outOfRange(parseValue('=100%'), '合格率')).toBe(false);
    expect(outOfRange(parseValue('≥120%'), '合作社销售额增长率')).toBe(false);
    expect(outOfRange(parseValue('≥300人次'), '培训人次')).toBe(false);
  });
});

describe('percentAtLeastWhole (R-VAL-13)', () => {
  it('reports ≥100% and >100% on bounded rates only', () => {
    expect(percentAtLeastWhole(parseValue('≥100%'), '资金发放准确率')).toBe(true);
    expect(percentAtLeastWhole(parseValue('>100%'), '资金发放准确率')).toBe(true);
    expect(percentAtLeastWhole(parseValue('100', { symbol: '≥', unit: '百分比' }), '补助发放及时率')).toBe(true);
    expect(percentAtLeastWhole(parseValue('=100%'), '资金发放准确率')).toBe(false);
    expect(percentAtLeastWhole(parseValue('≥100%'), '村集体经济收入增长率')).toBe(false);
    expect(percentAtLeastWhole(parseValue('≥95%'), '资金发放准确率')).toBe(false);
  });

  it('knows growth rates', () => {
    expect(isUnboundedRate('村集体经济收入增长率')).toBe(true);
    expect(isUnboundedRate('合格率')).toBe(false);
  });
});

describe('degenerateTarget (R-VAL-14)', () => {
  it('reports ≥0 anywhere and ≥1 person, item or year under quality and time', () => {
    expect(degenerateTarget(parseValue('≥0次'), 'QTY')).toContain('总能达到');
    expect(degenerateTarget(parseValue('≥1年'), 'TIME')).toContain('时效');
    expect(degenerateTarget(parseValue('≥1人/年'), 'QUAL')).toContain('质量');
    expect(degenerateTarget(parseValue('>0次'), 'QUAL')).not.toBe('');
  });

  it('accepts real small targets', () => {
    expect(degenerateTarget(parseValue('=1座'), 'QTY')).toBe('');
    expect(degenerateTarget(parseValue('≥1个'), 'QTY')).toBe('');
    expect(degenerateTarget(parseValue('≤1个工作日'), 'TIME')).toBe('');
    expect(degenerateTarget(parseValue('=0次'), 'SOC_BEN')).toBe('');
    expect(degenerateTarget(parseValue('≥1%'), 'QUAL')).toBe('');
  });
});
