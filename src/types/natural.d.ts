// Typings for the natural submodules we import directly (the package root is slow to load and prints to stdout).

declare module 'natural/lib/natural/distance/dice_coefficient.js' {
  /** Sørensen–Dice coefficient over character bigrams, 0–1 (NaN when both strings are empty). */
  function diceCoefficient(a: string, b: string): number;
  export = diceCoefficient;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  interface JaroWinklerOptions {
    /** A precomputed Jaro distance. */
    dj?: number;
    ignoreCase?: boolean;
  }
  /** Jaro–Winkler similarity, 0–1 (1 for equal strings). */
  function jaroWinklerDistance(a: string, b: string, options?: JaroWinklerOptions): number;
  export = jaroWinklerDistance;
}

declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  interface LevenshteinOptions {
    insertion_cost?: number;
    deletion_cost?: number;
    substitution_cost?: number;
    transposition_cost?: number;
    restricted?: boolean;
  }
  interface SubstringDistanceResult {
    substring: string;
    distance: number;
    offset: number;
  }
  const levenshtein: {
    LevenshteinDistance(source: string, target: string, options?: LevenshteinOptions): number;
    LevenshteinDistanceSearch(source: string, target: string, options?: LevenshteinOptions): SubstringDistanceResult;
    DamerauLevenshteinDistance(source: string, target: string, options?: LevenshteinOptions): number;
    DamerauLevenshteinDistanceSearch(source: string, target: string, options?: LevenshteinOptions): SubstringDistanceResult;
  };
  export = levenshtein;
}
