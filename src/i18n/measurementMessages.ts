import type { Finding } from '../engine/findings';
import { formatNumber, formatQuantity } from './format';
import type { Locale } from './locale';

type Params = NonNullable<Finding['reason']['params']>;
type Bilingual = Record<Locale, string>;

const PARTICLE_DATA_PREFIX = 'particle-data-';

const METHOD_NAMES: Record<string, Bilingual> = {
  air: { en: 'air samples', 'zh-CN': '浮游菌' },
  settlePlate: { en: 'settle plates', 'zh-CN': '沉降菌' },
  contactPlate: { en: 'contact plates', 'zh-CN': '表面接触碟' },
  glovePrint: { en: 'glove prints', 'zh-CN': '手套印' },
};

/** True for findings of the measured-data rules, which `describeMeasurementFinding` renders. */
export function isMeasurementFinding(finding: Finding): boolean {
  const code = finding.reason.code;
  return code === 'particle-classification' || code === 'microbial-results' || code.startsWith(PARTICLE_DATA_PREFIX);
}

function text(p: Params, key: string): string {
  const value = p[key];
  return value === null || value === undefined ? '' : String(value);
}

function methodList(p: Params, key: string, locale: Locale): string {
  const names = text(p, key)
    .split(',')
    .filter((method) => method !== '')
    .map((method) => METHOD_NAMES[method]?.[locale] ?? method);
  return names.join(locale === 'zh-CN' ? '、' : ', ');
}

/** Renders why measured particle data cannot be judged, naming the value and what to enter. */
function particleProblem(code: string, p: Params, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const where = zh ? `采样点 ${text(p, 'location')} 第 ${text(p, 'sample')} 次采样` : `sample ${text(p, 'sample')} at location ${text(p, 'location')}`;
  switch (code) {
    case 'area-missing':
      return zh ? '房间面积未知，无法确定最少采样点数' : 'the room area is not known, so the minimum number of locations is unknown';
    case 'class-invalid':
      return zh ? `目标级别 ISO ${text(p, 'isoClass')} 无效，应为 1 至 9、步长 0.1` : `the target class ISO ${text(p, 'isoClass')} is invalid; enter 1 to 9 in steps of 0.1`;
    case 'sizes-missing':
      return zh ? '未选择粒径' : 'no particle size is selected';
    case 'size-not-classified':
      return zh ? `ISO ${text(p, 'isoClass')} 级在 ${text(p, 'sizeUm')} µm 无限值，请取消该粒径` : `ISO Class ${text(p, 'isoClass')} has no limit at ${text(p, 'sizeUm')} µm; remove that size`;
    case 'counter-flow-invalid':
      return zh ? `计数器流量 ${text(p, 'counterFlowLpm')} L/min 无效，应大于 0` : `the counter flow of ${text(p, 'counterFlowLpm')} L/min is invalid; enter a rate above 0`;
    case 'too-few-locations':
      return zh ? `只有 ${text(p, 'found')} 个采样点，至少需要 ${text(p, 'required')} 个` : `there are ${text(p, 'found')} locations and at least ${text(p, 'required')} are required`;
    case 'location-without-samples':
      return zh ? `采样点 ${text(p, 'location')} 没有采样数据` : `location ${text(p, 'location')} has no samples`;
    case 'too-few-samples':
      return zh ? `唯一采样点 ${text(p, 'location')} 只有 ${text(p, 'found')} 次采样，至少需要 ${text(p, 'required')} 次` : `the single location ${text(p, 'location')} has ${text(p, 'found')} samples and needs at least ${text(p, 'required')}`;
    case 'sample-volume-too-small': {
      const required = formatNumber(Number(p.requiredL), locale, 2);
      const found = formatNumber(Number(p.foundL), locale, 2);
      return zh ? `${where}采样量 ${found} L 小于所需的 ${required} L` : `${where} is ${found} L, under the required ${required} L`;
    }
    case 'count-missing':
      return zh ? `${where}缺少 ≥${text(p, 'sizeUm')} µm 的计数` : `${where} has no count at ${text(p, 'sizeUm')} µm`;
    case 'count-invalid':
      return zh ? `${where}在 ${text(p, 'sizeUm')} µm 的计数 ${text(p, 'count')} 无效，应为 ≥ 0 的数` : `${where} has an invalid count of ${text(p, 'count')} at ${text(p, 'sizeUm')} µm; enter a number ≥ 0`;
    default:
      return code;
  }
}

function classificationSentence(finding: Finding, p: Params, locale: Locale, room: string, label: string): string {
  const zh = locale === 'zh-CN';
  const limit = formatQuantity(finding.required?.max ?? null, 'particles/m3', locale, 0);
  const value = formatQuantity(finding.actual, 'particles/m3', locale, 0);
  // The governing figure has no location when it is the 1999 upper confidence limit.
  const uclUsed = p.location === null || p.location === undefined;
  const uclName: Bilingual = { en: 'the 95 % UCL', 'zh-CN': '95% 置信上限' };
  const meanName: Bilingual = { en: `the mean at location ${text(p, 'location')}`, 'zh-CN': `采样点 ${text(p, 'location')} 的平均值` };
  const governingFigure = (uclUsed ? uclName : meanName)[locale];

  const noClass: Bilingual = { en: 'the data support no class from ISO 1 to 9', 'zh-CN': '数据不支持 ISO 1 至 9 级中任一级别' };
  const someClass: Bilingual = {
    en: `the cleanest class the data support is ISO Class ${text(p, 'achievedClass')}`,
    'zh-CN': `数据支持的最洁净级别为 ISO ${text(p, 'achievedClass')} 级`,
  };
  const achieved = (p.achievedClass === null ? noClass : someClass)[locale];

  const passed: Bilingual = { en: 'pass', 'zh-CN': '符合' };
  const failed: Bilingual = { en: 'fail', 'zh-CN': '不符合' };
  const verdict = (finding.outcome === 'pass' ? passed : failed)[locale];
  return zh
    ? `${room}：${label}，目标 ISO ${text(p, 'isoClass')} 级，${text(p, 'locations')} 个采样点；≥${text(p, 'sizeUm')} µm ${governingFigure}为 ${value}，限值 ${limit}，${verdict}；${achieved}。`
    : `${room}: ${label} against ISO Class ${text(p, 'isoClass')} at ${text(p, 'locations')} locations; at ${text(p, 'sizeUm')} µm ${governingFigure} is ${value} against ${limit}, ${verdict}; ${achieved}.`;
}

function microbialSentence(finding: Finding, p: Params, locale: Locale, room: string, label: string): string {
  const zh = locale === 'zh-CN';
  const failed = methodList(p, 'failed', locale);
  const notJudged = methodList(p, 'notJudged', locale);
  if (finding.outcome === 'pass') {
    return zh ? `${room}：${label}符合 ${text(p, 'grade')} 级限度。` : `${room}: ${label} meet the grade ${text(p, 'grade')} limits.`;
  }
  if (finding.outcome === 'fail') {
    return zh ? `${room}：${label}中${failed}超过 ${text(p, 'grade')} 级限度，不符合。` : `${room}: ${label} fail the grade ${text(p, 'grade')} limits for ${failed}.`;
  }
  return zh
    ? `${room}：${label}无法判定，因为${notJudged}没有有效结果。`
    : `${room}: ${label} cannot be evaluated because ${notJudged} have no valid result.`;
}

/** Renders a finding of the measured-data rules as one sentence in `locale`. */
export function describeMeasurementFinding(finding: Finding, locale: Locale, room: string, label: string): string {
  const p = finding.reason.params ?? {};
  const code = finding.reason.code;
  if (code === 'particle-classification') return classificationSentence(finding, p, locale, room, label);
  if (code === 'microbial-results') return microbialSentence(finding, p, locale, room, label);

  const because = particleProblem(code.slice(PARTICLE_DATA_PREFIX.length), p, locale);
  return locale === 'zh-CN' ? `${room}：${label}无法判定，因为${because}。` : `${room}: ${label} cannot be evaluated because ${because}.`;
}
