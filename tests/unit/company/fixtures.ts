import { copyRuleSet } from '../../../src/engine/company/copy';
import type { CompanyRuleSetDocument } from '../../../src/engine/company/document';
import type { ExpressionRuleData } from '../../../src/engine/company/expressionRule';

/** Copies GB 50073-2013 into `company-acme`, as an engineer would start a company set. */
export function acmeCopy(): CompanyRuleSetDocument {
  return copyRuleSet('gb-50073-2013', {
    slug: 'acme',
    standard: 'ACME design rules',
    title: { en: 'ACME cleanroom design rules', 'zh-CN': 'ACME 洁净室设计规则' },
    edition: '2026',
    effectiveDate: '2026-06-01',
    today: '2026-12-04',
  });
}

/** Requires at least 20 ACH in ISO Class 7 rooms, stricter than GB 50073-2013 Table 6.3.3. */
export const MIN_ACH_ISO_7: ExpressionRuleData = {
  id: 'min-ach-iso-7',
  kind: 'mandatory',
  label: { en: 'ISO 7 air changes (company minimum)', 'zh-CN': 'ISO 7 级换气次数（公司下限）' },
  clause: 'ACME CS-07 §4.2',
  appliesWhen: 'iso_class == 7',
  requirement: 'ach >= 20',
  verified: false,
};

export function withExpressionRules(document: CompanyRuleSetDocument, rules: ExpressionRuleData[]): CompanyRuleSetDocument {
  return { ...document, expressionRules: rules };
}
