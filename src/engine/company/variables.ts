import type { RoomContext } from '../rooms';

/** Value of a room variable: a number in the unit its name carries, a flag, or null when not known. */
export type RoomVariableValue = number | boolean | null;

/**
 * Room values an expression rule may read, named with their SI unit. Derived values (`ach`,
 * `supply_m3h`, `velocity_m_s`, `volume_m3`) are the engine's computed metrics, so `ach` is known
 * when the design gives supply airflow and volume even if no ACH was typed in.
 */
const ROOM_VARIABLE_READERS = {
  area_m2: (context: RoomContext) => context.metrics.areaM2,
  height_m: (context: RoomContext) => context.metrics.heightM,
  volume_m3: (context: RoomContext) => context.metrics.volumeM3,
  ach: (context: RoomContext) => context.metrics.ach,
  supply_m3h: (context: RoomContext) => context.metrics.supplyM3h,
  velocity_m_s: (context: RoomContext) => context.metrics.velocityMs,
  fresh_air_m3h: (context: RoomContext) => context.design.freshAirM3h,
  exhaust_m3h: (context: RoomContext) => context.design.exhaustM3h,
  pressure_pa: (context: RoomContext) => context.design.pressurePa,
  temperature_c: (context: RoomContext) => context.design.temperatureC,
  rh_pct: (context: RoomContext) => context.design.rhPct,
  lux: (context: RoomContext) => context.design.illuminanceLx,
  noise_dba: (context: RoomContext) => context.design.noiseDbA,
  occupants: (context: RoomContext) => context.design.occupants,
  iso_class: (context: RoomContext) => context.isoClass,
  containment: (context: RoomContext) => context.room.containment,
  unidirectional: (context: RoomContext) => context.airflowPattern === 'unidirectional',
} satisfies Record<string, (context: RoomContext) => RoomVariableValue>;

export type RoomVariableName = keyof typeof ROOM_VARIABLE_READERS;

/** Every room variable name, in the order the editor lists them. */
export const ROOM_VARIABLE_NAMES = Object.keys(ROOM_VARIABLE_READERS) as RoomVariableName[];

/** Named constants an expression may use besides the room variables. */
export const EXPRESSION_CONSTANTS = ['pi', 'e'] as const;

/** Functions an expression may call by name. */
export const EXPRESSION_FUNCTIONS = ['min', 'max', 'abs', 'round', 'sqrt'] as const;

/** Every name an expression may use as a symbol: room variables, then constants. */
export const EXPRESSION_SYMBOLS: readonly string[] = [...ROOM_VARIABLE_NAMES, ...EXPRESSION_CONSTANTS];

export function isRoomVariableName(name: string): name is RoomVariableName {
  return Object.hasOwn(ROOM_VARIABLE_READERS, name);
}

/** Reads one room variable from a room's context. */
export function readRoomVariable(name: RoomVariableName, context: RoomContext): RoomVariableValue {
  return ROOM_VARIABLE_READERS[name](context);
}
