/**
 * Door leakage and the room pressure network: leakage areas from door sizes and gaps, flow laws
 * (orifice, power law, leakage-per-door table), the network solver in both directions, and
 * airlock recognition. Pure TypeScript with no domain types, so the engine maps rooms and doors
 * onto it.
 */
export {
  doorLeakageData,
  doorLeakageTable,
  gapPreset,
  loadDoorLeakageData,
  orificeForm,
  DOOR_LEAKAGE_SOURCES,
  type DoorGapsMm,
  type DoorLeakageData,
  type DoorLeakageSources,
  type DoorLeakageTable,
  type DoorTableRow,
  type GapPreset,
  type LeakageCitation,
  type LeakageProvenance,
  type OrificeForm,
} from './data';
export { crackLengthM, leakageAreaM2, LeakageInputError, DOOR_TYPES, type DoorOpening, type DoorType } from './leakage';
export {
  doorTableLaw,
  evaluateFlowLaw,
  flowM3h,
  orificeLaw,
  powerLaw,
  MAX_EXPONENT,
  MIN_EXPONENT,
  type FlowAtDelta,
  type FlowLaw,
  type FlowPoint,
  type PowerLaw,
  type TableLaw,
} from './flowLaw';
export { solveNetwork, offsetsFromPressures, DEFAULT_SOLVER_SETTINGS, type PressureTarget } from './solve';
export { NetworkInputError } from './validateInput';
export {
  OUTSIDE_NODE,
  type NetworkChecks,
  type NetworkFinding,
  type NetworkFindingCode,
  type NetworkPath,
  type NetworkRoom,
  type NetworkSolution,
  type PathKind,
  type PathSolution,
  type RequiredFlow,
  type RoomSolution,
  type SolveOptions,
  type SolveStatus,
  type SolverSettings,
} from './types';
export { classifyAirlock, recogniseAirlocks, type AirlockCandidate, type AirlockType } from './airlocks';
export { generateGridNetwork, type GeneratedNetwork, type GridNetworkOptions } from './generate';
