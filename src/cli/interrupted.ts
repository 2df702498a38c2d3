// Raised when the user stops a run (Ctrl-C): the reports being written are removed, and the CLI exits 130.
export class Interrupted extends Error {
  constructor() {
    super('已中断：没有写出报告，临时文件已删除');
    this.name = 'Interrupted';
  }
}

/** The exit code of a run stopped by SIGINT, as shells report it (128 + 2). */
export const INTERRUPTED_EXIT = 130;
