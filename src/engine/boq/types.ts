import type { OpeningKind, QuantityOrigin, QuantityUnit, LayoutQuantityKind } from '../../domain/quote';
import type { Outside } from '../../domain/project';

/**
 * An opening in a wall that the project model does not store yet (windows, pass boxes). Doors
 * come from `Project.doors`. `roomB` is the room on the other side or `outside`.
 */
export interface BoqOpening {
  readonly id: string;
  readonly kind: Exclude<OpeningKind, 'door'>;
  readonly roomA: string;
  readonly roomB: string | Outside;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** Airflow terminals of one room, as an airflow design gives them. Omitted kinds are unknown. */
export interface RoomTerminalCounts {
  readonly hepaTerminals?: number;
  readonly ffus?: number;
  readonly returnGrilles?: number;
}

export interface BoqParameters {
  /** Height of door openings (mm), deducted with each door's width from the wall panel area. */
  readonly doorHeightMm: number;
  /** Windows and pass boxes to deduct from the wall panel area. */
  readonly openings?: readonly BoqOpening[];
  /** Door type by door id (`single-leaf`, `double-leaf`, `sliding`); doors not listed are `door`. */
  readonly doorTypes?: Readonly<Record<string, string>>;
  /** Terminal counts by room id. Without this, no terminal quantities are produced. */
  readonly terminals?: Readonly<Record<string, RoomTerminalCounts>>;
  /** How far apart two wall lines may be and still be one wall (mm); 1 mm by default. */
  readonly wallToleranceMm?: number;
}

/** One piece of wall panel: a partition between two rooms or an exterior wall of one room. */
export interface WallPiece {
  /** One room id for an exterior wall, two for a partition. */
  readonly roomIds: readonly string[];
  readonly lengthMm: number;
  /** Panel height (mm): the room's clear height, or the higher of the two for a partition. */
  readonly heightMm: number;
  readonly areaM2: number;
}

/** A quantity taken from the layout, with its value in `unit` and how it was derived. */
export interface BoqQuantity {
  readonly kind: LayoutQuantityKind;
  /** Value in `unit` (m², m or a count), unrounded. */
  readonly value: number;
  /** `value` as a quote quantity: two decimals for m² and m, a whole number for counts. */
  readonly quoteValue: string;
  readonly unit: QuantityUnit;
  readonly origin: QuantityOrigin;
  /** Share of each room, in `unit`, for tracing; a partition's area is shared half and half. */
  readonly byRoom: readonly { readonly roomId: string; readonly value: number }[];
}

/** Doors of one type and size. */
export interface DoorGroup {
  readonly type: string;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly quantity: BoqQuantity;
  readonly doorIds: readonly string[];
}

/** Bill of quantities of a drawn layout. */
export interface Boq {
  readonly wallPanels: BoqQuantity;
  readonly walls: readonly WallPiece[];
  readonly ceilingPanels: BoqQuantity;
  readonly floorFinish: BoqQuantity;
  readonly covingFloor: BoqQuantity;
  readonly covingCeiling: BoqQuantity;
  readonly doors: readonly DoorGroup[];
  /** Null when no terminal counts were given. */
  readonly hepaTerminals: BoqQuantity | null;
  readonly ffus: BoqQuantity | null;
  readonly returnGrilles: BoqQuantity | null;
  readonly certificationSampling: BoqQuantity;
}
