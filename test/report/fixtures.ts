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
