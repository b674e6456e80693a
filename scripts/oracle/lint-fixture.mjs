#!/usr/bin/env node
// Debug helper: shows whether each oracle build's get_dmmf accepts a schema, with the raw error.
// Usage: node scripts/oracle/lint-fixture.mjs FILE_OR_DIR...
//   A file is a single-file schema; a directory is one multi-file schema (its *.prisma files,
//   recursively, sorted). The prisma-fmt cursor marker <|> is removed, as dmmf-goldens.mjs does.

import fs from 'node:fs';
import path from 'node:path';
import { CURSOR, loadBuild } from './lib.mjs';

const BUILDS = ['psw7', 'psw6'].map(loadBuild);

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
  console.error('usage: node scripts/oracle/lint-fixture.mjs FILE_OR_DIR...');
  process.exit(2);
}

function prismaFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? prismaFiles(p) : e.name.endsWith('.prisma') ? [p] : [];
    })
    .sort();
}

let anyRejectedByAll = false;
for (const arg of args) {
  const files = fs.statSync(arg).isDirectory() ? prismaFiles(arg) : [arg];
  const schema = files.map((f) => [f.split(path.sep).join('/'), fs.readFileSync(f, 'utf8').split(CURSOR).join('')]);
  console.log(`== ${arg}${files.length > 1 ? ` (${files.length} files)` : ''}`);
  const params = JSON.stringify({ prismaSchema: schema, noColor: true });
  let accepted = 0;
  for (const b of BUILDS) {
    try {
      const dm = JSON.parse(b.wasm.get_dmmf(params)).datamodel;
      accepted++;
      console.log(`${b.name} ${b.version}: accepted (${dm.models.length} models/views, ${dm.enums.length} enums, ${dm.types.length} types, ${dm.indexes.length} indexes)`);
    } catch (e) {
      const raw = e && e.message !== undefined ? String(e.message) : String(e);
      let msg = raw;
      try {
        const j = JSON.parse(raw);
        msg = `[${j.error_code}]\n${j.message}`;
      } catch {
        // not JSON (e.g. a wasm panic): print as is
      }
      console.log(`${b.name} ${b.version}: REJECTED ${msg}`);
    }
  }
  if (accepted === 0) anyRejectedByAll = true;
}
// Exit 1 when some schema is rejected by every build (it gets no golden).
process.exit(anyRejectedByAll ? 1 : 0);
