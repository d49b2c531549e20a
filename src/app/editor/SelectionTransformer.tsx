import { useEffect, useRef } from 'react';
import 'konva/lib/shapes/Transformer';
import { Transformer } from 'react-konva/lib/ReactKonvaCore';
import type Konva from 'konva';
import type { PointMm } from '../../domain/project';
import { useProjectStore } from '../store/projectStore';
import { useEditorStore } from './editorStore';
import { asAxisAlignedRectangle } from './geometry';
import { resizeRectangle, type NodeTransform } from './resize';
import { roomsById } from './roomIndex';

const MIN_BOX_PX = 6;

function readTransform(node: Konva.Node): NodeTransform {
  return { x: node.x(), y: node.y(), scaleX: node.scaleX(), scaleY: node.scaleY() };
}

function resetTransform(node: Konva.Node): void {
  node.setAttrs({ x: 0, y: 0, scaleX: 1, scaleY: 1 });
}

interface SelectionTransformerProps {
  /** Receives the live outline while a resize is in progress, and null when it ends. */
  onLivePolygon(polygon: readonly PointMm[] | null): void;
}

/**
 * Konva transformer on the selected rectangular room while the select tool is active. Rotation is off. On `transformend` the
 * scaled size is written into the polygon (snapped unless Alt is held) as one undo step and
 * the node's scale is reset to 1. The node is looked up by id in an effect, so selection
 * stays an id in the store.
 */
export function SelectionTransformer({ onLivePolygon }: SelectionTransformerProps) {
  const transformerRef = useRef<Konva.Transformer>(null);
  const selectTool = useEditorStore((state) => state.toolId === 'select');
  const selectedRoom = useProjectStore((state) => (state.selection?.kind === 'room' ? roomsById(state.project.rooms).get(state.selection.id) : undefined));
  const isRectangle = selectedRoom ? asAxisAlignedRectangle(selectedRoom.polygon) !== null : false;
  // Only the select tool resizes; in drawing tools the anchors would catch presses meant for drawing.
  const roomId = isRectangle && selectTool ? selectedRoom?.id : undefined;

  useEffect(() => {
    const transformer = transformerRef.current;
    if (!transformer) return;
    const stage = transformer.getStage();
    const node = roomId && stage ? stage.findOne((candidate: Konva.Node) => candidate.getAttr('roomId') === roomId) : undefined;
    transformer.nodes(node ? [node] : []);
    transformer.getLayer()?.batchDraw();
  }, [roomId, selectedRoom?.polygon]);

  const currentPolygon = () => (roomId ? roomsById(useProjectStore.getState().project.rooms).get(roomId)?.polygon : undefined);

  return (
    <Transformer
      ref={transformerRef}
      rotateEnabled={false}
      flipEnabled={false}
      keepRatio={false}
      ignoreStroke
      boundBoxFunc={(oldBox, newBox) => (Math.abs(newBox.width) < MIN_BOX_PX || Math.abs(newBox.height) < MIN_BOX_PX ? oldBox : newBox)}
      onTransform={(event) => {
        const polygon = currentPolygon();
        if (polygon) onLivePolygon(resizeRectangle(polygon, readTransform(event.target), null));
      }}
      onTransformEnd={(event) => {
        const node = event.target;
        const polygon = currentPolygon();
        const altHeld = event.evt instanceof MouseEvent && event.evt.altKey;
        const snapStep = altHeld ? null : useEditorStore.getState().snapStepMm;
        const resized = polygon ? resizeRectangle(polygon, readTransform(node), snapStep) : null;
        resetTransform(node);
        onLivePolygon(null);
        if (roomId && resized) useProjectStore.getState().updateRoom(roomId, { polygon: resized, areaKnown: true });
        node.getLayer()?.batchDraw();
      }}
    />
  );
}
