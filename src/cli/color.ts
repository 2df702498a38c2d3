// Decides whether the report is coloured: --color/--no-color, then FORCE_COLOR, NO_COLOR, a file target, the terminal.

export interface ColorInputs {
  flag?: boolean | undefined;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** Writing to a file (-o): no colour unless asked for, a file is read later without a terminal. */
  toFile: boolean;
}

export function useColor({ flag, env, isTTY, toFile }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  // Node's own rule: FORCE_COLOR wins over NO_COLOR; FORCE_COLOR=0 or false turns colour off.
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
