import type { Finding } from '../engine/findings';
import { formatQuantity } from './format';
import type { Locale } from './locale';

type Text = Record<Locale, string>;
type Params = NonNullable<Finding['reason']['params']>;

const ZONE_NAMES: Record<string, Text> = {
  'micro-washing': { en: 'washing/sterilisation room', 'zh-CN': '洗涤灭菌间' },
  'micro-media': { en: 'media preparation room', 'zh-CN': '培养基配制间' },
  'micro-work': { en: 'general work room', 'zh-CN': '检验工作间' },
  'micro-aseptic': { en: 'aseptic room', 'zh-CN': '无菌室' },
};

const MISSING_INPUTS: Record<string, Text> = {
  'class-missing': { en: 'cleanliness class', 'zh-CN': '洁净度级别' },
  'grade-missing': { en: 'GMP grade', 'zh-CN': 'GMP级别' },
  'pressure-missing': { en: 'pressure', 'zh-CN': '压差' },
  'use-missing': { en: 'room use', 'zh-CN': '房间用途' },
  'area-missing': { en: 'area', 'zh-CN': '面积' },
};

function text(params: Params, key: string): string {
  const value = params[key];
  return value === null || value === undefined ? '' : String(value);
}

function gradeName(value: string, locale: Locale): string {
  if (value === '') return locale === 'zh-CN' ? '非洁净区' : 'non-clean';
  return locale === 'zh-CN' ? `${value}级` : `grade ${value}`;
}

function list(names: readonly string[], locale: Locale): string {
  return names.join(locale === 'zh-CN' ? '、' : ', ');
}

/** Builds the sentence body of a failed or passed suite verdict, after the rule label. */
function verdictBody(finding: Finding, locale: Locale, names: readonly string[]): string {
  const zh = locale === 'zh-CN';
  const p = finding.reason.params ?? {};
  const [first = '', second = ''] = names;
  switch (finding.reason.code) {
    case 'wrong-direction':
    case 'equal-pressure': {
      const lower = p.direction === 'cleaner-lower';
      const cleanerPa = formatQuantity(Number(p.cleanerPa), 'Pa', locale, 1);
      const otherPa = formatQuantity(Number(p.otherPa), 'Pa', locale, 1);
      const expected = zh ? `${first}应${lower ? '低' : '高'}于${second}` : `${first} must be ${lower ? 'below' : 'above'} ${second}`;
      const found = zh ? `设计值为 ${cleanerPa} 与 ${otherPa}` : `the design has ${cleanerPa} and ${otherPa}`;
      const noFlow = finding.reason.code === 'equal-pressure';
      let verdict = zh ? '气流方向相反' : 'so the air flows the wrong way';
      if (noFlow) verdict = zh ? '两侧压力相等，气流方向不确定' : 'so no air flows either way';
      return zh ? `${expected}，${found}，${verdict}` : `${expected}; ${found}, ${verdict}`;
    }
    case 'grade-jump':
      return zh
        ? `${first}（${gradeName(text(p, 'gradeA'), locale)}）与${second}（${gradeName(text(p, 'gradeB'), locale)}）之间的门跨越 ${text(p, 'step')} 个级别，超过允许的 ${text(p, 'maxStep')} 个`
        : `the door between ${first} (${gradeName(text(p, 'gradeA'), locale)}) and ${second} (${gradeName(text(p, 'gradeB'), locale)}) spans ${text(p, 'step')} grades, more than the ${text(p, 'maxStep')} allowed`;
    case 'no-airlock':
      return zh
        ? `${first}（${gradeName(text(p, 'gradeA'), locale)}）与${second}（${gradeName(text(p, 'gradeB'), locale)}）之间级别不同，但两侧均不是气闸室、缓冲间或更衣室`
        : `${first} (${gradeName(text(p, 'gradeA'), locale)}) and ${second} (${gradeName(text(p, 'gradeB'), locale)}) differ in grade, but neither is an airlock, buffer or gowning room`;
    case 'entry-without-airlock':
      return zh ? `从${second}可直接进入洁净区房间${first}，未经更衣室、气闸室或传递窗` : `${first} is entered from ${second} without a gowning room, airlock or pass box between them`;
    case 'no-personnel-entry':
      return zh ? `洁净区（${list(names, locale)}）没有经更衣室或风淋室的人员入口` : `the clean area (${list(names, locale)}) has no personnel entry through a gowning room or air shower`;
    case 'no-material-entry':
      return zh ? `洁净区（${list(names, locale)}）没有经传递窗或物料气闸的物料入口` : `the clean area (${list(names, locale)}) has no material entry through a pass box or material airlock`;
    case 'zone-missing': {
      const zone = ZONE_NAMES[text(p, 'zone')]?.[locale] ?? text(p, 'zone');
      return zh ? `微生物检验室缺少${zone}` : `the microbiology lab has no ${zone}`;
    }
    case 'too-few-buffers':
      return zh
        ? `进入${first}最少只经过 ${text(p, 'buffers')} 间缓冲间，要求至少 ${text(p, 'minBuffers')} 间`
        : `${first} can be entered through ${text(p, 'buffers')} buffer room(s), fewer than the ${text(p, 'minBuffers')} required`;
    case 'aseptic-not-from-work-room':
      return zh ? `${first}不是经缓冲间从检验工作间进入的` : `${first} is not entered from a work room through buffer rooms`;
    case 'washing-room-small': {
      const required = formatQuantity(finding.required?.min ?? null, 'm2', locale, 1);
      const actual = formatQuantity(finding.actual, 'm2', locale, 1);
      return zh ? `${first}面积为 ${actual}，应大于 ${required}` : `${first} has ${actual}, which is not more than ${required}`;
    }
    case 'corridors-joined':
      return zh ? `洁净走廊与污物走廊（${first}、${second}）之间有门直接相通` : `a door joins the clean and the dirty corridor (${first}, ${second}) directly`;
    case 'no-clean-corridor':
      return zh ? `手术部（${list(names, locale)}）没有洁净走廊` : `the operating department (${list(names, locale)}) has no clean corridor`;
    case 'or-not-from-clean-side':
      return zh ? `${first}不能从洁净走廊一侧进入` : `${first} cannot be entered from the clean corridor side`;
    case 'flow-directions-hold':
      return zh ? '每扇门的气流均由洁净侧流向较不洁净侧' : 'air flows from the cleaner side through every door';
    case 'airlocks-at-grade-changes':
      return zh ? '每处级别变化均设有气闸室、缓冲间或更衣室' : 'every change of grade has an airlock, buffer or gowning room';
    case 'entries-through-airlocks':
      return zh ? '人员与物料均经更衣室、气闸室或传递窗进入洁净区' : 'personnel and material enter the clean area through gowning rooms, airlocks or pass boxes';
    case 'micro-lab-layout-holds':
      return zh ? '四个功能区齐全，无菌室经两间缓冲间进入，洗涤间面积满足要求' : 'all four zones are present, the aseptic room is entered through two buffer rooms and the washing room is large enough';
    case 'circulation-separated':
      return zh ? '洁污分流，每间手术室均从洁净走廊一侧进入' : 'clean and dirty circulation are apart and every operating room is entered from the clean side';
    default:
      return finding.reason.code;
  }
}

/** Names why a suite rule does not apply. */
function notApplicableReason(code: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (code) {
    case 'no-class-change':
      return zh ? '没有连接不同级别的门' : 'no door joins two different classes';
    case 'no-grade-change':
      return zh ? '没有连接不同级别的门' : 'no door joins two different grades';
    case 'no-clean-boundary':
      return zh ? '没有连接洁净区与非洁净区的门' : 'no door joins the clean area and non-clean space';
    case 'no-micro-lab':
      return zh ? '项目中没有微生物检验室的房间' : 'the project has no microbiology lab rooms';
    case 'no-operating-room':
      return zh ? '项目中没有手术室' : 'the project has no operating room';
    default:
      return code;
  }
}

/**
 * Renders a suite-level finding (one with `roomIds`) as one sentence in `locale`. `name` maps a room
 * id (or `outside`) to its display name, and `label` is the rule's label.
 */
export function describeSuiteFinding(finding: Finding, locale: Locale, name: (id: string) => string, label: string): string {
  const zh = locale === 'zh-CN';
  const names = (finding.roomIds ?? []).map(name);
  if (finding.outcome === 'not-applicable') {
    const because = notApplicableReason(finding.reason.code, locale);
    return zh ? `${label}不适用，因为${because}。` : `${label} does not apply because ${because}.`;
  }
  if (finding.outcome === 'cannot-evaluate') {
    const codes = text(finding.reason.params ?? {}, 'missing').split(',').filter((code) => code !== '');
    const inputs = codes.map((code) => MISSING_INPUTS[code]?.[locale] ?? code);
    return zh
      ? `${label}无法判定，因为以下房间缺少${list(inputs, locale)}：${list(names, locale)}。`
      : `${label} cannot be evaluated because these rooms lack their ${inputs.join(' or ')}: ${list(names, locale)}.`;
  }
  const body = verdictBody(finding, locale, names);
  return zh ? `${label}：${body}。` : `${label}: ${body}.`;
}
