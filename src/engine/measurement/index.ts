export { classifyIso2015, ISO_2015_EDITION } from './iso2015';
export { classifyIso1999, ISO_1999_EDITION, upperConfidenceLimit } from './iso1999';
export { requiredSampleVolume, classSteps } from './particles';
export { evaluateMicrobial, meetsMicrobialLimit, type MicrobialEvaluation, type MicrobialVerdict } from './microbial';
export { studentT95, SAMPLE_VOLUME_RULE, STUDENT_T_TABLE, UCL_RULE } from './methodTables';
export type * from './types';
