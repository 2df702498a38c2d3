// Project facts about text nobody really filled in: placeholders and junk (R-STRUCT-08), and template hints left behind.
import { defineFact, type IndicatorSubject, type LocatedItem, type Path, type ProjectSubject } from '../types.js';
import type { Indicator, Project, SourcedText } from '../../model/index.js';
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
 * The texts of one indicator. Merged (inherited) 一级/二级 cells are skipped: they are the cell above.
 * Separate 符号 and 计量单位 columns are not read: `-` or `/` there legitimately means "none".
 */
function indicatorFields(i: Indicator, base: Path, which: readonly IndicatorField[]): Field[] {
  const fields: Field[] = [];
  for (const key of which) {
    if ((key === 'level1' && i.level1Inherited) || (key === 'level2' && i.level2Inherited)) continue;
    const source = i[key];
    if (source) fields.push({ label: INDICATOR_FIELD_LABELS[key], source, path: [...base, key], isValue: key === 'target' });
  }
  return fields;
}

/** The project's own texts: table 项目名称, 资金用途 and each 绩效目标 line. */
function projectFields(project: Project, base: Path): Field[] {
  const t = project.table;
  if (!t) return [];
  const fields: Field[] = [];
  if (t.name) fields.push({ label: '项目名称', source: t.name, path: [...base, 'table', 'name'], isValue: false });
  if (t.purpose) fields.push({ label: '资金用途', source: t.purpose, path: [...base, 'table', 'purpose'], isValue: false });
  t.goals.forEach((g, k) => fields.push({ label: '绩效目标', source: g, path: [...base, 'table', 'goals', k], isValue: false }));
  return fields;
}

/** Every field of the project: its own texts, then its table rows, then its narrative entries. */
function allFields(s: ProjectSubject, which: readonly IndicatorField[]): Field[] {
  const fields = projectFields(s.project, s.path);
  for (const part of ['table', 'narrative'] as const) {
    s.project[part]?.indicators.forEach((i, k) => fields.push(...indicatorFields(i, [...s.path, part, 'indicators', k], which)));
  }
  return fields;
}

/** The placeholder in a text, judged without its template hints (template-residue reports those). */
function placeholderInText(text: string, isValue: boolean): string | null {
  const rest = withoutTemplateResidue(text);
  // A cell that was nothing but a template hint is not also a placeholder.
  if (rest.trim() === '' && text.trim() !== '') return null;
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
    for (const field of allFields(s, ['level3', 'description', 'target', 'basis'])) {
      const found = placeholderIn(field);
      if (found === null) continue;
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
    for (const field of allFields(s, ['level1', 'level2', 'level3', 'description', 'target', 'basis'])) {
      const found = findTemplateResidue(field.source.text);
      if (found.length === 0) continue;
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
