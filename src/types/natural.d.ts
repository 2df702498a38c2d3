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

declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  /** One class and its score; natural sorts them best first. */
  interface Classification {
    label: string;
    value: number;
  }
  /** apparatus' naive Bayes inside natural's wrapper: document counts per class and feature position. */
  interface ApparatusBayesClassifier {
    /** Per class, feature position → number of training documents with the feature, plus the smoothing. */
    classFeatures: Record<string, Record<string, number>>;
    /** Per class, number of training documents plus one. */
    classTotals: Record<string, number>;
    /** Number of training documents plus one. */
    totalExamples: number;
    smoothing: number;
    getClassifications(observation: number[]): Classification[];
  }
  /**
   * natural's Bayes classifier. `addDocument` and `getClassifications` take a string (tokenised and
   * stemmed in English) or an array of tokens, used as given. A token is a binary feature: present or not.
   */
  class BayesClassifier {
    constructor(stemmer?: unknown, smoothing?: number);
    classifier: ApparatusBayesClassifier;
    docs: { label: string; text: string[] }[];
    /** Vocabulary: token → number of occurrences in the training documents; key order is the feature position. */
    features: Record<string, number>;
    addDocument(text: string | readonly string[], classification: string): void;
    train(): void;
    textToFeatures(observation: string | readonly string[]): number[];
    getClassifications(observation: string | readonly string[]): Classification[];
    classify(observation: string | readonly string[]): string;
    /** Rebuilds a classifier from `JSON.parse(JSON.stringify(classifier))`; mutates and returns the object it is given. */
    static restore(classifier: object, stemmer?: unknown): BayesClassifier;
  }
  export = BayesClassifier;
}

declare module 'natural/lib/natural/classifiers/logistic_regression_classifier.js' {
  interface Classification {
    label: string;
    value: number;
  }
  /**
   * natural's logistic-regression classifier (apparatus, one-vs-rest, batch gradient descent on dense
   * sylvester matrices: slow beyond about a thousand features). Same token-array interface as Bayes.
   */
  class LogisticRegressionClassifier {
    constructor(stemmer?: unknown);
    docs: { label: string; text: string[] }[];
    features: Record<string, number>;
    addDocument(text: string | readonly string[], classification: string): void;
    train(): void;
    textToFeatures(observation: string | readonly string[]): number[];
    getClassifications(observation: string | readonly string[]): Classification[];
    classify(observation: string | readonly string[]): string;
    static restore(classifier: object, stemmer?: unknown): LogisticRegressionClassifier;
  }
  export = LogisticRegressionClassifier;
}
