import { useState } from 'react';
import type { ExpressionRuleData } from '../../engine/company/expressionRule';
import { compileRuleExpression } from '../../engine/company/sandbox';
import { ROOM_VARIABLE_NAMES } from '../../engine/company/variables';
import { describeExpressionIssue } from '../../i18n/expressionIssueMessages';
import { useLocaleStore, useT } from '../i18n/index';
import { companyRulesText } from '../i18n/companyRules';

const RULE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface ExpressionFormProps {
  onAdd(rule: ExpressionRuleData): void;
}

/** Returns the message for an expression field as typed: null when empty and optional, else valid or the issue. */
function useExpressionMessage(text: string, optional: boolean): { readonly valid: boolean; readonly message: string | null } {
  const locale = useLocaleStore((state) => state.locale);
  const t = useT(companyRulesText);
  if (text.trim() === '') return optional ? { valid: true, message: null } : { valid: false, message: null };
  const result = compileRuleExpression(text);
  if (result.ok) return { valid: true, message: t('expressionValid') };
  return { valid: false, message: describeExpressionIssue(result.issue, locale) };
}

function TextField({ label, value, onChange, testId }: { label: string; value: string; onChange(value: string): void; testId: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

/**
 * Form that adds an expression rule. Each expression is validated as it is typed, and the message
 * names the offending symbol or function and the allowed names.
 */
export function CompanyRulesExpressionForm({ onAdd }: ExpressionFormProps) {
  const t = useT(companyRulesText);
  const [id, setId] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [labelZh, setLabelZh] = useState('');
  const [clause, setClause] = useState('');
  const [appliesWhen, setAppliesWhen] = useState('');
  const [requirement, setRequirement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const applies = useExpressionMessage(appliesWhen, true);
  const required = useExpressionMessage(requirement, false);

  const add = () => {
    if (!RULE_ID_PATTERN.test(id)) {
      setError(t('invalidRuleId', { id }));
      return;
    }
    if (labelEn.trim() === '' || labelZh.trim() === '' || clause.trim() === '') {
      setError(t('missingLabels'));
      return;
    }
    if (!applies.valid || !required.valid) return;
    setError(null);
    onAdd({
      id,
      kind: 'practice',
      label: { en: labelEn.trim(), 'zh-CN': labelZh.trim() },
      clause: clause.trim(),
      ...(appliesWhen.trim() === '' ? {} : { appliesWhen: appliesWhen.trim() }),
      requirement: requirement.trim(),
      verified: false,
    });
  };

  return (
    <fieldset data-testid="company-expression-form">
      <legend>{t('expressionHeading')}</legend>
      <p>{t('expressionVariables', { names: ROOM_VARIABLE_NAMES.join(', ') })}</p>
      <TextField label={t('expressionIdLabel')} value={id} onChange={setId} testId="company-expression-id" />
      <TextField label={t('expressionLabelEn')} value={labelEn} onChange={setLabelEn} testId="company-expression-label-en" />
      <TextField label={t('expressionLabelZh')} value={labelZh} onChange={setLabelZh} testId="company-expression-label-zh" />
      <TextField label={t('expressionClause')} value={clause} onChange={setClause} testId="company-expression-clause" />
      <TextField label={t('expressionAppliesWhen')} value={appliesWhen} onChange={setAppliesWhen} testId="company-expression-applies" />
      {applies.message === null ? null : <p data-testid="company-expression-applies-message">{applies.message}</p>}
      <TextField label={t('expressionRequirement')} value={requirement} onChange={setRequirement} testId="company-expression-requirement" />
      {required.message === null ? null : <p data-testid="company-expression-requirement-message">{required.message}</p>}
      {error === null ? null : <p role="alert">{error}</p>}
      <button type="button" data-testid="company-expression-add" disabled={!applies.valid || !required.valid} onClick={add}>
        {t('addRuleButton')}
      </button>
    </fieldset>
  );
}
