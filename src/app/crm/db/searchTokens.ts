/**
 * Name search keys for the `*tokens` multiEntry indexes of companies and contacts.
 *
 * IndexedDB indexes only support exact and range lookups on keys, so "contains" and "starts with"
 * searches need precomputed keys. Chinese names have no spaces and users type any part of them
 * (苏州 in 苏州某某生物医药有限公司, 生物医药 in the middle), so every run of 1 to 4 adjacent CJK
 * characters is a key. A query of up to 4 characters (city, brand and trade words mostly are)
 * looks up itself and needs no further check. A longer query looks up all its 4-character runs,
 * and the names having every one are then checked for the whole query. This n-gram scheme costs
 * about 4 keys per character, where indexing every substring would cost n²/2. Latin-script names are searched by word prefix
 * ("bio" finds "Suzhou BioPharma"), so each lowercased word contributes its prefixes. Text is
 * NFKC-normalised first, so full-width letters and digits (ＡＢＣ１) match their ASCII forms.
 */

/** Maximum length of a stored word prefix; a longer query word still matches through the candidate check. */
const MAX_PREFIX_LENGTH = 16;

/** Maximum number of CJK characters in one key. */
const MAX_CJK_GRAM = 4;

/** Lists every run of `length` adjacent characters of `characters`. */
function grams(characters: readonly string[], length: number): string[] {
  const runs: string[] = [];
  for (let start = 0; start + length <= characters.length; start++) runs.push(characters.slice(start, start + length).join(''));
  return runs;
}

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

/** Index keys of a name: runs of 1 to 4 adjacent CJK characters, and word prefixes up to 16 characters. */
export function searchTokens(name: string): string[] {
  const tokens = new Set<string>();
  const { cjkRuns, words } = splitSearchTerms(name);
  for (const run of cjkRuns) {
    const characters = [...run];
    for (let length = 1; length <= MAX_CJK_GRAM; length++) {
      for (const gram of grams(characters, length)) tokens.add(gram);
    }
  }
  for (const word of words) {
    const characters = [...word];
    const longest = Math.min(characters.length, MAX_PREFIX_LENGTH);
    for (let length = 1; length <= longest; length++) tokens.add(characters.slice(0, length).join(''));
  }
  return [...tokens];
}

/**
 * A parsed query: the tokens to look up in the index and a check for each candidate's name. A
 * name matches only if it has every probe token. `exact` is true when having every probe token
 * is also enough, so candidates need no check: each CJK run of the query is at most 4 characters
 * and each word at most 16.
 */
export interface SearchPlan {
  readonly probes: readonly string[];
  readonly exact: boolean;
  matches(name: string): boolean;
}

/** Tokens a name must have to contain `run`: the run itself up to 4 characters, else its 4-character runs. */
function cjkProbes(run: string): string[] {
  const characters = [...run];
  if (characters.length <= MAX_CJK_GRAM) return [run];
  return grams(characters, MAX_CJK_GRAM);
}

/**
 * Plans a name search, or returns null for a query with no letters, digits or CJK characters.
 * Every CJK run of the query must occur in the name as a substring, and every query word must
 * start some word of the name.
 */
export function planSearch(query: string): SearchPlan | null {
  const { cjkRuns, words } = splitSearchTerms(query);
  if (cjkRuns.length === 0 && words.length === 0) return null;

  const wordProbes = words.map((word) => [...word].slice(0, MAX_PREFIX_LENGTH).join(''));
  const probes = [...new Set([...cjkRuns.flatMap(cjkProbes), ...wordProbes])];
  const exact = cjkRuns.every((run) => [...run].length <= MAX_CJK_GRAM) && words.every((word) => [...word].length <= MAX_PREFIX_LENGTH);

  const matches = (name: string): boolean => {
    const normalised = normaliseForSearch(name);
    const nameWords = splitSearchTerms(name).words;
    return cjkRuns.every((run) => normalised.includes(run)) && words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  };
  return { probes, exact, matches };
}
