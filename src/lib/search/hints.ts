/**
 * What search needs beside Pagefind's index, written at build time to one small JSON file
 * (`routes.searchHints`) that the search code fetches with Pagefind: the abbreviations to write out
 * and the kinds of paper ranking knows. Kept out of the pages, so no page carries it.
 */
import type { Handbook } from '../content/load';
import { searchAbbreviations, type SearchAbbreviation } from './abbreviations';
import { searchPapers } from './papers';
import type { SearchPaper } from './rank';

/** The contents of the hints file. Addresses are relative to the site base ("/mau-van-ban/…"). */
export interface SearchHints {
  abbreviations: SearchAbbreviation[];
  papers: SearchPaper[];
}

/** The hints of a handbook. */
export function searchHints(handbook: Pick<Handbook, 'abbreviations' | 'basisDocuments' | 'templates' | 'procedures' | 'advice'>): SearchHints {
  return {
    abbreviations: searchAbbreviations(handbook.abbreviations, handbook.basisDocuments),
    papers: searchPapers(handbook),
  };
}
