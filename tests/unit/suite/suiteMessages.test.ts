import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../src/i18n/findingMessages';
import { NC, doors, findingsOf, grade, project, room } from './fixtures';

const names: Record<string, string> = { b: '灌装间', c: '缓冲间', x: '二更' };
const roomName = (id: string) => names[id] ?? id;

describe('suite finding sentences', () => {
  const reversed = project([room('c', { cleanliness: grade('C'), pressurePa: 10 }), room('b', { cleanliness: grade('B'), pressurePa: 5 })], doors(['c', 'b']));
  const finding = findingsOf(reversed, 'china-gmp-2010/suite-flow-direction')[0]!;

  it('names both rooms in English', () => {
    expect(describeFinding(finding, 'en', roomName)).toBe(
      'Air flows from the higher grade to the lower grade: 灌装间 must be above 缓冲间; the design has 5 Pa and 10 Pa, so the air flows the wrong way.',
    );
  });

  it('names both rooms in Chinese', () => {
    expect(describeFinding(finding, 'zh-CN', roomName)).toBe('气流由高级别洁净区流向低级别洁净区：灌装间应高于缓冲间，设计值为 5 Pa 与 10 Pa，气流方向相反。');
  });

  it('lists rooms lacking input', () => {
    const missing = project([room('x', { cleanliness: grade('D'), pressurePa: null }), room('corridor', { cleanliness: NC, pressurePa: 0 })], doors(['x', 'corridor']));
    const cannot = findingsOf(missing, 'china-gmp-2010/suite-flow-direction')[0]!;
    expect(describeFinding(cannot, 'en', roomName)).toBe('Air flows from the higher grade to the lower grade cannot be evaluated because these rooms lack their pressure: 二更.');
    expect(describeFinding(cannot, 'zh-CN', roomName)).toBe('气流由高级别洁净区流向低级别洁净区无法判定，因为以下房间缺少压差：二更。');
  });
});
