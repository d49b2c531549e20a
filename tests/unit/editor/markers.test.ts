import { describe, expect, it } from 'vitest';
import { findingMarkers } from '../../../src/app/editor/findingMarkers';
import { legendKeyOf } from '../../../src/app/editor/roomStyle';
import { nextRoomName } from '../../../src/app/editor/roomFactory';
import type { CheckResult, Finding, Outcome } from '../../../src/engine/findings';
import { rectangleRoom } from './fixtures';

function finding(outcome: Outcome, roomId: string | null, doorId: string | null = null): Finding {
  return {
    ruleId: 'gb-50073-2013/test',
    outcome,
    kind: 'mandatory',
    roomId,
    otherRoomId: null,
    doorId,
    citation: { ruleSetId: 'gb-50073-2013', standard: 'GB 50073', edition: '2013', clause: '6.2.3' },
    required: null,
    actual: null,
    verified: true,
    reason: { code: 'test' },
  };
}

function result(findings: Finding[]): CheckResult {
  return { rooms: [], doors: [], findings, summary: { pass: 0, fail: 0, cannotEvaluate: 0, notApplicable: 0 } };
}

describe('findingMarkers', () => {
  it('counts failures and cannot-evaluate per room', () => {
    const markers = findingMarkers(
      result([
        finding('fail', 'a'),
        finding('fail', 'a'),
        finding('cannot-evaluate', 'a'),
        finding('cannot-evaluate', 'b'),
        finding('pass', 'c'),
        finding('not-applicable', 'c'),
      ]),
    );
    expect(markers.rooms).toEqual([
      { roomId: 'a', failures: 2, cannotEvaluate: 1 },
      { roomId: 'b', failures: 0, cannotEvaluate: 1 },
    ]);
  });

  it('marks doors whose pressure step fails', () => {
    const markers = findingMarkers(result([finding('fail', 'a', 'door-1'), finding('pass', 'a', 'door-2')]));
    expect([...markers.failingDoorIds]).toEqual(['door-1']);
  });

  it('has no markers without a result', () => {
    expect(findingMarkers(null).rooms).toEqual([]);
  });
});

describe('legendKeyOf', () => {
  it.each([
    [null, 'none'],
    [{ kind: 'unclassified' }, 'unclassified'],
    [{ kind: 'iso', isoClass: 4 }, 'iso1to4'],
    [{ kind: 'iso', isoClass: 5 }, 'iso5'],
    [{ kind: 'iso', isoClass: 7 }, 'iso7'],
    [{ kind: 'iso', isoClass: 8 }, 'iso8'],
    [{ kind: 'iso', isoClass: 8.5 }, 'iso9'],
    [{ kind: 'gmp', grade: 'A' }, 'iso5'],
    [{ kind: 'gmp', grade: 'B' }, 'iso6'],
    [{ kind: 'gmp', grade: 'D' }, 'iso8'],
  ] as const)('maps %j to %s', (cleanliness, key) => {
    expect(legendKeyOf(cleanliness)).toBe(key);
  });
});

describe('nextRoomName', () => {
  it('skips names in use', () => {
    const rooms = [rectangleRoom('房间 2', 0, 0, 1000, 1000), rectangleRoom('房间 3', 0, 0, 1000, 1000)];
    expect(nextRoomName(rooms, (n) => `房间 ${n}`)).toBe('房间 4');
  });
});
