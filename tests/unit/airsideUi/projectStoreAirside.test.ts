import { beforeEach, describe, expect, it } from 'vitest';
import type { Project, Room } from '../../../src/domain/project';
import { EMPTY_DESIGN } from '../../../src/domain/project';
import { createEmptyProject, useProjectStore } from '../../../src/app/store/projectStore';

function room(id: string, ahuId: string | null, terminalId: string | null): Room {
  return {
    id,
    name: id,
    use: null,
    polygon: [
      { x: 0, y: 0 },
      { x: 3000, y: 0 },
      { x: 3000, y: 3000 },
    ],
    clearHeightM: 2.7,
    cleanliness: null,
    classLabel: null,
    airflowPattern: null,
    containment: false,
    design: EMPTY_DESIGN,
    ahuId,
    terminalId,
    terminalCount: terminalId === null ? null : 4,
  };
}

function projectWithAirside(): Project {
  return {
    ...createEmptyProject('p', '2026-12-01'),
    rooms: [room('r1', 'ahu-1', 't-1'), room('r2', 'ahu-2', 't-2')],
    airside: {
      leakageMethod: 'gaps',
      doorTableId: null,
      ahus: [
        { id: 'ahu-1', name: 'AHU-1' },
        { id: 'ahu-2', name: 'AHU-2' },
      ],
      terminalCatalog: [
        { id: 't-1', kind: 'hepa', name: 'H-484', faceWidthMm: 484, faceLengthMm: 484, ratedM3h: 379, faceVelocityMs: 0.45 },
        { id: 't-2', kind: 'ffu', name: 'FFU-1175', faceWidthMm: 1175, faceLengthMm: 575, ratedM3h: 1092, faceVelocityMs: 0.45 },
      ],
    },
  };
}

describe('project store air-side actions', () => {
  beforeEach(() => useProjectStore.getState().loadProject(projectWithAirside()));

  it('deleting an AHU unassigns its rooms', () => {
    useProjectStore.getState().removeAirsideEntry('ahu', 'ahu-1');
    const project = useProjectStore.getState().project;
    expect(project.airside?.ahus.map((ahu) => ahu.id)).toEqual(['ahu-2']);
    expect(project.rooms[0]?.ahuId).toBeNull();
    expect(project.rooms[1]?.ahuId).toBe('ahu-2');
  });

  it('removing a terminal clears choice and count', () => {
    useProjectStore.getState().removeAirsideEntry('terminal', 't-2');
    const project = useProjectStore.getState().project;
    expect(project.airside?.terminalCatalog?.map((spec) => spec.id)).toEqual(['t-1']);
    expect(project.rooms[1]?.terminalId).toBeNull();
    expect(project.rooms[1]?.terminalCount).toBeNull();
    expect(project.rooms[0]?.terminalId).toBe('t-1');
  });

  it('removal is one undo step', () => {
    useProjectStore.getState().removeAirsideEntry('ahu', 'ahu-1');
    useProjectStore.temporal.getState().undo();
    const project = useProjectStore.getState().project;
    expect(project.airside?.ahus).toHaveLength(2);
    expect(project.rooms[0]?.ahuId).toBe('ahu-1');
  });

  it('setAirside replaces the settings', () => {
    const before = useProjectStore.getState().project.airside!;
    useProjectStore.getState().setAirside({ ...before, leakageMethod: 'door-table' });
    expect(useProjectStore.getState().project.airside?.leakageMethod).toBe('door-table');
    expect(useProjectStore.getState().project.rooms).toHaveLength(2);
  });

  it('works on projects without air-side settings', () => {
    useProjectStore.getState().loadProject({ ...projectWithAirside(), airside: undefined });
    useProjectStore.getState().removeAirsideEntry('ahu', 'ahu-1');
    const project = useProjectStore.getState().project;
    expect(project.airside?.ahus).toEqual([]);
    expect(project.rooms[0]?.ahuId).toBeNull();
  });
});
