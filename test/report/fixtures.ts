// Hand-made FileResult objects for the formatter tests: a linted file with a score, a fatal file, a clean file.
import type { FileResult } from '../../src/model/result.js';

export const linted: FileResult = {
  filePath: '/repo/corpus/市教育局.txt',
  format: 'text',
  errorCount: 1,
  warningCount: 1,
  infoCount: 1,
  messages: [
    {
      ruleId: 'cost-indicator-form',
      severity: 'error',
      message: '成本指标“印刷费”的指标值“100”不是金额上限',
      line: 12,
      column: 5,
      path: ['projects', 0, 'indicators', 3, 'target'],
      project: '校舍维修',
      suggestion: '写成“≤ 100 万元”',
      related: [{ line: 180, column: 2, message: '叙述中写的是 120 万元' }],
    },
    {
      ruleId: 'vague-target',
      severity: 'warning',
      message: 'Target is vague',
      line: 40,
      column: 11,
      location: 'Sheet1!C7',
      path: ['projects', 1, 'indicators', 0, 'target'],
    },
    {
      ruleId: 'basis-missing',
      severity: 'info',
      message: '缺少指标值确定依据',
      line: 7,
      column: 1,
      path: ['projects', 1, 'indicators', 2, 'basis'],
    },
  ],
  score: {
    value: 72.5,
    grade: '中',
    consequence: '协商完善',
    documentDeductions: [],
    projects: [
      {
        name: '乙',
        kind: 'project',
        path: ['projects', 1],
        budget: null,
        value: 60.5,
        grade: '中',
        dimensions: {},
        deductions: [
          { ruleId: 'vague-target', dimension: 'measurability', count: 1, points: 2 },
          { ruleId: 'basis-missing', dimension: 'appropriateness', count: 1, points: 0.5 },
        ],
        gatedBy: [],
        indicators: [],
      },
      {
        name: '校舍维修',
        kind: 'project',
        path: ['projects', 0],
        budget: 120,
        value: 85,
        grade: '良',
        dimensions: {},
        deductions: [{ ruleId: 'cost-indicator-form', dimension: 'measurability', count: 1, points: 5 }],
        gatedBy: [],
        indicators: [],
      },
    ],
  },
};

export const fatal: FileResult = {
  filePath: 'missing.txt',
  format: 'unknown',
  fatal: { message: '无法读取文件：ENOENT' },
  errorCount: 1,
  warningCount: 0,
  infoCount: 0,
  messages: [{ ruleId: 'fatal', severity: 'error', message: '无法读取文件：ENOENT', line: 1, column: 1, path: [] }],
};

export const clean: FileResult = {
  filePath: 'clean.txt',
  format: 'text',
  errorCount: 0,
  warningCount: 0,
  infoCount: 0,
  messages: [],
};

/** A spreadsheet result: native cell locations, an indicator, a related cell, CSV/XML-hostile text. */
export const workbook: FileResult = {
  filePath: '/repo/各单位/乙单位 "2024".xlsx',
  format: 'xlsx',
  errorCount: 1,
  warningCount: 1,
  infoCount: 0,
  messages: [
    {
      ruleId: 'target-contradiction',
      severity: 'error',
      message: '指标值“≥ 95%”与叙述不符, 见 <总体目标> & “年度目标”',
      line: 9,
      column: 3,
      endLine: 9,
      endColumn: 9,
      location: 'Sheet1!C7',
      path: ['projects', 0, 'indicators', 1, 'target'],
      project: '农村饮水安全',
      indicator: { level1: '产出指标', level2: '质量指标', level3: '水质达标率', target: '≥ 95%' },
      suggestion: '统一为“≥ 98%”,\n并说明依据',
      related: [{ line: 3, column: 1, endLine: 3, endColumn: 20, location: 'Sheet1!B3', message: '总体目标写的是 98%' }],
    },
    {
      ruleId: 'vague-target',
      severity: 'warning',
      message: '=SUM(A1) 不是可衡量的目标',
      line: 10,
      column: 3,
      location: 'Sheet1!C8',
      path: ['projects', 0, 'indicators', 2, 'target'],
      project: '农村饮水安全',
      indicator: { level1: '效益指标', level2: '社会效益指标', level3: '群众生活改善', target: '明显改善' },
    },
  ],
  score: {
    value: 55,
    grade: '差',
    consequence: '不得进入预算',
    documentDeductions: [{ ruleId: 'basic-funds', dimension: '完整性', count: 1, points: 3 }],
    projects: [
      {
        name: '农村饮水安全',
        kind: 'project',
        path: ['projects', 0],
        budget: 350.5,
        value: 55,
        grade: '差',
        dimensions: { 相关性: 10 },
        deductions: [
          { ruleId: 'target-contradiction', dimension: '相关性', count: 1, points: 10 },
          { ruleId: 'vague-target', dimension: '可衡量性', count: 1, points: 4 },
          { ruleId: 'basis-missing', dimension: '完整性', count: 2, points: 1 },
          { ruleId: 'unit-missing', dimension: '完整性', count: 1, points: 0.5 },
        ],
        gatedBy: ['target-contradiction'],
        indicators: [],
      },
    ],
  },
};

/** A fatal result as a hand-made one may come: no message for the fatal error. */
export const fatalOnly: FileResult = {
  filePath: '/elsewhere/坏文件.docx',
  format: 'docx',
  fatal: { message: '无法解析：不是 Word 文档' },
  errorCount: 0,
  warningCount: 0,
  infoCount: 0,
  messages: [],
};

export const all: FileResult[] = [linted, workbook, fatal, clean, fatalOnly];
