/**
 * Public API of the Cleanplan engine: pure TypeScript, deterministic, the same in Node and the
 * browser. Everything the app, the CLI and the report need from the engine is exported here.
 */
export type { CheckResult, Citation, DoorMetrics, Finding, FindingReason, FindingSummary, Outcome, Requirement, RequirementKind, RoomMetrics } from './findings';
export type { RuleInfo, RuleSetInfo, RuleSetKind } from './rules/types';

export { parseCleanliness, cleanlinessLabel, type ClassParseResult, type ClassParseError, type ClassParseErrorCode } from './classes/parseCleanliness';
export { CLASS_CROSSWALK, gmpGradeIsoEquivalent, type ClassCrosswalk, type GmpGradeEquivalence } from './classes/crosswalk';

export { polygonAreaM2, polygonCentroid, polygonBounds, isSimplePolygon, sharedWallSegments, exteriorWallSegments } from './geometry';
export type { BoundsMm, WallSegment, Outline } from './geometry';

export { computeSupplyAirflow, SUPPLY_DISAGREEMENT_TOLERANCE, type SupplyAirflow, type SupplySource } from './airflow';
export { computeRoomMetrics } from './rooms';

export { iso14644ClassLimits, classFormulaLimit, minimumSamplingLocations, PARTICLE_SIZES_UM, type ClassLimits, type ParticleSize } from './iso14644';
export { gmpGradeLimits, type GradeLimits, type GradeSizeLimits } from './gmp';

export { listRuleSets, getRuleSets, UnknownRuleSetError, registerRuleSet, unregisterRuleSet, listRegisteredRuleSets } from './rules/registry';
export {
  listStandardFamilies,
  getStandardFamily,
  defaultEdition,
  standardFamilyId,
  UnknownStandardFamilyError,
  type StandardFamily,
  type EditionChoice,
} from './rules/editions';
export { gradeParticleTable, microbialLimits, cleanUpTime, isoTable1, type GradeParticleTableName } from './rules/referenceTables';
export type { GradeParticleTable, MicrobialLimits, CleanUpTime, ParticleCell, MicrobialCell } from './rules/referenceTableSchemas';
export { minimumSamplingLocationsSqrtArea } from './checks/samplingSqrtAreaCheck';
export { loadRuleSet, type LoadedRuleSet, type RuleSetSource, type RuleFileSource } from './rules/load';
export { RuleDataError } from './rules/validate';
export { canonicalJson, contentHash } from './rules/hash';
export { designationWithEdition } from './rules/designation';

export { checkProject, createChecker } from './fullCheck';
export type { Checker, CheckerOptions } from './check';
export { estimateOrCount, OrCountInputError, type OrCountInput, type OrCountInputName, type OrCountMethodId, type OrCountResult } from './hospital/orCount';
export { assessOrSize, minimumWidthMm, type FgiSizeAssessment, type Gb50333v2002SizeAssessment, type OrSizeAssessment } from './hospital/orSize';
export { orSizingData, type OrSizingData, type FgiOperatingRoomType, type Gb50333v2002SizeCategory } from './hospital/sizingData';
export { hospitalClassTable, type HospitalClassTableEdition } from './hospital/classTable';
export type { HospitalClassTable } from './rules/hospitalSchema';

export {
  ROOM_USE_ROLES,
  loadRoomUseVocabulary,
  normaliseUseText,
  resolveRoomUse,
  roomUseVocabulary,
  useHasRole,
  type RoomUse,
  type RoomUseRole,
  type RoomUseVocabulary,
} from './suite/roomUses';

export {
  classifyIso1999,
  classifyIso2015,
  evaluateMicrobial,
  requiredSampleVolume,
  type ClassificationResult,
  type MeasurementProblem,
  type MicrobialEvaluation,
  type RequiredSampleVolume,
} from './measurement';

export {
  computeAirside,
  createAirsideCalculator,
  doorLeakage,
  solveProjectNetwork,
  designOffsetM3h,
  networkRuleLabel,
  type AirsideCalculator,
  type AirsideOutput,
  type DoorLeakage,
  type LeakageBasis,
  type ProjectNetwork,
  type RoomPressure,
  type InvalidDoor,
} from './airside';
export type { AirsideResult, RoomAirside, DoorFlow, AhuSummary, AirlockRecognition, GoverningSupply, SupplyCandidate, SupplyTerm, FreshAirRequirement, RecoveryEstimate } from './airside/types';
