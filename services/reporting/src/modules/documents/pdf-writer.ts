import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { PdfStructure, type StructureRole } from './pdf-structure';

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;
const GREY = rgb(0.35, 0.35, 0.35);

const FONT_DIRECTORY = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fontFiles: Promise<[Buffer, Buffer]> | undefined;

/** DejaVu Sans covers every Latin, Greek and Cyrillic name; read once per process, embedded as a subset per document. */
function dejaVuSans(): Promise<[Buffer, Buffer]> {
  fontFiles ??= Promise.all([readFile(join(FONT_DIRECTORY, 'DejaVuSans.ttf')), readFile(join(FONT_DIRECTORY, 'DejaVuSans-Bold.ttf'))]);
  return fontFiles;
}

export interface PdfOptions {
  title: string;
  footer: string;
  /** BCP 47, e.g. `nl-NL`: screen readers pick their voice by it. */
  language: string;
  /** `pagina {page} van {pages}`, the words for the page numbers in the footer. */
  pageNumbers: (page: number, pages: number) => string;
}

/**
 * A small flowing-text writer over pdf-lib: headings, paragraphs and label–value lines that
 * wrap and continue on a new page. Every line is tagged with its structure (PDF/UA style),
 * so screen readers read headings, paragraphs and lists; the footer is an artifact.
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly glyphs: ReadonlySet<number>;

  private constructor(
    private readonly document: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly structure: PdfStructure,
    private readonly options: PdfOptions,
  ) {
    this.glyphs = new Set(regular.getCharacterSet());
    this.newPage();
  }

  static async create(options: PdfOptions): Promise<PdfWriter> {
    const document = await PDFDocument.create();
    document.registerFontkit(fontkit);
    document.setTitle(options.title, { showInWindowTitleBar: true });
    document.setLanguage(options.language);
    document.setProducer('Terugkeer');
    document.setCreationDate(new Date(0));
    document.setModificationDate(new Date(0));
    const [regularFile, boldFile] = await dejaVuSans();
    const [regular, bold] = await Promise.all([document.embedFont(regularFile, { subset: true }), document.embedFont(boldFile, { subset: true })]);
    return new PdfWriter(document, regular, bold, new PdfStructure(document), options);
  }

  title(text: string): void {
    this.write(text, 'H1', { font: this.bold, size: 18, after: 10 });
  }

  heading(text: string): void {
    this.ensure(40);
    this.y -= 8;
    this.write(text, 'H2', { font: this.bold, size: 13, after: 4 });
  }

  subheading(text: string): void {
    this.write(text, 'H3', { font: this.bold, size: 10, after: 2 });
  }

  paragraph(text: string, options: { muted?: boolean } = {}): void {
    this.write(text, 'P', { font: this.regular, size: 10, after: 4, color: options.muted ? GREY : undefined });
  }

  field(label: string, value: string | number | null | undefined): void {
    this.write(`${label}: ${value === null || value === undefined || value === '' ? '–' : value}`, 'P', { font: this.regular, size: 10, after: 2 });
  }

  bullet(text: string): void {
    this.write(`•  ${text}`, 'LI', { font: this.regular, size: 10, after: 2, indent: 10 });
  }

  async bytes(): Promise<Uint8Array> {
    const pages = this.document.getPages();
    pages.forEach((page, i) => {
      this.structure.artifact(page, () =>
        page.drawText(`${this.options.footer} – ${this.options.pageNumbers(i + 1, pages.length)}`, {
          x: MARGIN,
          y: 28,
          size: 8,
          font: this.regular,
          color: GREY,
        }),
      );
    });
    this.structure.finish();
    return this.document.save();
  }

  private write(text: string, role: StructureRole, style: { font: PDFFont; size: number; after: number; indent?: number; color?: ReturnType<typeof rgb> }) {
    const width = PAGE.width - 2 * MARGIN - (style.indent ?? 0);
    const element = this.structure.element(role);
    for (const line of this.wrap(this.printable(text), style.font, style.size, width)) {
      this.ensure(style.size + 4);
      this.y -= style.size + 3;
      const y = this.y;
      this.structure.content(element, this.page, () =>
        this.page.drawText(line, { x: MARGIN + (style.indent ?? 0), y, size: style.size, font: style.font, color: style.color }),
      );
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

  /** What the font has no glyph for (an emoji, say) becomes a placeholder rather than failing the whole document. */
  private printable(text: string): string {
    return [...text.normalize('NFC')]
      .map((c) => {
        const codePoint = c.codePointAt(0);
        return c === '\n' || (codePoint !== undefined && this.glyphs.has(codePoint)) ? c : '?';
      })
      .join('');
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN) this.newPage();
  }

  private newPage() {
    this.page = this.document.addPage([PAGE.width, PAGE.height]);
    this.structure.addPage(this.page);
    this.y = PAGE.height - MARGIN;
  }
}
