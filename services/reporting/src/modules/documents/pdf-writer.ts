import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;
const GREY = rgb(0.35, 0.35, 0.35);

/**
 * A small flowing-text writer over pdf-lib: headings, paragraphs and label–value lines that
 * wrap and continue on a new page. The standard fonts encode WinAnsi only, so any other
 * character is replaced rather than failing the whole document.
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    private readonly document: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly footer: string,
  ) {
    this.newPage();
  }

  static async create(title: string, footer: string): Promise<PdfWriter> {
    const document = await PDFDocument.create();
    document.setTitle(title);
    document.setProducer('Terugkeer');
    document.setCreationDate(new Date(0));
    document.setModificationDate(new Date(0));
    const [regular, bold] = await Promise.all([document.embedFont(StandardFonts.Helvetica), document.embedFont(StandardFonts.HelveticaBold)]);
    return new PdfWriter(document, regular, bold, footer);
  }

  title(text: string): void {
    this.write(text, { font: this.bold, size: 18, after: 10 });
  }

  heading(text: string): void {
    this.ensure(40);
    this.y -= 8;
    this.write(text, { font: this.bold, size: 13, after: 4 });
  }

  paragraph(text: string, options: { muted?: boolean } = {}): void {
    this.write(text, { font: this.regular, size: 10, after: 4, color: options.muted ? GREY : undefined });
  }

  field(label: string, value: string | number | null | undefined): void {
    this.write(`${label}: ${value === null || value === undefined || value === '' ? '-' : value}`, { font: this.regular, size: 10, after: 2 });
  }

  bullet(text: string): void {
    this.write(`- ${text}`, { font: this.regular, size: 10, after: 2, indent: 10 });
  }

  async bytes(): Promise<Uint8Array> {
    const pages = this.document.getPages();
    pages.forEach((page, i) => {
      page.drawText(this.safe(`${this.footer} - pagina ${i + 1} van ${pages.length}`), { x: MARGIN, y: 28, size: 8, font: this.regular, color: GREY });
    });
    return this.document.save();
  }

  private write(text: string, style: { font: PDFFont; size: number; after: number; indent?: number; color?: ReturnType<typeof rgb> }) {
    const width = PAGE.width - 2 * MARGIN - (style.indent ?? 0);
    for (const line of this.wrap(this.safe(text), style.font, style.size, width)) {
      this.ensure(style.size + 4);
      this.y -= style.size + 3;
      this.page.drawText(line, { x: MARGIN + (style.indent ?? 0), y: this.y, size: style.size, font: style.font, color: style.color });
    }
    this.y -= style.after;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  private safe(text: string): string {
    const supported = new Set(this.regular.getCharacterSet());
    return [...text.normalize('NFC')]
      .map((c) => {
        const codePoint = c.codePointAt(0);
        return codePoint !== undefined && supported.has(codePoint) ? c : '?';
      })
      .join('');
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN) this.newPage();
  }

  private newPage() {
    this.page = this.document.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }
}
