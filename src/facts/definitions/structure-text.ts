// Project facts about text nobody really filled in: placeholders and junk (R-STRUCT-08), and template hints left behind.
import { defineFact, type FactContext, type IndicatorSubject, type LocatedItem, type Path, type ProjectSubject } from '../types.js';
import { perObject } from './per-object.js';
import type { SourcedText } from '../../model/index.js';
import { cellFindings } from '../../lexicon/placeholder-text.js';

type IndicatorField = 'level1' | 'level2' | 'level3' | 'description' | 'target' | 'basis';

/** How an indicator field is read: its label, and whether it is also read for placeholders (template hints are read in all). */
interface FieldSpec {
  key: IndicatorField;
  label: string;
  forPlaceholder: boolean;
}

const spec = (key: IndicatorField, label: string, forPlaceholder: boolean): FieldSpec => ({ key, label, forPlaceholder });
const LEVEL1 = spec('level1', '一级指标', false);
const LEVEL2 = spec('level2', '二级指标', false);
const LEVEL3 = spec('level3', '三级指标', true);
const DESCRIPTION = spec('description', '绩效指标描述', true);
const TARGET = spec('target', '指标值', true);
const BASIS = spec('basis', '指标值确定依据', true);

/** A field of a project in which either check found something. */
interface Reading {
  label: string;
  source: SourcedText;
  /** The model path after the project's own: ['table', 'name'], ['table', 'indicators', 3, 'level3'] … */
  tail: Path;
  /** The placeholder (cellFindings), null when none or when the field is not read for placeholders. */
  placeholder: string | null;
  /** The template hints, empty when none. */
  residue: readonly string[];
}

/**
 * What both checks find in the project's fields, in order: its own texts (table 项目名称, 资金用途, each
 * 绩效目标 line), then its table rows, then its narrative entries. Merged (inherited) 一级/二级 cells are
 * skipped: they are the cell above. Separate 符号 and 计量单位 columns are not read: `-` or `/` there
 * legitimately means "none". Worked out once per project for both facts, which read the same cells;
 * only fields with a finding are kept, so nearly every field costs no label, path or record.
 */
function projectReadings(s: ProjectSubject, ctx: FactContext): readonly Reading[] {
  return perObject(ctx, 'structure-text:readings', s.project, (project) => {
    const readings: Reading[] = [];
    // The project's own texts: a handful, all read for placeholders, none a value.
    const own = (label: string, source: SourcedText, tail: Path) => {
      const found = cellFindings(source.text, true, false);
      if (found !== null) readings.push({ label, source, tail, placeholder: found.placeholder, residue: found.residue });
    };
    const t = project.table;
    if (t) {
      if (t.name) own('项目名称', t.name, ['table', 'name']);
      if (t.purpose) own('资金用途', t.purpose, ['table', 'purpose']);
      t.goals.forEach((g, k) => own('绩效目标', g, ['table', 'goals', k]));
    }
    for (const part of ['table', 'narrative'] as const) {
      const indicators = project[part]?.indicators;
      if (!indicators) continue;
      for (let k = 0; k < indicators.length; k++) {
        const i = indicators[k]!;
        // Field by field in a fixed order (named reads, not a loop over keys).
        if (!i.level1Inherited) readCell(readings, i.level1, LEVEL1, part, k);
        if (!i.level2Inherited) readCell(readings, i.level2, LEVEL2, part, k);
        readCell(readings, i.level3, LEVEL3, part, k);
        readCell(readings, i.description, DESCRIPTION, part, k);
        readCell(readings, i.target, TARGET, part, k);
        readCell(readings, i.basis, BASIS, part, k);
      }
    }
    return readings;
  });
}

/** Reads one indicator cell into `readings`; the label and path are made for a finding only: nearly every cell has none. */
function readCell(readings: Reading[], source: SourcedText | null, field: FieldSpec, part: 'table' | 'narrative', k: number): void {
  if (!source) return;
  const found = cellFindings(source.text, field.forPlaceholder, field === TARGET);
  if (found !== null) readings.push({ label: field.label, source, tail: [part, 'indicators', k, field.key], placeholder: found.placeholder, residue: found.residue });
}

export const placeholderTexts = defineFact({
  name: 'placeholderTexts',
  scope: 'project',
  type: 'list',
  description: '项目名称、资金用途、绩效目标和各指标的名称、描述、指标值、确定依据中的占位或无意义文字（XX村、××、***、-、/、无、同上、待定、详见附件……）',
  itemKeys: ['field', 'text', 'placeholder', 'quoted'],
  compute(s: ProjectSubject, ctx) {
    const items: LocatedItem[] = [];
    for (const reading of projectReadings(s, ctx)) {
      const found = reading.placeholder;
      if (found === null) continue;
      const text = reading.source.text.trim();
      // “XX村道路硬化长度”中的“XX”, but just “-” when the placeholder is the whole cell.
      const quoted = found === text || found === text.replace(/[\s\u3000]+/g, '') ? `“${text}”` : `“${text}”中的“${found}”`;
      items.push({ span: reading.source.span, path: [...s.path, ...reading.tail], data: { field: reading.label, text, placeholder: found, quoted } });
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
  compute(s: ProjectSubject, ctx) {
    const items: LocatedItem[] = [];
    for (const reading of projectReadings(s, ctx)) {
      if (reading.residue.length === 0) continue;
      items.push({
        span: reading.source.span, path: [...s.path, ...reading.tail],
        data: { field: reading.label, text: reading.source.text.trim(), residue: [...new Set(reading.residue)].join('”“') },
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
    // Not cached per text: after the one look at its characters in cellFindings the check costs less than building and hashing a cache key.
    return name !== null && (cellFindings(name.text, true, false)?.placeholder ?? null) !== null;
  },
});

export const STRUCTURE_TEXT_FACTS = [placeholderTexts, templateResidueTexts, level3IsPlaceholder];
