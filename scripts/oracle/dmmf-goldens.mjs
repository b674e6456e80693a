#!/usr/bin/env node
// Generates golden DMMF JSON from the official Prisma parser (@prisma/prisma-schema-wasm)
// for every schema in the shared corpus. See README.md beside this file.
//
// Usage: node scripts/oracle/dmmf-goldens.mjs [--corpus DIR] [--out DIR] [--check]

import fs from 'node:fs';
import path from 'node:path';
import { defaultCorpus, enginesCases, isPrisma, loadBuild, makeCase, repoRoot, toPosix, walk } from './lib.mjs';

// Oracle builds, most recent first: the first that accepts a schema is its oracle.
const BUILDS = ['psw7', 'psw6'].map(loadBuild);

function parseArgs(argv) {
  const opts = {
    corpus: defaultCorpus,
    out: path.resolve(repoRoot, 'internal', 'prisma', 'testdata', 'dmmf'),
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--corpus' || a === '--out') {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      opts[a.slice(2)] = path.resolve(argv[++i]);
    } else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument: ${a}`);
  }
  return opts;
}

function usage(msg) {
  if (msg) console.error(msg);
  console.error('usage: node scripts/oracle/dmmf-goldens.mjs [--corpus DIR] [--out DIR] [--check]');
  process.exit(msg ? 2 : 0);
}

// ---- case collection --------------------------------------------------------------------
// A case: { group, golden (path under out dir), files: [[corpusRelPath, text], ...] }
// makeCase and enginesCases live in lib.mjs (shared with syntax-goldens.mjs).

function realCases(corpus) {
  const lines = fs.readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  const header = lines[0].split('\t');
  const iDir = header.indexOf('dir');
  const iPath = header.indexOf('path');
  if (iDir < 0 || iPath < 0) throw new Error('MANIFEST.tsv: missing dir/path columns');
  return lines.slice(1).map((line) => {
    const cols = line.split('\t');
    const dir = cols[iDir];
    const rel = cols[iPath];
    const base = path.join(corpus, dir, rel);
    const abs = rel.endsWith('/') ? walk(base, isPrisma) : [base];
    const golden = `real/${path.posix.basename(dir)}__${rel.replace(/\/+$/, '').split('/').join('_')}.json`;
    return makeCase(corpus, 'real', golden, abs);
  });
}

// The project's own examples: each examples/<name>/prisma/schema folder (or
// schema.prisma) is one schema; its paths are relative to the repository root.
function exampleCases() {
  const dir = path.join(repoRoot, 'examples');
  if (!fs.existsSync(dir)) return [];
  const cases = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, name, 'prisma', 'schema');
    const file = path.join(dir, name, 'prisma', 'schema.prisma');
    const abs = fs.existsSync(folder) ? walk(folder, isPrisma) : fs.existsSync(file) ? [file] : [];
    if (abs.length > 0) cases.push(makeCase(repoRoot, 'examples', `examples/${name}.json`, abs));
  }
  return cases;
}

// ---- oracle -----------------------------------------------------------------------------

function errorMessage(e) {
  const raw = e && e.message !== undefined ? String(e.message) : String(e);
  try {
    const j = JSON.parse(raw);
    if (j && typeof j.message === 'string') return j.message;
  } catch {
    // not the JSON error shape (e.g. a wasm panic): keep the raw text
  }
  return raw;
}

const firstLine = (msg) => msg.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

function runOracle(c) {
  const params = JSON.stringify({ prismaSchema: c.files, noColor: true });
  const errors = [];
  for (const b of BUILDS) {
    try {
      const dmmf = JSON.parse(b.wasm.get_dmmf(params));
      return { build: b, datamodel: dmmf.datamodel, errors };
    } catch (e) {
      errors.push({ build: b, message: errorMessage(e) });
    }
  }
  return { build: null, errors };
}

function render(c, res) {
  const golden = {
    oracle: res.build.version,
    files: c.files.map(([rel]) => rel),
    datamodel: res.datamodel,
  };
  return JSON.stringify(golden, null, 1) + '\n';
}

// ---- main -------------------------------------------------------------------------------

function existingGoldens(out) {
  if (!fs.existsSync(out)) return [];
  return walk(out, (p) => p.endsWith('.json')).map((p) => toPosix(path.relative(out, p)));
}

function removeEmptyDirs(dir, root) {
  if (!fs.existsSync(dir)) return;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.isDirectory()) removeEmptyDirs(path.join(dir, ent.name), root);
  }
  if (dir !== root && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

function main() {
  const t0 = process.hrtime.bigint();
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(opts.corpus, 'MANIFEST.tsv'))) {
    console.error(`corpus not found: ${opts.corpus} (no MANIFEST.tsv)`);
    process.exit(2);
  }

  const cases = [...realCases(opts.corpus), ...enginesCases(opts.corpus), ...exampleCases()];
  const seen = new Set();
  for (const c of cases) {
    if (seen.has(c.golden)) throw new Error(`duplicate golden name: ${c.golden}`);
    seen.add(c.golden);
  }

  const want = new Map(); // golden rel path -> content
  const stats = new Map(); // group -> {total, v7, v6, rejected: []}
  for (const c of cases) {
    if (!stats.has(c.group)) stats.set(c.group, { total: 0, v7: 0, v6: 0, rejected: [] });
    const s = stats.get(c.group);
    s.total++;
    const res = runOracle(c);
    if (!res.build) {
      s.rejected.push({ c, errors: res.errors });
      continue;
    }
    if (res.build === BUILDS[0]) s.v7++;
    else s.v6++;
    want.set(c.golden, render(c, res));
  }

  // Summary.
  console.log(`oracle builds: ${BUILDS.map((b) => `${b.name}=${b.version}`).join(', ')}`);
  const groupTotals = new Map();
  for (const [group, s] of stats) {
    const top = group.split('/')[0];
    const g = groupTotals.get(top) ?? { total: 0, v7: 0, v6: 0, rej: 0 };
    g.total += s.total; g.v7 += s.v7; g.v6 += s.v6; g.rej += s.rejected.length;
    groupTotals.set(top, g);
    console.log(`${group.padEnd(32)} schemas ${String(s.total).padStart(4)}  accepted by 7 ${String(s.v7).padStart(4)}  by 6 only ${String(s.v6).padStart(4)}  rejected by both ${String(s.rejected.length).padStart(4)}`);
  }
  for (const [top, g] of groupTotals) {
    console.log(`${('TOTAL ' + top).padEnd(32)} schemas ${String(g.total).padStart(4)}  accepted by 7 ${String(g.v7).padStart(4)}  by 6 only ${String(g.v6).padStart(4)}  rejected by both ${String(g.rej).padStart(4)}`);
  }
  for (const [group, s] of stats) {
    if (s.rejected.length === 0) continue;
    console.log(`\nrejected by both (${group}):`);
    for (const { c, errors } of s.rejected) {
      const [e7, e6] = errors;
      console.log(`  ${c.golden.replace(/\.json$/, '')}`);
      console.log(`    7: ${firstLine(e7.message)}`);
      if (firstLine(e6.message) !== firstLine(e7.message)) console.log(`    6: ${firstLine(e6.message)}`);
    }
  }

  const have = existingGoldens(opts.out);
  const extra = have.filter((g) => !want.has(g));
  const secs = (Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1);

  if (opts.check) {
    const missing = [];
    const stale = [];
    for (const [g, content] of want) {
      const p = path.join(opts.out, g);
      if (!fs.existsSync(p)) missing.push(g);
      else if (fs.readFileSync(p, 'utf8') !== content) stale.push(g);
    }
    const problems = [
      ...missing.map((g) => `missing: ${g}`),
      ...stale.map((g) => `stale:   ${g}`),
      ...extra.map((g) => `extra:   ${g}`),
    ];
    if (problems.length) {
      console.log(`\ngoldens out of date in ${opts.out} (${problems.length}):`);
      for (const p of problems) console.log(`  ${p}`);
      console.log('regenerate with: npm ci --prefix scripts/oracle && node scripts/oracle/dmmf-goldens.mjs');
      console.log(`(${secs} s)`);
      process.exit(1);
    }
    console.log(`\nall ${want.size} goldens are current (${secs} s)`);
    return;
  }

  let written = 0;
  for (const [g, content] of want) {
    const p = path.join(opts.out, g);
    if (fs.existsSync(p) && fs.readFileSync(p, 'utf8') === content) continue;
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    written++;
  }
  for (const g of extra) fs.unlinkSync(path.join(opts.out, g));
  removeEmptyDirs(opts.out, opts.out);
  console.log(`\n${want.size} goldens in ${opts.out}: ${written} written, ${want.size - written} unchanged, ${extra.length} stale removed (${secs} s)`);
}

main();
