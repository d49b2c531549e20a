export { iso14644ClassLimits, classFormulaLimit, PARTICLE_SIZES_UM, ISO_TABLE_1, type ClassLimits, type ParticleSize } from './limits';
export { minimumSamplingLocations, ISO_TABLE_A1 } from './sampling';
