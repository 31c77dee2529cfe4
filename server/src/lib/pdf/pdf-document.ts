import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
/** DejaVu Sans (Bitstream Vera licence, see the package's LICENSE) covers Cyrillic, ₽ and №. */
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export type PdfDocument = PDFKit.PDFDocument;

/**
 * A4 document with the Cyrillic fonts embedded as `regular` and `bold`; `regular` is current.
 * `title` goes into the document's metadata (shown by viewers in the window title).
 */
export function createPdfDocument(title: string): PdfDocument {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: title }, bufferPages: true });
  doc.registerFont('regular', join(fontDir, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fontDir, 'DejaVuSans-Bold.ttf'));
  doc.font('regular');
  return doc;
}

/** Ends the document and collects it into one buffer (our documents are a few pages). */
export function pdfToBuffer(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
