// Turns commander's raw option values into validated CLI options; every mistake becomes a UsageError.
import type { Concurrency } from '../api/options.js';
import type { RuleSetting } from '../engine/rule-set.js';
import { parseByteSize } from '../read/limits.js';
import { UsageError } from './usage-error.js';

/** One report of a run: a format and where it goes (stdout when output is undefined). */
export interface ReportSpec {
  format: string;
  output?: string;
}

/** -f and -o values in command-line order, as commander saw them. */
export type ReportOption = ['format' | 'output', string];

export interface CliOptions {
  patterns: string[];
  /** The first report's format (the only one in most runs). */
  format: string;
  /** The last -o given (what --print-config and --print-model write to). */
  output?: string;
  /** Every report of the run, in command-line order: each -f paired with the -o that follows it. */
  reports: ReportSpec[];
  printModel: boolean;
  /** --print-config <file>: print the configuration that file is linted with, lint nothing. */
  printConfig?: string;
  /** --config <file>; undefined: look for jixiao.config.json from the working folder up. */
  configFile?: string;
  /** --no-config: use no configuration file at all. */
  noConfig: boolean;
  /** --lang; undefined lets the config decide (default zh). */
  lang?: 'zh' | 'en';
  rulesDirs: string[];
  /** From --rule id=severity, in command-line order (a later --rule for the same id wins). */
  ruleSettings: Record<string, RuleSetting>;
  maxWarnings?: number;
  quiet: boolean;
  /** --color / --no-color; undefined lets the environment decide. */
  color?: boolean;
  /** --concurrency auto|off|N: worker threads (default auto: none for small jobs). */
  concurrency: Concurrency;
  /** --max-file-size: largest file read, in bytes; undefined: the library's default (100 MB). */
  maxFileBytes?: number;
  /** --max-inflated-size: largest total a .docx/.xlsx may inflate to, in bytes; undefined: the default (500 MB). */
  maxInflatedBytes?: number;
  /** --timeout <seconds>, in milliseconds (0: no limit); undefined: the library's default (60 s). */
  timeoutMs?: number;
  /** --cache: reuse results of files linted before with the same settings. */
  cache: boolean;
  /** --cache-location: where the cache lives (relative to the working folder); undefined: the library's default. */
  cacheLocation?: string;
}

/** What commander hands over (all strings, lists from repeated options). */
export interface RawOptions {
  format?: string;
  output?: string;
  printModel?: boolean;
  printConfig?: string;
  /** A path from --config, false from --no-config. */
  config?: string | false;
  lang?: string;
  rules?: string[];
  rule?: string[];
  maxWarnings?: string;
  quiet?: boolean;
  color?: boolean;
  concurrency?: string;
  maxFileSize?: string;
  maxInflatedSize?: string;
  timeout?: string;
  cache?: boolean;
  cacheLocation?: string;
  /** --summary: the summary report (same as -f summary). */
  summary?: boolean;
}

const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
type SeverityOrOff = (typeof SEVERITIES)[number];

function parseRule(spec: string): [string, SeverityOrOff] {
  const eq = spec.indexOf('=');
  const id = eq < 0 ? '' : spec.slice(0, eq).trim();
  const severity = eq < 0 ? '' : spec.slice(eq + 1).trim();
  if (!id) throw new UsageError(`--rule 的写法是 <规则id>=<严重程度>，收到“${spec}”`);
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    throw new UsageError(`--rule ${spec}：严重程度必须是 ${SEVERITIES.join('、')} 之一，收到“${severity}”`);
  }
  return [id, severity as SeverityOrOff];
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-warnings 需要一个非负整数，收到“${value}”`);
  return Number(value.trim());
}

function parseLang(value: string | undefined): 'zh' | 'en' | undefined {
  if (value === undefined || value === 'zh' || value === 'en') return value;
  throw new UsageError(`--lang 只能是 zh 或 en，收到“${value}”`);
}

/** --concurrency: auto, off, or a whole number of worker threads (0 is off). */
export function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined) return 'auto';
  const v = value.trim();
  if (v === 'auto' || v === 'off') return v;
  if (/^\d+$/.test(v)) return Number(v) === 0 ? 'off' : Number(v);
  throw new UsageError(`--concurrency 只能是 auto、off 或一个非负整数，收到“${value}”`);
}

/** --max-file-size / --max-inflated-size: a size such as 100MB, 1.5GB, 512KB or a number of bytes. */
function parseSize(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = parseByteSize(value);
  if (bytes === null) throw new UsageError(`${flag} 需要一个大小，如 100MB、1.5GB、512KB 或字节数，收到“${value}”`);
  return bytes;
}

/** --timeout: seconds per file (decimals allowed; 0: no limit), as milliseconds. */
export function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (!/^\d+(\.\d+)?$/.test(v)) throw new UsageError(`--timeout 需要每个文件的秒数（非负数，0 表示不限时），收到“${value}”`);
  return Math.round(Number(v) * 1000);
}

/**
 * Pairs -f and -o (Spectral style). One -f and one -o pair up in either order; with more, each -o belongs to the
 * -f just before it, and a -f without one prints to stdout (at most one may). No -f at all: stylish.
 */
export function pairReports(sequence: readonly ReportOption[]): ReportSpec[] {
  const formats = sequence.filter(([kind]) => kind === 'format').map(([, value]) => value);
  const outputs = sequence.filter(([kind]) => kind === 'output').map(([, value]) => value);
  if (formats.length <= 1 && outputs.length <= 1) {
    const only: ReportSpec = { format: formats[0] ?? 'stylish' };
    if (outputs[0] !== undefined) only.output = outputs[0];
    return [only];
  }
  const reports: ReportSpec[] = [];
  for (const [kind, value] of sequence) {
    if (kind === 'format') {
      reports.push({ format: value });
      continue;
    }
    const last = reports.at(-1);
    if (last === undefined || last.output !== undefined) {
      throw new UsageError(`-o ${value} 前面没有与之配对的 -f：有多个 -f 或 -o 时，每个 -o 须紧跟在它的 -f 之后`);
    }
    last.output = value;
  }
  const toStdout = reports.filter((r) => r.output === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`只能有一个报告写到标准输出，${toStdout.map((r) => r.format).join('、')} 都没有 -o <文件>`);
  }
  const seen = new Set<string>();
  for (const { output } of reports) {
    if (output === undefined) continue;
    if (seen.has(output)) throw new UsageError(`多个报告写到了同一个文件 ${output}`);
    seen.add(output);
  }
  return reports;
}

export function toCliOptions(raw: RawOptions, patterns: string[], sequence?: readonly ReportOption[]): CliOptions {
  const ruleSettings: Record<string, RuleSetting> = {};
  for (const spec of raw.rule ?? []) {
    const [id, severity] = parseRule(spec);
    ruleSettings[id] = { severity };
  }
  const reports = pairReports(
    sequence ?? [
      ...(raw.summary === true ? [['format', 'summary'] as ReportOption] : []),
      ...(raw.format !== undefined ? [['format', raw.format] as ReportOption] : []),
      ...(raw.output !== undefined ? [['output', raw.output] as ReportOption] : []),
    ],
  );
  const options: CliOptions = {
    patterns,
    format: reports[0]!.format,
    reports,
    printModel: raw.printModel ?? false,
    noConfig: raw.config === false,
    rulesDirs: raw.rules ?? [],
    ruleSettings,
    quiet: raw.quiet ?? false,
    concurrency: parseConcurrency(raw.concurrency),
    cache: raw.cache ?? false,
  };
  const lang = parseLang(raw.lang);
  if (lang !== undefined) options.lang = lang;
  if (typeof raw.config === 'string') options.configFile = raw.config;
  if (raw.printConfig !== undefined) options.printConfig = raw.printConfig;
  if (options.printModel && options.printConfig !== undefined) throw new UsageError('--print-model 和 --print-config 不能同时使用');
  if (raw.output !== undefined) options.output = raw.output;
  const maxWarnings = parseMaxWarnings(raw.maxWarnings);
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings;
  if (raw.color !== undefined) options.color = raw.color;
  const maxFileBytes = parseSize('--max-file-size', raw.maxFileSize);
  if (maxFileBytes !== undefined) options.maxFileBytes = maxFileBytes;
  const maxInflatedBytes = parseSize('--max-inflated-size', raw.maxInflatedSize);
  if (maxInflatedBytes !== undefined) options.maxInflatedBytes = maxInflatedBytes;
  const timeoutMs = parseTimeout(raw.timeout);
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs;
  if (raw.cacheLocation !== undefined) {
    if (!options.cache) throw new UsageError('--cache-location 只在使用 --cache 时有效：请同时加上 --cache');
    options.cacheLocation = raw.cacheLocation;
  }
  return options;
}
