// Seeded synthetic corpus for the benchmark (issue 6): documents in the sample's text layout, built
// from what the parser reads in the corpus documents, with seeded variations of project names,
// amounts, values (numbers, directions, units), schedules, indicator names and sizes.
//
// Deterministic: document i of seed s depends only on (s, i) (its own mulberry32 stream), so any
// process (a worker, a later phase) can regenerate any document without holding the corpus in memory.
//
//   node test/bench/generate.mjs [--seed 1] [--docs 2000] [--out DIR]   (writes DIR/doc-00000.txt …; needs dist/, so build first)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../dist/src/parse/index.js';
import { renderCaseDocument } from '../../dist/src/testing/render-case.js';
import { CaseDocumentSchema } from '../../dist/src/testing/case-schema.js';

export const ROOT = join(import.meta.dirname, '../..');
export const DEFAULT_SEED = 1;
export const DEFAULT_DOCS = 2000;

/** The corpus documents the pools are read from (plain-text ones: the sample, clean/ and real/). */
export function sourceFiles() {
  const dir = (d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ROOT, d, f));
  return [join(ROOT, 'corpus/000_88a2649a8df46961.txt'), ...dir('corpus/clean'), ...dir('corpus/real')];
}

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the run seed and the document index into the seed of that document's stream. */
function documentSeed(seed, index) {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const LEVEL_OF_CATEGORY = {
  QTY: ['产出指标', '数量指标'],
  QUAL: ['产出指标', '质量指标'],
  TIME: ['产出指标', '时效指标'],
  ECON_COST: ['成本指标', '经济成本指标'],
  SOC_COST: ['成本指标', '社会成本指标'],
  ECO_COST: ['成本指标', '生态环境成本指标'],
  ECON_BEN: ['效益指标', '经济效益指标'],
  SOC_BEN: ['效益指标', '社会效益指标'],
  ECO_BEN: ['效益指标', '生态效益指标'],
  SUSTAIN: ['效益指标', '可持续影响指标'],
  SAT_SUB: ['满意度指标', '服务对象满意度指标'],
};
const LEVEL1_ORDER = ['产出指标', '成本指标', '效益指标', '满意度指标'];
const SYMBOLS = ['≥', '≥', '≥', '≤', '=', '>', '<', ''];
const UNITS = ['%', '%', '%', '人次', '个', '万元', '元', '天', '次', '户', '公里', '平方米', '年', '项', '人'];
const QUALITATIVE = ['有效提升', '明显改善', '逐步提高', '达标', '良好', '及时', '持续发挥作用', '100%'];
const SUFFIXES = ['', '', '', '项目', '经费', '专项资金', '（续建）', '二期', '补助资金', '工作经费'];
const PLACES = ['城关镇', '东岗镇', '西河乡', '南湖街道', '北山镇', '新华街道', '青石乡', '柳林镇', '石门乡', '长安街道'];
const UNIT_KINDS = ['人民政府', '财政所', '卫生院', '中心学校', '农业农村办', '社会事务办'];
const LABEL_SETS = [
  ['三月底', '六月底', '九月底', '十二月底'],
  ['3月底', '6月底', '9月底', '12月底'],
  ['3月底', '6月底', '10月底', '12月底'],
  ['六月底', '十二月底'],
  ['一季度末', '二季度末', '三季度末', '四季度末'],
];
const GOALS = ['完成项目年度任务', '保障单位正常运转', '提升公共服务水平', '按期完成建设任务', '群众满意度稳步提高'];
const BASICS = ['人员经费', '日常公用经费'];

function textOf(t) {
  return t?.text?.trim() ?? '';
}

/** Reads the pools once per process: project names, indicator rows, units, and the indicator-name list. */
function buildPools() {
  const names = new Set();
  const rows = [];
  const units = new Set();
  for (const file of sourceFiles()) {
    let doc;
    try {
      doc = parseText(readFileSync(file, 'utf8'), file);
    } catch {
      continue;
    }
    if (doc.unitName) units.add(textOf(doc.unitName));
    for (const project of doc.projects) {
      if (project.kind === 'project' && project.name.trim()) names.add(project.name.trim());
      for (const ind of [...(project.table?.indicators ?? []), ...(project.narrative?.indicators ?? [])]) {
        const level3 = textOf(ind.level3);
        if (!level3) continue;
        rows.push({
          level1: textOf(ind.level1), level2: textOf(ind.level2), level3,
          description: textOf(ind.description) || level3,
          target: [textOf(ind.symbol), textOf(ind.target), textOf(ind.unit)].join(''),
          basis: textOf(ind.basis),
        });
      }
    }
  }
  const indicatorNames = readFileSync(join(ROOT, 'corpus/categories/indicator-names.tsv'), 'utf8')
    .split('\n').slice(1).map((l) => l.split('\t')).filter((c) => c.length >= 2 && LEVEL_OF_CATEGORY[c[1]])
    .map(([name, category]) => ({ name, category }));
  return { names: [...names], rows, units: [...units].filter(Boolean), indicatorNames };
}

let pools = null;
function getPools() {
  pools ??= buildPools();
  return pools;
}

function makeRandom(rng) {
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const chance = (p) => rng() < p;
  return { rng, int, pick, chance };
}

/** A target value split into symbol, value and unit (the narrative writes them apart, the table joins them). */
function makeValue(r, original) {
  if (original && r.chance(0.3)) return { symbol: '', value: original, unit: '' };
  if (r.chance(0.08)) return { symbol: '', value: r.pick(QUALITATIVE), unit: '' };
  const unit = r.pick(UNITS);
  const symbol = r.pick(SYMBOLS);
  let value;
  if (unit === '%') value = r.chance(0.5) ? String(r.int(80, 100)) : `${r.int(80, 100)}.00`;
  else if (unit === '万元' || unit === '元') value = (r.int(1, 5000) * (unit === '元' ? 100 : 1)).toFixed(r.chance(0.5) ? 2 : 0);
  else value = String(r.int(1, 2000));
  return { symbol, value, unit };
}

function makeIndicator(r, p) {
  let base;
  if (p.rows.length > 0 && r.chance(0.5)) {
    const row = r.pick(p.rows);
    base = { ...row };
    if (!base.level1 || !base.level2) {
      const [l1, l2] = LEVEL_OF_CATEGORY[r.pick(Object.keys(LEVEL_OF_CATEGORY))];
      base.level1 ||= l1;
      base.level2 ||= l2;
    }
  } else {
    const { name, category } = r.pick(p.indicatorNames);
    const [level1, level2] = LEVEL_OF_CATEGORY[category];
    base = { level1, level2, level3: name, description: name, target: '', basis: '' };
  }
  if (r.chance(0.3) && p.indicatorNames.length > 0) {
    // swap in another name of the list (same category when it reads as one, else any)
    const swapped = r.pick(p.indicatorNames);
    base.level3 = swapped.name;
    if (r.chance(0.5)) base.description = swapped.name;
  }
  const value = makeValue(r, base.target);
  return {
    level1: base.level1, level2: base.level2, level3: base.level3, description: base.description,
    ...value,
    basis: base.basis && r.chance(0.7) ? base.basis : r.pick(['计划标准', '行业标准', '历史标准', '项目库测算表', '']),
  };
}

function makeSchedule(r) {
  const labels = r.pick(LABEL_SETS);
  let acc = 0;
  const percents = labels.map((_, i) => {
    if (i === labels.length - 1) return r.chance(0.9) ? 100 : r.int(80, 100);
    acc = Math.min(100, acc + r.int(10, 40));
    return acc;
  });
  if (r.chance(0.05)) percents.reverse(); // an occasional schedule that runs backwards
  return { labels, percents: percents.map((n) => `${n}%`) };
}

function makeProject(r, p, name) {
  const count = r.int(3, 14);
  let indicators = Array.from({ length: count }, () => makeIndicator(r, p));
  if (r.chance(0.1) && indicators.length > 0) indicators.push({ ...r.pick(indicators) }); // a duplicated row
  if (r.chance(0.1) && indicators.length > 3) indicators.splice(r.int(0, indicators.length - 1), 1); // a dropped row
  indicators = indicators.sort((a, b) => LEVEL1_ORDER.indexOf(a.level1) - LEVEL1_ORDER.indexOf(b.level1));
  const amountYuan = r.int(5, 5000) * (r.chance(0.5) ? 1000 : 100) + (r.chance(0.2) ? r.int(0, 99) / 100 : 0);
  return { name, amountYuan, schedule: r.chance(0.85) ? makeSchedule(r) : undefined, indicators };
}

function narrativeEntry(ind) {
  return [ind.level2, ind.level3, ind.description, ind.symbol, ind.value, ind.unit, ind.basis].join('-');
}

/** The CaseDocument input (schema-shaped, every default filled) of document `index` of `seed`. */
export function generateCase(seed, index) {
  const r = makeRandom(mulberry32(documentSeed(seed, index)));
  const p = getPools();
  const unit = p.units.length > 0 && r.chance(0.3) ? r.pick(p.units) : `${r.pick(PLACES)}${r.pick(UNIT_KINDS)}`;
  const year = r.int(2019, 2026);
  const projectCount = r.int(1, 10);
  const used = new Set();
  const projects = [];
  for (let i = 0; i < projectCount; i++) {
    let name = `${r.chance(0.2) ? r.pick(PLACES) : ''}${r.pick(p.names)}${r.pick(SUFFIXES)}`;
    while (used.has(name)) name = `${name}（${used.size}）`;
    used.add(name);
    projects.push(makeProject(r, p, name));
  }
  const basics = BASICS.slice(0, r.int(0, 2)).map((name) => makeProject(r, p, name));
  const merge = r.chance(0.7); // merged 一级/二级 cells written once, as in the sample
  const wan = r.chance(0.3);
  const narrative = (project) => ({
    name: project.name,
    amount: r.chance(0.9) ? (wan ? `${(project.amountYuan / 10000).toFixed(2)}万元` : `${project.amountYuan}元`) : undefined,
    schedule: project.schedule,
    indicators: r.chance(0.8) ? project.indicators.map(narrativeEntry) : [],
  });
  const tables = projects.filter(() => r.chance(0.9)).map((project, t) => {
    let prev = null;
    const rows = project.indicators.map((ind) => {
      const row = [ind.level1, ind.level2, ind.level3, ind.description, `${ind.symbol}${ind.value}${ind.unit}`, ind.basis];
      if (merge && prev) {
        if (prev[0] === ind.level1) row[0] = '';
        if (prev[0] === ind.level1 && prev[1] === ind.level2) row[1] = '';
      }
      prev = [ind.level1, ind.level2];
      return row;
    });
    const moneyUnit = wan ? '万元' : '元';
    return {
      name: project.name,
      code: `${String(year)}${String(index).padStart(8, '0')}${String(t).padStart(4, '0')}`,
      budget: (wan ? project.amountYuan / 10000 : project.amountYuan).toFixed(2),
      moneyUnit,
      purpose: `用于${project.name}`,
      schedule: project.schedule && r.chance(0.9) ? project.schedule : undefined,
      goals: [`1.${r.pick(GOALS)}`, ...(r.chance(0.4) ? [`2.${r.pick(GOALS)}`] : [])],
      header: ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
      rows: rows.length > 0 ? rows : [['产出指标', '数量指标', '完成任务数', '完成任务数', '≥1个', '计划标准']],
    };
  });
  return {
    unit, year,
    overallGoal: `${unit}${year}年部门总体绩效目标是在本年度内完成各项工作任务。`,
    narrativeLines: [],
    basicFunds: basics.map(narrative),
    projects: projects.map(narrative),
    tables,
  };
}

/** The text of document `index` of `seed`. Pass `validate` to check the case against CaseDocumentSchema (slower). */
export function generateDocument(seed, index, { validate = false } = {}) {
  const input = generateCase(seed, index);
  return renderCaseDocument(validate ? CaseDocumentSchema.parse(input) : input);
}

/** Documents [start, end) of `seed`, generated in memory. */
export function generateRange(seed, start, end) {
  const out = [];
  for (let i = start; i < end; i++) out.push(generateDocument(seed, i));
  return out;
}

/** Writes documents 0 … docs-1 of `seed` to `dir` as doc-NNNNN.txt; returns the paths. */
export function writeCorpus(seed, docs, dir) {
  mkdirSync(dir, { recursive: true });
  const paths = [];
  for (let i = 0; i < docs; i++) {
    const path = join(dir, `doc-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, generateDocument(seed, i));
    paths.push(path);
  }
  return paths;
}

/** `--name value` from argv, else the default. */
export function argValue(argv, name, fallback) {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && i + 1 < argv.length) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
}

if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) {
  const argv = process.argv.slice(2);
  const seed = Number(argValue(argv, 'seed', DEFAULT_SEED));
  const docs = Number(argValue(argv, 'docs', DEFAULT_DOCS));
  const out = argValue(argv, 'out', join(ROOT, 'test/output/bench/corpus'));
  const paths = writeCorpus(seed, docs, out);
  console.log(`wrote ${paths.length} documents (seed ${seed}) to ${out}`);
}
