/** Bill of quantities from a drawn layout, the input of quotes. */
export { computeBoq } from './computeBoq';
export { toLineQuantity } from './toQuote';
export type { Boq, BoqOpening, BoqParameters, BoqQuantity, DoorGroup, RoomTerminalCounts, WallPiece } from './types';
