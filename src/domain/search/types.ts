/**
 * Shapes shared by the build-time search index (src/pages/search-index.json.ts), the pure
 * helpers in this folder and the search dialog. Everything here is plain data.
 */

/** What a site search document is; codes come from the code lookup, not the site index. */
export type SearchDocType = 'lesson' | 'glossary' | 'exercise';

/** Kinds of result the dialog can show, in display order. */
export type ResultType = SearchDocType | 'code';

/** The minimal, safe-to-render record the browser downloads for each indexed page. */
export interface SearchDoc {
  /** Site path, e.g. "/learn/foundations/revenue-cycle/"; also the lunr ref. */
  url: string;
  title: string;
  type: SearchDocType;
  /** One or two plain-text sentences shown under the title. */
  excerpt: string;
}

/** A page as the index builder sees it: the rendered record plus the text to index. */
export interface SearchSource extends SearchDoc {
  /** Section headings, plain text, space separated. */
  headings: string;
  /** Body text with markup removed. */
  body: string;
}

/** The JSON served at /search-index.json. */
export interface SearchIndexFile {
  /** Bumped when the shape changes, so a cached old file is not misread. */
  version: 1;
  /** `lunr.Index#toJSON()` output. */
  index: object;
  docs: SearchDoc[];
}

/** One row in the dialog, whatever its source. */
export interface ResultItem {
  type: ResultType;
  url: string;
  title: string;
  excerpt: string;
  /** Codes only: how the query was read for this hit ("CAD read as coronary artery disease; Index: ..."), as in the code lookup. */
  why?: string;
}

/** A labelled block of results of one type. */
export interface ResultGroup {
  type: ResultType;
  label: string;
  items: ResultItem[];
}
