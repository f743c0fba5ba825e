#!/usr/bin/env node
// Validates factlint's SARIF against the SARIF 2.1.0 JSON schema (the final
// "rtm.5" schema, as shipped in @microsoft/jest-sarif), with ajv.
//
// Writes SARIF for the seed story, the fictional stories and a story with a
// skipped article (so toolExecutionNotifications are checked too), then
// validates each. Exits 1 on any schema error, printing where.
//
// usage: node validate_sarif.js FACTLINT SOURCE_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const Ajv = require('ajv');

const [factlint, source, outArg] = process.argv.slice(2);
const out = path.resolve(outArg);
fs.mkdirSync(out, { recursive: true });

const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const ajv = new Ajv({ schemaId: 'id', allErrors: true, meta: false });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);

// A story with one unreadable (invalid UTF-8) article: a notification.
const broken = path.join(out, 'broken-corpus', 'broken-story');
fs.mkdirSync(broken, { recursive: true });
fs.writeFileSync(path.join(broken, '01_good.txt'), 'Acme Corp chief executive Jane Doe has resigned.\n');
fs.writeFileSync(path.join(broken, '02_bad.txt'), Buffer.from([0x41, 0xc3, 0x28, 0x0a]));

const runs = [
  ['seed', ['corpus/coupang-2025']],
  ['fictional', ['tests/corpus', 'tests/browser/attack-2024']],
  ['skipped', [broken]],
];
let failed = 0;
for (const [name, paths] of runs) {
  const file = path.join(out, name + '.sarif');
  const run = spawnSync(factlint, ['check', ...paths, '-o', 'sarif=' + file], { cwd: source, encoding: 'utf8' });
  if (![0, 1, 2].includes(run.status) || !fs.existsSync(file)) {
    console.log(`FAIL ${name}: factlint exited ${run.status}: ${run.stderr}`);
    failed++;
    continue;
  }
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  const valid = validate(log);
  const results = log.runs[0].results.length;
  const notes = (log.runs[0].invocations[0].toolExecutionNotifications || []).length;
  if (valid && results + notes > 0) {
    console.log(`ok   ${name}: ${file} is valid SARIF 2.1.0 (${results} results, ${notes} notifications)`);
  } else {
    failed++;
    console.log(`FAIL ${name}: ${file} (${results} results, ${notes} notifications)`);
    for (const e of validate.errors || []) console.log(`  ${e.dataPath} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
console.log(`${failed} failed`);
process.exit(failed ? 1 : 0);
