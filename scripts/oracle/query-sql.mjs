#!/usr/bin/env node
// Records the SQL Prisma Client sends for a few queries on the bundled examples, compiled by
// Prisma's own query compiler (`@prisma/query-compiler-wasm`, the build of the same engines
// commit as psw7), so that Go tests run exactly that SQL on PostgreSQL: a product role with no
// right on the owner's schema filters the views' enum columns the way Prisma does.
//
// internal/viewgen/testdata/prisma-sql.json holds the cases: { name, schema (a schema folder,
// repository-relative), request (Prisma's JSON protocol) }; this script fills in each case's
// `sql` (its $n placeholders as Prisma numbers them) and `args`.
//
// Usage: node scripts/oracle/query-sql.mjs [--check]
//   --check  fail (exit 1) when a recorded case is not what the compiler says, instead of writing.

import fs from 'node:fs';
import path from 'node:path';
import { byString, repoRoot, scriptDir } from './lib.mjs';

const check = process.argv.includes('--check');
const goldens = path.join(repoRoot, 'internal', 'viewgen', 'testdata', 'prisma-sql.json');

// The package's entry imports its .wasm as an ES module, which Node does not load without a
// flag: instantiate it by hand, as the entry would.
let compiler;
try {
  const dir = path.join(scriptDir, 'node_modules', 'qc7', 'postgresql');
  compiler = await import(path.join(dir, 'query_compiler_fast_bg.js'));
  const module = new WebAssembly.Module(fs.readFileSync(path.join(dir, 'query_compiler_fast_bg.wasm')));
  const instance = new WebAssembly.Instance(module, { './query_compiler_fast_bg.js': compiler });
  compiler.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
} catch (e) {
  console.error(`cannot load qc7 (${e.message.split('\n')[0]}); run: npm ci --prefix scripts/oracle`);
  process.exit(2);
}

// The schema as Prisma Client receives it: the folder's .prisma files, merged.
function datamodel(folder) {
  const dir = path.join(repoRoot, folder);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.prisma'))
    .sort(byString)
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

// The query nodes of a plan, in order.
function queries(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => queries(n, out));
  else if (node && typeof node === 'object') {
    if ((node.type === 'query' || node.type === 'execute') && node.args?.type === 'templateSql') out.push(node.args);
    else Object.values(node).forEach((n) => queries(n, out));
  }
  return out;
}

// A templateSql node as PostgreSQL text with numbered placeholders.
function render(q) {
  let n = 0;
  let sql = '';
  for (const f of q.fragments) {
    if (f.type === 'stringChunk') sql += f.chunk;
    else if (f.type === 'parameter') sql += `$${++n}`;
    else throw new Error(`fragment ${f.type} is not rendered; extend render()`);
  }
  return sql;
}

const cases = JSON.parse(fs.readFileSync(goldens, 'utf8'));
let stale = 0;
for (const c of cases) {
  const qc = new compiler.QueryCompiler({
    datamodel: datamodel(c.schema),
    provider: 'postgres',
    connectionInfo: { supportsRelationJoins: true },
  });
  const plan = qc.compile(JSON.stringify(c.request));
  const qs = queries(plan);
  if (qs.length !== 1) throw new Error(`${c.name}: ${qs.length} queries in the plan, expected 1`);
  const got = { sql: render(qs[0]), args: qs[0].args };
  if (check) {
    if (got.sql !== c.sql || JSON.stringify(got.args) !== JSON.stringify(c.args)) {
      console.error(`${c.name}: stale\n  recorded: ${c.sql}\n  compiled: ${got.sql}`);
      stale++;
    }
  } else Object.assign(c, got);
}
if (check) {
  if (stale) {
    console.error('regenerate with: node scripts/oracle/query-sql.mjs');
    process.exit(1);
  }
  console.log(`${cases.length} queries: the recorded SQL is what Prisma's query compiler writes`);
} else {
  fs.writeFileSync(goldens, JSON.stringify(cases, null, 2) + '\n');
  console.log(`${cases.length} queries recorded in ${path.relative(repoRoot, goldens)}`);
}
