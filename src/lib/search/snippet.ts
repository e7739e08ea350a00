/**
 * The text shown under a result, made from the entry's own text rather than Pagefind's excerpt, so
 * both search UIs follow the same two rules:
 * - only whole words typed are marked, and in a query of several words only where at least two of
 *   them stand together as typed: "de dan" marks "đề dẫn", never "Đề ra" or "đảng";
 * - the text never starts with the result's title, which is shown above it as the link.
 */
import { unmarkStroke } from './stroke';
import { fold } from '../text';

/** A run of text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Words shown in a snippet. */
export const snippetWords = 26;
/** Words kept before the first match, for context, when its sentence starts further back. */
const leadWords = 5;
/** A sentence that starts at most this many words before the first match is shown from its start. */
const sentenceWords = 12;

/**
 * Each whitespace-separated word of `text` folded for comparison (no marks, "đ"/"ḍ" as "d", lower case,
 * letters and digits only), in order, so that index i is the text's i-th word. The whole text is folded
 * at once, which is much faster than word by word.
 */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
}

/** The query's words, folded, in order, as typed (repeats kept: they matter for phrases). */
export function queryWords(query: string): string[] {
  return foldedWords(query).filter(Boolean);
}

/** The query's distinct words, folded. */
export function queryTerms(query: string): string[] {
  return [...new Set(queryWords(query))];
}

/** True when `keys` holds `seq` at `at`. */
function startsAt(keys: readonly string[], seq: readonly string[], at: number): boolean {
  return seq.length > 0 && seq.every((w, k) => keys[at + k] === w);
}

/** True when `keys` holds `seq` as consecutive words anywhere. */
export function hasPhrase(keys: readonly string[], seq: readonly string[]): boolean {
  for (let i = 0; i + seq.length <= keys.length; i += 1) if (startsAt(keys, seq, i)) return true;
  return false;
}

/**
 * Which words of `keys` to mark for the query `terms`: for one word, each whole-word match; for
 * several, each run of two or more words that stand together in the query too.
 */
export function markedWords(keys: readonly string[], terms: readonly string[]): boolean[] {
  const marked = keys.map(() => false);
  const min = terms.length > 1 ? 2 : 1;
  for (let i = 0; i < keys.length; i += 1) {
    let best = 0;
    for (let j = 0; j < terms.length; j += 1) {
      let n = 0;
      while (i + n < keys.length && j + n < terms.length && keys[i + n] === terms[j + n]) n += 1;
      best = Math.max(best, n);
    }
    if (best >= min) for (let k = 0; k < best; k += 1) marked[i + k] = true;
  }
  return marked;
}

/** Index of the word after the sentence that starts at `from` (a word ending in . ! ? ; or :). */
function afterSentence(words: readonly string[], from: number): number {
  for (let i = from; i < words.length; i += 1) if (/[.!?;:…]$/.test(words[i] ?? '')) return i + 1;
  return words.length;
}

/** Where to start showing the match at `first`: its sentence's start when near, else a few words before it. */
function sentenceStart(words: readonly string[], start: number, first: number): number {
  for (let i = first; i > start && first - i <= sentenceWords; i -= 1) {
    if (/[.!?…]$/.test(words[i - 1] ?? '')) return i;
  }
  return first - start <= sentenceWords ? start : first - leadWords;
}

/**
 * Where the snippet may start: after the title when the text starts with it, and after any sentence
 * that only restates the title ("Cử thư ký ghi biên bản sinh hoạt chi bộ." under "Cử thư ký ghi biên bản").
 */
function afterTitle(keys: readonly string[], words: readonly string[], title: readonly string[], from: number): number {
  let at = from;
  if (startsAt(keys, title, at)) at += title.length;
  while (at < words.length && startsAt(keys, title, at)) {
    const next = afterSentence(words, at);
    if (next >= words.length) break;
    at = next;
  }
  return at;
}

/**
 * The snippet of `content` (Pagefind's text of an entry, "đ" marked) for `query`: about
 * `snippetWords` words from the first place where the most query words stand together, at or after
 * `from` (a section's first word), never starting with `title`.
 */
export function snippet(content: string, title: string, query: string, from = 0): ExcerptPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  const keys = foldedWords(content);
  const titleKeys = queryWords(title);
  const terms = queryWords(query);
  const marked = markedWords(keys, terms);
  const start = afterTitle(keys, words, titleKeys, Math.min(from, words.length));
  let first = marked.indexOf(true, start);
  if (first < 0) first = keys.findIndex((k, i) => i >= start && terms.includes(k));
  let at = first < 0 ? start : sentenceStart(words, start, first);
  // A window that starts on the title again skips it.
  if (at > start && startsAt(keys, titleKeys, at)) at = Math.min(first < 0 ? at : first, at + titleKeys.length);
  if (at >= words.length) return [];
  let end = Math.min(words.length, at + snippetWords);
  // A marked run is never cut in two: at the end it is shown whole, at the start left unmarked.
  while (end < words.length && marked[end] === true && marked[end - 1] === true) end += 1;
  for (let i = at; i < end && at > 0 && marked[i] === true && marked[at - 1] === true; i += 1) marked[i] = false;
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean): void => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (at > start) push('… ', false);
  for (let i = at; i < end; i += 1) {
    const word = unmarkStroke(words[i] ?? '');
    const mark = marked[i] === true;
    // Punctuation around a marked word stays unmarked: "(đề dẫn)," marks "đề dẫn".
    const [, before = '', core = '', after = ''] = mark ? (/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? []) : ['', '', word, ''];
    if (i > at) push(' ', mark && before === '' && parts.at(-1)?.mark === true);
    push(before, false);
    push(mark ? core : word, mark);
    push(after, false);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
