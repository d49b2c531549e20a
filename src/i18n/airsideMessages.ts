import { airsideRuleLabel } from '../engine/airside/airsideData';
import type { FreshAirTerm, SupplyCandidate, SupplyTerm } from '../engine/airside/types';
import type { Finding, FindingReason } from '../engine/findings';
import { formatNumber, formatQuantity } from './format';
import type { Locale } from './locale';

/**
 * Sentences for the air-side sizing: findings on the governing supply, fresh air with make-up and
 * recovery estimates, and the basis line of each supply candidate on the room data sheet.
 */

type Params = NonNullable<FindingReason['params']>;
type Bilingual = Record<Locale, string>;

const AIRSIDE_RULE_SET = 'airside-design/';
const STANDARD_SUFFIXES = ['/fresh-air-with-make-up', '/clean-up-time-estimate', '/self-clean-time-estimate'];

/** Label of an air-side finding's rule id, for rule lists and report tables; null for other ids. */
export { airsideRuleLabel };

/** True for findings of the air-side sizing, which `describeAirsideFinding` renders. */
export function isAirsideFinding(finding: Finding): boolean {
  const id = finding.ruleId;
  return id.startsWith(AIRSIDE_RULE_SET) || STANDARD_SUFFIXES.some((suffix) => id.endsWith(suffix));
}

const SUPPLY_TERMS: Record<SupplyTerm, Bilingual> = {
  cleanliness: { en: 'cleanliness', 'zh-CN': '洁净度' },
  'make-up': { en: 'exhaust make-up and door leakage', 'zh-CN': '排风补偿及门缝渗漏' },
  cooling: { en: 'cooling', 'zh-CN': '冷负荷' },
};

const FRESH_AIR_TERMS: Record<FreshAirTerm, Bilingual> = {
  'make-up': { en: 'exhaust make-up and pressurisation', 'zh-CN': '补偿排风和保持正压' },
  'per-person': { en: 'fresh air per person', 'zh-CN': '人均新风' },
  'per-area': { en: 'fresh air per m² of floor', 'zh-CN': '单位面积新风' },
  'air-changes': { en: 'fresh-air changes', 'zh-CN': '新风换气次数' },
  'per-room': { en: 'minimum fresh air per room', 'zh-CN': '每间最小新风量' },
};

/** Design inputs a basis or finding may name as missing, in the field's words. */
const INPUT_NAMES: Record<string, Bilingual> = {
  occupants: { en: 'occupants', 'zh-CN': '人数' },
  lightingWm2: { en: 'lighting W/m²', 'zh-CN': '照明负荷 W/m²' },
  equipmentW: { en: 'equipment heat gain', 'zh-CN': '设备散热量' },
  supplyDeltaTK: { en: 'supply temperature difference', 'zh-CN': '送风温差' },
  areaM2: { en: 'floor area', 'zh-CN': '面积' },
  volumeM3: { en: 'room volume', 'zh-CN': '房间体积' },
  exhaustM3h: { en: 'exhaust airflow', 'zh-CN': '排风量' },
  offsetM3h: { en: 'pressure offset from the door network', 'zh-CN': '门缝压差所需余风量' },
  filterCoveragePct: { en: 'filter coverage', 'zh-CN': '过滤器满布率' },
  supplyM3h: { en: 'design supply', 'zh-CN': '设计送风量' },
  isoClass: { en: 'cleanliness class', 'zh-CN': '洁净度级别' },
  'class-missing': { en: 'cleanliness class', 'zh-CN': '洁净度级别' },
  'grade-missing': { en: 'GMP grade', 'zh-CN': 'GMP 洁净级别' },
  'hospital-class-missing': { en: 'GB 50333 class', 'zh-CN': 'GB 50333 洁净用房等级' },
  'hospital-use-missing': { en: 'room use', 'zh-CN': '房间用途' },
  'use-missing': { en: 'room use', 'zh-CN': '房间用途' },
  'biosafety-type-missing': { en: 'biosafety laboratory type', 'zh-CN': '生物安全实验室类型' },
  'height-missing': { en: 'clear height', 'zh-CN': '净高' },
  'height-outside-table': { en: 'an air-change figure for a clear height of 4 m or more', 'zh-CN': '净高不小于 4 m 时的换气次数指标' },
  cleanliness: { en: 'the cleanliness term', 'zh-CN': '洁净度风量' },
  'make-up': { en: 'the make-up term', 'zh-CN': '补偿风量' },
  cooling: { en: 'the cooling term', 'zh-CN': '冷负荷风量' },
  'per-person': { en: 'occupants', 'zh-CN': '人数' },
  'per-area': { en: 'the per-m² figure', 'zh-CN': '单位面积新风指标' },
  'air-changes': { en: 'the fresh-air changes figure', 'zh-CN': '新风换气次数指标' },
  'per-room': { en: 'the per-room figure', 'zh-CN': '每间新风指标' },
};

export function supplyTermLabel(term: SupplyTerm, locale: Locale): string {
  return SUPPLY_TERMS[term][locale];
}

export function freshAirTermLabel(term: FreshAirTerm, locale: Locale): string {
  return FRESH_AIR_TERMS[term][locale];
}

function text(p: Params, key: string): string {
  const value = p[key];
  return value === null || value === undefined ? '' : String(value);
}

function flow(p: Params, key: string, locale: Locale): string {
  const value = p[key];
  return formatQuantity(typeof value === 'number' ? value : null, 'm3/h', locale, 0);
}

/**
 * Names a comma-separated list of inputs once each. An entry of the form `rule:code` (an ACH rule
 * that could not be read) is named by the input its code reports missing, else by the rule id and code.
 */
function inputList(p: Params, key: string, locale: Locale): string {
  const names = text(p, key)
    .split(',')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [name, code] = entry.split(':');
      if (code !== undefined) return INPUT_NAMES[code]?.[locale] ?? `${name} (${code})`;
      return INPUT_NAMES[entry]?.[locale] ?? entry;
    });
  const distinct = [...new Set(names)];
  return distinct.join(locale === 'zh-CN' ? '、' : ', ');
}

/** Renders how one supply candidate was worked out, or what it lacks, for the room data sheet. */
export function describeSupplyBasis(basis: SupplyCandidate['basis'], locale: Locale): string {
  const p = basis.params;
  const zh = locale === 'zh-CN';
  const n = (key: string, digits = 2) => formatNumber(Number(p[key]), locale, digits);
  switch (basis.code) {
    case 'cleanliness-ach':
      return zh ? `${n('achPerHour')} 次/h × ${n('volumeM3')} m³（${text(p, 'ruleId')}）` : `${n('achPerHour')} h⁻¹ × ${n('volumeM3')} m³ (${text(p, 'ruleId')})`;
    case 'cleanliness-velocity': {
      const faceArea = zh ? `送风面面积（满布率 ${n('coveragePct')}%）` : `supply face area (${n('coveragePct')} % coverage)`;
      const floorArea = zh ? '地面面积' : 'floor area';
      const area = p.areaBasis === 'floor' ? floorArea : faceArea;
      return zh
        ? `${n('velocityMs')} m/s × ${n('areaM2')} m² ${area} × 3600（${text(p, 'ruleId')}）`
        : `${n('velocityMs')} m/s × ${n('areaM2')} m² ${area} × 3600 (${text(p, 'ruleId')})`;
    }
    case 'cleanliness-missing':
      return zh ? `无法计算，缺少：${inputList(p, 'missing', locale)}` : `not computed; missing: ${inputList(p, 'missing', locale)}`;
    case 'make-up':
      return zh
        ? `排风 ${flow(p, 'exhaustM3h', locale)} + 余风量 ${flow(p, 'offsetM3h', locale)}（不小于 0）`
        : `exhaust ${flow(p, 'exhaustM3h', locale)} + offset ${flow(p, 'offsetM3h', locale)} (not below 0)`;
    case 'cooling':
      return zh
        ? `显热 ${n('gainW', 0)} W ÷ (${n('densityKgM3')} kg/m³ × ${n('specificHeatJkgK', 0)} J/(kg·K) × ${n('supplyDeltaTK', 1)} K)；人员 ${n('occupants', 0)} × ${n('perPersonW', 0)} W`
        : `sensible gain ${n('gainW', 0)} W ÷ (${n('densityKgM3')} kg/m³ × ${n('specificHeatJkgK', 0)} J/(kg·K) × ${n('supplyDeltaTK', 1)} K); people ${n('occupants', 0)} × ${n('perPersonW', 0)} W`;
    case 'cooling-delta-t-invalid':
      return zh ? `送风温差 ${n('supplyDeltaTK', 1)} K 无效，应大于 0` : `supply temperature difference ${n('supplyDeltaTK', 1)} K is invalid; enter a value above 0`;
    case 'make-up-inputs-missing':
    case 'cooling-inputs-missing':
    case 'dispersion-inputs-missing':
      return zh ? `无法计算，缺少：${inputList(p, 'missing', locale)}` : `not computed; missing: ${inputList(p, 'missing', locale)}`;
    case 'dispersion':
      return zh
        ? `${n('occupants', 0)} 人 × ${n('perPersonPerS', 0)} 粒/s ÷ (${n('filterEfficiency', 5)} × ${n('targetPerM3', 0)} 粒/m³)`
        : `${n('occupants', 0)} people × ${n('perPersonPerS', 0)} particles/s ÷ (${n('filterEfficiency', 5)} × ${n('targetPerM3', 0)} particles/m³)`;
    case 'dispersion-unidirectional':
      return zh ? '单向流房间不适用发尘量法' : 'the dispersion method is for non-unidirectional rooms';
    default:
      return basis.code;
  }
}

function supplySentence(finding: Finding, room: string, label: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const p = finding.reason.params ?? {};
  const governing = p.governing ? (SUPPLY_TERMS[p.governing as SupplyTerm]?.[locale] ?? text(p, 'governing')) : '';
  const required = flow(p, 'requiredM3h', locale);
  const design = formatQuantity(finding.actual, 'm3/h', locale, 0);
  const missing = inputList(p, 'missing', locale);
  switch (finding.reason.code) {
    case 'supply-requirement-unknown':
      return zh ? `${room}：${label}无法判定，因为各项送风需求均无法计算（缺少 ${missing}）。` : `${room}: ${label} cannot be evaluated because no supply requirement could be worked out (missing ${missing}).`;
    case 'design-supply-missing':
      return zh ? `${room}：${label}为 ${required}（由${governing}控制），但未给出设计送风量。` : `${room}: ${label} is ${required}, set by ${governing}, but no design supply is given.`;
    case 'supply-below-required':
      return zh ? `${room}：设计送风量 ${design} 小于${label} ${required}（由${governing}控制），不符合。` : `${room}: the design supply of ${design} is below the ${label} of ${required}, set by ${governing}; fail.`;
    case 'supply-terms-incomplete':
      return zh
        ? `${room}：设计送风量 ${design} 不小于已算出的 ${required}，但${missing}尚未算出，无法判定。`
        : `${room}: the design supply of ${design} covers the ${required} worked out so far, but ${missing} is not known, so it cannot be evaluated.`;
    default:
      // A pass needs the make-up and cooling terms evaluated, so there is always a next term and a margin.
      return zh
        ? `${room}：设计送风量 ${design} 满足${label} ${required}（由${governing}控制，领先次项 ${flow(p, 'marginM3h', locale)}），符合。`
        : `${room}: the design supply of ${design} meets the ${label} of ${required}, set by ${governing} with a margin of ${flow(p, 'marginM3h', locale)} over the next term; pass.`;
  }
}

function freshAirSentence(finding: Finding, room: string, label: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const p = finding.reason.params ?? {};
  const governing = p.governing ? (FRESH_AIR_TERMS[p.governing as FreshAirTerm]?.[locale] ?? text(p, 'governing')) : '';
  const required = formatQuantity(finding.required?.min ?? null, 'm3/h', locale, 0);
  const design = formatQuantity(finding.actual, 'm3/h', locale, 0);
  const missing = inputList(p, 'missing', locale);
  switch (finding.reason.code) {
    case 'fresh-air-requirement-unknown':
      return zh ? `${room}：${label}无法判定，因为缺少 ${missing}。` : `${room}: ${label} cannot be evaluated because ${missing} is missing.`;
    case 'design-fresh-air-missing':
      return zh ? `${room}：${label}要求不小于 ${required}，但未给出设计新风量。` : `${room}: ${label} requires at least ${required}, but no design fresh air is given.`;
    case 'fresh-air-below-required':
      return zh ? `${room}：${label}要求不小于 ${required}，设计新风量为 ${design}，不符合。` : `${room}: ${label} requires at least ${required}; the design has ${design}, fail.`;
    case 'fresh-air-terms-incomplete':
      return zh
        ? `${room}：设计新风量 ${design} 不小于已知的 ${required}，但缺少 ${missing}，无法判定。`
        : `${room}: the design fresh air of ${design} covers the known ${required}, but ${missing} is missing, so it cannot be evaluated.`;
    default:
      return zh ? `${room}：${label}要求不小于 ${required}（${governing}控制），设计新风量为 ${design}，符合。` : `${room}: ${label} requires at least ${required}, set by ${governing}; the design has ${design}, pass.`;
  }
}

function recoverySentence(finding: Finding, room: string, label: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const p = finding.reason.params ?? {};
  const limit = formatQuantity(finding.required?.max ?? null, 'min', locale, 0);
  const exclusiveBound = zh ? '小于' : 'under';
  const inclusiveBound = zh ? '不超过' : 'at most';
  const bound = finding.required?.maxExclusive ? exclusiveBound : inclusiveBound;
  const ratio = formatNumber(Number(p.ratio), locale, 0);
  if (finding.reason.code === 'recovery-ach-missing') {
    const missing = inputList(p, 'missing', locale);
    return zh ? `${room}：${label}（${bound} ${limit}）无法估算，因为缺少${missing}。` : `${room}: ${label} (${bound} ${limit}) cannot be estimated because the ${missing} is missing.`;
  }
  const minutes = formatQuantity(finding.actual, 'min', locale, 1);
  const ach = formatNumber(Number(p.ach), locale, 1);
  const passWord = zh ? '符合' : 'pass';
  const failWord = zh ? '不符合' : 'fail';
  const verdict = finding.outcome === 'pass' ? passWord : failWord;
  return zh
    ? `${room}：按完全混合估算，在 ${ach} 次/h 下浓度下降 ${ratio}:1 需 ${minutes}，${label}要求${bound} ${limit}，${verdict}。`
    : `${room}: a well-mixed estimate at ${ach} h⁻¹ falls ${ratio}:1 in ${minutes}; ${label} is ${bound} ${limit}, ${verdict}.`;
}

function dispersionSentence(finding: Finding, room: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const p = finding.reason.params ?? {};
  const required = formatQuantity(finding.required?.min ?? null, 'm3/h', locale, 0);
  const design = formatQuantity(finding.actual, 'm3/h', locale, 0);
  const people = formatNumber(Number(p.occupants), locale, 0);
  switch (finding.reason.code) {
    case 'dispersion-inputs-missing': {
      const missing = inputList(p, 'missing', locale);
      return zh ? `${room}：按人员发尘量计算送风量无法判定，因为缺少${missing}。` : `${room}: the supply for occupant particle dispersion cannot be evaluated because the ${missing} is missing.`;
    }
    case 'design-supply-missing':
      return zh ? `${room}：按 ${people} 人发尘量需送风 ${required}，但未给出设计送风量。` : `${room}: dispersion from ${people} people needs a supply of ${required}, but no design supply is given.`;
    case 'dispersion-supply-short':
      return zh
        ? `${room}：设计送风量 ${design} 小于按 ${people} 人发尘量维持级别限值所需的 ${required}（指导性估算），不符合。`
        : `${room}: the design supply of ${design} is below the ${required} that dispersion from ${people} people needs to stay within the class limit (guidance estimate); fail.`;
    default:
      return zh
        ? `${room}：设计送风量 ${design} 不小于按 ${people} 人发尘量维持级别限值所需的 ${required}（指导性估算），符合。`
        : `${room}: the design supply of ${design} covers the ${required} that dispersion from ${people} people needs to stay within the class limit (guidance estimate); pass.`;
  }
}

const LABELS: Record<string, Bilingual> = {
  supply: { en: 'required supply', 'zh-CN': '所需送风量' },
  'fresh-air': { en: 'fresh air with make-up', 'zh-CN': '新风量（含补偿风量）' },
  'clean-up': { en: 'the clean-up time', 'zh-CN': '自净时间' },
  'self-clean': { en: 'the self-clean time', 'zh-CN': '自净时间' },
};

/** Renders an air-side finding as one sentence in `locale`; `room` is the room's display name. */
export function describeAirsideFinding(finding: Finding, locale: Locale, room: string): string {
  const id = finding.ruleId;
  if (id.endsWith('/fresh-air-with-make-up')) return freshAirSentence(finding, room, LABELS['fresh-air']![locale], locale);
  if (id.endsWith('/clean-up-time-estimate')) return recoverySentence(finding, room, LABELS['clean-up']![locale], locale);
  if (id.endsWith('/self-clean-time-estimate')) return recoverySentence(finding, room, LABELS['self-clean']![locale], locale);
  if (id === `${AIRSIDE_RULE_SET}dispersion-supply`) return dispersionSentence(finding, room, locale);
  return supplySentence(finding, room, LABELS.supply![locale], locale);
}
