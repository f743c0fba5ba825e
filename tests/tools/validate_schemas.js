#!/usr/bin/env node
// Checks real output against the JSON Schemas published in docs/schema/, with
// ajv: the JSON report, every claim line, a baseline, and article JSON Lines
// (written here, with every optional field, and fed to factlint to show it
// reads what the schema allows). The inputs cover the optional fields too: a
// skipped article, a value out of range (notes), dates with no year
// (unplaced), a story over its budget (skipped). A broken copy of each must
// fail, so that a schema that accepts anything cannot pass. Exits 1 on any
// failure, printing where.
//
// usage: node validate_schemas.js FACTLINT SOURCE_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const Ajv = require('ajv');

const [factlint, source, outArg] = process.argv.slice(2);
const out = path.resolve(outArg);
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const ajv = new Ajv({ allErrors: true });
for (const name of ['report', 'claim-lines', 'article-lines', 'baseline']) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(source, 'docs', 'schema', name + '.json'), 'utf8')));
}
let failed = 0;
function check(what, schema, value, expectValid = true) {
  const validate = ajv.getSchema(schema + '.json');
  const valid = validate(value);
  if (valid !== expectValid) {
    failed++;
    console.log(`FAIL ${what}: expected ${expectValid ? 'valid' : 'invalid'} against ${schema}.json`);
    if (!valid) console.log(JSON.stringify(validate.errors.slice(0, 5), null, 2));
  }
  return valid;
}
function run(args) {
  const r = spawnSync(factlint, args, { cwd: source, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (![0, 1, 2].includes(r.status)) {
    failed++;
    console.log(`FAIL factlint ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  }
  return r;
}

// Inputs with every optional field: a story of notes, a skipped article and
// dates with no year, given as articles and as a folder.
const odd = path.join(out, 'odd', 'odd-2024');
fs.mkdirSync(odd, { recursive: true });
fs.writeFileSync(path.join(odd, 'story.yaml'), 'title: Odd values (fictional)\nsubject: Acme Corp\nyear: 2024\n' +
  'articles:\n  - {file: a.txt, outlet: The Daily, published: 2024-03-05}\n');
fs.writeFileSync(path.join(odd, 'a.txt'), 'Acme Corp said 1e400 customers were affected by the breach.\n' +
  'Acme Corp chief executive Jane Doe resigned on March 3, 2024.\n');
fs.writeFileSync(path.join(odd, 'b.txt'), Buffer.from([0x41, 0xc3, 0x28, 0x0a]));
// A story with a review decision: findings carry "review", and a corrections list.
const reviewed = path.join(out, 'odd', 'reviewed-2024');
fs.cpSync(path.join(source, 'tests', 'kinds', 'entity-mismatch'), reviewed, { recursive: true });
const listed = run(['review', reviewed]).stdout.match(/open\s+([0-9a-f]{16})/);
if (!listed) { failed++; console.log('FAIL no open finding to review'); }
else run(['review', 'resolve', listed[1], '--in', reviewed, '--value', 'Lena Ortiz', '--by', 'desk']);
const articleLines = [
  { factlint_articles: 1, story: 'lines-2024', id: 'a', text: 'Acme Corp chief executive Jane Doe resigned on March 3.',
    published: '2024-03-05', outlet: 'The Ledger', title: 'Lines (fictional)', subject: 'Acme Corp',
    aliases: ['Acme'], country: 'US', year: 2024 },
  { story: 'lines-2024', id: 'b', text: 'Acme Corp chief executive John Roe resigned on March 9.' },
  { story: 'unplaced', id: 'c', subject: 'Acme Corp', text: 'Acme Corp chief executive Jane Doe resigned on March 3.' },
];
const articles = path.join(out, 'articles.jsonl');
fs.writeFileSync(articles, articleLines.map((l) => JSON.stringify(l)).join('\n') + '\n');
articleLines.forEach((l, i) => check(`article line ${i + 1}`, 'article-lines', l));
check('an article line with an unknown key', 'article-lines', { ...articleLines[1], bogus: 1 }, false);
check('an article line of another version', 'article-lines', { ...articleLines[1], factlint_articles: 2 }, false);
const unknown = path.join(out, 'unknown.jsonl');
fs.writeFileSync(unknown, JSON.stringify({ ...articleLines[1], bogus: 1 }) + '\n');
if (run(['extract', unknown]).status !== 2) { failed++; console.log('FAIL factlint accepts an article line the schema refuses'); }

const inputs = ['corpus', 'tests/corpus', 'tests/kinds', path.join(out, 'odd'), articles];

// The JSON report.
const reportFile = path.join(out, 'report.json');
run(['check', ...inputs, '-o', 'json=' + reportFile, '--fail-on', 'never']);
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
check('the JSON report', 'report', report);
const over = run(['check', 'tests/corpus/crestview-2023', '-f', 'json', '--max-story-claims', '1', '--fail-on', 'never']);
check('the JSON report of a story over its budget', 'report', JSON.parse(over.stdout));
const seen = JSON.stringify(report);
for (const field of ['"notes"', '"unplaced"', '"unplaced_dates"', '"error"', '"outlet"', '"published"', '"review"',
                     '"corrections":[{']) {
  if (!seen.includes(field)) { failed++; console.log(`FAIL the report exercises no ${field}`); }
}
const broken = JSON.parse(JSON.stringify(report));
delete broken.factlint_report;
check('a report with no version', 'report', broken, false);
const wrongType = JSON.parse(JSON.stringify(report));
wrongType.stories[0].claims[0].start = 'ten';
check('a report with a claim start that is not a number', 'report', wrongType, false);

// Claim lines.
const claimsFile = path.join(out, 'claims.jsonl');
run(['extract', ...inputs, '-o', claimsFile]);
const lines = fs.readFileSync(claimsFile, 'utf8').split('\n').filter((l) => l.length > 0);
let records = { story: 0, document: 0, claim: 0 };
lines.forEach((line, i) => {
  const record = JSON.parse(line);
  records[record.record]++;
  check(`claim line ${i + 1} (${record.record})`, 'claim-lines', record);
});
if (!records.story || !records.document || !records.claim) { failed++; console.log('FAIL claim lines of every record'); }
const badLine = JSON.parse(lines.find((l) => l.includes('"record":"claim"')));
delete badLine.claims_digest;
badLine.record = 'document';
check('a document line with no claim count', 'claim-lines', badLine, false);

// A baseline.
const baselineFile = path.join(out, 'baseline.json');
run(['baseline', 'write', ...inputs, '-o', baselineFile]);
const baseline = JSON.parse(fs.readFileSync(baselineFile, 'utf8'));
check('the baseline', 'baseline', baseline);
if (!baseline.findings.length) { failed++; console.log('FAIL the baseline holds no finding'); }
check('a baseline of another version', 'baseline', { ...baseline, factlint_baseline: 2 }, false);

console.log(failed ? `schemas: ${failed} failure(s)` :
  `schemas: the report (${report.stories.length} stories), ${lines.length} claim lines, a baseline of ` +
  `${baseline.findings.length} findings and ${articleLines.length} article lines match docs/schema/`);
process.exit(failed ? 1 : 0);
