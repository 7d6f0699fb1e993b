import { PDFArray, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';

export type StructureRole = 'H1' | 'H2' | 'H3' | 'P' | 'LI';

interface StructureElement {
  role: StructureRole | 'L';
  ref: PDFRef;
  kids: PDFArray;
}

interface PageContent {
  page: PDFPage;
  /** The element of each marked-content id on the page, by id: the page's entry in the parent tree. */
  owners: PDFArray;
}

/**
 * The logical structure of a tagged PDF (ISO 32000 §14.7–14.8): a Document element with
 * headings, paragraphs and lists, each pointing at the marked content that draws it, and the
 * parent tree that leads back from content to element. pdf-lib writes no structure itself.
 */
export class PdfStructure {
  private readonly documentRef: PDFRef;
  private readonly topLevel: StructureElement[] = [];
  private readonly pages: PageContent[] = [];

  constructor(private readonly document: PDFDocument) {
    this.documentRef = document.context.nextRef();
  }

  addPage(page: PDFPage): void {
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(this.pages.length));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    this.pages.push({ page, owners: this.document.context.obj([]) });
  }

  /** A new element; consecutive list items share one list. */
  element(role: StructureRole): StructureElement {
    if (role !== 'LI') return this.topLevelElement(role);
    const last = this.topLevel.at(-1);
    const list = last?.role === 'L' ? last : this.topLevelElement('L');
    return this.child(role, list);
  }

  /** Draws content as part of `element`. */
  content(element: StructureElement, page: PDFPage, draw: () => void): void {
    const content = this.pages.find((p) => p.page === page);
    if (!content) throw new Error('The page was not added to the structure.');
    const id = content.owners.size();
    content.owners.push(element.ref);
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(element.role), `<< /MCID ${id} >>`]));
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    element.kids.push(this.document.context.obj({ Type: 'MCR', Pg: page.ref, MCID: id }));
  }

  /** Draws what is not part of the text (page numbers, running footers), so readers skip it. */
  artifact(page: PDFPage, draw: () => void): void {
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Writes the structure tree root, the parent tree and the catalogue's marks; call once, before saving. */
  finish(): void {
    const context = this.document.context;
    const rootRef = context.nextRef();
    const parentTree = context.obj({ Nums: this.pages.flatMap((content, index) => [index, content.owners]) });
    context.assign(
      rootRef,
      context.obj({ Type: 'StructTreeRoot', K: this.documentRef, ParentTree: context.register(parentTree), ParentTreeNextKey: this.pages.length }),
    );
    context.assign(this.documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: this.topLevel.map((element) => element.ref) }));
    this.document.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    this.document.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }

  private topLevelElement(role: StructureRole | 'L'): StructureElement {
    const element = this.register(role, this.documentRef);
    this.topLevel.push(element);
    return element;
  }

  private child(role: StructureRole, parent: StructureElement): StructureElement {
    const element = this.register(role, parent.ref);
    parent.kids.push(element.ref);
    return element;
  }

  private register(role: StructureRole | 'L', parent: PDFRef): StructureElement {
    const context = this.document.context;
    const kids = context.obj([]);
    const ref = context.register(context.obj({ Type: 'StructElem', S: role, P: parent, K: kids }));
    return { role, ref, kids };
  }
}
