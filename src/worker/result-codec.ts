// Packs a lint result into one number array and a string table for the trip from a worker to the pool (or into a result cache entry), and unpacks it there.
//
// Structured clone (what postMessage does by itself) writes and rebuilds a result's ~2,500 objects one
// property at a time: ~0.4 ms per document in the worker and ~0.6 ms on the main thread, against ~2 ms to
// lint it. Packed, the objects become a stream of numbers (sent without copying) and each distinct string
// goes once; the pool rebuilds each object from a literal made once per shape, which V8 creates whole.
// A worker's results share one numbering of shapes; a cache entry's are numbered for it alone (selfContained).

/** One value's tag in the stream; a number, string, array or object tag is followed by its payload. */
const UNDEFINED = 0;
const NULL = 1;
const FALSE = 2;
const TRUE = 3;
/** Followed by the number. */
const NUMBER = 4;
/** Followed by the string's index in the result's string table. */
const STRING = 5;
/** Followed by the length, then the elements. */
const ARRAY = 6;
/** Followed by the shape's id, then the values of its keys in order. */
const OBJECT = 7;

/** Deeper than any result: a deeper value (or a cycle) is left to structured clone. */
const MAX_DEPTH = 64;

/** What crosses the thread boundary for one result. */
export interface PackedResult {
  /** The value stream (its buffer is transferred, not copied). Absent when the result had to go as it is. */
  codes?: Float64Array;
  /** The result's distinct strings, in the order first met (a STRING code holds an index into them). */
  strings: string[];
  /** Key lists of the object shapes this result introduced, in id order (shape ids are kept per worker). */
  shapes: string[][];
}

/** An object shape met by a packer: its id, its keys in order, and a writer of its values made for it. */
interface Shape {
  id: number;
  keys: readonly string[];
  /** Writes an object's values in key order; its property reads are by constant keys, so they stay fast. */
  writeValues: (record: Record<string, unknown>, packer: ResultPacker, depth: number) => void;
}

/** A node of the packer's shape trie: the shape of an object whose keys, in order, spell the path to it. */
class ShapeNode {
  readonly next = new Map<string, ShapeNode>();
  shape: Shape | undefined = undefined;
}

/** Values a packer's stream starts with room for (a generated document's result takes ~9,000). */
const INITIAL_CODES = 16_384;
/** A stream grown past this many values (a huge workbook's result) is not kept for the next result. */
const MAX_KEPT_CODES = 1_048_576;

/** Thrown inside pack for a value only structured clone can carry (a Map, a class instance, a cycle …). */
class NotPlain extends Error {}

/**
 * Whether a plain object's own keys are exactly `keys`, in order. for-in walks them without allocating (its
 * prototype, checked before, has no enumerable keys), where Object.keys made an array per object.
 */
function hasKeys(record: Record<string, unknown>, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in record) {
    if (key !== keys[i]) return false;
    i += 1;
  }
  return i === keys.length;
}

/** The writer of a shape's values (keys JSON-quoted, so any key is a valid property access). */
function valueWriterOf(keys: readonly string[]): Shape['writeValues'] {
  const body = keys.map((key) => `packer.write(record[${JSON.stringify(key)}], depth);`).join('\n');
  const compiled = compiledFrom<Shape['writeValues']>('record', 'packer', 'depth', body);
  if (compiled !== null) return compiled;
  return (record, packer, depth) => {
    for (const key of keys) packer.write(record[key], depth);
  };
}

/**
 * A function made from source text, or null where node forbids that
 * (--disallow-code-generation-from-strings): the codec then reads and builds objects key by key, slower but the same.
 */
function compiledFrom<F>(...parameterNamesAndBody: string[]): F | null {
  try {
    return new Function(...parameterNamesAndBody) as F;
  } catch (error) {
    if (error instanceof EvalError) return null;
    throw error;
  }
}

/**
 * Packs results in one worker. Shape ids run on from result to result, so each object shape's key list is
 * sent once per worker; the pool's ResultUnpacker for that worker must see every packed result, in order.
 */
export class ResultPacker {
  private readonly root = new ShapeNode();
  private shapeCount = 0;
  /**
   * Set for a self-contained packer: each result numbers its shapes from 0 and lists all it uses, so it
   * unpacks alone, in any order, in any process (a cache entry; see SelfContainedUnpacker). The map holds
   * the current result's numbering; the shapes' writers are still made once per packer.
   */
  private readonly local: Map<Shape, number> | null;
  /** The shape met last at each depth: objects side by side in a list nearly always share it. */
  private readonly lastAtDepth: (Shape | undefined)[] = [];
  /** The stream being written, kept from result to result (copied out at the end of each). */
  private codes = new Float64Array(INITIAL_CODES);
  private length = 0;
  private strings: string[] = [];
  private stringIds = new Map<string, number>();
  private newShapes: string[][] = [];

  constructor(options: { selfContained?: boolean } = {}) {
    this.local = options.selfContained === true ? new Map() : null;
  }

  /** The packed form of `value`; `codes` is absent when some part of it must go by structured clone (`value` then goes as it is). */
  pack(value: unknown): PackedResult {
    this.length = 0;
    this.strings = [];
    this.stringIds = new Map();
    this.newShapes = [];
    this.local?.clear();
    let codes: Float64Array | undefined;
    try {
      this.write(value, 0);
      codes = this.codes.slice(0, this.length);
      if (this.codes.length > MAX_KEPT_CODES) this.codes = new Float64Array(INITIAL_CODES);
    } catch (error) {
      if (!(error instanceof NotPlain)) throw error;
    }
    // Shapes met before a NotPlain are numbered already: they go along either way, so both sides keep the same numbering.
    const packed: PackedResult = { strings: codes ? this.strings : [], shapes: this.newShapes };
    if (codes) packed.codes = codes;
    this.strings = [];
    this.stringIds = new Map();
    this.newShapes = [];
    return packed;
  }

  /**
   * `value` ready to post: its packed form, the value itself only when it could not be packed, and the
   * transfer list (the stream, moved rather than copied).
   */
  packForPost<T>(value: T): { packed: PackedResult; whole: T | undefined; transfer: ArrayBuffer[] } {
    const packed = this.pack(value);
    return packed.codes ? { packed, whole: undefined, transfer: [packed.codes.buffer as ArrayBuffer] } : { packed, whole: value, transfer: [] };
  }

  private emit(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  /** Writes one value (public only for the shape writers made by valueWriterOf). */
  write(value: unknown, depth: number): void {
    switch (typeof value) {
      case 'string':
        this.emit(STRING);
        this.emit(this.stringId(value));
        return;
      case 'number':
        this.emit(NUMBER);
        this.emit(value);
        return;
      case 'boolean':
        this.emit(value ? TRUE : FALSE);
        return;
      case 'undefined':
        this.emit(UNDEFINED);
        return;
      case 'object':
        break;
      default:
        throw new NotPlain();
    }
    if (value === null) {
      this.emit(NULL);
      return;
    }
    if (depth >= MAX_DEPTH) throw new NotPlain();
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) throw new NotPlain();
      this.emit(ARRAY);
      this.emit(value.length);
      for (let i = 0; i < value.length; i++) this.write(value[i], depth + 1);
      return;
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new NotPlain();
    const record = value as Record<string, unknown>;
    let shape = this.lastAtDepth[depth];
    if (shape === undefined || !hasKeys(record, shape.keys)) {
      shape = this.shapeOf(Object.keys(record));
      this.lastAtDepth[depth] = shape;
    }
    this.emit(OBJECT);
    this.emit(this.local === null ? shape.id : this.localId(shape));
    shape.writeValues(record, this, depth + 1);
  }

  /** A self-contained result's number for a shape, given (and the shape listed) the first time the result meets it. */
  private localId(shape: Shape): number {
    const local = this.local!;
    let id = local.get(shape);
    if (id === undefined) {
      id = local.size;
      local.set(shape, id);
      this.newShapes.push(shape.keys as string[]);
    }
    return id;
  }

  /** The shape of these keys, numbered (and queued to be sent) the first time it is met. */
  private shapeOf(keys: string[]): Shape {
    let node = this.root;
    for (const key of keys) {
      let next = node.next.get(key);
      if (next === undefined) {
        next = new ShapeNode();
        node.next.set(key, next);
      }
      node = next;
    }
    if (node.shape === undefined) {
      node.shape = { id: this.shapeCount++, keys, writeValues: valueWriterOf(keys) };
      // A self-contained packer lists a shape per result instead (localId).
      if (this.local === null) this.newShapes.push(keys);
    }
    return node.shape;
  }

  private stringId(text: string): number {
    let id = this.stringIds.get(text);
    if (id === undefined) {
      id = this.strings.push(text) - 1;
      this.stringIds.set(text, id);
    }
    return id;
  }
}

/** Builds one object of a shape, reading its values in key order. */
type Build = (read: () => unknown) => Record<string, unknown>;

/**
 * A builder per shape: an object literal with the shape's keys (made once), so each object comes out
 * whole with its final hidden class. A key `__proto__` in a literal would set the prototype instead of
 * a property; such a shape (never made by the linter) is built property by property.
 */
function builderOf(keys: readonly string[]): Build {
  if (!keys.includes('__proto__')) {
    // The keys are JSON-quoted, so any key is a valid literal property name; property values are evaluated in order.
    const compiled = compiledFrom<Build>('read', `return { ${keys.map((key) => `${JSON.stringify(key)}: read()`).join(', ')} };`);
    if (compiled !== null) return compiled;
  }
  return (read) => {
    const built: Record<string, unknown> = {};
    for (const key of keys) Object.defineProperty(built, key, { value: read(), enumerable: true, writable: true, configurable: true });
    return built;
  };
}

/**
 * Whether a packed value is an object whose property `key` holds an array, read without unpacking it: the
 * values before that property are skipped over. False for a stream this codec did not write.
 */
export function hasPackedArray({ codes, shapes }: PackedResult, key: string): boolean {
  if (codes === undefined || codes[0] !== OBJECT) return false;
  const keys = shapes[codes[1]!];
  const position = keys === undefined ? -1 : keys.indexOf(key);
  if (position < 0) return false;
  let at = 2;
  for (let i = 0; i < position && at >= 0; i++) at = skipValue(codes, shapes, at);
  return at >= 0 && codes[at] === ARRAY;
}

/** Where the value starting at `at` ends; -1 for a tag or shape this codec never writes, or a stream cut short. */
function skipValue(codes: Float64Array, shapes: readonly (readonly string[])[], at: number): number {
  switch (codes[at]) {
    case UNDEFINED:
    case NULL:
    case FALSE:
    case TRUE:
      return at + 1;
    case NUMBER:
    case STRING:
      return at + 2;
    case ARRAY: {
      const length = codes[at + 1]!;
      let next = at + 2;
      for (let i = 0; i < length && next >= 0; i++) next = skipValue(codes, shapes, next);
      return next;
    }
    case OBJECT: {
      const keys = shapes[codes[at + 1]!];
      if (keys === undefined) return -1;
      let next = at + 2;
      for (let i = 0; i < keys.length && next >= 0; i++) next = skipValue(codes, shapes, next);
      return next;
    }
    default:
      return -1;
  }
}

/** Unpacks the results of one worker's ResultPacker, each in the order they were packed. */
export class ResultUnpacker {
  private readonly builders: Build[] = [];

  /** The value packed; `whole` is the value as sent when it could not be packed. */
  unpack<T>(packed: PackedResult, whole?: T): T {
    for (const keys of packed.shapes) this.builders.push(builderOf(keys));
    const { codes, strings } = packed;
    if (codes === undefined) return whole as T;
    return decode(codes, strings, this.builders) as T;
  }
}

/**
 * Unpacks results of a self-contained ResultPacker, each alone. A builder is made once per distinct key
 * list met, not per result: a result's dozens of shapes are looked up by their keys.
 */
export class SelfContainedUnpacker {
  private readonly byKeys = new Map<string, Build>();

  /** The value packed; throws when the stream is not one this codec wrote (a damaged entry). */
  unpack<T>(codes: Float64Array, strings: readonly string[], shapes: readonly (readonly string[])[]): T {
    const builders: Build[] = [];
    for (const keys of shapes) {
      // NUL cannot be typed in a key by the linter's results, so joined key lists do not collide.
      const signature = keys.join('\0');
      let build = this.byKeys.get(signature);
      if (build === undefined) {
        build = builderOf(keys);
        this.byKeys.set(signature, build);
      }
      builders.push(build);
    }
    return decode(codes, strings, builders) as T;
  }
}

/** Rebuilds the value a stream of codes holds, with its strings and its shapes' builders. */
function decode(codes: Float64Array, strings: readonly string[], builders: readonly Build[]): unknown {
  let at = 0;
  const read = (): unknown => {
    switch (codes[at++]) {
      case UNDEFINED:
        return undefined;
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case NUMBER:
        return codes[at++];
      case STRING:
        return strings[codes[at++]!];
      case ARRAY: {
        const length = codes[at++]!;
        const array: unknown[] = [];
        for (let i = 0; i < length; i++) array.push(read());
        return array;
      }
      case OBJECT: {
        const build = builders[codes[at++]!];
        if (build === undefined) throw new Error(`检查结果的编码损坏：位置 ${at - 1} 的形状 ${String(codes[at - 1])} 不存在`);
        return build(read);
      }
      default:
        throw new Error(`检查结果的编码损坏：位置 ${at - 1} 的标记 ${String(codes[at - 1])} 无法识别`);
    }
  };
  return read();
}
