// The CLI's batch options: --concurrency, --summary (the summary format) and the progress bar's conditions.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseConcurrency, toCliOptions } from '../../src/cli/options.js';
import { wantsProgress } from '../../src/cli/progress.js';
import type { CliIO } from '../../src/cli/io.js';
import { run } from './fake-io.js';

const CONFIG = ['--config', 'corpus/jixiao.config.json'];

describe('--concurrency', () => {
  it('takes auto, off or a number', () => {
    expect(parseConcurrency(undefined)).toBe('auto');
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('0')).toBe('off');
    expect(parseConcurrency('4')).toBe(4);
    expect(() => parseConcurrency('many')).toThrow(/--concurrency/);
  });

  it('rejects anything else with exit code 2', async () => {
    const { code, stderr } = await run(['--concurrency', '-3x', 'corpus/real']);
    expect(code).toBe(2);
    expect(stderr).toContain('--concurrency');
  });

  it('is listed in --help with --summary', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--concurrency <auto|off|数量>');
    expect(stdout).toContain('--summary');
    expect(stdout).toContain('进度条');
  });

  it('off gives the same json as auto', async () => {
    const off = await run([...CONFIG, '-f', 'json', '--concurrency', 'off', 'corpus/real']);
    const auto = await run([...CONFIG, '-f', 'json', 'corpus/real']);
    expect(off.stdout).toBe(auto.stdout);
    expect(off.code).toBe(auto.code);
  });
});

describe('--summary', () => {
  it('prints the Chinese summary: rankings, rules, grades and what must be revised', async () => {
    const { stdout, stderr } = await run([...CONFIG, '--summary', 'corpus/real', 'corpus/formats']);
    expect(stderr).toBe('');
    for (const heading of ['一、文档排名', '二、项目排名', '三、各规则的问题数', '四、等级分布', '五、须修改的文档', '最大的三项扣分']) expect(stdout).toContain(heading);
    expect(stdout).toMatch(/优 \d+ 个，良 \d+ 个，中 \d+ 个，差 \d+ 个/);
    expect(stdout).toContain('corpus/real/001-jingyan-mata-town-project-targets-2023.txt');
  });

  it('pairs with -o like -f summary, and -f summary gives the same text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-summary-'));
    const out = join(dir, '汇总.txt');
    const written = await run([...CONFIG, '--summary', '-o', out, 'corpus/real']);
    expect(written.stdout).toBe('');
    const viaFormat = await run([...CONFIG, '-f', 'summary', 'corpus/real']);
    expect(readFileSync(out, 'utf8')).toBe(viaFormat.stdout);
    expect(toCliOptions({ summary: true }, ['x']).reports).toEqual([{ format: 'summary' }]);
  });
});

describe('progress bar', () => {
  const tty = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: true }) as unknown as NodeJS.WriteStream;
  const io = (over: Partial<CliIO>): CliIO => ({ stdout() {}, stderr() {}, isTTY: true, env: {}, cwd: '.', progressStream: tty, ...over });
  const opts = { quiet: false, reports: [{ format: 'stylish' }] };

  it('shows only on a terminal stderr, for more than 20 files, without --quiet, when the report is not piped', () => {
    expect(wantsProgress(opts, io({}), 21)).toBe(true);
    expect(wantsProgress(opts, io({}), 20)).toBe(false);
    expect(wantsProgress({ ...opts, quiet: true }, io({}), 100)).toBe(false);
    expect(wantsProgress(opts, io({ isTTY: false }), 100)).toBe(false);
    expect(wantsProgress({ ...opts, reports: [{ format: 'json', output: 'x.json' }] }, io({ isTTY: false }), 100)).toBe(true);
    expect(wantsProgress(opts, io({ progressStream: undefined as never }), 100)).toBe(false);
    const notTty = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: false }) as unknown as NodeJS.WriteStream;
    expect(wantsProgress(opts, io({ progressStream: notTty }), 100)).toBe(false);
  });

  it('never shows in tests: the fake io has no progress stream', async () => {
    const { stderr } = await run([...CONFIG, 'corpus']);
    expect(stderr).not.toContain('检查中');
  });
});
