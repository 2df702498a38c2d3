// One report being written during the run: each result's part goes out as it arrives (or aside, when the head must wait for the last result), and a failure stops only this report.
import type { FileResult } from '../model/result.js';
import type { ReportChunk, ReportPart, ReportWriter } from '../report/context.js';
import { chunksOf } from '../report/pieces.js';
import type { Sink } from './report-sink.js';
import type { ScratchFolder, Spill } from './report-spill.js';

function isEmpty(chunk: ReportChunk): boolean {
  return typeof chunk === 'string' ? chunk.length === 0 : chunk.byteLength === 0;
}

export class ReportOutput {
  /** Where the body goes until the end, when it cannot go straight out. */
  private aside: Spill | undefined;
  private failure: unknown;

  private constructor(
    private readonly writer: ReportWriter | undefined,
    private readonly destination: Sink | undefined,
    failure: unknown,
  ) {
    this.failure = failure;
  }

  /**
   * Opens a report. `live`: its destination may take the body as it comes (false for a second report bound for
   * stdout, which must wait for the first, or stdout under a progress bar). A report that cannot even start
   * (its file cannot be created) is returned failed, so the others still run and the failure is raised at the end.
   */
  static async open(start: () => Promise<{ writer: ReportWriter; destination: Sink }>, live: boolean, scratch: ScratchFolder): Promise<ReportOutput> {
    let opened: { writer: ReportWriter; destination: Sink } | undefined;
    try {
      opened = await start();
      const output = new ReportOutput(opened.writer, opened.destination, undefined);
      if (live && opened.writer.head !== undefined) await output.put(opened.writer.head, opened.destination);
      else output.aside = await scratch.spill();
      return output;
    } catch (error) {
      await opened?.destination.abort();
      return new ReportOutput(undefined, undefined, error);
    }
  }

  private async put(chunk: ReportChunk, into: { write(chunk: ReportChunk): Promise<void> }): Promise<void> {
    if (!isEmpty(chunk)) await into.write(chunk);
  }

  /** A head or tail from end(): each piece is written, back-pressure included, before the next is made. */
  private async putAll(part: ReportPart, into: Sink): Promise<void> {
    for (const chunk of chunksOf(part)) await this.put(chunk, into);
  }

  async add(result: FileResult): Promise<void> {
    if (this.failure !== undefined) return;
    try {
      await this.put(await this.writer!.add(result), this.aside ?? this.destination!);
    } catch (error) {
      this.failure = error;
    }
  }

  /** The run stopped before the end (an internal error): leave no half-written file. */
  async abort(): Promise<void> {
    await this.destination?.abort();
  }

  /** Writes the end of the report (its head and body first when they waited) and returns what went wrong, if anything. */
  async finish(): Promise<unknown> {
    const writer = this.writer;
    const destination = this.destination;
    if (writer === undefined || destination === undefined) return this.failure;
    try {
      if (this.failure !== undefined) throw this.failure;
      const end = await writer.end();
      if (this.aside !== undefined) {
        await this.putAll(writer.head ?? end.head ?? '', destination);
        await this.aside.copyTo(destination);
      }
      await this.putAll(end.tail, destination);
      await destination.close();
      return undefined;
    } catch (error) {
      await destination.abort();
      return error;
    }
  }
}
