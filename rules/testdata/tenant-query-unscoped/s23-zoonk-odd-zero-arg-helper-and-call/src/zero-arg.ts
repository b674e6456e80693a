import { PrismaClient } from "@prisma/client";
import { orgWhere, publishedCourseWhere } from "./helper";
const prisma = new PrismaClient();

const ORG_WHERE = { organizationId: "org_1" };
const MARKER = "-part-";
const KINDS = ["a", "b"];

// zoonk's sitemap helper: a helper of no parameters whose AND holds a
// call. The rule does not read the call's result here, so it cannot say
// the where lacks the tenant: the call may give it.
function zeroArgWhere() {
  return { AND: [orgWhere("org_1"), { word: { not: "" } }] };
}
export async function countWords() {
  return prisma.word.count({ where: zeroArgWhere() }); // want "cannot see the where of count on tenant-scoped \"Word\""
}
export async function countWordsSpread() {
  return prisma.word.count({ where: { ...zeroArgWhere() } }); // want "cannot see the where of count on tenant-scoped \"Word\""
}

// The same AND written in the call, read there.
export async function countWordsInline() {
  return prisma.word.count({ where: { AND: [orgWhere("org_1"), { word: { not: "" } }] } });
}

// The same helper given a parameter: not read, a notice as before.
function paramWhere(organizationId: string) {
  return { AND: [orgWhere(organizationId), { word: { not: "" } }] };
}
export async function countWordsParam(organizationId: string) {
  return prisma.word.count({ where: paramWhere(organizationId) }); // want "cannot see the where of count on tenant-scoped \"Word\""
}

// A const of the module, or a call, where a relation's filter goes.
function constWhere() {
  return { AND: [ORG_WHERE] };
}
function relationCallWhere() {
  return { course: publishedCourseWhere(), slug: { not: "" } };
}
function someCallWhere() {
  return { lessons: { some: publishedCourseWhere() } };
}
function orOfCallsWhere() {
  return { OR: [orgWhere("org_1"), publishedCourseWhere()] };
}
export async function unread() {
  await prisma.word.count({ where: constWhere() }); // want "cannot see the where of count on tenant-scoped \"Word\""
  await prisma.lesson.count({ where: relationCallWhere() }); // want "cannot see the where of count on tenant-scoped \"Lesson\""
  await prisma.course.count({ where: someCallWhere() }); // want "cannot see the where of count on tenant-scoped \"Course\""
  await prisma.word.count({ where: orOfCallsWhere() }); // want "cannot see the where of count on tenant-scoped \"Word\""
}

// Helpers of no parameters the rule reads whole, or whose unread parts
// cannot give the tenant, are still judged: a plain field's filter, a
// NOT, every or none, an OR one of whose branches is read without the
// tenant.
function plainWhere() {
  return { published: true, AND: [{ word: { not: "" } }, { word: { notIn: KINDS } }] };
}
function plainCallWhere() {
  return { published: Boolean(1), word: { contains: MARKER.trim() }, AND: [{ word: { in: [...KINDS] } }] };
}
function notCallWhere() {
  return { NOT: [orgWhere("org_1")], AND: { NOT: orgWhere("org_1") } };
}
function everyCallWhere() {
  return { lessons: { every: publishedCourseWhere(), none: publishedCourseWhere() } };
}
function orBranchWhere() {
  return { OR: [orgWhere("org_1"), { word: "x" }] };
}
function nestedPlainWhere() {
  return { course: { slug: { not: "" }, organization: { kind: "brand" } }, kind: { in: KINDS } };
}
export async function judged() {
  await prisma.word.count({ where: plainWhere() }); // want "count on tenant-scoped \"Word\" does not filter by the tenant"
  await prisma.word.count({ where: plainCallWhere() }); // want "count on tenant-scoped \"Word\" does not filter by the tenant"
  await prisma.word.count({ where: notCallWhere() }); // want "count on tenant-scoped \"Word\" does not filter by the tenant"
  await prisma.course.count({ where: everyCallWhere() }); // want "count on tenant-scoped \"Course\" does not filter by the tenant"
  await prisma.word.count({ where: orBranchWhere() }); // want "count on tenant-scoped \"Word\" does not filter by the tenant"
  await prisma.lesson.count({ where: nestedPlainWhere() }); // want "count on tenant-scoped \"Lesson\" does not filter by the tenant"
}

// A helper of a parameter that gives the tenant stays quiet, whatever its
// fixed parts; one whose tenant is a fixed value the rule does not read
// is a notice as before.
function scoped(organizationId: string) {
  return { organizationId, AND: [publishedCourseWhere()], OR: [{ word: "x" }, { published: true }] };
}
function fixedTenant() {
  return { organizationId: ORG_WHERE.organizationId, published: true };
}
export async function tenantGiven(organizationId: string) {
  await prisma.word.count({ where: scoped(organizationId) });
  await prisma.word.count({ where: fixedTenant() }); // want "cannot see the where of count on tenant-scoped \"Word\""
}

// A relation said to be absent, a plain field's filter beside an unread
// part, the tenant written in the helper: judged as before. A call the
// rule could read stays unread inside a helper, as before.
function absentWhere() {
  return { course: { is: null }, kind: "x" };
}
function inlineTenantWhere() {
  return { AND: [{ organizationId: "x" }, { word: "y" }] };
}
function slugWhere() {
  return { slug: "x" };
}
function readableCallWhere() {
  return { AND: [slugWhere()] };
}
function spreadInAndWhere() {
  return { AND: [{ ...ORG_WHERE }] };
}
export async function more(organizationId: string) {
  await prisma.lesson.count({ where: absentWhere() }); // want "count on tenant-scoped \"Lesson\" does not filter by the tenant"
  await prisma.word.count({ where: inlineTenantWhere() }); // want "cannot see the where of count on tenant-scoped \"Word\""
  await prisma.course.count({ where: readableCallWhere() }); // want "cannot see the where of count on tenant-scoped \"Course\""
  await prisma.word.count({ where: spreadInAndWhere() }); // want "cannot see the where of count on tenant-scoped \"Word\""
  // The tenant beside the helper's unread parts scopes the where.
  await prisma.word.count({ where: { ...zeroArgWhere(), organizationId } });
  await prisma.word.count({ where: { ...plainWhere(), organizationId } });
  // An unread part beside a where read without the tenant, in an AND of
  // the call: the part may still give it.
  await prisma.word.count({ where: { AND: [zeroArgWhere(), { word: "x" }] } }); // want "cannot see the where of count on tenant-scoped \"Word\""
}

// A list relation's some in a helper of parameters is not read: one that
// may give the tenant is a notice, one without it, every and none add
// nothing.
function lessonOfOrg(organizationId: string) {
  return { lessons: { some: { course: { organizationId } } } };
}
function lessonGiven(lesson: object) {
  return { lessons: { some: lesson } };
}
function lessonPlain(slug: string) {
  return { lessons: { some: { slug }, every: { kind: "x" } } };
}
function lessonEvery(organizationId: string) {
  return { lessons: { every: { course: { organizationId } }, none: { course: { organizationId } } } };
}
export async function lists(organizationId: string, slug: string) {
  await prisma.course.count({ where: lessonOfOrg(organizationId) }); // want "cannot see the where of count on tenant-scoped \"Course\""
  await prisma.course.count({ where: lessonGiven({ course: { organizationId } }) }); // want "cannot see the where of count on tenant-scoped \"Course\""
  await prisma.course.count({ where: lessonPlain(slug) }); // want "count on tenant-scoped \"Course\" does not filter by the tenant"
  await prisma.course.count({ where: lessonEvery(organizationId) }); // want "count on tenant-scoped \"Course\" does not filter by the tenant"
}
