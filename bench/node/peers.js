#!/usr/bin/env node
// The peers of bench/compare.sh, on the same articles: chrono-node (dates) and
// Microsoft Recognizers-Text (numbers, currency, dates), each over every .txt
// file of a corpus, on one core. Prints "name MB seconds matches" per peer.
//
// usage: node peers.js CORPUS [chrono|recognizers]... [--max-mb N]
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const corpus = args[0];
const maxAt = args.indexOf('--max-mb');
const maxBytes = maxAt >= 0 ? Number(args[maxAt + 1]) * 1e6 : Infinity;
const wanted = args.slice(1).filter((a, i, all) => a !== '--max-mb' && all[i - 1] !== '--max-mb');

function articles(dir) {
  const out = [];
  for (const story of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, story);
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const file of fs.readdirSync(folder).sort()) if (file.endsWith('.txt')) out.push(path.join(folder, file));
  }
  return out;
}

const texts = [];
let bytes = 0;
for (const file of articles(corpus)) {
  if (bytes >= maxBytes) break;
  const text = fs.readFileSync(file, 'utf8');
  texts.push(text);
  bytes += Buffer.byteLength(text);
}

const peers = {
  chrono: () => {
    const chrono = require('chrono-node');
    return (text) => chrono.parse(text).length;
  },
  recognizers: () => {
    const R = require('@microsoft/recognizers-text-suite');
    const culture = R.Culture.English;
    return (text) =>
      R.recognizeNumber(text, culture).length + R.recognizeCurrency(text, culture).length +
      R.recognizeDateTime(text, culture).length;
  },
};

for (const name of wanted.length ? wanted : Object.keys(peers)) {
  const run = peers[name]();
  run('warm up on November 18, 2025 with 33.7 million and $5 million.');
  const start = process.hrtime.bigint();
  let matches = 0;
  for (const text of texts) matches += run(text);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name} ${(bytes / 1e6).toFixed(3)} ${seconds.toFixed(3)} ${matches}`);
}
