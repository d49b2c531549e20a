import type { RoomDesign } from '../../domain/project';
import type { UnitId } from '../../domain/units';

/** Fields a schedule column can fill. */
export type ScheduleField =
  | 'name'
  | 'use'
  | 'areaM2'
  | 'widthM'
  | 'lengthM'
  | 'heightM'
  | 'class'
  | 'connectsTo'
  | 'biosafetyLevel'
  | 'containment'
  | keyof RoomDesign;

/** The allowed range of a numeric column. */
export type NumberRange = 'any' | 'non-negative' | 'positive' | 'percent';

export interface ColumnDefinition {
  readonly field: ScheduleField;
  /** Canonical English header, as listed in messages. */
  readonly header: string;
  /** Canonical Chinese header. */
  readonly headerZh: string;
  /** Further accepted spellings, compared after `normaliseHeader`. */
  readonly aliases: readonly string[];
  /** Unit and range for numeric columns; absent for text columns. */
  readonly number?: { readonly unit: UnitId; readonly range: NumberRange };
}

/** Columns a room schedule may have. Only `name` is required. */
export const SCHEDULE_COLUMNS: readonly ColumnDefinition[] = [
  { field: 'name', header: 'name', headerZh: '房间名称', aliases: ['room', 'room_name', '房间', '名称'] },
  { field: 'use', header: 'use', headerZh: '用途', aliases: ['room_use', '功能'] },
  { field: 'areaM2', header: 'area_m2', headerZh: '面积', aliases: ['area'], number: { unit: 'm2', range: 'positive' } },
  { field: 'widthM', header: 'width_m', headerZh: '宽', aliases: ['width', '宽度'], number: { unit: 'm', range: 'positive' } },
  { field: 'lengthM', header: 'length_m', headerZh: '长', aliases: ['length', '长度'], number: { unit: 'm', range: 'positive' } },
  { field: 'heightM', header: 'height_m', headerZh: '净高', aliases: ['height', 'clear_height_m', 'clear_height'], number: { unit: 'm', range: 'positive' } },
  { field: 'class', header: 'class', headerZh: '洁净级别', aliases: ['cleanliness', 'iso_class', '洁净度级别', '洁净等级', '级别'] },
  { field: 'ach', header: 'ach', headerZh: '换气次数', aliases: ['air_changes'], number: { unit: '1/h', range: 'non-negative' } },
  { field: 'supplyM3h', header: 'supply_m3h', headerZh: '送风量', aliases: ['supply'], number: { unit: 'm3/h', range: 'non-negative' } },
  { field: 'velocityMs', header: 'velocity_m_s', headerZh: '截面风速', aliases: ['velocity', '风速'], number: { unit: 'm/s', range: 'non-negative' } },
  { field: 'freshAirM3h', header: 'fresh_air_m3h', headerZh: '新风量', aliases: ['fresh_air'], number: { unit: 'm3/h', range: 'non-negative' } },
  { field: 'exhaustM3h', header: 'exhaust_m3h', headerZh: '排风量', aliases: ['exhaust'], number: { unit: 'm3/h', range: 'non-negative' } },
  // Pressure is relative to outdoors, so rooms held below atmosphere have negative values.
  { field: 'pressurePa', header: 'pressure_pa', headerZh: '压差', aliases: ['pressure', '静压差'], number: { unit: 'Pa', range: 'any' } },
  { field: 'temperatureC', header: 'temperature_c', headerZh: '温度', aliases: ['temperature'], number: { unit: 'degC', range: 'any' } },
  { field: 'rhPct', header: 'rh_pct', headerZh: '相对湿度', aliases: ['rh', '湿度'], number: { unit: '%RH', range: 'percent' } },
  { field: 'illuminanceLx', header: 'lux', headerZh: '照度', aliases: ['illuminance', 'illuminance_lx'], number: { unit: 'lx', range: 'non-negative' } },
  { field: 'noiseDbA', header: 'noise_dba', headerZh: '噪声', aliases: ['noise'], number: { unit: 'dB(A)', range: 'non-negative' } },
  { field: 'occupants', header: 'occupants', headerZh: '人数', aliases: ['persons', 'people'], number: { unit: 'person', range: 'non-negative' } },
  { field: 'filterCoveragePct', header: 'filter_coverage_pct', headerZh: '过滤器满布率', aliases: ['filter_coverage', '满布率'], number: { unit: '%', range: 'percent' } },
  { field: 'connectsTo', header: 'connects_to', headerZh: '相邻房间', aliases: ['doors_to', 'adjacent', '连接房间'] },
  { field: 'biosafetyLevel', header: 'biosafety_level', headerZh: '生物安全等级', aliases: ['bsl', 'biosafety', '生物安全级别', '防护等级'] },
  { field: 'containment', header: 'containment', headerZh: '负压', aliases: ['negative_pressure', '负压房间', '是否负压'] },
];

/** A trailing unit in brackets, ASCII or full-width: `面积(m²)`, `area_m2 [m2]`, `压差（Pa）`. */
const UNIT_SUFFIX = /\s*[([（【][^)\]）】]*[)\]）】]\s*$/;

/**
 * Fold a header for matching: NFKC (full-width letters and brackets become ASCII), trimmed,
 * lower case, without a bracketed unit, with runs of spaces and hyphens as one underscore.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(UNIT_SUFFIX, '')
    .trim()
    .replace(/[\s-]+/g, '_');
}

const columnsByHeader = new Map<string, ColumnDefinition>();
for (const column of SCHEDULE_COLUMNS) {
  for (const header of [column.header, column.headerZh, ...column.aliases]) {
    columnsByHeader.set(normaliseHeader(header), column);
  }
}

/** Find the column a header names; null for an unknown header. */
export function findColumn(header: string): ColumnDefinition | null {
  return columnsByHeader.get(normaliseHeader(header)) ?? null;
}
