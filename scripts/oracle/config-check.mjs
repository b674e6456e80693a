#!/usr/bin/env node
// Proves that the examples' prisma.config.ts files are configurations Prisma accepts: each is
// loaded and validated by Prisma's own loader (`@prisma/config`, `loadConfigFromFile`), which
// refuses an unknown key and `enums.external` without `experimental.externalTables`.
//
// Usage: node scripts/oracle/config-check.mjs [--check] [DIR...]
//   default DIRs: examples (every prisma.config.ts under them); --check is accepted for symmetry.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { byString, repoRoot, scriptDir, toPosix, walk } from './lib.mjs';

const require = createRequire(path.join(scriptDir, 'package.json'));
let loadConfigFromFile;
try {
  ({ loadConfigFromFile } = require('prisma-config7'));
} catch (e) {
  console.error(`cannot load prisma-config7 (${e.message.split('\n')[0]}); run: npm ci --prefix scripts/oracle`);
  process.exit(2);
}

const dirs = process.argv.slice(2).filter((a) => a !== '--check').map((d) => path.resolve(d));
if (dirs.length === 0) dirs.push(path.join(repoRoot, 'examples'));
const configs = dirs
  .flatMap((d) => walk(d, (p) => path.basename(p) === 'prisma.config.ts' && !p.includes(`${path.sep}node_modules${path.sep}`)))
  .sort(byString);
if (configs.length === 0) {
  console.error('no prisma.config.ts found');
  process.exit(2);
}
let failed = 0;
for (const file of configs) {
  const rel = toPosix(path.relative(repoRoot, file));
  const res = await loadConfigFromFile({ configFile: file, configRoot: path.dirname(file) });
  if (res.error) {
    const e = res.error;
    console.error(`${rel}: rejected (${e._tag}): ${String(e.error?.message ?? JSON.stringify(e)).split('\n')[0]}`);
    failed++;
    continue;
  }
  const external = res.config.enums?.external ?? [];
  console.log(`${rel}: accepted${external.length ? `; external enums ${external.join(', ')}` : ''}`);
}
if (failed) process.exit(1);
console.log(`${configs.length} prisma.config.ts: accepted by Prisma's loader`);
