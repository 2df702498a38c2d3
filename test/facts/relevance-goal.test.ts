import { describe, expect, it } from 'vitest';
import { quantitiesIn } from '../../src/facts/definitions/relevance-goal.js';

const raws = (text: string, deadlines = false) => quantitiesIn(text, deadlines).map((q) => q.raw);

describe('quantitiesIn', () => {
  it('reads numbers with units from running text', () => {
    expect(raws('完成5个村改造，垃圾清运及时率≥95%')).toEqual(['5个村', '95%']);
    expect(raws('2025年完成12个行政村环境整治')).toEqual(['12个行政村']);
    expect(raws('15个工作日内办结')).toEqual(['15个工作日']);
  });

  it('skips list numbers, years, dates and money', () => {
    expect(raws('1.保障项目覆盖率，提高项目完成质量')).toEqual([]);
    expect(raws('1.2025年11月底前完成整治，使用资金50万元')).toEqual([]);
    expect(raws('（1）完成培训300人次')).toEqual(['300人次']);
    expect(raws('惠及群众2000人，资金50万元')).toEqual(['2000人']);
  });

  it('counts deadlines when asked (is the text quantified at all)', () => {
    expect(raws('11月底前办结民生实事', true)).toHaveLength(1);
    expect(raws('2025年部门总体绩效目标', true)).toEqual([]);
  });
});

describe('quantitiesIn with 万 units', () => {
  it('keeps the unit as written, so the fact can scale 2.1万人 to 21000人', () => {
    const [q] = quantitiesIn('惠及群众2.1万人');
    expect(q!.value.number).toBe(2.1);
    expect(q!.value.unit).toBe('万人');
  });
});
