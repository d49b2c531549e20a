/**
 * Name search keys for the `*tokens` multiEntry indexes of companies and contacts.
 *
 * IndexedDB indexes only support exact and range lookups on keys, so "contains" and "starts with"
 * searches need precomputed keys. Chinese names have no spaces and users type any part of them
 * (苏州 in 苏州某某生物医药有限公司, 生物医药 in the middle), so every CJK character and every pair
 * of adjacent CJK characters is a key: a query of one character looks up that character, a longer
 * query looks up one of its pairs and the candidates are then checked for the whole query. That is
 * the usual bigram scheme of CJK full-text search; it costs about 2 keys per character, where
 * indexing every substring would cost n²/2. Latin-script names are searched by word prefix
 * ("bio" finds "Suzhou BioPharma"), so each lowercased word contributes its prefixes. Text is
 * NFKC-normalised first, so full-width letters and digits (ＡＢＣ１) match their ASCII forms.
 */

/** Longest word prefix stored; a longer query word still matches through the candidate check. */
const MAX_PREFIX_LENGTH = 16;

const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Runs of CJK characters and Latin-script (or other alphabetic) words in a text, lowercased. */
export interface SearchTerms {
  readonly cjkRuns: readonly string[];
  readonly words: readonly string[];
}

export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Splits text into CJK runs and words; punctuation and spaces separate both. */
export function splitSearchTerms(text: string): SearchTerms {
  const cjkRuns: string[] = [];
  const words: string[] = [];
  let cjk = '';
  let word = '';
  const flush = () => {
    if (cjk) cjkRuns.push(cjk);
    if (word) words.push(word);
    cjk = '';
    word = '';
  };
  for (const character of normaliseForSearch(text)) {
    if (CJK_CHARACTER.test(character)) {
      if (word) flush();
      cjk += character;
    } else if (WORD_CHARACTER.test(character)) {
      if (cjk) flush();
      word += character;
    } else {
      flush();
    }
  }
  flush();
  return { cjkRuns, words };
}

/** Index keys of a name: CJK characters and adjacent pairs, and word prefixes up to 16 characters. */
export function searchTokens(name: string): string[] {
  const tokens = new Set<string>();
  const { cjkRuns, words } = splitSearchTerms(name);
  for (const run of cjkRuns) {
    const characters = [...run];
    characters.forEach((character, index) => {
      tokens.add(character);
      if (index + 1 < characters.length) tokens.add(character + characters[index + 1]);
    });
  }
  for (const word of words) {
    const characters = [...word];
    const longest = Math.min(characters.length, MAX_PREFIX_LENGTH);
    for (let length = 1; length <= longest; length++) tokens.add(characters.slice(0, length).join(''));
  }
  return [...tokens];
}

/** A parsed query: the key to look up in the index and a check for each candidate's name. */
export interface SearchPlan {
  readonly probe: string;
  matches(name: string): boolean;
}

function probeFor(term: { kind: 'cjk' | 'word'; text: string }): string {
  const characters = [...term.text];
  if (term.kind === 'cjk') return characters.slice(0, 2).join('');
  return characters.slice(0, MAX_PREFIX_LENGTH).join('');
}

/**
 * Plans a name search, or returns null for a query with no letters, digits or CJK characters.
 * Every CJK run of the query must occur in the name as a substring, and every query word must
 * start some word of the name. The probe is the longest term's key, because longer keys match
 * fewer records.
 */
export function planSearch(query: string): SearchPlan | null {
  const { cjkRuns, words } = splitSearchTerms(query);
  const terms = [...cjkRuns.map((text) => ({ kind: 'cjk' as const, text })), ...words.map((text) => ({ kind: 'word' as const, text }))];
  if (terms.length === 0) return null;

  const selectivity = (term: { kind: 'cjk' | 'word'; text: string }) => (term.kind === 'cjk' ? Math.min([...term.text].length, 2) * 4 : [...term.text].length);
  const probeTerm = terms.reduce((best, term) => (selectivity(term) > selectivity(best) ? term : best));

  const matches = (name: string): boolean => {
    const normalised = normaliseForSearch(name);
    const nameWords = splitSearchTerms(name).words;
    return cjkRuns.every((run) => normalised.includes(run)) && words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  };
  return { probe: probeFor(probeTerm), matches };
}
