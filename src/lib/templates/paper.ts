/**
 * The fixed words and layout of a Party paper, shared by the Word builder and the HTML preview so
 * both draw the same document.
 */
import type { Line, ResolvedTemplate } from './resolve';
import { BLANK } from './values';

/** The right header line. */
export const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** The label above the recipients, bottom left. */
export const RECIPIENTS_LABEL = 'Nơi nhận:';

/** A signer's name left for handwriting. */
export const SIGNATURE_BLANK = BLANK.repeat(3);

/** The star under the cell name. */
export const STAR = '*';

/** What a blank header name shows: "ĐẢNG BỘ ……", "CHI BỘ ……". */
export function headerBlank(field: 'dang-bo' | 'chi-bo'): string {
  return `${field === 'dang-bo' ? 'ĐẢNG BỘ' : 'CHI BỘ'} ${BLANK}`;
}

/** The number line from the paper's symbol: "Số ……-BB/CB" (as in "Số 05-BB/CB"). */
export function numberText(symbol: string): string {
  return `Số ${BLANK}-${symbol}/CB`;
}

/** Place and date: "Nghi Tân, ngày 03 tháng 12 năm 2026". */
export const placeDateLine: Line = [
  { f: 'dia-danh' },
  ', ngày ',
  { f: 'ngay', p: 'day' },
  ' tháng ',
  { f: 'ngay', p: 'month' },
  ' năm ',
  { f: 'ngay', p: 'year' },
];

/** The line that opens each speaker's entry in minutes. */
export const speakerLine: Line = ['- Đồng chí ', { f: '_' }, ' phát biểu:'];

/** A signature block as data. */
export type SignatureData = ResolvedTemplate['signatures'][number];

/** One column at the foot of the paper. */
export type FootColumn = { kind: 'signature'; signature: SignatureData } | { kind: 'recipients' } | { kind: 'empty' };

/**
 * The two columns at the foot: two signatures side by side (minutes: THƯ KÝ, CHỦ TRÌ), or
 * "Nơi nhận" bottom left and one signature on the right.
 */
export function footColumns(template: Pick<ResolvedTemplate, 'signatures' | 'recipients'>): [FootColumn, FootColumn] | undefined {
  const [first, second] = template.signatures;
  const recipients: FootColumn = template.recipients.length > 0 ? { kind: 'recipients' } : { kind: 'empty' };
  if (first && second) return [{ kind: 'signature', signature: first }, { kind: 'signature', signature: second }];
  if (first) return [recipients, { kind: 'signature', signature: first }];
  if (recipients.kind === 'recipients') return [recipients, { kind: 'empty' }];
  return undefined;
}
