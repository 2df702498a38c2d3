// Project facts about text nobody really filled in: placeholders and junk (R-STRUCT-08), and template hints left behind.
import { defineFact, type IndicatorSubject, type LocatedItem, type Path, type ProjectSubject } from '../types.js';
import type { SourcedText } from '../../model/index.js';
import { findPlaceholder, findTemplateResidue, withoutTemplateResidue } from '../../lexicon/placeholder-text.js';

/** One text of a project a reviewer reads, with the name of its field and its model path. */
interface Field {
  label: string;
  source: SourcedText;
  path: Path;
  /** A 指标值 cell: a bare 无 there is an answer (no negative effect), not a placeholder. */
  isValue: boolean;
}

type IndicatorField = 'level1' | 'level2' | 'level3' | 'description' | 'target' | 'basis';

const INDICATOR_FIELD_LABELS: Readonly<Record<IndicatorField, string>> = {
  level1: '一级指标', level2: '二级指标', level3: '三级指标', description: '绩效指标描述', target: '指标值', basis: '指标值确定依据',
};

/**
 * Reads one field's text and returns a finding's data, or null. The label and path come separately
 * (fieldOf), because nearly every field has nothing to report and needs neither.
 */
type FieldCheck<T> = (source: SourcedText, isValue: boolean) => T | null;

/** A field found to hold something, with what the check returned. */
interface Found<T> {
  field: Field;
  found: T;
}

/**
 * Runs `check` on every field of the project, in order: its own texts (table 项目名称, 资金用途, each
 * 绩效目标 line), then its table rows, then its narrative entries. Merged (inherited) 一级/二级 cells are
 * skipped: they are the cell above. Separate 符号 and 计量单位 columns are not read: `-` or `/` there
 * legitimately means "none".
 */
function checkFields<T>(s: ProjectSubject, which: readonly IndicatorField[], check: FieldCheck<T>): Found<T>[] {
  const results: Found<T>[] = [];
  const t = s.project.table;
  if (t) {
    const base = s.path;
    const own = (label: string, source: SourcedText | null, path: () => Path) => {
      if (!source) return;
      const found = check(source, false);
      if (found !== null) results.push({ field: { label, source, path: path(), isValue: false }, found });
    };
    own('项目名称', t.name, () => [...base, 'table', 'name']);
    own('资金用途', t.purpose, () => [...base, 'table', 'purpose']);
    t.goals.forEach((g, k) => own('绩效目标', g, () => [...base, 'table', 'goals', k]));
  }
  for (const part of ['table', 'narrative'] as const) {
    const indicators = s.project[part]?.indicators;
    if (!indicators) continue;
    for (let k = 0; k < indicators.length; k++) {
      const i = indicators[k]!;
      for (const key of which) {
        if ((key === 'level1' && i.level1Inherited) || (key === 'level2' && i.level2Inherited)) continue;
        const source = i[key];
        if (!source) continue;
        const isValue = key === 'target';
        const found = check(source, isValue);
        if (found !== null) {
          results.push({ field: { label: INDICATOR_FIELD_LABELS[key], source, path: [...s.path, part, 'indicators', k, key], isValue }, found });
        }
      }
    }
  }
  return results;
}

/** The placeholder in a text, judged without its template hints (template-residue reports those). */
function placeholderInText(text: string, isValue: boolean): string | null {
  const rest = withoutTemplateResidue(text);
  // A cell that was nothing but a template hint is not also a placeholder (without a hint, rest is the text itself).
  if (rest !== text && rest.trim() === '' && text.trim() !== '') return null;
  return findPlaceholder(rest, isValue);
}

/**
 * placeholderInText of a field. Not cached per text: after the quick tests in findPlaceholder the check
 * costs less than building and hashing a cache key.
 */
function placeholderIn(field: Pick<Field, 'source' | 'isValue'>): string | null {
  return placeholderInText(field.source.text, field.isValue);
}

export const placeholderTexts = defineFact({
  name: 'placeholderTexts',
  scope: 'project',
  type: 'list',
  description: '项目名称、资金用途、绩效目标和各指标的名称、描述、指标值、确定依据中的占位或无意义文字（XX村、××、***、-、/、无、同上、待定、详见附件……）',
  itemKeys: ['field', 'text', 'placeholder', 'quoted'],
  compute(s: ProjectSubject) {
    const items: LocatedItem[] = [];
    for (const { field, found } of checkFields(s, ['level3', 'description', 'target', 'basis'], (source, isValue) => placeholderInText(source.text, isValue))) {
      const text = field.source.text.trim();
      // “XX村道路硬化长度”中的“XX”, but just “-” when the placeholder is the whole cell.
      const quoted = found === text || found === text.replace(/[\s\u3000]+/g, '') ? `“${text}”` : `“${text}”中的“${found}”`;
      items.push({ span: field.source.span, path: field.path, data: { field: field.label, text, placeholder: found, quoted } });
    }
    return items;
  },
});

export const templateResidueTexts = defineFact({
  name: 'templateResidueTexts',
  scope: 'project',
  type: 'list',
  description: '名称、指标值等处残留的模板提示：“(≥**%)”“(≤**元/株)”“指标1:”“(必填)”“★”“请填写……”“示例：”',
  itemKeys: ['field', 'text', 'residue'],
  compute(s: ProjectSubject) {
    const items: LocatedItem[] = [];
    const residueIn = (source: SourcedText) => {
      const found = findTemplateResidue(source.text);
      return found.length === 0 ? null : found;
    };
    for (const { field, found } of checkFields(s, ['level1', 'level2', 'level3', 'description', 'target', 'basis'], residueIn)) {
      items.push({
        span: field.source.span, path: field.path,
        data: { field: field.label, text: field.source.text.trim(), residue: [...new Set(found)].join('”“') },
      });
    }
    return items;
  },
});

export const level3IsPlaceholder = defineFact({
  name: 'level3IsPlaceholder',
  scope: 'indicator',
  type: 'boolean',
  description: '三级指标名称是占位或无意义文字（-、/、无、XX……），由 placeholder-or-junk-text 报告',
  compute(s: IndicatorSubject) {
    const name = s.indicator.level3;
    return name !== null && placeholderIn({ source: name, isValue: false }) !== null;
  },
});

export const STRUCTURE_TEXT_FACTS = [placeholderTexts, templateResidueTexts, level3IsPlaceholder];
