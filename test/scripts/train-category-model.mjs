// Trains the category model on every row of corpus/categories/indicator-names.tsv and writes src/classify/model/trained-model.json.
// Run with `npm run category-model:train` (builds dist/ first); `npm run category-model:eval` gives the held-out figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const { parseLabelledNames, trainCategoryModel } = await import(join(root, 'dist/src/classify/model/train.js'));

const rows = parseLabelledNames(readFileSync(join(root, 'corpus/categories/indicator-names.tsv'), 'utf8'));
const started = Date.now();
const model = trainCategoryModel(rows);
const json = `${JSON.stringify(model)}\n`;

const target = join(root, 'src/classify/model/trained-model.json');
const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
writeFileSync(target, json);
// Keep an existing build in step, so the CLI uses the new model without a rebuild.
const built = join(root, 'dist/src/classify/model');
if (existsSync(built)) writeFileSync(join(built, 'trained-model.json'), json);

const c = model.calibration;
console.log(`trained on ${model.trainedOn} names in ${Date.now() - started} ms`);
console.log(`vocabulary ${Object.keys(model.bayes.features).length} tokens, ${(json.length / 1024).toFixed(0)} KiB`);
console.log(`calibration (${c.scope}): margin ${c.margin80.toFixed(2)} → confidence 0.8; out-of-fold precision ≥ ${c.targetPrecision} on ${(c.coverage * 100).toFixed(1)} % of ${c.outOfFold} names`);
console.log(before === json ? `${target}: unchanged` : `${target}: written`);
