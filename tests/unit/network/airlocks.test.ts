import { describe, expect, it } from 'vitest';
import { classifyAirlock, OUTSIDE_NODE, recogniseAirlocks } from '../../../src/engine/network';

describe('classifyAirlock', () => {
  it('cascade between the sides', () => {
    expect(classifyAirlock(15, 30, 0)).toBe('cascade');
    expect(classifyAirlock(-25, -10, -40)).toBe('cascade');
  });

  it('bubble above both sides', () => {
    expect(classifyAirlock(25, 10, 15)).toBe('bubble');
  });

  it('sink below both sides', () => {
    expect(classifyAirlock(-30, -15, 0)).toBe('sink');
  });

  it('no type when equal to a side', () => {
    expect(classifyAirlock(10, 10, 0)).toBeNull();
  });

  it('step below the minimum', () => {
    expect(classifyAirlock(16, 20, 0, 5)).toBeNull();
    expect(classifyAirlock(14, 20, 0, 5)).toBe('cascade');
  });

  it('no type when a pressure is missing', () => {
    expect(classifyAirlock(null, 10, 0)).toBeNull();
    expect(classifyAirlock(5, 10, null)).toBeNull();
  });
});

describe('recogniseAirlocks', () => {
  const paths = [
    { from: 'corridor', to: OUTSIDE_NODE },
    { from: 'corridor', to: 'pal' },
    { from: 'pal', to: 'lab' },
    { from: 'corridor', to: 'mal' },
    { from: 'mal', to: 'lab' },
    { from: 'mal', to: 'lab' },
  ];
  const pressures = new Map<string, number | null>([
    ['corridor', 10],
    ['pal', 25],
    ['mal', -5],
    ['lab', 15],
  ]);

  it('finds rooms with exactly two neighbours', () => {
    // The corridor has three neighbours (outside, pal, mal). The two mal–lab paths count once.
    const found = recogniseAirlocks(pressures, paths);
    expect(found).toEqual([
      { roomId: 'pal', sideIds: ['corridor', 'lab'], type: 'bubble' },
      { roomId: 'mal', sideIds: ['corridor', 'lab'], type: 'sink' },
      { roomId: 'lab', sideIds: ['pal', 'mal'], type: 'cascade' },
    ]);
  });

  it('restricts the search to the given rooms', () => {
    const found = recogniseAirlocks(pressures, paths, { roomIds: ['corridor', 'pal'] });
    expect(found.map((candidate) => candidate.roomId)).toEqual(['pal']);
  });
});
