/**
 * Every size and margin of the Word files, in one place, with named units. The Party's format is
 * Hướng dẫn 36-HD/VPTW as summarised in REFERENCES.md: A4, Times New Roman, header sizes 14–15 pt,
 * document name 15–16 pt bold capitals, body 14–15 pt.
 */

/** Twips (twentieths of a point), Word's unit for lengths, from points. */
export const pt = (points: number): number => Math.round(points * 20);

/** Twips from millimetres. */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** Half-points, Word's unit for font sizes, from points. */
export const fontSize = (points: number): number => Math.round(points * 2);

/** Line spacing in 240ths of a line, Word's unit for "auto" spacing. */
export const lineSpacing = (lines: number): number => Math.round(lines * 240);

/** A4 portrait. */
export const PAGE = { width: mm(210), height: mm(297) } as const;

/**
 * Page margins. REFERENCES.md marks the margins as unverified; this is the common reading it gives
 * (20 mm top and bottom, 30 mm left, 15 mm right), not a checked rule.
 */
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;

/** Width of the text between the margins. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** The one typeface of Party documents. */
export const FONT = 'Times New Roman';

/** Language of the text, for spelling and hyphenation in Word. */
export const LANGUAGE = 'vi-VN';

/** Font sizes in points. */
export const SIZE = {
  /** Upper party body and cell name, the star and the number (header, left). */
  header: 14,
  /** "ĐẢNG CỘNG SẢN VIỆT NAM" (header, right). */
  partyName: 15,
  /** Place and date (header, right, italics). */
  placeDate: 14,
  /** Document name ("BIÊN BẢN"): 15–16 pt in 36-HD/VPTW. */
  documentName: 15,
  /** Summary line under the document name: 14–15 pt bold. */
  subtitle: 14,
  /** Body text: 14–15 pt. */
  body: 14,
  /** "Nơi nhận:" (REFERENCES gives only its place, bottom left; the size follows the body). */
  recipientsLabel: 14,
  /** The list of recipients, smaller than the body as Party papers print it. */
  recipients: 12,
} as const;

/** Space between a table cell's border and its text, left and right (Word's default, 1.9 mm). */
export const CELL_PADDING = mm(1.9);

/** Widths of the two header columns (left: issuing body; right: party name, place and date). */
export const HEADER_COLUMNS = [mm(70), TEXT_WIDTH - mm(70)] as const;

/** Inset of the rule under "ĐẢNG CỘNG SẢN VIỆT NAM" from each side of its column, so the rule is about as long as the words. */
export const PARTY_RULE_INSET = mm(6);

/** Thickness of that rule, in eighths of a point. */
export const RULE_THICKNESS = 6;

/** Thickness of a table's rules, in eighths of a point (half a point). */
export const TABLE_RULE = 4;

/** Space above and below the text in a table cell. */
export const TABLE_CELL_SPACE = pt(2);

/** Where "Kính gửi:" starts from the left margin, and the width of the label before the first addressee. */
export const ADDRESSEES_INDENT = { left: mm(15), label: mm(22) } as const;

/** Widths of the two columns at the foot (left: "Nơi nhận" or first signature; right: signature). */
export const FOOT_COLUMNS = [Math.round(TEXT_WIDTH / 2), TEXT_WIDTH - Math.round(TEXT_WIDTH / 2)] as const;

/** Vertical spacing. */
export const SPACE = {
  /** After an ordinary paragraph. */
  after: pt(3),
  /** Before the place and date, so it sits level with the number on the left. */
  placeDate: pt(6),
  /** Before the document name. */
  beforeName: pt(18),
  /** Before a section or step heading. */
  beforeHeading: pt(8),
  /** Before the signature blocks. */
  beforeSignatures: pt(12),
  /** Room for a hand signature, between the title and the name. */
  signature: pt(64),
} as const;

/** Line spacing of body text. */
export const LINE = lineSpacing(1.15);

/** Line spacing of the dotted lines written on by hand: room for handwriting. */
export const LINE_HANDWRITING = lineSpacing(1.5);
