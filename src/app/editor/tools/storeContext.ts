import type { Project } from '../../../domain/project';
import { useProjectStore } from '../../store/projectStore';
import { nextRoomName } from '../roomFactory';
import type { ToolContext } from './types';

export interface StoreContextOptions {
  snapStepMm(): number;
  pxPerMm(): number;
  /** Formats the default name of the n-th room in the UI language. */
  formatRoomName(n: number): string;
  panBy(dx: number, dy: number): void;
  newId?: () => string;
}

/** Creates a tool context on the app's project store, so every change goes through its undo history. */
export function createStoreContext(options: StoreContextOptions): ToolContext {
  const store = () => useProjectStore.getState();
  return {
    project: () => store().project,
    selection: () => store().selection,
    select: (selection) => store().select(selection),
    addRoom: (room) => store().addRoom(room),
    addDoor: (door) => store().addDoor(door),
    deleteRooms: (ids) => store().deleteRooms(ids),
    deleteDoor: (id) => store().deleteDoor(id),
    changeProject: (change: (project: Project) => Project) => useProjectStore.setState((state) => ({ project: change(state.project) })),
    snapStepMm: options.snapStepMm,
    pxPerMm: options.pxPerMm,
    newId: options.newId ?? (() => crypto.randomUUID()),
    newRoomName: () => nextRoomName(store().project.rooms, options.formatRoomName),
    panBy: options.panBy,
  };
}
