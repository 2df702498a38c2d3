// Derives document-level fields (unit code and name, year) from the overall goal and the tables' unit lines.
import type { ProjectTable } from '../model/document.js';
import type { SourcedNumber, SourcedText } from '../model/span.js';
import { subText } from './lines.js';

export interface UnitFields {
  unitCode: SourcedText | null;
  unitName: SourcedText | null;
}

/** "497001玉田县亮甲店镇人民政府本级": code, then the name; 本级/机关本级 says which budget level, not the unit. */
const UNIT_LINE = /^(\d{3,})\s*[-－]?\s*(.+?)\s*(?:[（(]?(?:机关)?本级[）)]?)?$/d;
/** A budget year; a full date (2022年2月3日, a filing date) is not one. */
const YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/d;
/** The overall goal usually opens with "<unit name><year>年…". */
const NAME_BEFORE_YEAR = /^([^，,。；;、\s]{2,40}?)(?:19|20)\d{2}\s*年/;

/** Unit code and name from the first table that has a unit line. */
export function unitFromTables(tables: ProjectTable[]): UnitFields {
  for (const table of tables) {
    const line = table.unitLine;
    if (line === null) continue;
    const m = UNIT_LINE.exec(line.text);
    if (!m?.indices) return { unitCode: null, unitName: line };
    const [codeStart, codeEnd] = m.indices[1]!;
    const [nameStart, nameEnd] = m.indices[2]!;
    return { unitCode: subText(line, codeStart, codeEnd), unitName: subText(line, nameStart, nameEnd) };
  }
  return { unitCode: null, unitName: null };
}

/** The unit name that opens the overall goal, before its year; null when it does not open so. */
export function unitNameFromGoal(goalPieces: SourcedText[]): SourcedText | null {
  const first = goalPieces[0];
  const m = first ? NAME_BEFORE_YEAR.exec(first.text) : null;
  return first && m ? subText(first, 0, m[1]!.length) : null;
}

/** The first year ("2025年") among the given texts, in order of preference, as a number with the span of its digits. */
export function findYear(sources: Array<SourcedText | null>): SourcedNumber | null {
  for (const source of sources) {
    if (source === null) continue;
    const m = YEAR.exec(source.text);
    if (!m?.indices) continue;
    const [start, end] = m.indices[1]!;
    const digits = subText(source, start, end);
    if (digits) return { value: Number(m[1]), raw: digits.text, span: digits.span };
  }
  return null;
}
