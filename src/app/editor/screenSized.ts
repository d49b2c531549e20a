import type Konva from 'konva';
import { useEditorStore } from './editorStore';

/**
 * Name of Konva nodes drawn at a constant screen size (room labels, finding badges). Their scale
 * is the inverse of the zoom. `applyScreenScale` sets it on every zoom without a React render,
 * because re-rendering a thousand rooms per wheel step took hundreds of milliseconds.
 */
export const SCREEN_SIZED = 'screen-sized';

/** Returns the current zoom (px/mm), for the first render of a screen-sized node. */
export function currentZoom(): number {
  return useEditorStore.getState().viewport.scale;
}

/** Name of room labels, which are also hidden when their room is too narrow on screen to hold them. */
export const ROOM_LABEL = 'room-label';
/** Attribute on a room label: the width of its room's bounding box (mm). */
export const ROOM_WIDTH_ATTR = 'roomWidthMm';
/** Rooms narrower than this on screen (px) show no label, because it would not be readable. */
const MIN_LABELLED_ROOM_PX = 48;

export function isLabelVisible(roomWidthMm: number, zoom: number): boolean {
  return roomWidthMm * zoom >= MIN_LABELLED_ROOM_PX;
}

/** Rescales every screen-sized node for `zoom` and shows or hides room labels to match. */
export function applyScreenScale(stage: Konva.Stage, zoom: number): void {
  const inverse = 1 / zoom;
  for (const node of stage.find(`.${SCREEN_SIZED}`)) {
    node.scale({ x: inverse, y: inverse });
    if (node.hasName(ROOM_LABEL)) node.visible(isLabelVisible(Number(node.getAttr(ROOM_WIDTH_ATTR)), zoom));
  }
}
