import type { BilingualText } from '../money';
import type { RfmSegment } from './rfm';
import type { ActivityKind, ContactRole, Industry, PipelineStage, UserRole } from './types';
import type { ValueTier } from './valueTiers';

export const INDUSTRY_LABELS: Readonly<Record<Industry, BilingualText>> = {
  pharma: { en: 'Pharmaceutical', 'zh-CN': '制药' },
  food: { en: 'Food', 'zh-CN': '食品' },
  electronics: { en: 'Electronics and optoelectronics', 'zh-CN': '电子与光电' },
  hospital: { en: 'Hospital', 'zh-CN': '医院' },
  lab: { en: 'Laboratory', 'zh-CN': '实验室' },
  other: { en: 'Other', 'zh-CN': '其他' },
};

export const CONTACT_ROLE_LABELS: Readonly<Record<ContactRole, BilingualText>> = {
  owner: { en: 'Owner', 'zh-CN': '业主' },
  epc: { en: 'EPC contractor', 'zh-CN': '总包（EPC）' },
  'design-institute': { en: 'Design institute', 'zh-CN': '设计院' },
  qa: { en: 'QA', 'zh-CN': '质量保证（QA）' },
  purchasing: { en: 'Purchasing', 'zh-CN': '采购' },
};

export const PIPELINE_STAGE_LABELS: Readonly<Record<PipelineStage, BilingualText>> = {
  lead: { en: 'Lead', 'zh-CN': '线索' },
  'site-survey': { en: 'Site survey', 'zh-CN': '现场勘察' },
  design: { en: 'Design', 'zh-CN': '方案设计' },
  quotation: { en: 'Quotation', 'zh-CN': '报价' },
  negotiation: { en: 'Negotiation', 'zh-CN': '商务谈判' },
  contract: { en: 'Contract', 'zh-CN': '签约' },
  construction: { en: 'Construction', 'zh-CN': '施工' },
  'acceptance-testing': { en: 'Acceptance testing', 'zh-CN': '验收检测' },
  service: { en: 'Service', 'zh-CN': '售后' },
};

export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, BilingualText>> = {
  visit: { en: 'Visit', 'zh-CN': '拜访' },
  call: { en: 'Call', 'zh-CN': '电话' },
  meeting: { en: 'Meeting', 'zh-CN': '会议' },
  'site-survey': { en: 'Site survey', 'zh-CN': '现场勘察' },
  email: { en: 'Email', 'zh-CN': '邮件' },
};

export const VALUE_TIER_LABELS: Readonly<Record<ValueTier, BilingualText>> = {
  vip: { en: 'VIP customer', 'zh-CN': 'VIP 客户' },
  important: { en: 'Important customer', 'zh-CN': '重要客户' },
  general: { en: 'General customer', 'zh-CN': '一般客户' },
  'low-value': { en: 'Low-value customer', 'zh-CN': '低价值客户' },
  potential: { en: 'Potential customer', 'zh-CN': '潜在客户' },
};

export const RFM_SEGMENT_LABELS: Readonly<Record<RfmSegment, BilingualText>> = {
  'important-value': { en: 'Important value customer', 'zh-CN': '重要价值客户' },
  'important-development': { en: 'Important development customer', 'zh-CN': '重要发展客户' },
  'important-retention': { en: 'Important retention customer', 'zh-CN': '重要保持客户' },
  'important-win-back': { en: 'Important win-back customer', 'zh-CN': '重要挽留客户' },
  'general-value': { en: 'General value customer', 'zh-CN': '一般价值客户' },
  'general-development': { en: 'General development customer', 'zh-CN': '一般发展客户' },
  'general-retention': { en: 'General retention customer', 'zh-CN': '一般保持客户' },
  'general-win-back': { en: 'General win-back customer', 'zh-CN': '一般挽留客户' },
};

export const USER_ROLE_LABELS: Readonly<Record<UserRole, BilingualText>> = {
  sales: { en: 'Sales engineer', 'zh-CN': '销售工程师' },
  manager: { en: 'Sales manager', 'zh-CN': '销售经理' },
};
