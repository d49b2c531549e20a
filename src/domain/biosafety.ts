/**
 * Biosafety level of a laboratory room (GB 50346-2011 and GB 19489-2008): BSL for laboratories,
 * ABSL for animal facilities, 1 to 4.
 */
export type BiosafetyLevel = 'BSL-1' | 'BSL-2' | 'BSL-3' | 'BSL-4' | 'ABSL-1' | 'ABSL-2' | 'ABSL-3' | 'ABSL-4';

/**
 * Laboratory type by how the agents handled spread (GB 50346-2011 §3.1): `a` agents not
 * transmitted by air; `b1` airborne agents handled in primary containment devices; `b2` airborne
 * agents that cannot be handled in such devices.
 */
export type BiosafetyType = 'a' | 'b1' | 'b2';

export interface Biosafety {
  readonly level: BiosafetyLevel;
  /** Null when the type was not given; rules that depend on it then report "cannot evaluate". */
  readonly type: BiosafetyType | null;
}

export const BIOSAFETY_LEVELS: readonly BiosafetyLevel[] = ['BSL-1', 'BSL-2', 'BSL-3', 'BSL-4', 'ABSL-1', 'ABSL-2', 'ABSL-3', 'ABSL-4'];

export const BIOSAFETY_TYPES: readonly BiosafetyType[] = ['a', 'b1', 'b2'];
