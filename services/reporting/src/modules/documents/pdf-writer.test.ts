import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { PdfWriter, type PdfOptions } from './pdf-writer';

const OPTIONS: PdfOptions = { title: 'Test', footer: 'Voettekst', language: 'nl-NL', pageNumbers: (page, pages) => `pagina ${page} van ${pages}` };

/** The roles of the structure elements under the document element, depth first. */
function structureRoles(document: PDFDocument): string[] {
  const lookup = (value: unknown) => document.context.lookup(value as PDFRef, PDFDict);
  const root = lookup(document.catalog.get(PDFName.of('StructTreeRoot')));
  const roles: string[] = [];
  const walk = (element: PDFDict) => {
    roles.push((element.get(PDFName.of('S')) as PDFName).decodeText());
    const kids = element.get(PDFName.of('K'));
    const list = kids instanceof PDFArray ? kids.asArray() : [kids];
    for (const kid of list) {
      const child = document.context.lookup(kid);
      if (child instanceof PDFDict && child.get(PDFName.of('Type'))?.toString() === '/StructElem') walk(child);
    }
  };
  walk(lookup(root.get(PDFName.of('K'))));
  return roles;
}

describe('PdfWriter', () => {
  it('continues on a new page when the text does not fit, and numbers the pages', async () => {
    const writer = await PdfWriter.create(OPTIONS);
    writer.title('Titel');
    for (let i = 0; i < 120; i++) writer.bullet(`Regel ${i} met genoeg woorden om de ruimte te vullen`);
    const document = await PDFDocument.load(await writer.bytes());
    expect(document.getPageCount()).toBeGreaterThan(1);
    expect(document.getTitle()).toBe('Test');
  });

  it('embeds a font that prints every European name, and replaces only what it has no glyph for', async () => {
    const writer = await PdfWriter.create(OPTIONS);
    writer.paragraph('Łukasz Wróbel, Şükrü Öztürk, Ἀλέξανδρος, Дмитрий: opbouw ≥ 4 uur → 8 uur 🙂');
    const document = await PDFDocument.load(await writer.bytes());
    const fonts = document.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type'))?.toString() === '/Font');
    const names = fonts.map((font) => font.get(PDFName.of('BaseFont'))?.toString() ?? '');
    expect(names.some((name) => name.includes('DejaVuSans'))).toBe(true);
    expect(names.some((name) => name.includes('Helvetica'))).toBe(false);
  });

  it('tags headings, paragraphs and lists for screen readers, with the language and the title shown', async () => {
    const writer = await PdfWriter.create(OPTIONS);
    writer.title('Plan van aanpak');
    writer.heading('Versie 1');
    writer.paragraph('Doelen');
    writer.bullet('Eerste doel');
    writer.bullet('Tweede doel');
    writer.field('Contactpersoon', 'Eva');
    const document = await PDFDocument.load(await writer.bytes());
    expect(structureRoles(document)).toEqual(['Document', 'H1', 'H2', 'P', 'L', 'LI', 'LI', 'P']);
    expect((document.catalog.get(PDFName.of('MarkInfo')) as PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(document.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(nl-NL)');
    const page = document.getPage(0).node;
    expect((page.get(PDFName.of('StructParents')) as PDFNumber).asNumber()).toBe(0);
  });
});
