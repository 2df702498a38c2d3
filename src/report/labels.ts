// The words the human-readable reports use, in Chinese (default) and English.
import type { Grade, Severity } from '../model/result.js';
import type { Totals } from './summary.js';

export interface Labels {
  severity: Record<Severity, string>;
  grade: Record<Grade, string>;
  suggestion: string;
  see: (where: string, message: string) => string;
  score: (value: string, grade: string, consequence: string) => string;
  projects: string;
  unnamedProject: string;
  documentDeductions: string;
  gated: (ruleIds: string) => string;
  listSeparator: string;
  clauseSeparator: string;
  problems: (t: Totals) => string;
  clean: string;
}

const zh: Labels = {
  severity: { error: '错误', warning: '警告', info: '提示' },
  grade: { 优: '优', 良: '良', 中: '中', 差: '差' },
  suggestion: '建议：',
  see: (where, message) => `参见 ${where}：${message}`,
  score: (value, grade, consequence) => `得分 ${value}（${grade}）${consequence ? `：${consequence}` : ''}`,
  projects: '项目排名：',
  unnamedProject: '（未命名项目）',
  documentDeductions: '文档扣分：',
  gated: (ids) => `门槛规则：${ids}`,
  listSeparator: '，',
  clauseSeparator: '；',
  problems: (t) =>
    `✖ 共 ${t.errors + t.warnings + t.infos} 个问题（${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 个提示），${t.filesWithProblems} 个文件`,
  clean: '✔ 没有发现问题',
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const en: Labels = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  grade: { 优: 'excellent', 良: 'good', 中: 'fair', 差: 'poor' },
  suggestion: 'Suggestion: ',
  see: (where, message) => `See ${where}: ${message}`,
  score: (value, grade, consequence) => `Score ${value} (${grade})${consequence ? `: ${consequence}` : ''}`,
  projects: 'Projects by score:',
  unnamedProject: '(unnamed project)',
  documentDeductions: 'Document deductions: ',
  gated: (ids) => `gated by ${ids}`,
  listSeparator: ', ',
  clauseSeparator: '; ',
  problems: (t) =>
    `✖ ${plural(t.errors + t.warnings + t.infos, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.infos} info), ${plural(t.filesWithProblems, 'file')}`,
  clean: '✔ No problems found',
};

export function labelsFor(lang: 'zh' | 'en'): Labels {
  return lang === 'en' ? en : zh;
}

/** Scores and points without floating-point noise: 72.5, 5, 0.33. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
