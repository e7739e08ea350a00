/**
 * The file's own properties and stamps. The docx library writes "Un-named" as author and editor and
 * the moment of packing as dates (in docProps/core.xml and in every zip entry), so two builds of the
 * same paper differed. Here the properties are the handbook's, in Vietnamese or left out, and every
 * date is the one given: a fixed date gives the same bytes every time.
 */
import { LANGUAGE } from './format';
import { pages } from '../routes';

/** Who made the file, as Word shows it under "Author": the handbook, by its own title. */
export const CREATOR = pages.home.title;

/**
 * The date blank files carry when the build sets no SOURCE_DATE_EPOCH. A fixed day, not the day of
 * the build, so a rebuild gives the very same file.
 */
export const BLANK_FILE_DATE = new Date('2026-01-01T00:00:00Z');

/** The date of blank files: SOURCE_DATE_EPOCH (seconds since 1970) when set, the fixed date otherwise. */
export function blankFileDate(sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch === undefined || sourceDateEpoch.trim() === '') return BLANK_FILE_DATE;
  const seconds = Number(sourceDateEpoch);
  // A zip entry cannot hold a date before 1980.
  if (!Number.isInteger(seconds) || seconds < Date.UTC(1980, 0, 1) / 1000) {
    throw new Error(`SOURCE_DATE_EPOCH phải là số giây tính từ 01/01/1970, từ năm 1980 trở đi (đang là "${sourceDateEpoch}")`);
  }
  return new Date(seconds * 1000);
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const xmlText = (value: string): string => value.replace(/[&<>]/g, (c) => xmlEntities[c]);

/** W3C date-time without fractions: "2026-01-01T00:00:00Z". */
const w3cDate = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * docProps/core.xml: title, creator, language, dates; no "last modified by", which Word fills in
 * with the name of whoever saves the file next.
 */
export function coreProperties({ title, date }: { title: string; date: Date }): string {
  const stamp = w3cDate(date);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(title)}</dc:title>`,
    `<dc:creator>${xmlText(CREATOR)}</dc:creator>`,
    `<dc:language>${LANGUAGE}</dc:language>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Sets the modification time of every entry of a zip file to `date` (UTC, 2-second steps), in the
 * local headers and the central directory alike. The zip is changed in place; nothing else moves.
 */
export function stampZip(zip: Uint8Array, date: Date): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end -= 1;
  if (end < 0) throw new Error('Tệp Word tạo ra không phải tệp zip hợp lệ (không thấy mục lục).');
  const count = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    const local = view.getUint32(entry + 42, true);
    if (view.getUint32(entry, true) !== DIRECTORY_ENTRY || view.getUint32(local, true) !== LOCAL_HEADER) {
      throw new Error('Tệp Word tạo ra không phải tệp zip hợp lệ (mục lục hỏng).');
    }
    view.setUint16(entry + 12, time, true);
    view.setUint16(entry + 14, day, true);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
  }
}
