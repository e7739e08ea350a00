/**
 * A template as a Word document in the Party's format: the paper's layout
 * (src/lib/templates/layout.ts), block by block. The same code runs at build time (blank templates
 * in dist/, see ./blank.ts) and in the browser (a filled-in copy, made on the person's own device).
 */
import { Document, Packer, Paragraph, type Table } from 'docx';
import { paperLayout, paperParts, printedHeading, type PaperBlock } from '../templates/layout';
import type { ResolvedTemplate } from '../templates/resolve';
import type { FormValues } from '../templates/values';
import { addressees, documentName, dottedLines, foot, header, heading, hint, line, subtitle, table } from './elements';
import { FONT, LANGUAGE, LINE, MARGIN, PAGE, SIZE, SPACE, fontSize } from './format';
import { coreProperties, stampZip } from './properties';

export { DOCX_TYPE } from './mime';

/** The Word paragraphs (or table) of one block. */
function block(part: PaperBlock, values: FormValues): (Paragraph | Table)[] {
  switch (part.type) {
    case 'header':
      return [header(part, values)];
    case 'document-name':
      return [documentName(part.text)];
    case 'subtitle':
      return [subtitle(part.runs, values)];
    case 'heading':
      return [heading(printedHeading(part))];
    case 'hint':
      return [hint(part.text)];
    case 'paragraph':
      return [line(part.runs, values, { bold: part.bold, center: part.center })];
    case 'speaker-line':
      return [line(part.runs, values)];
    case 'dotted-line':
      return dottedLines(part.count);
    case 'addressees':
      return addressees(part, values);
    case 'table':
      // A paragraph after the table, so that two tables or a table and the foot never touch.
      return [table(part, values), new Paragraph({ spacing: { after: SPACE.after } })];
    case 'foot':
      return [foot(part, values)];
  }
}

/** The whole paper as a docx Document. */
export function buildDocument(template: ResolvedTemplate, values: FormValues = {}): Document {
  const { head, body, foot: footer } = paperParts(paperLayout(template));
  const draw = (blocks: readonly PaperBlock[]) => blocks.flatMap((b) => block(b, values));
  const children: (Paragraph | Table)[] = [
    ...draw(head),
    new Paragraph({ spacing: { after: SPACE.after } }),
    ...draw(body),
    ...(footer ? [new Paragraph({ spacing: { before: SPACE.beforeSignatures } }), ...draw([footer])] : []),
  ];
  return new Document({
    styles: {
      default: {
        document: {
          run: { font: FONT, size: fontSize(SIZE.body), language: { value: LANGUAGE } },
          paragraph: { spacing: { line: LINE } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
          },
        },
        children,
      },
    ],
  });
}

/** How a file is stamped. */
export interface RenderOptions {
  /** Creation date written in the file's properties and zip entries; now when absent. */
  date?: Date;
}

/**
 * The paper as the bytes of a .docx file. Its properties (title, creator, dates) are the
 * handbook's own, never the docx library's "Un-named" or clock, so one date gives the same bytes.
 *
 * How to fill a paper in code (a meeting planner, say):
 * 1. Take the resolved template: `(await getTemplateEntry(id)).resolved` at build time
 *    (src/lib/templates/build.ts), `resolveTemplate(template, handbook)` in a test or script, or in
 *    the browser the JSON at `routes.templateData(id)` ("/mau-van-ban/<id>.json").
 * 2. Give `values` keyed by field id (`templateFieldSchema` in src/schemas/template.ts; the fields a
 *    paper shows are `resolved.fields`): dates "yyyy-mm-dd" (`ngay` the meeting's, `ngay-van-ban` the
 *    paper's own, `ngay-hop-chi-uy`), times "hh:mm" (`gio`, from which an agenda counts its clock
 *    times), counts and numbers as digits, lists one per line ("\n"), a topic as `chuyen-de` (or
 *    `chuyen-de-khac`, which wins). Values are cleaned here (NFC, no XML-illegal characters).
 * 3. Call `renderDocx(resolved, values)`; fields left out stay dotted blanks to write on by hand.
 * The same values fill the HTML preview (src/components/templates/) and `paperText()`, line for line.
 */
export async function renderDocx(template: ResolvedTemplate, values: FormValues = {}, options: RenderOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const date = options.date ?? new Date();
  const core = { path: 'docProps/core.xml', data: coreProperties({ title: template.title, date }) };
  const bytes = new Uint8Array(await Packer.toArrayBuffer(buildDocument(template, values), false, [core]));
  stampZip(bytes, date);
  return bytes;
}
