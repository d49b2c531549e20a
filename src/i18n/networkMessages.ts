import type { Finding } from '../engine/findings';
import { formatNumber, formatQuantity } from './format';
import type { Locale } from './locale';

/**
 * Sentences for the pressure-network findings (reason codes starting `network-`): rooms the network
 * cannot solve, pressures the design airflows cannot hold, reversed door flows and door steps.
 */

type Params = NonNullable<Finding['reason']['params']>;
type Bilingual = Record<Locale, string>;
type Name = (id: string) => string;

const NETWORK_PREFIX = 'network-';
/** Rooms named in full in a sentence about a group; the rest are counted. */
const LISTED_ROOMS = 5;

const DOOR_FIELDS: Record<string, Bilingual> = {
  widthMm: { en: 'the door width', 'zh-CN': '门宽' },
  heightMm: { en: 'the door height', 'zh-CN': '门高' },
  leakageAreaM2: { en: 'the leakage area', 'zh-CN': '漏风面积' },
  'gapsMm.headMm': { en: 'the head gap', 'zh-CN': '门顶缝隙' },
  'gapsMm.thresholdMm': { en: 'the threshold gap', 'zh-CN': '门底缝隙' },
  'gapsMm.jambMm': { en: 'the jamb gap', 'zh-CN': '门侧缝隙' },
  'gapsMm.meetingMm': { en: 'the meeting-edge gap', 'zh-CN': '对开门中缝' },
};

/** Expected value and its fix for each door field, in the field's own unit. */
const DOOR_FIELD_FIXES: Record<string, Bilingual> = {
  widthMm: { en: 'enter a width above 0 mm', 'zh-CN': '请填写大于 0 mm 的门宽' },
  heightMm: { en: 'enter a height above 0 mm, or leave it empty for the default', 'zh-CN': '请填写大于 0 mm 的门高，或留空采用默认值' },
  leakageAreaM2: { en: 'enter an area of 0 m² or more, or leave it empty to work it out from the size', 'zh-CN': '请填写不小于 0 m² 的面积，或留空按尺寸计算' },
};
const GAP_FIX: Bilingual = { en: 'enter a gap of 0 mm or more', 'zh-CN': '请填写不小于 0 mm 的缝隙' };

const VERDICTS: Record<string, Bilingual> = {
  within: { en: 'which meets it', 'zh-CN': '满足要求' },
  'below-min': { en: 'which is below the minimum', 'zh-CN': '低于下限' },
  'above-max': { en: 'which is above the maximum', 'zh-CN': '高于上限' },
  'wrong-direction': { en: 'so the air flows the wrong way', 'zh-CN': '压差方向相反' },
};

/** True for findings of the pressure network, which `describeNetworkFinding` renders. */
export function isNetworkFinding(finding: Finding): boolean {
  return finding.reason.code.startsWith(NETWORK_PREFIX);
}

function number(p: Params, key: string): number | null {
  const value = p[key];
  return typeof value === 'number' ? value : null;
}

function pa(value: number | null, locale: Locale): string {
  return formatQuantity(value, 'Pa', locale, 1);
}

function m3h(value: number | null, locale: Locale): string {
  return formatQuantity(value, 'm3/h', locale, 0);
}

function roomList(finding: Finding, locale: Locale, name: Name): string {
  const ids = finding.roomIds ?? (finding.roomId === null ? [] : [finding.roomId]);
  const zh = locale === 'zh-CN';
  const listed = ids.slice(0, LISTED_ROOMS).map(name).join(zh ? '、' : ', ');
  const rest = ids.length - LISTED_ROOMS;
  if (rest <= 0) return listed;
  return zh ? `${listed}等 ${ids.length} 个房间` : `${listed} and ${rest} more rooms`;
}

function subject(finding: Finding, locale: Locale, name: Name): string {
  if (finding.doorId === null) return roomList(finding, locale, name);
  const room = name(finding.roomId ?? '');
  const other = name(finding.otherRoomId ?? '');
  return locale === 'zh-CN' ? `${room}与${other}之间的门` : `door between ${room} and ${other}`;
}

/** Builds the clause giving why a network finding could not be judged. */
function cannotEvaluateReason(finding: Finding, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const p = finding.reason.params ?? {};
  switch (finding.reason.code) {
    case 'network-missing-input':
      return zh
        ? '该房间既无设计压差，也未给全送风量、回风量和排风量，其压力和各门风量未知'
        : 'the room has no design pressure and not all of its supply, return and exhaust airflows, so its pressure and door flows are unknown';
    case 'network-no-path':
      return zh ? '该房间没有门或漏风通道，其压力无从确定' : 'the room has no door or leakage path, so nothing sets its pressure';
    case 'network-no-reference':
      return zh
        ? '这些房间只彼此相通，不通向已知压力的房间或室外，其压力无法确定'
        : 'these rooms open only to each other, never to a room of known pressure or outdoors, so their pressures are undetermined';
    case 'network-not-converged':
      return zh
        ? `求解在 ${formatNumber(number(p, 'iterations') ?? 0, locale, 0)} 次迭代后停止，最大风量不平衡 ${m3h(number(p, 'maxResidualM3h'), locale)}，超过允许的 ${formatQuantity(number(p, 'toleranceM3h'), 'm3/h', locale, 2)}`
        : `the solver stopped after ${formatNumber(number(p, 'iterations') ?? 0, locale, 0)} iterations with a mass-balance residual of ${m3h(number(p, 'maxResidualM3h'), locale)}, above the ${formatQuantity(number(p, 'toleranceM3h'), 'm3/h', locale, 2)} tolerance`;
    case 'network-door-leakage-input': {
      const field = String(p.field ?? '');
      const fieldName = DOOR_FIELDS[field]?.[locale] ?? field;
      const fix = (DOOR_FIELD_FIXES[field] ?? GAP_FIX)[locale];
      const found = formatNumber(number(p, 'found') ?? Number.NaN, locale, 4);
      return zh ? `${fieldName}为 ${found}，无法得出漏风面积；${fix}` : `${fieldName} is ${found}, which gives no leakage area; ${fix}`;
    }
    default:
      return finding.reason.code;
  }
}

function offsetSentence(finding: Finding, locale: Locale, who: string, label: string): string {
  const p = finding.reason.params ?? {};
  const needed = m3h(number(p, 'requiredOffsetM3h'), locale);
  const given = m3h(number(p, 'givenOffsetM3h'), locale);
  const tolerance = m3h(number(p, 'toleranceM3h'), locale);
  const pass = finding.outcome === 'pass';
  if (locale === 'zh-CN') {
    const verdict = pass ? `相差不超过 ${tolerance}，满足要求` : `相差超过 ${tolerance}，设计风量无法维持该压差`;
    return `${who}：${label}：在设计压差下，门缝漏风要求余风量（送风 − 回风 − 排风）为 ${needed}，设计风量给出 ${given}，${verdict}。`;
  }
  const verdict = pass ? `within ${tolerance}, which meets it` : `more than ${tolerance} apart, so the design airflows cannot hold the pressure`;
  return `${who}: ${label}: at the design pressure its doors need an offset (supply − return − exhaust) of ${needed}; the design airflows give ${given}, ${verdict}.`;
}

function reverseFlowSentence(finding: Finding, locale: Locale, name: Name, label: string): string {
  const p = finding.reason.params ?? {};
  const fromTo = p.requiredFlow === 'from-to';
  const upstream = name((fromTo ? finding.roomId : finding.otherRoomId) ?? '');
  const downstream = name((fromTo ? finding.otherRoomId : finding.roomId) ?? '');
  const flow = number(p, 'flowM3h') ?? 0;
  const against = Math.abs(flow);
  const who = subject(finding, locale, name);
  if (locale === 'zh-CN') {
    const found = against === 0 ? '求得无空气流过' : `求得 ${m3h(against, locale)} 反向流动`;
    return `${who}：${label}：空气应从${upstream}流向${downstream}，${found}。`;
  }
  const found = against === 0 ? 'the network gives no flow' : `the network gives ${m3h(against, locale)} the other way`;
  return `${who}: ${label}: air must flow from ${upstream} to ${downstream}, but ${found}.`;
}

function stepSentence(finding: Finding, locale: Locale, name: Name, label: string, solved: boolean): string {
  const p = finding.reason.params ?? {};
  const who = subject(finding, locale, name);
  const zh = locale === 'zh-CN';
  let verdictCode = finding.outcome === 'pass' ? 'within' : 'below-min';
  if (solved) verdictCode = String(p.verdict ?? '');
  const verdict = VERDICTS[verdictCode]?.[locale] ?? verdictCode;
  const min = pa(finding.required?.min ?? null, locale);
  const actual = pa(finding.actual, locale);
  if (zh) {
    const source = solved ? '按设计风量求得的压差' : '压差网络中的压差';
    return `${who}：${label}要求不小于 ${min}，${source}为 ${actual}，${verdict}。`;
  }
  const source = solved ? 'the step solved from the design airflows' : 'the step in the pressure network';
  return `${who}: ${label} requires at least ${min}; ${source} is ${actual}, ${verdict}.`;
}

function failSentence(finding: Finding, locale: Locale, name: Name, label: string): string {
  const p = finding.reason.params ?? {};
  const who = subject(finding, locale, name);
  const zh = locale === 'zh-CN';
  switch (finding.reason.code) {
    case 'network-pressure-limit': {
      const pressure = pa(number(p, 'pressurePa'), locale);
      const limit = pa(number(p, 'maxPressurePa'), locale);
      return zh
        ? `${who}：${label}：设计风量的余风量需在 ${pressure} 下才能经门缝排出，超出 ±${limit}。`
        : `${who}: ${label}: its doors pass the offset of its design airflows only at ${pressure}, beyond ±${limit}.`;
    }
    case 'network-direction-cycle':
      return zh
        ? `${who}：${label}：这些房间之间各门要求的气流方向首尾相接成环，任何压力分布都无法同时满足。`
        : `${who}: ${label}: the flow directions required through the doors between these rooms form a cycle, which no set of pressures can satisfy.`;
    case 'network-outside-table-range': {
      const range = `${pa(number(p, 'minDeltaPa'), locale)}–${pa(number(p, 'maxDeltaPa'), locale)}`;
      const step = pa(finding.actual, locale);
      return zh
        ? `${who}：${label}：门两侧压差 ${step} 超出漏风量表 ${range} 的范围，风量按最近一行的 √ΔP 比例外推。`
        : `${who}: ${label}: the step of ${step} lies outside the table's ${range} rows, so the flow is extrapolated from the nearest row as √ΔP.`;
    }
    default:
      return `${who}: ${label}: ${finding.reason.code}.`;
  }
}

/**
 * Renders a pressure-network finding as one sentence in `locale`. `label` is the rule's label,
 * `name` maps room ids (and `outside`) to display names.
 */
export function describeNetworkFinding(finding: Finding, locale: Locale, name: Name, label: string): string {
  const code = finding.reason.code;
  if (code === 'network-solved-step') return stepSentence(finding, locale, name, label, true);
  if (code === 'network-door-step') return stepSentence(finding, locale, name, label, false);
  if (code === 'network-offset-mismatch') return offsetSentence(finding, locale, subject(finding, locale, name), label);
  if (code === 'network-reverse-flow') return reverseFlowSentence(finding, locale, name, label);
  if (finding.outcome === 'cannot-evaluate') {
    const who = subject(finding, locale, name);
    const because = cannotEvaluateReason(finding, locale);
    return locale === 'zh-CN' ? `${who}：${label}无法判定，因为${because}。` : `${who}: ${label} cannot be evaluated because ${because}.`;
  }
  return failSentence(finding, locale, name, label);
}
