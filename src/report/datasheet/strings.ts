import type { Locale } from '../../i18n/locale';
import type { DoorType } from '../../domain/airside';
import type { SupplyTerm } from '../../engine/airside/types';

/** Column title and unit of one data sheet column. */
interface ColumnText {
  readonly title: string;
  readonly unit: string | null;
}

/** Every text of the room data sheet (PDF and xlsx) apart from user data, in both languages. */
export interface DataSheetText {
  readonly title: string;
  readonly tableNames: { readonly rooms: string; readonly ahus: string; readonly doors: string; readonly testPlan: string };
  /** Name of the xlsx sheet with the notes. */
  readonly notesSheet: string;
  readonly roomColumns: Readonly<Record<RoomColumnKey, ColumnText>>;
  readonly ahuColumns: Readonly<Record<AhuColumnKey, ColumnText>>;
  readonly doorColumns: Readonly<Record<DoorColumnKey, ColumnText>>;
  readonly doorTypes: Readonly<Record<DoorType, string>>;
  readonly outdoors: string;
  readonly testPlanColumns: Readonly<Record<TestPlanColumnKey, ColumnText>>;
  readonly governing: Readonly<Record<SupplyTerm, string>>;
  /** Appended to the governing term when some candidate could not be evaluated. */
  readonly governingIncomplete: string;
  /** Appended to the terminal count when the engineer set it rather than the engine. */
  readonly terminalCountOverridden: string;
  /** Appended to an AHU name that the project's AHU list does not contain. */
  readonly ahuUnknown: string;
  /** Labels of the AHU totals, for the list of rooms missing from each. */
  readonly ahuTotals: Readonly<Record<'supplyM3h' | 'returnM3h' | 'freshAirM3h' | 'exhaustM3h', string>>;
  /** Label of each fresh-air term the engine may name as governing. */
  readonly freshAirTerms: Readonly<Record<'make-up' | 'per-person' | 'per-area' | 'air-changes' | 'per-room', string>>;
  readonly samplingEditions: Readonly<Record<'iso-14644-1-2015' | 'iso-14644-1-1999', string>>;
  readonly notes: {
    readonly missing: string;
    readonly pressure: string;
    readonly supply: string;
    readonly testPlan: string;
    readonly doors: string;
    readonly notComputed: string;
  };
  readonly projectLabel: string;
  readonly customerLabel: string;
  readonly generatedLabel: string;
  readonly footerPage: string;
  readonly glyphNote: string;
}

export type RoomColumnKey =
  | 'number'
  | 'room'
  | 'areaM2'
  | 'heightM'
  | 'volumeM3'
  | 'class'
  | 'pressurePa'
  | 'temperatureC'
  | 'rhPct'
  | 'supplyDesignM3h'
  | 'supplyRequiredM3h'
  | 'governing'
  | 'marginM3h'
  | 'returnM3h'
  | 'exhaustM3h'
  | 'freshAirDesignM3h'
  | 'freshAirRequired'
  | 'offsetM3h'
  | 'terminals'
  | 'terminalCoveragePct'
  | 'returnGrilles'
  | 'ahu'
  | 'samplingCount'
  | 'sampleVolumeL';

export type AhuColumnKey =
  | 'ahu'
  | 'roomsServed'
  | 'roomCount'
  | 'supplyM3h'
  | 'returnM3h'
  | 'freshAirM3h'
  | 'exhaustM3h'
  | 'freshAirRatioPct'
  | 'missingRooms';

export type DoorColumnKey = 'from' | 'to' | 'type' | 'leakageAreaM2' | 'dpPa' | 'flowM3h';

export type TestPlanColumnKey =
  | 'number'
  | 'room'
  | 'class'
  | 'method'
  | 'location'
  | 'xM'
  | 'yM'
  | 'sizeUm'
  | 'limitPerM3'
  | 'sampleVolumeL'
  | 'minDurationMin';

const en: DataSheetText = {
  title: 'Room data sheet',
  tableNames: { rooms: 'Rooms', ahus: 'AHUs', doors: 'Doors', testPlan: 'Test plan' },
  notesSheet: 'Notes',
  roomColumns: {
    number: { title: 'No.', unit: null },
    room: { title: 'Room', unit: null },
    areaM2: { title: 'Area', unit: 'm²' },
    heightM: { title: 'Height', unit: 'm' },
    volumeM3: { title: 'Volume', unit: 'm³' },
    class: { title: 'Class', unit: null },
    pressurePa: { title: 'ΔP to outdoors', unit: 'Pa' },
    temperatureC: { title: 'Temperature', unit: '°C' },
    rhPct: { title: 'RH', unit: '%' },
    supplyDesignM3h: { title: 'Supply, design', unit: 'm³/h' },
    supplyRequiredM3h: { title: 'Supply, required', unit: 'm³/h' },
    governing: { title: 'Governing requirement', unit: null },
    marginM3h: { title: 'Margin over next', unit: 'm³/h' },
    returnM3h: { title: 'Return', unit: 'm³/h' },
    exhaustM3h: { title: 'Exhaust', unit: 'm³/h' },
    freshAirDesignM3h: { title: 'Fresh air, design', unit: 'm³/h' },
    freshAirRequired: { title: 'Fresh air, required', unit: 'm³/h' },
    offsetM3h: { title: 'Offset (supply − return − exhaust)', unit: 'm³/h' },
    terminals: { title: 'Terminals (type × count)', unit: null },
    terminalCoveragePct: { title: 'Terminal coverage', unit: '%' },
    returnGrilles: { title: 'Return grilles', unit: null },
    ahu: { title: 'AHU', unit: null },
    samplingCount: { title: 'Sampling locations', unit: null },
    sampleVolumeL: { title: 'Sample volume', unit: 'L' },
  },
  ahuColumns: {
    ahu: { title: 'AHU', unit: null },
    roomsServed: { title: 'Rooms served', unit: null },
    roomCount: { title: 'Rooms', unit: null },
    supplyM3h: { title: 'Supply', unit: 'm³/h' },
    returnM3h: { title: 'Return', unit: 'm³/h' },
    freshAirM3h: { title: 'Fresh air', unit: 'm³/h' },
    exhaustM3h: { title: 'Exhaust', unit: 'm³/h' },
    freshAirRatioPct: { title: 'Fresh-air ratio', unit: '%' },
    missingRooms: { title: 'Rooms left out of totals (value unknown)', unit: null },
  },
  doorColumns: {
    from: { title: 'Air from', unit: null },
    to: { title: 'Air to', unit: null },
    type: { title: 'Door type', unit: null },
    leakageAreaM2: { title: 'Leakage area', unit: 'm²' },
    dpPa: { title: 'ΔP', unit: 'Pa' },
    flowM3h: { title: 'Flow', unit: 'm³/h' },
  },
  doorTypes: { single: 'single', double: 'double', sliding: 'sliding', pass_box: 'pass box', opening: 'opening' },
  outdoors: 'outdoors',
  testPlanColumns: {
    number: { title: 'No.', unit: null },
    room: { title: 'Room', unit: null },
    class: { title: 'Class', unit: null },
    method: { title: 'Location count per', unit: null },
    location: { title: 'Location', unit: null },
    xM: { title: 'x', unit: 'm' },
    yM: { title: 'y', unit: 'm' },
    sizeUm: { title: 'Particle size ≥', unit: 'µm' },
    limitPerM3: { title: 'Class limit', unit: 'particles/m³' },
    sampleVolumeL: { title: 'Sample volume', unit: 'L' },
    minDurationMin: { title: 'Sampling time at least', unit: 'min' },
  },
  governing: { cleanliness: 'Cleanliness', 'make-up': 'Make-up (exhaust + offset)', cooling: 'Cooling' },
  governingIncomplete: ' (inputs missing)',
  terminalCountOverridden: ' (count set by engineer)',
  ahuUnknown: " (not in the project's AHU list)",
  ahuTotals: { supplyM3h: 'supply', returnM3h: 'return', freshAirM3h: 'fresh air', exhaustM3h: 'exhaust' },
  freshAirTerms: { 'make-up': 'make-up', 'per-person': 'per person', 'per-area': 'per m²', 'air-changes': 'air changes', 'per-room': 'per room' },
  samplingEditions: { 'iso-14644-1-2015': 'ISO 14644-1:2015 Table A.1', 'iso-14644-1-1999': 'ISO 14644-1:1999 B.4.1' },
  notes: {
    missing: '"—" marks a missing value: the input was not given or the engine could not evaluate it. It never means zero and never a pass.',
    pressure:
      'ΔP is the room pressure relative to outdoors: the design value, or the value solved from the airflows where none was given. ' +
      'Offset is the supply − return − exhaust the room needs to hold that pressure through its doors.',
    supply:
      'Supply, required is the largest of the cleanliness, make-up and cooling requirements. ' +
      'The governing requirement is that largest one, and the margin is its lead over the next largest.',
    testPlan:
      'Test plan: x and y are metres from the left and top edges of the room as drawn (y downwards). ' +
      'The sample volume is the minimum single-sample volume at each location.',
    doors:
      "Doors: air flows from the first room to the second, and ΔP is the first room's pressure minus the second's. " +
      'Where the flow is unknown, the rooms are in the order the door was drawn.',
    notComputed: 'The air side was not computed for this check, so the airflow, terminal, AHU and sampling columns are empty.',
  },
  projectLabel: 'Project',
  customerLabel: 'Customer',
  generatedLabel: 'Generated',
  footerPage: 'Page {page} of {pages}',
  glyphNote: 'The embedded font cannot draw these characters, so they print as their code point: {list}.',
};

const zhCN: DataSheetText = {
  title: '房间数据表',
  tableNames: { rooms: '房间', ahus: '空调机组', doors: '门', testPlan: '检测方案' },
  notesSheet: '说明',
  roomColumns: {
    number: { title: '序号', unit: null },
    room: { title: '房间', unit: null },
    areaM2: { title: '面积', unit: 'm²' },
    heightM: { title: '净高', unit: 'm' },
    volumeM3: { title: '体积', unit: 'm³' },
    class: { title: '洁净度级别', unit: null },
    pressurePa: { title: '对室外压差', unit: 'Pa' },
    temperatureC: { title: '温度', unit: '°C' },
    rhPct: { title: '相对湿度', unit: '%' },
    supplyDesignM3h: { title: '设计送风量', unit: 'm³/h' },
    supplyRequiredM3h: { title: '需要送风量', unit: 'm³/h' },
    governing: { title: '决定送风量的因素', unit: null },
    marginM3h: { title: '超出次大值', unit: 'm³/h' },
    returnM3h: { title: '回风量', unit: 'm³/h' },
    exhaustM3h: { title: '排风量', unit: 'm³/h' },
    freshAirDesignM3h: { title: '设计新风量', unit: 'm³/h' },
    freshAirRequired: { title: '需要新风量', unit: 'm³/h' },
    offsetM3h: { title: '压差风量（送−回−排）', unit: 'm³/h' },
    terminals: { title: '送风末端（型号 × 数量）', unit: null },
    terminalCoveragePct: { title: '末端覆盖率', unit: '%' },
    returnGrilles: { title: '回风口数量', unit: null },
    ahu: { title: '空调机组', unit: null },
    samplingCount: { title: '采样点数', unit: null },
    sampleVolumeL: { title: '单点采样量', unit: 'L' },
  },
  ahuColumns: {
    ahu: { title: '空调机组', unit: null },
    roomsServed: { title: '服务房间', unit: null },
    roomCount: { title: '房间数', unit: null },
    supplyM3h: { title: '送风量', unit: 'm³/h' },
    returnM3h: { title: '回风量', unit: 'm³/h' },
    freshAirM3h: { title: '新风量', unit: 'm³/h' },
    exhaustM3h: { title: '排风量', unit: 'm³/h' },
    freshAirRatioPct: { title: '新风比', unit: '%' },
    missingRooms: { title: '未计入合计的房间（数值未知）', unit: null },
  },
  doorColumns: {
    from: { title: '气流来自', unit: null },
    to: { title: '气流流向', unit: null },
    type: { title: '门类型', unit: null },
    leakageAreaM2: { title: '渗漏面积', unit: 'm²' },
    dpPa: { title: '压差', unit: 'Pa' },
    flowM3h: { title: '渗漏风量', unit: 'm³/h' },
  },
  doorTypes: { single: '单扇门', double: '双扇门', sliding: '推拉门', pass_box: '传递窗', opening: '开口' },
  outdoors: '室外',
  testPlanColumns: {
    number: { title: '序号', unit: null },
    room: { title: '房间', unit: null },
    class: { title: '洁净度级别', unit: null },
    method: { title: '采样点数依据', unit: null },
    location: { title: '采样点', unit: null },
    xM: { title: 'x', unit: 'm' },
    yM: { title: 'y', unit: 'm' },
    sizeUm: { title: '粒径 ≥', unit: 'µm' },
    limitPerM3: { title: '级别限值', unit: '粒/m³' },
    sampleVolumeL: { title: '单点采样量', unit: 'L' },
    minDurationMin: { title: '采样时间不少于', unit: 'min' },
  },
  governing: { cleanliness: '洁净度', 'make-up': '补风（排风 + 压差风量）', cooling: '冷负荷' },
  governingIncomplete: '（部分输入缺失）',
  terminalCountOverridden: '（数量由设计人员指定）',
  ahuUnknown: '（不在项目的空调机组列表中）',
  ahuTotals: { supplyM3h: '送风', returnM3h: '回风', freshAirM3h: '新风', exhaustM3h: '排风' },
  freshAirTerms: { 'make-up': '补风', 'per-person': '按人数', 'per-area': '按面积', 'air-changes': '按换气次数', 'per-room': '按房间' },
  samplingEditions: { 'iso-14644-1-2015': 'ISO 14644-1:2015 表 A.1', 'iso-14644-1-1999': 'ISO 14644-1:1999 B.4.1' },
  notes: {
    missing: '“—”表示无此数值：未给出输入，或引擎无法计算。它不代表零，也不代表符合。',
    pressure: '压差为房间相对室外的静压：取设计值；未给出设计值时取由风量解算的值。压差风量为房间经由其门维持该压差所需的送风量 − 回风量 − 排风量。',
    supply: '需要送风量取洁净度、补风和冷负荷三项要求中的最大值；决定送风量的因素即该项，超出次大值为它比第二大项多出的风量。',
    testPlan: '检测方案：x、y 为采样点距房间图形左边缘和上边缘的距离（m，y 向下，与平面图一致）。单点采样量为每个采样点的最小单次采样量。',
    doors: '门：气流由第一个房间流向第二个房间，压差为第一个房间的压力减去第二个房间的压力。风量未知时，房间按门的绘制顺序列出。',
    notComputed: '本次校核未计算风系统，因此风量、送风末端、空调机组和采样点各列为空。',
  },
  projectLabel: '项目',
  customerLabel: '客户',
  generatedLabel: '生成时间',
  footerPage: '第 {page} 页，共 {pages} 页',
  glyphNote: '嵌入字体无法绘制以下字符，以其码位代替：{list}。',
};

export const DATASHEET_TEXT: Readonly<Record<Locale, DataSheetText>> = { en, 'zh-CN': zhCN };
