// Validates schemas with the official Prisma parser (get_dmmf throws on any
// error), reports its lint warnings, and checks that `prisma format` leaves
// them unchanged. Run from a directory where
// @prisma/prisma-schema-wasm is installed:
//
//   npm install @prisma/prisma-schema-wasm@8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323
//   NODE_PATH=$PWD/node_modules node check.js a.prisma [b.prisma ...]
const wasm = require('@prisma/prisma-schema-wasm');
const fs = require('fs');
let failed = false;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const t0 = process.hrtime.bigint();
  let verdict = 'ok';
  let dmmf;
  try {
    dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', text]], noColor: true })));
  } catch (e) {
    verdict = 'INVALID: ' + String(e.message || e).slice(0, 3000);
    failed = true;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let fmt = '';
  const out = wasm.format(JSON.stringify([['schema.prisma', text]]), JSON.stringify({ textDocument: { uri: 'file:/schema.prisma' }, options: { tabSize: 2, insertSpaces: true } }));
  let formatted = out;
  try { const j = JSON.parse(out); formatted = Array.isArray(j) ? j[0][1] : j; } catch (e) {}
  if (formatted === text) {
    fmt = 'format: unchanged';
  } else {
    const a = text.split('\n'), b = formatted.split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    fmt = `format: differs at line ${i + 1}:\n  ours: ${JSON.stringify(a[i])}\n  fmt:  ${JSON.stringify(b[i])}`;
  }
  let lint = '';
  try {
    const diags = JSON.parse(wasm.lint(JSON.stringify([['schema.prisma', text]])));
    lint = `${diags.length} lint diagnostics`;
    if (diags.length) { lint += ' ' + JSON.stringify(diags.slice(0, 3)); failed = true; }
  } catch (e) { lint = 'lint failed'; }
  const d = dmmf ? dmmf.datamodel : null;
  const counts = d ? `${d.models.length} models, ${d.enums.length} enums` : '';
  console.log(`${file}: ${text.length} bytes, ${verdict} (${ms.toFixed(0)} ms) ${counts}; ${lint}; ${fmt}`);
}
process.exit(failed ? 1 : 0);
