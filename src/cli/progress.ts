// The progress bar of long runs (cli-progress), on stderr only: when stderr is a terminal, there are more than
// PROGRESS_MIN_FILES files, --quiet is off and the report is not piped (stdout a terminal, or every report to a file).
import type { CliIO } from './io.js';
import type { CliOptions } from './options.js';

export const PROGRESS_MIN_FILES = 20;

export interface Progress {
  tick(): void;
  stop(): void;
}

export function wantsProgress(options: Pick<CliOptions, 'quiet' | 'reports'>, io: CliIO, total: number): boolean {
  if (io.progressStream?.isTTY !== true || options.quiet || total <= PROGRESS_MIN_FILES) return false;
  return io.isTTY || options.reports.every((r) => r.output !== undefined);
}

export async function startProgress(stream: NodeJS.WriteStream, total: number): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '检查中 [{bar}] {percentage}% | {value}/{total} 个文件 | 预计剩余 {eta_formatted}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
