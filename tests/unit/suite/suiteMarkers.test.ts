import { describe, expect, it } from 'vitest';
import { findingMarkers } from '../../../src/app/editor/findingMarkers';
import { checkProject } from '../../../src/engine/index';
import { doors, grade, project, room } from './fixtures';

describe('suite finding markers', () => {
  it('marks every room a suite finding names', () => {
    const suite = project([room('c', { cleanliness: grade('C'), pressurePa: 10 }), room('b', { cleanliness: grade('B'), pressurePa: 5 })], doors(['c', 'b']));
    const result = checkProject(suite);
    const suiteFailures = result.findings.filter((finding) => finding.ruleId === 'china-gmp-2010/suite-flow-direction' && finding.outcome === 'fail');
    expect(suiteFailures).toHaveLength(1);

    const markers = findingMarkers({ ...result, findings: suiteFailures });
    expect(markers.rooms.map((marker) => marker.roomId).sort()).toEqual(['b', 'c']);
    expect(markers.rooms.every((marker) => marker.failures === 1)).toBe(true);
    expect([...markers.failingDoorIds]).toEqual(['d1']);
  });

  it('does not mark the outdoors', () => {
    const suite = project([room('d', { use: 'production', cleanliness: grade('D'), pressurePa: 10 })], doors(['d', 'outside']));
    const result = checkProject(suite);
    const entry = result.findings.filter((finding) => finding.ruleId === 'china-gmp-2010/suite-entry-path' && finding.outcome === 'fail');
    expect(entry[0]!.roomIds).toEqual(['d', 'outside']);
    expect(findingMarkers({ ...result, findings: entry }).rooms.map((marker) => marker.roomId)).toEqual(['d']);
  });
});
