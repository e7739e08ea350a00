/**
 * The paper as plain text (`paperText`): the third renderer of the paper's layout, beside the Word
 * builder and the HTML preview, which tests compare both of them with.
 */
import { addresseeLines, printedHeading, type PaperBlock, type PaperLine } from './layout';
import { shownValue, type FormValues } from './values';

/**
 * A blank that runs to the margin, in plain text. Word draws it as a tab with a dot leader, whose
 * text is a tab; the preview as an empty span with a dotted border. A dotted line to write on is one.
 */
export const LEADER = '\t';

/** A line's text with its values, a leader as LEADER. */
export function lineText(runs: PaperLine, values: FormValues): string {
  return runs
    .map((run) => {
      if (typeof run === 'string') return run;
      const shown = shownValue(run, values);
      return shown.leader ? LEADER : shown.text;
    })
    .join('');
}

/**
 * The paper as plain text: one entry per paragraph, in reading order (header columns left first; a
 * table's header row, then each row's cells left to right, a cell's lines in order).
 */
export function paperText(blocks: readonly PaperBlock[], values: FormValues = {}): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'header':
        return [...block.left, ...block.right].map((l) => lineText(l.runs, values));
      case 'document-name':
      case 'hint':
        return [block.text];
      case 'heading':
        return [printedHeading(block)];
      case 'subtitle':
      case 'paragraph':
      case 'speaker-line':
        return [lineText(block.runs, values)];
      case 'dotted-line':
        return Array.from({ length: block.count }, () => LEADER);
      case 'addressees':
        return addresseeLines(block).map((l) => lineText(l, values));
      case 'table':
        return [...block.columns.map((c) => c.label), ...block.rows.flatMap((row) => row.cells.flat().map((l) => lineText(l, values)))];
      case 'foot':
        return block.columns.flatMap((column) =>
          column.type === 'signature'
            ? [...column.title, shownValue(column.name, values).text]
            : column.type === 'recipients'
              ? [column.label, ...column.lines.map((l) => lineText(l, values))]
              : [],
        );
    }
  });
}
