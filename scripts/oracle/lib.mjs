// Shared helpers for the oracle scripts in this folder (dmmf-goldens.mjs, syntax-goldens.mjs):
// loading the pinned parser builds, walking the corpus, and collecting the prisma-engines cases.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';

export const scriptDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(scriptDir, '..', '..');
export const defaultCorpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
const require = createRequire(path.join(scriptDir, 'package.json'));

// Loads one pinned build (an npm alias in package.json), or exits with a hint.
export function loadBuild(name) {
  try {
    return { name, version: require(`${name}/package.json`).version, wasm: require(name) };
  } catch (e) {
    console.error(`cannot load ${name} (${e.message.split('\n')[0]}); run: npm ci --prefix scripts/oracle`);
    process.exit(2);
  }
}

// prisma-fmt scenarios mark the cursor with this; it is removed before parsing.
export const CURSOR = '<|>';

export const toPosix = (p) => p.split(path.sep).join('/');
export const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// All files under dir (recursively) accepted by pred, as sorted absolute paths.
export function walk(dir, pred) {
  const out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...walk(p, pred));
    else if (ent.isFile() && pred(p)) out.push(p);
  }
  return out.sort(byString);
}

export const isPrisma = (p) => p.endsWith('.prisma');

// ---- case collection --------------------------------------------------------------------
// A case: { group, golden (path under the dmmf out dir), files: [[corpusRelPath, text], ...] }

export function makeCase(corpus, group, golden, absFiles, stripCursor = false) {
  const files = absFiles
    .map((f) => toPosix(path.relative(corpus, f)))
    .sort(byString)
    .map((rel) => {
      let text = fs.readFileSync(path.join(corpus, rel), 'utf8');
      if (stripCursor) text = text.split(CURSOR).join('');
      return [rel, text];
    });
  if (files.length === 0) throw new Error(`${golden}: no .prisma files`);
  return { group, golden, files };
}

export function enginesCases(corpus) {
  const engines = path.join(corpus, 'prisma-engines');
  const tests = path.join(engines, 'psl', 'psl', 'tests');
  const goldenName = (abs) => `engines/${toPosix(path.relative(engines, abs)).split('/').join('__')}.json`;
  const cases = [];

  // validation/: every fixture is one single-file schema (the upstream harness,
  // validation_tests.rs, reads one .prisma file per test; there are no folder fixtures).
  for (const f of walk(path.join(tests, 'validation'), isPrisma)) {
    cases.push(makeCase(corpus, 'engines/validation', goldenName(f), [f]));
  }
  // reformatter/: inputs only.
  for (const f of walk(path.join(tests, 'reformatter'), (p) => isPrisma(p) && !p.endsWith('.reformatted.prisma'))) {
    cases.push(makeCase(corpus, 'engines/reformatter', goldenName(f), [f]));
  }
  // reformatter_multi_file/: each input folder (not X.reformatted/) is one multi-file schema.
  const rmf = path.join(tests, 'reformatter_multi_file');
  for (const ent of fs.readdirSync(rmf, { withFileTypes: true }).sort((a, b) => byString(a.name, b.name))) {
    if (!ent.isDirectory() || ent.name.endsWith('.reformatted')) continue;
    const d = path.join(rmf, ent.name);
    cases.push(makeCase(corpus, 'engines/reformatter_multi_file', goldenName(d), walk(d, isPrisma)));
  }
  // prisma-fmt/tests/<kind>/scenarios/<name>/: schema.prisma, or several .prisma files
  // forming one multi-file schema. The <|> cursor marker is removed.
  const fmt = path.join(engines, 'prisma-fmt', 'tests');
  for (const kind of fs.readdirSync(fmt).sort(byString)) {
    const scen = path.join(fmt, kind, 'scenarios');
    if (!fs.existsSync(scen)) continue;
    for (const name of fs.readdirSync(scen).sort(byString)) {
      const d = path.join(scen, name);
      if (!fs.statSync(d).isDirectory()) continue;
      const files = walk(d, isPrisma);
      if (files.length === 0) continue;
      const single = files.length === 1;
      cases.push(makeCase(corpus, 'engines/prisma-fmt', goldenName(single ? files[0] : d), files, true));
    }
  }
  return cases;
}
