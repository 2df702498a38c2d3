import { describe, expect, it } from 'vitest';
import { foreignLevelWords, namedPlaces, unitPlace } from '../../src/lexicon/admin-levels.js';

describe('unitPlace', () => {
  it('reads the township level and names from the unit name', () => {
    expect(unitPlace('玉田县亮甲店镇人民政府')).toEqual({ township: '镇', townshipName: '亮甲店镇', countyName: '玉田县' });
    expect(unitPlace('云雾土家族乡人民政府')).toMatchObject({ township: '乡', townshipName: '云雾土家族乡' });
    expect(unitPlace('清河县永安街道办事处')).toMatchObject({ township: '街道', townshipName: '永安街道' });
    expect(unitPlace('河北省唐山市玉田县林南仓镇人民政府本级')).toMatchObject({ township: '镇', townshipName: '林南仓镇', countyName: '玉田县' });
  });

  it('gives no township for county departments, whatever words they contain', () => {
    expect(unitPlace('玉田县市场监督管理局').township).toBeNull();
    expect(unitPlace('玉田县乡村振兴局').township).toBeNull();
    expect(unitPlace('玉田县住房和城乡建设局').township).toBeNull();
  });
});

describe('foreignLevelWords', () => {
  it('finds the 乡 words in a 镇 text (sample S19) and the 镇 words in a 乡 text', () => {
    expect(foreignLevelWords('为全乡经济科学发展', '镇').map((w) => w.word)).toEqual(['全乡']);
    expect(foreignLevelWords('协调好本乡与外地区', '镇').map((w) => w.word)).toEqual(['本乡']);
    expect(foreignLevelWords('完成全镇12个村', '乡').map((w) => w.word)).toEqual(['全镇']);
  });

  it('leaves the generic 乡镇, 城乡 and 乡村 alone', () => {
    for (const text of ['乡镇人大工作站', '全乡镇', '城乡建设', '本乡村', '乡镇政府', '乡村振兴']) {
      expect(foreignLevelWords(text, '镇'), text).toEqual([]);
      expect(foreignLevelWords(text, '乡'), text).toEqual([]);
    }
  });
});

describe('namedPlaces', () => {
  it('takes township names only in forms that cannot be a phrase', () => {
    expect(namedPlaces('，林南仓镇人民政府').map((p) => p.name)).toEqual(['林南仓镇']);
    expect(namedPlaces('玉田县林南仓镇人民政府').map((p) => p.name)).toEqual(['林南仓镇']);
    expect(namedPlaces('遵化县人民政府').map((p) => p.name)).toEqual(['遵化县']);
  });

  it('does not take the own government or a clause for a name', () => {
    for (const text of ['此项保障镇政府运转', '主要保障镇政府62名在职人员', '津补贴和镇政府的正常运转', '各乡镇人民政府', '协调林南仓镇政府']) {
      expect(namedPlaces(text), text).toEqual([]);
    }
  });
});
