// JavaScript has no type arguments: these are comparisons, and no call of
// a delegate; nothing to report.
function compare(a, b, c) {
  return [!a < b > (c), -a < b > (c), typeof a < b > (c)];
}
module.exports = { compare };
