/**
 * A room's cleanliness designation after parsing. The raw text the user typed is kept beside it
 * on the room (`Room.classLabel`) so that reports can quote it.
 *
 * - `iso`: an ISO 14644-1 class number. Chinese legacy names map here through the crosswalk in
 *   `rules/class-crosswalk.json` (万级 → ISO 7, 三十万级 → ISO 8.5).
 * - `gmp`: a GMP grade A–D (EU GMP Annex 1 / China GMP 2010 Annex 1).
 * - `unclassified`: a room that is deliberately not a cleanroom (`NC`, 非洁净区).
 */
export type Cleanliness =
  | { readonly kind: 'iso'; readonly isoClass: number }
  | { readonly kind: 'gmp'; readonly grade: GmpGrade }
  | { readonly kind: 'unclassified' };

export type GmpGrade = 'A' | 'B' | 'C' | 'D';

export const GMP_GRADES: readonly GmpGrade[] = ['A', 'B', 'C', 'D'];
