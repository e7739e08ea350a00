import { describe, expect, test } from 'vitest';
import { normalizeQuery, pagefindTerm, withoutDiacritics } from '../../src/lib/search/query';
import { markStroke, markStrokeInHtml, unmarkStroke, hasStandIn } from '../../src/lib/search/stroke';

const correct = 'cử thư ký';
const nfd = correct.normalize('NFD');

describe('normalizeQuery', () => {
  test('decomposed Unicode (NFD) gives the same query as the composed spelling', () => {
    expect(nfd).not.toBe(correct);
    expect(normalizeQuery(nfd)).toBe(correct);
  });

  test('capitals, extra spaces, tabs and no-break spaces give the same query', () => {
    expect(normalizeQuery('  CỬ   THƯ\tKÝ\u00a0 ')).toBe(correct);
    expect(normalizeQuery('Cử Thư Ký')).toBe(correct);
  });

  test('capital Đ in NFD, with zero-width characters, becomes the correct spelling', () => {
    expect(normalizeQuery('VƯƠNG \u200bĐẠI TƯƠNG'.normalize('NFD'))).toBe('vương đại tương');
  });

  test('keeps document numbers as typed, lower case', () => {
    expect(normalizeQuery('04-ĐA/ThU')).toBe('04-đa/thu');
    expect(normalizeQuery(' 12-HD/BTCTW ')).toBe('12-hd/btctw');
  });

  test('an empty or blank query is empty', () => {
    expect(normalizeQuery('')).toBe('');
    expect(normalizeQuery(' \u200b\t ')).toBe('');
  });
});

describe('pagefindTerm', () => {
  test('NFD, capitals and extra spaces give the same term as the correct spelling', () => {
    const term = pagefindTerm(correct);
    for (const typed of [nfd, 'CỬ THƯ KÝ', '  cử   thư ký  ', 'CỬ THƯ KÝ'.normalize('NFD')]) expect(pagefindTerm(typed)).toBe(term);
  });

  test('writes đ as the index writes it', () => {
    expect(pagefindTerm('Đề dẫn')).toBe('ḍề dẫn');
    expect(pagefindTerm('de dan')).toBe('de dan');
  });
});

describe('withoutDiacritics', () => {
  test('drops every mark, đ included', () => {
    expect(withoutDiacritics('Biên bản ĐẢNG')).toBe('bien ban dang');
    expect(withoutDiacritics('tự soi tự sửa'.normalize('NFD'))).toBe('tu soi tu sua');
  });
});

describe('the stand-in for đ', () => {
  test('markStroke and unmarkStroke are inverse on Vietnamese text', () => {
    const text = 'Đảng viên được phân công chuẩn bị đề dẫn; Đề án 04-ĐA/ThU';
    expect(markStroke(text)).not.toMatch(/[đĐ]/);
    expect(unmarkStroke(markStroke(text))).toBe(text);
  });

  test('the stand-in decomposes to d plus a mark, so "de" finds it as it finds "dề"', () => {
    const folded = markStroke('đề').normalize('NFD').replace(/\p{M}/gu, '');
    expect(folded).toBe('de');
  });

  test('hasStandIn finds the stand-in letter', () => {
    expect(hasStandIn('đề')).toBe(false);
    expect(hasStandIn(markStroke('đề'))).toBe(true);
  });

  test('markStrokeInHtml changes the text of <body> only, not the head or attribute values', () => {
    const html =
      '<html><head><title>Đề</title><meta content="chuyên đề" data-pagefind-filter="loai[content]"></head>' +
      '<body><main data-pagefind-body><h1 id="_top" title="Đề">Đề dẫn</h1><a href="/de/">đảng</a></main></body></html>';
    const out = markStrokeInHtml(html);
    expect(out).toContain('<title>Đề</title>');
    expect(out).toContain('content="chuyên đề"');
    expect(out).toContain('title="Đề"');
    expect(out).toContain('>Ḍề dẫn</h1>');
    expect(out).toContain('>ḍảng</a>');
  });
});
