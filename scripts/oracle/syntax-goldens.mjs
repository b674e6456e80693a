#!/usr/bin/env node
// Generates the syntax-error conformance golden: for every schema input, the lines that the
// official Prisma parser (Prisma 7 build, lint()) rejects for a syntax reason.
// See README.md beside this file.
//
// Usage: node scripts/oracle/syntax-goldens.mjs [--corpus DIR] [--check]

import fs from 'node:fs';
import path from 'node:path';
import { byString, defaultCorpus, enginesCases, isPrisma, loadBuild, repoRoot } from './lib.mjs';

// The oracle is the Prisma 7 build only: syntax errors do not depend on the datasource `url`
// rule that separates the two builds, and one build keeps the claim simple.
const ORACLE = loadBuild('psw7');

const PKG_DIR = path.join(repoRoot, 'internal', 'prisma'); // paths of repo cases are relative to this
const SYNTAX_DIR = path.join(PKG_DIR, 'testdata', 'syntax');
const OUT = path.join(SYNTAX_DIR, 'oracle.json');
const INLINE = 'prisma-engines/psl/psl/tests/inline_cases.jsonl';
const INLINE_FILE_NAME = 'schema.prisma'; // the name the upstream test helpers use

// A diagnostic is syntax-class when its message contains one of these.
const SYNTAX_MARKERS = [
  'This line is invalid',
  'This line is not a valid field or attribute definition',
  'This line is not an enum value definition',
  'This line is not a valid definition within',
  'This block is invalid',
  'Unexpected token',
  'This field declaration is invalid',
  "Field declarations don't require",
  'Fields are required by default',
  'To specify a list, please use',
  'Optional lists are not supported',
  'Invalid type definition',
];
const isSyntax = (msg) => SYNTAX_MARKERS.some((m) => msg.includes(m));

// A literal string from inline_cases.jsonl is taken as a schema when one of its lines starts
// (after optional indentation: these strings are not dedented) with a top-level keyword.
const LOOKS_LIKE_SCHEMA = /^[ \t]*(model|enum|datasource|generator|view|type) /m;

function parseArgs(argv) {
  const opts = { corpus: defaultCorpus, check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--corpus') {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      opts.corpus = path.resolve(argv[++i]);
    } else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument: ${a}`);
  }
  return opts;
}

function usage(msg) {
  if (msg) console.error(msg);
  console.error('usage: node scripts/oracle/syntax-goldens.mjs [--corpus DIR] [--check]');
  process.exit(msg ? 2 : 0);
}

// ---- case collection --------------------------------------------------------------------
// A case: { group, name, files: [{ name (passed to lint, reported in errors), path, text, inline }] }

function repoCases() {
  return fs
    .readdirSync(SYNTAX_DIR)
    .filter(isPrisma)
    .sort(byString)
    .map((f) => {
      const rel = `testdata/syntax/${f}`;
      return {
        group: 'syntax',
        name: `syntax/${f}`,
        files: [{ name: rel, path: rel, text: fs.readFileSync(path.join(PKG_DIR, rel), 'utf8'), inline: false }],
      };
    });
}

// The prisma-engines files, as dmmf-goldens.mjs collects them (<|> removed from prisma-fmt
// scenarios); the case name is the DMMF golden's name without .json.
function corpusCases(corpus) {
  return enginesCases(corpus).map((c) => ({
    group: c.group,
    name: c.golden.replace(/\.json$/, ''),
    files: c.files.map(([rel, text]) => ({ name: `corpus/${rel}`, path: `corpus/${rel}`, text, inline: false })),
  }));
}

// Every `schemas` string and every schema-like `literal_strings` string, each as a
// single-file schema; an identical text is kept once, under its first name.
function inlineCases(corpus) {
  const lines = fs.readFileSync(path.join(corpus, INLINE), 'utf8').split('\n').filter((l) => l.trim());
  const seen = new Set();
  const cases = [];
  for (const line of lines) {
    const t = JSON.parse(line);
    const texts = [
      ...t.schemas.map((s, i) => [`schemas[${i}]`, s]),
      ...t.literal_strings.map((s, i) => [`literal_strings[${i}]`, s]).filter(([, s]) => LOOKS_LIKE_SCHEMA.test(s)),
    ];
    for (const [key, text] of texts) {
      if (seen.has(text)) continue;
      seen.add(text);
      cases.push({
        group: 'inline',
        name: `inline/${t.file}::${t.test}/${key}`,
        files: [{ name: INLINE_FILE_NAME, path: null, text, inline: true }],
      });
    }
  }
  return cases;
}

// ---- oracle -----------------------------------------------------------------------------

// Start offsets (UTF-16 code units) of each line; a line ends at "\r\n", "\n" or a lone "\r".
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

// 1-based line of a UTF-16 offset.
function lineOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function runOracle(c) {
  const input = JSON.stringify(c.files.map((f) => [f.name, f.text]));
  let diags;
  try {
    diags = JSON.parse(ORACLE.wasm.lint(input));
  } catch (e) {
    throw new Error(`${c.name}: lint failed: ${e && e.message !== undefined ? e.message : e}`);
  }
  const index = new Map(c.files.map((f, i) => [f.name, { i, f, starts: null }]));
  const errors = [];
  for (const d of diags) {
    if (!isSyntax(d.text)) continue;
    const entry = index.get(d.file_name);
    if (!entry) throw new Error(`${c.name}: diagnostic for unknown file ${JSON.stringify(d.file_name)}`);
    if (d.start < 0 || d.start > entry.f.text.length) throw new Error(`${c.name}: offset ${d.start} outside ${d.file_name}`);
    entry.starts ??= lineStarts(entry.f.text);
    errors.push({ fileIndex: entry.i, file: d.file_name, line: lineOf(entry.starts, d.start), message: d.text });
  }
  errors.sort((a, b) => a.fileIndex - b.fileIndex || a.line - b.line || byString(a.message, b.message));
  return errors.map(({ file, line, message }) => ({ file, line, message }));
}

function caseJSON(c, errors) {
  return {
    name: c.name,
    files: c.files.map((f) => (f.inline ? { path: null, text: f.text } : { path: f.path })),
    errors,
  };
}

// ---- main -------------------------------------------------------------------------------

// Message without its "Error validating …: " prefix, for the summary only.
const messageKind = (m) => m.replace(/^Error validating[^:]*: /, '').split('\n')[0];

function main() {
  const t0 = process.hrtime.bigint();
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(opts.corpus, INLINE))) {
    console.error(`corpus not found: ${opts.corpus} (no ${INLINE})`);
    process.exit(2);
  }

  const cases = [...repoCases(), ...corpusCases(opts.corpus), ...inlineCases(opts.corpus)];
  const names = new Set();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`duplicate case name: ${c.name}`);
    names.add(c.name);
  }

  const out = [];
  const stats = new Map(); // group -> { total, withErrors, errors }
  const kinds = new Map(); // message kind -> count
  for (const c of cases) {
    const errors = runOracle(c);
    out.push(caseJSON(c, errors));
    if (!stats.has(c.group)) stats.set(c.group, { total: 0, withErrors: 0, errors: 0 });
    const s = stats.get(c.group);
    s.total++;
    if (errors.length) s.withErrors++;
    s.errors += errors.length;
    for (const e of errors) kinds.set(messageKind(e.message), (kinds.get(messageKind(e.message)) ?? 0) + 1);
  }
  const content = JSON.stringify({ oracle: ORACLE.version, cases: out }, null, 1) + '\n';

  console.log(`oracle build: ${ORACLE.name}=${ORACLE.version}`);
  const total = { total: 0, withErrors: 0, errors: 0 };
  for (const [group, s] of stats) {
    for (const k of Object.keys(total)) total[k] += s[k];
    console.log(`${group.padEnd(32)} cases ${String(s.total).padStart(4)}  with syntax errors ${String(s.withErrors).padStart(4)}  errors ${String(s.errors).padStart(4)}`);
  }
  console.log(`${'TOTAL'.padEnd(32)} cases ${String(total.total).padStart(4)}  with syntax errors ${String(total.withErrors).padStart(4)}  errors ${String(total.errors).padStart(4)}`);
  console.log('\nmessages:');
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))) {
    console.log(`${String(n).padStart(6)}  ${k}`);
  }

  const rel = path.relative(repoRoot, OUT);
  const secs = () => (Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1);
  if (opts.check) {
    const have = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : null;
    if (have !== content) {
      console.log(`\n${rel} is ${have === null ? 'missing' : 'stale'}`);
      console.log('regenerate with: npm ci --prefix scripts/oracle && node scripts/oracle/syntax-goldens.mjs');
      console.log(`(${secs()} s)`);
      process.exit(1);
    }
    console.log(`\n${rel} is current (${cases.length} cases, ${secs()} s)`);
    return;
  }
  const unchanged = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === content;
  if (!unchanged) fs.writeFileSync(OUT, content);
  console.log(`\n${rel}: ${unchanged ? 'unchanged' : 'written'}, ${cases.length} cases, ${Buffer.byteLength(content)} bytes (${secs()} s)`);
}

main();
