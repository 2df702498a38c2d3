import { describe, expect, it } from 'vitest';
import {
  cuesOf, HYGIENE, JIEDAO_WORD, MOBILE, MULTI_YEAR, NAMED_BODY, PERSON_CONTEXT, TOWN_WORD, XIANG_WORD, YEAR,
} from '../../src/facts/definitions/text-prefilter.js';
import { findMobileNumbers, findPersonalNames } from '../../src/facts/definitions/privacy-personal.js';
import { hygieneHits } from '../../src/facts/definitions/narrative-text.js';
import { foreignLevelWords, namedPlaces } from '../../src/lexicon/admin-levels.js';
import { findPeriods } from '../../src/lexicon/periods.js';

/** Texts around every cue: each cue must be set wherever its scan finds something (and may be set elsewhere). */
const SAMPLES = [
  '用于王庆合信访资金', '项目负责人 徐德迁 联系电话 13452649655', '联系人：胡正君（19922989736）', '电话 139-1234-5678', '139 1234 5678元',
  '王建国同志', '对李明信访事项', '发放给张某某家属', '资金', '补助给刘欢', '经办人：王五',
  '全乡道路', '本镇人民政府', '全街道', '街道办事处', '玉田县林南仓镇人民政府', '，鸦鸿桥镇党委', '遵化县财政局', '乡政府', '镇政府',
  '2024年部门整体绩效目标', '1999年度预算', '2025年12月底前', '20250', '1920',
  '的的确确', '，，', '%%', '（未配对', '未配对）', '（配对）', '１2个', '12３', '“引号', '《书名', '和和', '在在',
  '', '1', '2', '19', '街', '道', '13', '1391234567', '１',
  '十四五期间', '“十四五”末', '三年内', '2023-2025年', '2021年至2025年', '2023~2025年', '5年来', '两年期间', '三年累计', '十五五时期', '十八五期间', '年内',
  '负责人为李四，', '经办人： 张三 ', '欧阳修同志', '司马光上访', '慰问上官婉儿家属', '帮扶对象：王五', '户主是赵六', '用于 王五', '救助对象李明',
];

describe('cuesOf', () => {
  it('sets each cue wherever its scan finds something', () => {
    for (const text of SAMPLES) {
      const cues = cuesOf(text);
      if (findMobileNumbers(text).length > 0) expect(cues & MOBILE, text).not.toBe(0);
      if (findPersonalNames(text).length > 0) expect(cues & PERSON_CONTEXT, text).not.toBe(0);
      if (hygieneHits(text).length > 0) expect(cues & HYGIENE, text).not.toBe(0);
      if (namedPlaces(text).length > 0) expect(cues & NAMED_BODY, text).not.toBe(0);
      if (/(?:19|20)\d\d/.test(text)) expect(cues & YEAR, text).not.toBe(0);
      if (findPeriods(text).length > 0) expect(cues & MULTI_YEAR, text).not.toBe(0);
      for (const own of ['镇', '乡', '街道'] as const) {
        for (const w of foreignLevelWords(text, own)) {
          const cue = w.level === '镇' ? TOWN_WORD : w.level === '乡' ? XIANG_WORD : JIEDAO_WORD;
          expect(cues & cue, text).not.toBe(0);
        }
      }
    }
  });

  it('sets no cue on ordinary text', () => {
    expect(cuesOf('道路硬化长度')).toBe(0);
    expect(cuesOf('资金到位率')).toBe(0);
    expect(cuesOf('95%')).toBe(0);
    expect(cuesOf('2025年12月底前') & MULTI_YEAR).toBe(0);
  });

  it('sets the personal-context cue only where a surname may stand by the word', () => {
    for (const text of ['资金用于村道建设', '开展信访工作']) expect(cuesOf(text) & PERSON_CONTEXT, text).toBe(0);
    for (const text of ['用于王庆合信访资金', '王建国同志', '联系人：胡正君', '负责人为李四', '欧阳修同志', '慰问上官婉儿家属']) {
      expect(cuesOf(text) & PERSON_CONTEXT, text).not.toBe(0);
    }
  });
});
