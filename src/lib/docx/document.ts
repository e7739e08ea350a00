/**
 * A template as a Word document in the Party's format. The same code runs at build time (blank
 * templates in dist/) and in the browser (a filled-in copy, made on the person's own device).
 */
import { Document, Packer, Paragraph, type Table } from 'docx';
import type { ResolvedBlock, ResolvedTemplate } from '../templates/resolve';
import { SPEAKER_LINES } from '../templates/resolve';
import type { FormValues } from '../templates/values';
import { speakerLine } from '../templates/paper';
import {
  documentName,
  dottedLines,
  foot,
  header,
  heading,
  hint,
  line,
  subtitle,
} from './elements';
import { FONT, LANGUAGE, LINE, MARGIN, PAGE, SIZE, SPACE, fontSize } from './format';

export { DOCX_TYPE } from './mime';

/** The paragraphs of one block of the body. */
function block(part: ResolvedBlock, values: FormValues): Paragraph[] {
  if (part.type === 'text') {
    const options = { bold: part.bold, center: part.center };
    return [...part.paragraphs.map((p) => line(p, values, options)), ...dottedLines(part.lines)];
  }
  if (part.type === 'section') {
    return [
      heading(part.number ? `${part.number}. ${part.heading}` : part.heading),
      ...(part.hint ? [hint(part.hint)] : []),
      ...part.paragraphs.map((p) => line(p, values)),
      ...dottedLines(part.lines),
    ];
  }
  return [
    ...(part.heading ? [heading(part.heading, { caps: true })] : []),
    ...part.items.flatMap((item) => [
      heading(`${item.number}. ${item.title}`),
      ...(item.actors ? [hint(`Người thực hiện: ${item.actors}.`)] : []),
      ...item.paragraphs.map((p) => line(p, values)),
      ...dottedLines(item.lines),
      ...Array.from({ length: item.speakers }, () => [
        line(speakerLine, values),
        ...dottedLines(SPEAKER_LINES),
      ]).flat(),
      ...(item.conclusion ? [line(item.conclusion, values)] : []),
    ]),
  ];
}

/** The whole paper as a docx Document. */
export function buildDocument(template: ResolvedTemplate, values: FormValues = {}): Document {
  const children: (Paragraph | Table)[] = [
    header(template.symbol, values),
    documentName(template.name),
    ...template.subtitle.map((s) => subtitle(s, values)),
    new Paragraph({ spacing: { after: SPACE.after } }),
    ...template.blocks.flatMap((part) => block(part, values)),
  ];
  const footer = foot(template, values);
  if (footer) children.push(new Paragraph({ spacing: { before: SPACE.beforeSignatures } }), footer);
  return new Document({
    title: template.title,
    creator: 'Sổ tay sinh hoạt chi bộ',
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

/** The paper as the bytes of a .docx file. */
export async function renderDocx(template: ResolvedTemplate, values: FormValues = {}): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(template, values)));
}
