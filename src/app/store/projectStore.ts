import { create } from 'zustand';
import { temporal } from 'zundo';
import { DEFAULT_PROJECT_AIRSIDE, type ProjectAirside } from '../../domain/airside';
import type { Door, Project, Room, RoomDesign } from '../../domain/project';

/** What is selected on the plan. Selection is view state and stays out of the undo history. */
export type Selection = { readonly kind: 'room'; readonly id: string } | { readonly kind: 'door'; readonly id: string } | null;

export interface ProjectState {
  readonly project: Project;
  readonly selection: Selection;

  /** Replace the open project (open, import, hydrate) and clear the undo history. */
  loadProject(project: Project): void;
  setProjectMeta(patch: Partial<Pick<Project, 'name' | 'customerName' | 'referenceDate' | 'ruleSetIds'>>): void;
  addRoom(room: Room): void;
  updateRoom(id: string, patch: Partial<Omit<Room, 'id' | 'design'>>): void;
  updateRoomDesign(id: string, patch: Partial<RoomDesign>): void;
  /** Delete rooms and every door that touches them, as one undo step. */
  deleteRooms(ids: readonly string[]): void;
  addDoor(door: Door): void;
  updateDoor(id: string, patch: Partial<Omit<Door, 'id'>>): void;
  deleteDoor(id: string): void;
  select(selection: Selection): void;
  /** Replace the project's air-side settings (leakage method, AHUs, terminal catalog). */
  setAirside(airside: ProjectAirside): void;
  /** Remove an AHU or a catalog terminal and clear it on every room that used it, as one undo step. */
  removeAirsideEntry(kind: 'ahu' | 'terminal', id: string): void;
}

function mapRoom(project: Project, id: string, change: (room: Room) => Room): Project {
  return { ...project, rooms: project.rooms.map((room) => (room.id === id ? change(room) : room)) };
}

function withoutAirsideEntry(project: Project, kind: 'ahu' | 'terminal', id: string): Project {
  const airside = project.airside ?? DEFAULT_PROJECT_AIRSIDE;
  if (kind === 'ahu') {
    return {
      ...project,
      airside: { ...airside, ahus: airside.ahus.filter((ahu) => ahu.id !== id) },
      rooms: project.rooms.map((room) => (room.ahuId === id ? { ...room, ahuId: null } : room)),
    };
  }
  const catalog = airside.terminalCatalog?.filter((spec) => spec.id !== id) ?? null;
  return {
    ...project,
    airside: { ...airside, terminalCatalog: catalog },
    rooms: project.rooms.map((room) => (room.terminalId === id ? { ...room, terminalId: null, terminalCount: null } : room)),
  };
}

export function createEmptyProject(id: string, referenceDate: string): Project {
  return {
    id,
    name: '',
    customerName: '',
    referenceDate,
    ruleSetIds: ['iso-14644-1-2015', 'gb-50073-2013'],
    rooms: [],
    doors: [],
  };
}

/**
 * The open project. Every action is one undo step; the editor commits drags and resizes on
 * gesture end so that one gesture is one step.
 */
export const useProjectStore = create<ProjectState>()(
  temporal(
    (set) => ({
      project: createEmptyProject('untitled', new Date().toISOString().slice(0, 10)),
      selection: null,

      loadProject(project) {
        set({ project, selection: null });
        useProjectStore.temporal.getState().clear();
      },
      setProjectMeta(patch) {
        set((state) => ({ project: { ...state.project, ...patch } }));
      },
      addRoom(room) {
        set((state) => ({ project: { ...state.project, rooms: [...state.project.rooms, room] } }));
      },
      updateRoom(id, patch) {
        set((state) => ({ project: mapRoom(state.project, id, (room) => ({ ...room, ...patch })) }));
      },
      updateRoomDesign(id, patch) {
        set((state) => ({
          project: mapRoom(state.project, id, (room) => ({ ...room, design: { ...room.design, ...patch } })),
        }));
      },
      deleteRooms(ids) {
        const removed = new Set(ids);
        set((state) => ({
          project: {
            ...state.project,
            rooms: state.project.rooms.filter((room) => !removed.has(room.id)),
            doors: state.project.doors.filter((door) => !removed.has(door.roomA) && !removed.has(door.roomB)),
          },
          selection: state.selection?.kind === 'room' && removed.has(state.selection.id) ? null : state.selection,
        }));
      },
      addDoor(door) {
        set((state) => ({ project: { ...state.project, doors: [...state.project.doors, door] } }));
      },
      updateDoor(id, patch) {
        set((state) => ({
          project: {
            ...state.project,
            doors: state.project.doors.map((door) => (door.id === id ? { ...door, ...patch } : door)),
          },
        }));
      },
      deleteDoor(id) {
        set((state) => ({
          project: { ...state.project, doors: state.project.doors.filter((door) => door.id !== id) },
          selection: state.selection?.kind === 'door' && state.selection.id === id ? null : state.selection,
        }));
      },
      select(selection) {
        set({ selection });
      },
      setAirside(airside) {
        set((state) => ({ project: { ...state.project, airside } }));
      },
      removeAirsideEntry(kind, id) {
        set((state) => ({ project: withoutAirsideEntry(state.project, kind, id) }));
      },
    }),
    {
      // Only the document is undoable; selection changes must not create history entries.
      partialize: (state) => ({ project: state.project }),
      equality: (a, b) => a.project === b.project,
      limit: 200,
    },
  ),
);
