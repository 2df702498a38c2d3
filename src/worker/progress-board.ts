// A worker's progress board in shared memory: which file it is linting and since when. The pool reads it for the
// time limit and to know which file a dead worker was on, without a message per file (workers answer in groups).

/** Milliseconds on a clock both threads share (each thread's performance.now() has its own origin). */
export function sharedClock(): number {
  return performance.timeOrigin + performance.now();
}

/** What a board says: the file being linted (index -1 between files) and how many files the worker has started. */
export interface Progress {
  index: number;
  startedAt: number;
  /** Files started so far: tells the pool a worker that is between files now from one that has not moved. */
  started: number;
}

// Layout: Int32 [index, started] then Float64 [startedAt]. The worker writes startedAt before index, and the pool
// reads index, startedAt, index again, so it never pairs a file with another file's start.
const INDEX = 0;
const STARTED = 1;
const BYTES = 16;

export class ProgressBoard {
  readonly buffer: SharedArrayBuffer;
  private readonly ints: Int32Array;
  private readonly times: Float64Array;

  /** A new board (the pool's, one per worker), between files; the worker wraps the same buffer. */
  static create(): ProgressBoard {
    const board = new ProgressBoard(new SharedArrayBuffer(BYTES));
    board.finish();
    return board;
  }

  constructor(buffer: SharedArrayBuffer) {
    this.buffer = buffer;
    this.ints = new Int32Array(buffer, 0, 2);
    this.times = new Float64Array(buffer, 8, 1);
  }

  /** The worker begins the file at `index`. */
  start(index: number): void {
    this.times[0] = sharedClock();
    Atomics.add(this.ints, STARTED, 1);
    Atomics.store(this.ints, INDEX, index);
  }

  /** The worker has finished its file (its result is packed, ready to be sent). */
  finish(): void {
    Atomics.store(this.ints, INDEX, -1);
  }

  read(): Progress {
    for (;;) {
      const index = Atomics.load(this.ints, INDEX);
      const startedAt = this.times[0]!;
      const started = Atomics.load(this.ints, STARTED);
      if (Atomics.load(this.ints, INDEX) === index) return { index, startedAt, started };
    }
  }
}
