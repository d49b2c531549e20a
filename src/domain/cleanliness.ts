/**
 * A room's cleanliness designation after parsing. The raw text the user typed is kept beside it
 * on the room (`Room.classLabel`) so that reports can quote it.
 *
 * - `iso`: an ISO 14644-1 class number. Chinese legacy names map here through the crosswalk in
 *   `rules/class-crosswalk.json` (万级 → ISO 7, 三十万级 → ISO 8.5).
 * - `gmp`: a GMP grade A–D (EU GMP Annex 1 / China GMP 2010 Annex 1).
 * - `hospital`: a GB 50333 clean operating department class I–IV, used for operating rooms and
 *   their auxiliary rooms. Its ISO equivalents depend on the edition and live in that rule set.
 * - `food`: a GB 50687 food industry clean room class I–IV. It is a separate system from the
 *   GB 50333 classes with the same numerals, and no ISO equivalent has been verified for it.
 * - `unclassified`: a room that is deliberately not a cleanroom (`NC`, 非洁净区).
 */
export type Cleanliness =
  | { readonly kind: 'iso'; readonly isoClass: number }
  | { readonly kind: 'gmp'; readonly grade: GmpGrade }
  | { readonly kind: 'hospital'; readonly hospitalClass: HospitalClass }
  | { readonly kind: 'food'; readonly foodClass: FoodClass }
  | { readonly kind: 'unclassified' };

export type GmpGrade = 'A' | 'B' | 'C' | 'D';

export const GMP_GRADES: readonly GmpGrade[] = ['A', 'B', 'C', 'D'];

/** GB 50333 clean operating department class, I (特别洁净) to IV (准洁净). */
export type HospitalClass = 'I' | 'II' | 'III' | 'IV';

export const HOSPITAL_CLASSES: readonly HospitalClass[] = ['I', 'II', 'III', 'IV'];

/** GB 50687 food industry clean room class, I (cleanest) to IV. */
export type FoodClass = 'I' | 'II' | 'III' | 'IV';

export const FOOD_CLASSES: readonly FoodClass[] = ['I', 'II', 'III', 'IV'];
