// The library surface: createLinter() loads rules once; lintText/lintFiles return FileResult objects. Never prints, never exits.
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';
import fg from 'fast-glob';
import { existsSync, statSync } from 'node:fs';
import type { Document } from '../model/index.js';
import type { FileResult, Message } from '../model/result.js';
import { loadRules, type RuleSource } from '../engine/load-rules.js';
import { buildRuleSet, type RuleSet } from '../engine/rule-set.js';
import { RuleRunner } from '../engine/runner.js';
import type { RuleFile } from '../engine/rule-schema.js';
import { FACTS } from '../facts/index.js';
import { parseText } from '../parse/index.js';
import { decodeText } from '../read/decode.js';
import { scoreDocument } from '../score/score-document.js';
import { builtInRulesDir } from './package-root.js';
import { readRuleFolders } from './rule-files.js';
import type { LinterOptions, LintTextOptions } from './options.js';

export interface Linter {
  /** The rules as loaded (all of them, including those switched off). */
  readonly rules: readonly RuleFile[];
  readonly ruleSet: RuleSet;
  /** Parses text into the document model without linting (what `--print-model` shows). */
  parse(text: string, filePath?: string): Document;
  lintText(text: string, options?: LintTextOptions): Promise<FileResult>;
  lintFiles(patterns: string[]): Promise<FileResult[]>;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '这是一个目录',
};

/** Names a read failure in words an editor understands, keeping the system code for support. */
function readFailure(error: NodeJS.ErrnoException): string {
  const code = error.code ?? '';
  return READ_ERRORS[code] ? `${READ_ERRORS[code]}（${code}）` : error.message;
}

function count(messages: Message[], severity: Message['severity']): number {
  return messages.filter((m) => m.severity === severity).length;
}

function fatalResult(filePath: string, format: string, message: string): FileResult {
  return {
    filePath, format, fatal: { message },
    errorCount: 1, warningCount: 0, infoCount: 0,
    messages: [{ ruleId: 'fatal', severity: 'error', message, line: 1, column: 1, path: [] }],
  };
}

/** Expands files, folders and globs into a sorted list of files (folders: every supported file inside). */
export async function expandPatterns(patterns: string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    if (existsSync(abs) && statSync(abs).isDirectory()) {
      const found = await fg('**/*.{txt,text}', { cwd: abs, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      found.forEach((f) => files.add(f));
    } else if (existsSync(abs)) {
      files.add(abs);
    } else {
      const found = await fg(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      if (found.length === 0) files.add(abs); // reported as unreadable, never silently dropped
      found.forEach((f) => files.add(f));
    }
  }
  return [...files].sort();
}

/** Loads the built-in rules plus any extra folders, validates them, and returns a ready linter. Throws ConfigurationError on a bad rule file. */
export async function createLinter(options: LinterOptions = {}): Promise<Linter> {
  const cwd = options.cwd ?? process.cwd();
  const sources: RuleSource[] = await readRuleFolders([builtInRulesDir(), ...(options.rulesDirs ?? [])], cwd);
  const rules = loadRules(sources, FACTS);
  const ruleSet = buildRuleSet(rules, options.rules);
  const runner = new RuleRunner(ruleSet, FACTS);
  const lang = options.lang ?? 'zh';

  const lintDocument = async (text: string, filePath: string): Promise<FileResult> => {
    let document: Document;
    try {
      document = parseText(text, filePath);
    } catch (error) {
      return fatalResult(filePath, 'text', `无法解析：${(error as Error).message}`);
    }
    const messages = await runner.run(document, lang);
    return {
      filePath, format: document.format,
      errorCount: count(messages, 'error'), warningCount: count(messages, 'warning'), infoCount: count(messages, 'info'),
      messages,
      score: scoreDocument(document, messages, ruleSet, undefined, lang),
    };
  };

  return {
    rules,
    ruleSet,
    parse: (text, filePath = '<text>') => parseText(text, filePath),
    lintText: (text, opts = {}) => lintDocument(text, opts.filePath ?? '<text>'),
    async lintFiles(patterns) {
      const files = await expandPatterns(patterns, cwd);
      const results: FileResult[] = [];
      for (const file of files) {
        const shown = relative(cwd, file) || file;
        let text: string;
        try {
          text = decodeText(new Uint8Array(await readFile(file))).text;
        } catch (error) {
          results.push(fatalResult(shown, 'unknown', `无法读取文件：${readFailure(error as NodeJS.ErrnoException)}`));
          continue;
        }
        results.push(await lintDocument(text, shown));
      }
      return results;
    },
  };
}

/** Lints one text with a fresh linter (convenience; reuse createLinter() for many texts). */
export async function lintText(text: string, options: LinterOptions & LintTextOptions = {}): Promise<FileResult> {
  return (await createLinter(options)).lintText(text, options);
}

/** Lints files, folders and globs with a fresh linter. */
export async function lintFiles(patterns: string[], options: LinterOptions = {}): Promise<FileResult[]> {
  return (await createLinter(options)).lintFiles(patterns);
}
