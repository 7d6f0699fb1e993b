import { PDFDocument } from 'pdf-lib';
import { PdfWriter } from './pdf-writer';

describe('PdfWriter', () => {
  it('continues on a new page when the text does not fit, and numbers the pages', async () => {
    const writer = await PdfWriter.create('Test', 'Voettekst');
    writer.title('Titel');
    for (let i = 0; i < 120; i++) writer.bullet(`Regel ${i} met genoeg woorden om de ruimte te vullen`);
    const document = await PDFDocument.load(await writer.bytes());
    expect(document.getPageCount()).toBeGreaterThan(1);
    expect(document.getTitle()).toBe('Test');
  });

  it('writes characters the standard fonts cannot encode as a placeholder instead of failing', async () => {
    const writer = await PdfWriter.create('Test', 'Voettekst');
    writer.paragraph('Opbouw ≥ 4 uur → 8 uur, één cliënt 🙂');
    const bytes = await writer.bytes();
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
  });
});
