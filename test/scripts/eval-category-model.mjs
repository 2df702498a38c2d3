// Evaluates the category model: trains on four fifths of corpus/categories/indicator-names.tsv (split by a hash of the name)
// and prints its figures on the held-out fifth, compared with the lexicon alone, the classifier alone and natural's logistic regression.
// Run with `npm run category-model:eval`; add `-- --cv` for 5-fold cross-validation figures and `-- --lr` to include natural's
// logistic regression in the comparison (it trains on dense matrices: three to five minutes).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const T = await import(join(root, 'dist/src/classify/model/train.js'));
const args = new Set(process.argv.slice(2));

const rows = T.parseLabelledNames(readFileSync(join(root, 'corpus/categories/indicator-names.tsv'), 'utf8'));
const { train, heldOut } = T.splitHeldOut(rows);
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const pad = (s, n) => String(s).padEnd(n);

console.log(`labelled names: ${rows.length}; training ${train.length}, held out ${heldOut.length} (fold ${T.HELD_OUT_FOLD} of ${T.FOLDS} by FNV-1a hash of the name)\n`);

const model = T.trainCategoryModel(train);
const bayesAlone = T.trainCategoryModel(train, undefined, 'all');
const methods = [
  ['lexicon alone (previous model)', T.lexiconPredictor],
  ['natural Bayes alone', T.bayesPredictor(bayesAlone)],
  ['shipped: lexicon ≥ 0.8, else Bayes', T.modelPredictor(model)],
];
if (args.has('--lr')) {
  const started = Date.now();
  methods.push(['natural logistic regression', T.trainLogisticPredictor(train)]);
  console.log(`(logistic regression trained in ${((Date.now() - started) / 1000).toFixed(0)} s; its confidence is its raw sigmoid output)\n`);
}

console.log(`${pad('method', 38)} ${pad('accuracy', 18)} ${pad('coverage ≥ 0.8', 16)} precision ≥ 0.8`);
const results = new Map();
for (const [label, predict] of methods) {
  const e = T.evaluate(predict, heldOut);
  results.set(label, e);
  console.log(`${pad(label, 38)} ${pad(`${pct(e.accuracy)} (${e.correct}/${e.n})`, 18)} ${pad(pct(e.confident.coverage), 16)} ${pct(e.confident.precision)} (${e.confident.correct}/${e.confident.n})`);
}

const shipped = results.get('shipped: lexicon ≥ 0.8, else Bayes');
const clear = heldOut.filter((r) => !r.source.includes('ambiguous'));
const onClear = T.evaluate(T.modelPredictor(model), clear);
console.log(`shipped, without the ${heldOut.length - clear.length} names marked ambiguous: accuracy ${pct(onClear.accuracy)} (${onClear.correct}/${onClear.n}), precision ≥ 0.8 ${pct(onClear.confident.precision)}`);
console.log(`\ncalibration of the shipped model (fitted on ${model.calibration.outOfFold} out-of-fold names the lexicon is not sure about): margin ${model.calibration.margin80.toFixed(2)} → 0.8`);
console.log('\nshipped model per category on the held-out fifth:');
console.log(`${pad('category', 10)} ${pad('support', 8)} ${pad('precision', 10)} recall`);
for (const c of shipped.perCategory) console.log(`${pad(c.key, 10)} ${pad(c.support, 8)} ${pad(pct(c.precision), 10)} ${pct(c.recall)}`);

console.log('\nconfusions (expected → predicted: count):');
console.log(shipped.confusions.map((c) => `${c.expected} → ${c.predicted}: ${c.count}`).join('\n'));
console.log('\nerrors, most confident first:');
for (const e of shipped.errors) console.log(`${e.confidence.toFixed(2)}  ${e.name}  expected ${e.expected}, got ${e.predicted}`);

if (args.has('--cv')) {
  console.log('\n5-fold cross-validation (each fold held out in turn, same procedure):');
  let right = 0, sure = 0, sureRight = 0;
  for (let fold = 0; fold < T.FOLDS; fold++) {
    const test = rows.filter((r) => T.foldOf(r.name) === fold);
    const e = T.evaluate(T.modelPredictor(T.trainCategoryModel(rows.filter((r) => T.foldOf(r.name) !== fold))), test);
    right += e.correct; sure += e.confident.n; sureRight += e.confident.correct;
    console.log(`fold ${fold}: accuracy ${pct(e.accuracy)} (${e.n}), coverage ≥ 0.8 ${pct(e.confident.coverage)}, precision ≥ 0.8 ${pct(e.confident.precision)}`);
  }
  console.log(`all folds: accuracy ${pct(right / rows.length)}, coverage ≥ 0.8 ${pct(sure / rows.length)}, precision ≥ 0.8 ${pct(sureRight / sure)}`);
}
