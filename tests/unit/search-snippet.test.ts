import { describe, expect, test } from 'vitest';
import { hasPhrase, markedWords, queryWords, snippet, snippetWords } from '../../src/lib/search/snippet';
import { markStroke } from '../../src/lib/search/stroke';

const marks = (parts: ReturnType<typeof snippet>): string[] => parts.filter((p) => p.mark).map((p) => p.text);
const text = (parts: ReturnType<typeof snippet>): string => parts.map((p) => p.text).join('');

describe('markedWords', () => {
  test('one word typed: each whole-word match, never a longer word it starts', () => {
    expect(markedWords(['de', 'dan', 'dang', 'de'], ['de'])).toEqual([true, false, false, true]);
  });

  test('several words typed: only runs of two or more that stand together as typed', () => {
    // "Đề ra … đảng … đề dẫn" for "de dan": only "đề dẫn".
    expect(markedWords(['de', 'ra', 'dang', 'de', 'dan'], ['de', 'dan'])).toEqual([false, false, false, true, true]);
    expect(markedWords(['cu', 'thu', 'ky', 'thu', 'ky'], ['cu', 'thu', 'ky'])).toEqual([true, true, true, true, true]);
  });
});

describe('snippet', () => {
  const content = markStroke(
    'Trình bày đề dẫn chuyên đề. Đảng viên được phân công chuẩn bị trình bày đề dẫn chuyên đề. Đề ra giải pháp cho đảng viên.',
  );

  test('marks "đề dẫn" for "de dan", and neither "Đề ra" nor "đảng"; "đ" is restored', () => {
    const parts = snippet(content, 'Trình bày đề dẫn chuyên đề', 'de dan');
    expect(marks(parts)).toEqual(['đề dẫn']);
    expect(text(parts)).not.toMatch(/[ḍḌ]/);
  });

  test('never starts with the title, nor with a sentence that only restates it', () => {
    const parts = snippet('Cử thư ký ghi biên bản. Cử thư ký ghi biên bản sinh hoạt chi bộ. Người thực hiện: chủ trì, thư ký.', 'Cử thư ký ghi biên bản', 'cu thu ky');
    expect(text(parts)).toBe('Người thực hiện: chủ trì, thư ký.');
    expect(text(snippet(content, 'Trình bày đề dẫn chuyên đề', 'trinh bay'))).toMatch(/^Đảng viên được phân công chuẩn bị trình bày/);
  });

  test('a text that is only its title gives no snippet', () => {
    expect(snippet('Tiếp thu ý kiến.', 'Tiếp thu ý kiến', 'tiep thu')).toEqual([]);
  });

  test('starts a few words before the first match, after `from`, with "…" where text is left out', () => {
    const long = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ') + ' Vương Đại Tương nhận xét.';
    const parts = snippet(long, 'Ý kiến', 'vuong dai tuong');
    expect(text(parts)).toMatch(/^… từ55 từ56 từ57 từ58 từ59 Vương Đại Tương nhận xét\.$/);
    expect(marks(parts)).toEqual(['Vương Đại Tương']);
    expect(text(snippet(long, 'x', 'khong co', 10))).toMatch(new RegExp(`^từ10 .* từ${10 + snippetWords - 1} …$`));
  });

  test('punctuation around a marked run stays unmarked, and a run is never cut at the end', () => {
    expect(marks(snippet('Khung (đề dẫn), rồi.', 'x', 'đề dẫn'))).toEqual(['đề dẫn']);
    const words = Array.from({ length: snippetWords - 1 }, () => 'chữ').join(' ');
    expect(marks(snippet(`${words} biên bản cuối`, 'x', 'bien ban'))).toEqual(['biên bản']);
  });
});

describe('phrases', () => {
  test('queryWords folds, keeps order and repeats; hasPhrase finds words standing together', () => {
    expect(queryWords('Tự soi, tự sửa')).toEqual(['tu', 'soi', 'tu', 'sua']);
    expect(hasPhrase(queryWords('thường xuyên tự soi, tự sửa gắn với'), queryWords('tu soi tu sua'))).toBe(true);
    expect(hasPhrase(queryWords('tự sửa, tự soi'), queryWords('tu soi tu sua'))).toBe(false);
  });
});
