import { OUTSIDE } from '../domain/project';
import type { Citation, Finding, FindingReason, Outcome, Requirement, RequirementKind } from '../engine/findings';
import { designationWithEdition } from '../engine/rules/designation';
import { getRuleSets, listRuleSets } from '../engine/rules/registry';
import { formatNumber, formatQuantity, unitLabel } from './format';
import type { Locale, LocalizedText } from './locale';
import { describeSuiteFinding } from './suiteMessages';
import { describeExpressionFinding, isExpressionFinding, registeredRuleLabel } from './expressionMessages';
import { describeMeasurementFinding, isMeasurementFinding } from './measurementMessages';

type Params = NonNullable<FindingReason['params']>;
type Text = Record<Locale, string>;

const OUTCOME_LABELS: Record<Outcome, Text> = {
  pass: { en: 'Pass', 'zh-CN': '符合' },
  fail: { en: 'Fail', 'zh-CN': '不符合' },
  'cannot-evaluate': { en: 'Cannot evaluate', 'zh-CN': '无法判定' },
  'not-applicable': { en: 'Not applicable', 'zh-CN': '不适用' },
};

const KIND_LABELS: Record<RequirementKind, Text> = {
  mandatory: { en: 'Mandatory provision', 'zh-CN': '标准条文' },
  guidance: { en: 'Guidance value', 'zh-CN': '指导值' },
  practice: { en: 'Design practice', 'zh-CN': '工程惯例' },
};

const QUANTITY_NAMES: Record<string, Text> = {
  ach: { en: 'air changes', 'zh-CN': '换气次数' },
  velocityMs: { en: 'airflow velocity', 'zh-CN': '风速' },
  noiseDbA: { en: 'noise level', 'zh-CN': '噪声级' },
  illuminanceLx: { en: 'illuminance', 'zh-CN': '照度' },
  freshAirM3h: { en: 'fresh air', 'zh-CN': '新风量' },
  temperatureC: { en: 'temperature', 'zh-CN': '温度' },
  rhPct: { en: 'relative humidity', 'zh-CN': '相对湿度' },
  filterCoveragePct: { en: 'filter coverage', 'zh-CN': '过滤器满布率' },
  freshAirPerAreaM3hM2: { en: 'fresh air per m²', 'zh-CN': '单位面积新风量' },
  freshAirAch: { en: 'fresh-air changes', 'zh-CN': '新风换气次数' },
};

const PATTERN_NAMES: Record<string, Text> = {
  'non-unidirectional': { en: 'non-unidirectional', 'zh-CN': '非单向流' },
  unidirectional: { en: 'unidirectional', 'zh-CN': '单向流' },
  mixed: { en: 'mixed-flow', 'zh-CN': '混合流' },
};

export function outcomeLabel(outcome: Outcome, locale: Locale): string {
  return OUTCOME_LABELS[outcome][locale];
}

export function kindLabel(kind: RequirementKind, locale: Locale): string {
  return KIND_LABELS[kind][locale];
}

/**
 * Sentences and rule labels for a family of findings whose code loads separately from this module
 * (the air side: src/i18n/airsideFindingMessages.ts). A family is asked before the built-in ones.
 */
export interface FindingFamily {
  readonly matches: (finding: Finding) => boolean;
  readonly describe: (finding: Finding, locale: Locale, name: (id: string) => string, label: string) => string;
  /** Label of a rule id the shipped rule sets do not hold, or null when the family does not know it. */
  readonly ruleLabel: (ruleId: string) => LocalizedText | null | undefined;
}

const families: FindingFamily[] = [];

/** Adds a finding family; adding the same family again does nothing. */
export function registerFindingFamily(family: FindingFamily): void {
  if (!families.includes(family)) families.push(family);
}

function familyRuleLabel(ruleId: string): LocalizedText | null {
  for (const family of families) {
    const label = family.ruleLabel(ruleId);
    if (label) return label;
  }
  return null;
}

let ruleLabels: Map<string, LocalizedText> | null = null;

/** Returns the label of a rule by its full id (`gb-50073-2013/fresh-air`), or the id itself if no shipped rule has it. */
export function ruleLabel(ruleId: string, locale: Locale): string {
  if (ruleLabels === null) {
    const sets = getRuleSets(listRuleSets().map((info) => info.id));
    ruleLabels = new Map(sets.flatMap((set) => set.rules.map((rule) => [rule.id, rule.label] as const)));
  }
  return ruleLabels.get(ruleId)?.[locale] ?? registeredRuleLabel(ruleId)?.[locale] ?? familyRuleLabel(ruleId)?.[locale] ?? ruleId;
}

function bound(value: number, exclusive: boolean | undefined, inclusiveSign: string, exclusiveSign: string, locale: Locale, unit: Requirement['unit']): string {
  return `${exclusive ? exclusiveSign : inclusiveSign} ${formatQuantity(value, unit, locale, 2)}`;
}

/** Formats a requirement as findings and reports print it: `≥ 15 h⁻¹`, `15–25 h⁻¹`, `≥ 5 Pa`, `< 20 Pa`. */
export function formatRequirement(requirement: Requirement, locale: Locale): string {
  const { min, max, unit } = requirement;
  if (min !== null && max !== null && !requirement.minExclusive && !requirement.maxExclusive) {
    const label = unitLabel(unit, locale);
    const span = `${formatNumber(min, locale, 2)}–${formatNumber(max, locale, 2)}`;
    return label ? `${span} ${label}` : span;
  }
  const parts: string[] = [];
  if (min !== null) parts.push(bound(min, requirement.minExclusive, '≥', '>', locale, unit));
  if (max !== null) parts.push(bound(max, requirement.maxExclusive, '≤', '<', locale, unit));
  return parts.join(locale === 'zh-CN' ? '且' : ' and ');
}

/** Formats a citation: `GB 50073-2013, 6.3.3, Table 6.3.3`. */
export function citationText(citation: Citation, locale: Locale): string {
  const separator = locale === 'zh-CN' ? '，' : ', ';
  return `${designationWithEdition(citation.standard, citation.edition)}${separator}${citation.clause}`;
}

function nameOf(id: string, roomName: (id: string) => string, locale: Locale): string {
  if (id === OUTSIDE) return locale === 'zh-CN' ? '室外' : 'outdoors';
  return roomName(id);
}

function text(params: Params, key: string): string {
  const value = params[key];
  return value === null || value === undefined ? '' : String(value);
}

function number(params: Params, key: string, locale: Locale, decimals = 2): string {
  const value = params[key];
  return typeof value === 'number' ? formatNumber(value, locale, decimals) : '';
}

function quantityName(params: Params, locale: Locale): string {
  const key = text(params, 'quantity');
  return QUANTITY_NAMES[key]?.[locale] ?? key;
}

function patternName(params: Params, locale: Locale): string {
  const key = text(params, 'pattern');
  return PATTERN_NAMES[key]?.[locale] ?? key;
}

/** Builds the clause giving why a finding could not be judged or does not apply. */
function reasonClause(reason: FindingReason, locale: Locale, name: (id: string) => string): string {
  const p = reason.params ?? {};
  const zh = locale === 'zh-CN';
  const room = p.room !== undefined && p.room !== null ? name(text(p, 'room')) : '';
  switch (reason.code) {
    case 'class-missing':
      return zh ? `${room || '该房间'}未给出洁净度级别` : `${room || 'the room'} has no cleanliness class`;
    case 'grade-missing': {
      const isoOnly = p.isoClass !== undefined;
      return zh
        ? `${room || '该房间'}未给出GMP级别${isoOnly ? `（仅有 ISO ${text(p, 'isoClass')} 级，不能确定GMP级别）` : ''}`
        : `${room || 'the room'} has no GMP grade${isoOnly ? ` (ISO Class ${text(p, 'isoClass')} alone does not give one)` : ''}`;
    }
    case 'height-missing':
      return zh ? '未给出净高' : 'the clear height is missing';
    case 'height-outside-table':
      return zh
        ? `净高 ${number(p, 'heightM', locale)} m 不低于 ${number(p, 'limitM', locale)} m，超出该表适用范围`
        : `the clear height of ${number(p, 'heightM', locale)} m is not under ${number(p, 'limitM', locale)} m, which the table does not cover`;
    case 'supply-missing':
      return zh
        ? '缺少送风设计值（换气次数、送风量或风速）或房间体积，无法得出换气次数'
        : 'there is no supply design value (ACH, m³/h or velocity) or no room volume to derive the air changes from';
    case 'value-missing':
      return zh ? `未给出${quantityName(p, locale)}设计值` : `the design ${quantityName(p, locale)} is missing`;
    case 'area-missing':
      return zh ? '房间面积未知' : 'the room area is not known';
    case 'use-missing':
      return zh ? '未给出房间用途，无法确定照度类别' : 'the room use is not given, so the lighting category is unknown';
    case 'use-unknown':
      return zh
        ? `房间用途“${text(p, 'use')}”不属于本条规定的生产用房或辅助用房`
        : `the room use "${text(p, 'use')}" is neither a production nor an auxiliary use this rule lists`;
    case 'occupants-missing':
      return zh ? '未给出人数' : 'the number of occupants is missing';
    case 'exhaust-missing':
      return zh ? '未给出排风量（无排风请填 0）' : 'the exhaust airflow is missing (enter 0 if there is none)';
    case 'pressure-missing':
      return zh ? `未给出${room}的压差` : `the pressure of ${room} is not given`;
    case 'unclassified':
      return zh ? '该房间为非洁净房间' : 'the room is unclassified (non-clean)';
    case 'airflow-pattern':
      return zh ? `该房间为${patternName(p, locale)}` : `the room is ${patternName(p, locale)}`;
    case 'class-not-in-table':
      return zh ? `该表不含 ISO ${text(p, 'isoClass')} 级` : `the table has no row for ISO Class ${text(p, 'isoClass')}`;
    case 'same-class':
      return zh ? '两侧洁净度级别相同' : 'both sides have the same class';
    case 'same-grade':
      return zh ? '两侧GMP级别相同' : 'both sides have the same grade';
    case 'both-non-clean':
      return zh ? '两侧均为非洁净区' : 'neither side is a clean area';
    case 'food-class-missing':
      return zh ? '该房间未给出食品洁净用房级别（GB 50687 Ⅰ–Ⅳ级）' : 'the room has no GB 50687 food class (I–IV)';
    case 'food-class-not-covered':
      return zh ? `该房间为食品 ${text(p, 'foodClass')} 级` : `the room is food class ${text(p, 'foodClass')}`;
    case 'classes-not-comparable':
      return zh ? '两侧房间的洁净度级别属于不同体系，无法比较' : 'the two rooms are classed in different systems that cannot be compared';
    case 'flow-direction-missing':
      return zh
        ? `满布率 ${number(p, 'coveragePct', locale, 0)}% 满足水平单向流下限 ${number(p, 'horizontalMinPct', locale, 0)}%，但低于垂直单向流下限 ${number(p, 'verticalMinPct', locale, 0)}%，而模型中没有气流方向`
        : `a coverage of ${number(p, 'coveragePct', locale, 0)} % meets the horizontal-flow minimum of ${number(p, 'horizontalMinPct', locale, 0)} % but not the vertical-flow minimum of ${number(p, 'verticalMinPct', locale, 0)} %, and the room has no flow direction`;
    case 'both-negative':
      return zh ? '两侧房间均须保持负压' : 'both rooms must be held at negative pressure';
    case 'room-use-missing':
      return zh ? `未给出${room || '该房间'}的用途，无法判断其是否须保持负压` : `the use of ${room || 'the room'} is not given, so whether it must be negative is unknown`;
    case 'hospital-use-missing':
      return zh ? '未给出房间用途，无法确定 GB 50333 表中对应的房间' : 'the room use is not given, so the GB 50333 table row is unknown';
    case 'hospital-class-missing':
      return zh ? `${room || '该房间'}未给出洁净手术部级别（Ⅰ级至Ⅳ级）` : `${room || 'the room'} has no GB 50333 class (I to IV)`;
    case 'hospital-class-not-in-table':
      return zh ? `该表不含 ${text(p, 'hospitalClass')} 级洁净手术室` : `the table has no row for a class ${text(p, 'hospitalClass')} operating room`;
    case 'volume-missing':
      return zh ? '房间体积未知（需要面积和净高）' : 'the room volume is not known (it needs the area and the clear height)';
    case 'biosafety-type-missing':
      return zh
        ? `${text(p, 'level')} 的要求因实验室类型而异，未给出类型（a、b1 或 b2）`
        : `the ${text(p, 'level')} figure depends on the laboratory type, which is not given (a, b1 or b2)`;
    case 'biosafety-level-not-covered':
      return zh
        ? `本条不含 ${text(p, 'level')}${text(p, 'type') ? ` ${text(p, 'type')} 类` : ''}的数值`
        : `the rule gives no figure for ${text(p, 'level')}${text(p, 'type') ? ` type ${text(p, 'type')}` : ''}`;
    case 'grade-not-covered':
      return zh ? `该房间为 ${text(p, 'grade')} 级` : `the room is grade ${text(p, 'grade')}`;
    default:
      return reason.code;
  }
}

function verdictClause(code: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (code) {
    case 'within':
      return zh ? '满足要求' : 'which meets it';
    case 'below-min':
      return zh ? '低于下限' : 'which is below the minimum';
    case 'above-max':
      return zh ? '高于上限' : 'which is above the maximum';
    case 'wrong-direction':
      return zh ? '压差方向相反' : 'so the air flows the wrong way';
    default:
      return code;
  }
}

/** Builds the remarks appended to a sentence: a class taken from a GMP grade, pressurisation air not counted. */
function remarks(finding: Finding, locale: Locale): string {
  const p = finding.reason.params ?? {};
  const zh = locale === 'zh-CN';
  const parts: string[] = [];
  for (const side of ['fromGrade', 'cleanerFromGrade', 'otherFromGrade']) {
    if (p[side] === undefined || p[side] === null) continue;
    const classKey = side === 'fromGrade' ? 'isoClass' : side.replace('FromGrade', 'IsoClass');
    parts.push(
      zh
        ? `${text(p, side)} 级按静态对应 ISO ${text(p, classKey)} 级判定`
        : `grade ${text(p, side)} is taken as its at-rest equivalent, ISO Class ${text(p, classKey)}`,
    );
  }
  const hospitalRemark = hospitalClassRemark(p, locale);
  if (hospitalRemark !== null) parts.push(hospitalRemark);
  if (p.pressurisationNotIncluded !== undefined && finding.outcome !== 'not-applicable') {
    parts.push(zh ? '要求值未计入维持压差所需风量' : 'the required value leaves out the air needed to hold the room pressure');
  }
  if (parts.length === 0) return '';
  return zh ? `（${parts.join('；')}）` : ` (${parts.join('; ')})`;
}

/** Says which ISO class a GB 50333 class was read as, from which table, and why. */
function hospitalClassRemark(p: Params, locale: Locale): string | null {
  if (p.fromHospitalClass === undefined || p.fromHospitalClass === null) return null;
  const zh = locale === 'zh-CN';
  const hospitalClass = text(p, 'fromHospitalClass');
  const isoClass = text(p, 'isoClass');
  const source = text(p, 'hospitalIsoSource');
  const unverified = p.hospitalIsoUnverified !== undefined && p.hospitalIsoUnverified !== null;
  const cited = zh ? `${source}${unverified ? '，未核实' : ''}` : `${source}${unverified ? ', unverified' : ''}`;
  if (p.hospitalIsoBasis === 'operating-room-periphery') {
    return zh
      ? `${hospitalClass} 级洁净手术室按整间房的周边区级别 ISO ${isoClass} 级判定（${cited}）`
      : `the class ${hospitalClass} operating room is taken as a whole at its periphery class, ISO Class ${isoClass} (${cited})`;
  }
  return zh
    ? `${hospitalClass} 级洁净辅助用房按 ISO ${isoClass} 级判定（${cited}）`
    : `the class ${hospitalClass} auxiliary room is taken as ISO Class ${isoClass} (${cited})`;
}

function pressureRequirement(finding: Finding, locale: Locale, name: (id: string) => string): string {
  const p = finding.reason.params ?? {};
  const room = name(finding.roomId ?? '');
  const other = name(finding.otherRoomId ?? '');
  const step = formatQuantity(finding.required?.min ?? null, 'Pa', locale, 1);
  const below = p.direction === 'cleaner-lower';
  if (finding.required?.minExclusive && finding.required.min === 0) {
    return locale === 'zh-CN' ? `${room}的压力应${below ? '低' : '高'}于${other}` : `${room} must be ${below ? 'below' : 'above'} ${other}`;
  }
  const max = finding.required?.max ?? null;
  const cap = max === null ? '' : formatQuantity(max, 'Pa', locale, 1);
  if (locale === 'zh-CN') return `${room}应比${other}${below ? '低' : '高'}至少 ${step}${cap ? `且小于 ${cap}` : ''}`;
  return `${room} must be at least ${step}${cap ? ` and less than ${cap}` : ''} ${below ? 'below' : 'above'} ${other}`;
}

function judgedSentence(finding: Finding, locale: Locale, name: (id: string) => string, label: string): string {
  const zh = locale === 'zh-CN';
  const required = finding.required!;
  const verdict = verdictClause(finding.reason.code, locale);
  if (finding.doorId !== null) {
    const requirement = pressureRequirement(finding, locale, name);
    const actual = formatQuantity(finding.actual, 'Pa', locale, 1);
    return zh ? `${label}：${requirement}，设计压差为 ${actual}，${verdict}。` : `${label}: ${requirement}; the design step is ${actual}, ${verdict}.`;
  }
  const room = name(finding.roomId ?? '');
  const requirement = formatRequirement(required, locale);
  const actual = formatQuantity(finding.actual, required.unit, locale, 2);
  const scope = scopePhrase(finding.reason.params ?? {}, locale);
  return zh
    ? `${room}：${label}${scope}要求 ${requirement}，设计值为 ${actual}，${verdict}。`
    : `${room}: ${label}${scope} requires ${requirement}; the design has ${actual}, ${verdict}.`;
}

const CATEGORY_NAMES: Record<string, Text> = {
  production: { en: 'a production room', 'zh-CN': '生产用房' },
  auxiliary: { en: 'an auxiliary room', 'zh-CN': '辅助用房' },
};

/** Names what the requirement was looked up by: the ISO class, the grade, the room category or the airflow pattern. */
function scopePhrase(p: Params, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (p.isoClass !== undefined && p.isoClass !== null) return zh ? `（ISO ${text(p, 'isoClass')} 级）` : ` for ISO Class ${text(p, 'isoClass')}`;
  if (p.grade !== undefined && p.grade !== null) return zh ? `（${text(p, 'grade')} 级）` : ` for grade ${text(p, 'grade')}`;
  if (p.foodClass !== undefined && p.foodClass !== null) return zh ? `（食品 ${text(p, 'foodClass')} 级）` : ` for food class ${text(p, 'foodClass')}`;
  if (p.scopeEn !== undefined && p.scopeEn !== null) return zh ? `（${text(p, 'scopeZh')}）` : ` for a ${text(p, 'scopeEn')}`;
  if (p.level !== undefined && p.level !== null) {
    const level = p.type ? `${text(p, 'level')} ${text(p, 'type')}` : text(p, 'level');
    return zh ? `（${level}）` : ` for ${level}`;
  }
  if (p.category !== undefined && p.category !== null) {
    const category = CATEGORY_NAMES[text(p, 'category')]?.[locale] ?? text(p, 'category');
    return zh ? `（${category}）` : ` for ${category}`;
  }
  if (p.pattern !== undefined && p.pattern !== null) return zh ? `（${patternName(p, locale)}）` : ` for a ${patternName(p, locale)} room`;
  return '';
}

function subject(finding: Finding, locale: Locale, name: (id: string) => string): string {
  const room = name(finding.roomId ?? '');
  if (finding.doorId === null) return room;
  const other = name(finding.otherRoomId ?? '');
  return locale === 'zh-CN' ? `${room}与${other}之间的门` : `door between ${room} and ${other}`;
}

/**
 * Renders a finding as one plain sentence in `locale`: what was required, what the design has and the
 * verdict, or why it could not be judged (which input is missing) or does not apply.
 * `roomName` maps room ids to display names; `outside` is named by this function.
 */
export function describeFinding(finding: Finding, locale: Locale, roomName: (id: string) => string): string {
  const name = (id: string) => nameOf(id, roomName, locale);
  const label = ruleLabel(finding.ruleId, locale);
  const family = families.find((candidate) => candidate.matches(finding));
  if (family !== undefined) return family.describe(finding, locale, name, label);
  if (finding.roomIds !== undefined) return describeSuiteFinding(finding, locale, name, label);
  if (isExpressionFinding(finding)) return describeExpressionFinding(finding, locale, name(finding.roomId ?? ''), label);
  if (isMeasurementFinding(finding)) return describeMeasurementFinding(finding, locale, name(finding.roomId ?? ''), label);
  const zh = locale === 'zh-CN';
  const tail = remarks(finding, locale);

  if ((finding.outcome === 'pass' || finding.outcome === 'fail') && finding.required !== null && finding.actual !== null) {
    const sentence = judgedSentence(finding, locale, name, label);
    return tail ? sentence.replace(/[。.]$/, `${tail}${zh ? '。' : '.'}`) : sentence;
  }

  const who = subject(finding, locale, name);
  const because = reasonClause(finding.reason, locale, name);
  if (finding.outcome === 'not-applicable') {
    return zh ? `${who}：${label}不适用，因为${because}${tail}。` : `${who}: ${label} does not apply because ${because}${tail}.`;
  }
  let requirement = '';
  if (finding.required) {
    const formatted = formatRequirement(finding.required, locale);
    requirement = zh ? `（要求 ${formatted}）` : ` (required: ${formatted})`;
  }
  return zh
    ? `${who}：${label}${requirement}无法判定，因为${because}${tail}。`
    : `${who}: ${label}${requirement} cannot be evaluated because ${because}${tail}.`;
}

/** Renders a RoomMetrics note (such as disagreeing supply design values) as one sentence. */
export function describeNote(note: FindingReason, locale: Locale): string {
  const p = note.params ?? {};
  if (note.code !== 'supply-values-disagree') return note.code;
  const names: Record<string, Text> = {
    supply: { en: 'the given supply airflow', 'zh-CN': '给定送风量' },
    velocity: { en: 'the velocity × area', 'zh-CN': '风速×面积' },
    ach: { en: 'the ACH × volume', 'zh-CN': '换气次数×体积' },
  };
  const used = names[text(p, 'used')]?.[locale] ?? text(p, 'used');
  const ignored = names[text(p, 'ignored')]?.[locale] ?? text(p, 'ignored');
  const usedFlow = formatQuantity(Number(p.usedM3h), 'm3/h', locale, 0);
  const ignoredFlow = formatQuantity(Number(p.ignoredM3h), 'm3/h', locale, 0);
  return locale === 'zh-CN'
    ? `送风设计值不一致：采用${used}（${usedFlow}），${ignored}为 ${ignoredFlow}，相差超过 1%。`
    : `Supply design values disagree by more than 1 %: ${used} (${usedFlow}) is used, while ${ignored} gives ${ignoredFlow}.`;
}
