#!/usr/bin/env node
// Records the SQL Prisma Migrate writes for the examples' first migration (`prisma migrate diff
// --from-empty --to-schema <schema> --script`), computed by Prisma's own schema engine
// (`@prisma/schema-engine-wasm`, the build of the same engines commit as psw7, driven the way the
// CLI drives it: a diff with the `enums.external` / `tables.external` filters of each example's
// prisma.config.ts, loaded by Prisma's config loader). The engine asks its driver adapter for the
// server's version before it diffs, so it needs a PostgreSQL: the connection comes from the libpq
// environment (PGHOST, PGPORT, PGUSER, PGDATABASE); the viewgen Go test runs this script against
// the throwaway cluster it starts, then applies the recorded SQL as a role with no right on the
// identity service's schema.
//
// For every example it checks, and fails (exit 1) otherwise, that the script
//   - names only the schemas of the example's models (tables): not a schema holding only views and
//     external enums (idp_views), nor one the datasource does not list (the owner's idp, for the
//     product);
//   - creates no external enum, while the same diff without `enums.external` creates every one of
//     them (so the filter, not chance, keeps them out);
//   - creates no view;
//   - and that the next migration, after the owner appended a value to every external enum, is
//     empty, while without `enums.external` it alters each of those types.
// internal/viewgen/testdata/prisma-migrate.json holds { config, schemas, externalEnums, sql } per
// example.
//
// Usage: node scripts/oracle/migrate-sql.mjs [--check]
//   --check  fail (exit 1) when a recorded script is not what the engine writes, instead of writing.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { byString, repoRoot, scriptDir, toPosix, walk } from './lib.mjs';

const check = process.argv.includes('--check');
const goldens = path.join(repoRoot, 'internal', 'viewgen', 'testdata', 'prisma-migrate.json');
const require = createRequire(path.join(scriptDir, 'package.json'));

if (!process.env.PGHOST) {
  console.error('migrate-sql.mjs needs a PostgreSQL (PGHOST, PGPORT, PGUSER, PGDATABASE): Prisma\'s schema engine reads its version;');
  console.error('go test ./internal/viewgen/ -run TestPrismaMigrateSQL runs it against a throwaway cluster');
  process.exit(2);
}

let engineModule, loadConfigFromFile, PrismaPg, bindMigrationAwareSqlAdapterFactory;
try {
  ({ loadConfigFromFile } = require('prisma-config7'));
  ({ PrismaPg } = require('@prisma/adapter-pg'));
  ({ bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils'));
  // The package's entry imports its .wasm as an ES module, which Node does not load without a
  // flag: instantiate it by hand, as the entry would.
  const dir = path.join(scriptDir, 'node_modules', 'sew7');
  engineModule = await import(path.join(dir, 'schema_engine_bg.js'));
  const module = new WebAssembly.Module(fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': engineModule });
  engineModule.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
} catch (e) {
  console.error(`cannot load the oracle packages (${e.message.split('\n')[0]}); run: npm ci --prefix scripts/oracle`);
  process.exit(2);
}

// The schemas of the models (not views) of a Prisma-formatted schema, each model's @@schema.
function tableSchemas(files) {
  const schemas = new Set();
  for (const f of files) {
    for (const [block, name] of f.content.matchAll(/^model\s+(\w+)\s*\{[\s\S]*?^\}/gm)) {
      const m = block.match(/^\s*@@schema\("([^"]+)"\)/m);
      if (!m) throw new Error(`${f.path}: model ${name} has no @@schema`);
      schemas.add(m[1]);
    }
  }
  return [...schemas].sort(byString);
}

// The schemas a Postgres script names: "schema"."object" and CREATE SCHEMA "schema".
function namedSchemas(sql) {
  const names = new Set();
  for (const m of sql.matchAll(/"((?:[^"]|"")+)"\."/g)) names.add(m[1]);
  for (const m of sql.matchAll(/CREATE SCHEMA (?:IF NOT EXISTS )?"((?:[^"]|"")+)"/g)) names.add(m[1]);
  return [...names].sort(byString);
}

// The schema text with a value appended to each enum named "schema.dbName" in external (declared
// with @@schema, and @@map or its own name); one not declared is left, which the checks report.
const PROBE = 'schemalint_appended';
function appendValues(text, external) {
  let out = text;
  for (const e of external) {
    const [schema, name] = e.split('.');
    out = out.replace(/^enum\s+(\w+)\s*\{[\s\S]*?^\}/gm, (block, declared) => {
      if (!block.includes(`@@schema("${schema}")`)) return block;
      const mapped = block.match(/@@map\("([^"]+)"\)/)?.[1] ?? declared;
      if (mapped !== name) return block;
      const lines = block.split('\n');
      let last = 0;
      lines.forEach((l, i) => {
        if (/^\s+\w+\s*(@map\([^)]*\))?\s*$/.test(l)) last = i;
      });
      lines.splice(last + 1, 0, `  ${PROBE}`);
      return lines.join('\n');
    });
  }
  return out;
}

const configs = walk(path.join(repoRoot, 'examples'), (p) => path.basename(p) === 'prisma.config.ts');
if (configs.length === 0) {
  console.error('no prisma.config.ts under examples');
  process.exit(2);
}
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({}));
const problems = [];
const cases = [];
for (const file of configs) {
  const rel = toPosix(path.relative(repoRoot, file));
  const res = await loadConfigFromFile({ configFile: file, configRoot: path.dirname(file) });
  if (res.error) throw new Error(`${rel}: rejected by Prisma's config loader (${res.error._tag})`);
  const cfg = res.config;
  const schemaPath = cfg.schema ?? path.join(path.dirname(file), 'prisma', 'schema.prisma');
  const schemaFiles = fs.statSync(schemaPath).isDirectory()
    ? walk(schemaPath, (p) => p.endsWith('.prisma'))
    : [schemaPath];
  const files = schemaFiles.map((p) => ({ path: toPosix(path.relative(repoRoot, p)), content: fs.readFileSync(p, 'utf8') }));
  const externalEnums = cfg.enums?.external ?? [];
  const externalTables = cfg.tables?.external ?? [];

  const engine = await engineModule.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    () => {},
    adapter,
  );
  const diff = async (enums) =>
    (
      await engine.diff({
        from: { tag: 'empty' },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: null,
        filters: { externalTables, externalEnums: enums },
      })
    ).stdout;
  const sql = await diff(externalEnums);
  const unfiltered = await diff([]);
  // The next migration after the owner appended a value to every external enum (the product's
  // copy takes it on the next fix): Migrate must write nothing for them.
  const appended = files.map((f) => ({ ...f, content: appendValues(f.content, externalEnums) }));
  const next = async (enums) =>
    (
      await engine.diff({
        from: { tag: 'schemaDatamodel', files },
        to: { tag: 'schemaDatamodel', files: appended },
        script: true,
        exitCode: null,
        filters: { externalTables, externalEnums: enums },
      })
    ).stdout;
  const nextSQL = await next(externalEnums);
  const nextUnfiltered = await next([]);
  engine.free();

  const schemas = tableSchemas(files);
  const fail = (msg) => problems.push(`${rel}: ${msg}`);
  if (!/CREATE TABLE/.test(sql)) fail('the migration creates no table');
  const stray = namedSchemas(sql).filter((s) => !schemas.includes(s));
  if (stray.length) fail(`the migration names ${stray.map((s) => `"${s}"`).join(', ')}, not a schema of its tables (${schemas.join(', ')})`);
  if (/\bVIEW\b/i.test(sql)) fail('the migration creates a view');
  for (const e of externalEnums) {
    const dot = e.indexOf('.');
    const quoted = dot < 0 ? `"${e}"` : `"${e.slice(0, dot)}"."${e.slice(dot + 1)}"`;
    if (sql.includes(quoted)) fail(`the migration touches the external enum ${quoted}`);
    if (!unfiltered.includes(`CREATE TYPE ${quoted} AS ENUM`))
      fail(`without enums.external the migration does not create ${quoted}: the entry names no enum of the schema`);
    if (!nextUnfiltered.includes(`ALTER TYPE ${quoted} ADD VALUE '${PROBE}'`))
      fail(`without enums.external the next migration does not append to ${quoted}`);
  }
  if (/^\s*[^-\s]/m.test(nextSQL)) fail(`after the owner appends enum values the next migration is not empty:\n${nextSQL}`);
  cases.push({ config: rel, schemas, externalEnums, sql });
  console.log(`${rel}: ${sql.split('\n').filter((l) => l.startsWith('-- ')).length} steps in ${schemas.join(', ')}; ${externalEnums.length} external enums left out`);
}

const text = JSON.stringify(cases, null, 2) + '\n';
if (check) {
  const old = fs.existsSync(goldens) ? fs.readFileSync(goldens, 'utf8') : '';
  if (old !== text) problems.push(`${toPosix(path.relative(repoRoot, goldens))} is stale; run: node scripts/oracle/migrate-sql.mjs (with PG* set)`);
} else if (problems.length === 0) {
  fs.writeFileSync(goldens, text);
}
for (const p of problems) console.error(p);
// The adapter's pool would keep the process alive.
process.exit(problems.length ? 1 : 0);
