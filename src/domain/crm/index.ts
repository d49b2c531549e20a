/** CRM core: companies, contacts, projects, activities, follow-ups, value tiers and RFM segments. */
export {
  ACTIVITY_KINDS,
  CONTACT_ROLES,
  INDUSTRIES,
  PIPELINE_STAGES,
  USER_ROLES,
  type Activity,
  type ActivityKind,
  type Company,
  type Contact,
  type ContactRole,
  type Contract,
  type CrmProject,
  type Industry,
  type PipelineStage,
  type User,
  type UserRole,
} from './types';
export { overdueFollowUps, reassignOwner, type Owned } from './followUps';
export { classifyValueTiers, VALUE_TIERS, type CustomerTier, type ValueTier, type ValueTierOptions } from './valueTiers';
export { classifyRfm, RFM_SEGMENTS, type CustomerRfm, type RfmCutPoints, type RfmLevel, type RfmOptions, type RfmSegment } from './rfm';
export { markProjectLost, pipelineValueByStage, type StageValue } from './pipeline';
export { ACTIVITY_KIND_LABELS, CONTACT_ROLE_LABELS, INDUSTRY_LABELS, PIPELINE_STAGE_LABELS, RFM_SEGMENT_LABELS, USER_ROLE_LABELS, VALUE_TIER_LABELS } from './labels';
export { EMPTY_CRM_DATA_SET, type CatalogItem, type CrmDataSet, type CrmRecordOf, type CrmSetting } from './dataSet';
export { CRM_RECORD_KINDS, CrmValidationError, describeCrmRecordIssue, type CrmExpectedForm, type CrmRecordIssue, type CrmRecordKind } from './recordIssues';
