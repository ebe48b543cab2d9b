// How many pages a PDF made by Chromium's printToPDF has, for the audit log's "saved as PDF, 3 pages".
// Chromium (Skia) writes each page as its own `/Type /Page` object, outside the compressed streams, so a
// count of those is exact for its PDFs (checked against real ones in tests/unit/main-print.test.ts).
// Anything else gives null: the entry then says nothing about pages rather than something wrong.

const PAGE_OBJECT = /\/Type\s*\/Page(?![A-Za-z])/g;

export function pdfPageCount(pdf: Uint8Array): number | null {
  // latin1: one character per byte, so offsets and bytes stay as they are. The page content is in
  // compressed streams; eleven bytes of one spelling "/Type /Page" by chance is not a real risk.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) return null;
  const pages = text.match(PAGE_OBJECT)?.length ?? 0;
  return pages > 0 ? pages : null;
}
