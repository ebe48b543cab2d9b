// Stands in for the workbook library (exceljs) and the demo's name generator (faker) in the crash
// writer's bundle only (harness.ts buildWriter): the channels the writer calls never use them, and
// loading them cost every writer ~0.5 s at start. Any use at all throws, so a writer that did reach
// one would fail its run loudly rather than go on with something that is not the app's.
const notHere = (): never => {
  throw new Error('the crash writer bundle has no workbook library or demo names: a channel the writer called needed one');
};
const absent: object = new Proxy({}, { get: notHere, apply: notHere, construct: notHere });
export default absent;
export const faker = absent;
