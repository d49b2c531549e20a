import { useState } from 'react';
import { INDUSTRIES, INDUSTRY_LABELS, PIPELINE_STAGE_LABELS, PIPELINE_STAGES, type CrmProject, type Industry, type PipelineStage, type User } from '../../../domain/crm';
import { formatMoney } from '../../../domain/money';
import { DEFAULT_RULE_SET_IDS } from '../../../domain/project';
import { designationWithEdition, listRuleSets } from '../../../engine/index';
import { pick, useCrmT, useLocale } from '../text';
import { parseDateField, parseMoneyField, parseOptionalText, parsePercentField, parseRequiredText } from './fields';
import { FormShell, newRecordId } from './FormShell';
import { ownerOptions, SelectField, TextField } from './inputs';

export interface ProjectFormProps {
  readonly project: CrmProject | null;
  readonly companyId: string;
  /** Industry of a new project: the company's. */
  readonly defaultIndustry: Industry;
  readonly users: readonly User[];
  readonly defaultOwnerId: string;
  onSave(project: CrmProject): Promise<void>;
  onCancel(): void;
}

/**
 * Writes the stored amount as the form edits it, `1,234,567.80`, so an unchanged value parses back
 * to the same amount. An amount in another currency keeps its code and fails the CNY check visibly.
 */
function moneyText(project: CrmProject | null): string {
  const amount = project?.expectedValue ?? null;
  if (amount === null) return '';
  const text = formatMoney(amount, 'en');
  return amount.currency === 'CNY' ? text.replace('CNY ', '') : text;
}

/**
 * Form for a sales opportunity: site, industry, rule sets, stage, expected value in CNY, win
 * probability, close date and lost reason. The drawing is linked from the project page.
 */
export function ProjectForm({ project, companyId, defaultIndustry, users, defaultOwnerId, onSave, onCancel }: ProjectFormProps) {
  const t = useCrmT();
  const locale = useLocale();
  const [showErrors, setShowErrors] = useState(false);
  const [name, setName] = useState(project?.name ?? '');
  const [site, setSite] = useState(project?.site ?? '');
  const [industry, setIndustry] = useState<Industry>(project?.industry ?? defaultIndustry);
  const [stage, setStage] = useState<PipelineStage>(project?.stage ?? 'lead');
  // A new project starts with the rule sets a new drawing gets, so the card and the drawing agree.
  const [ruleSetIds, setRuleSetIds] = useState<readonly string[]>(project?.ruleSetIds ?? DEFAULT_RULE_SET_IDS);
  const [valueText, setValueText] = useState(moneyText(project));
  const [probabilityText, setProbabilityText] = useState(project?.probabilityPct === null || project === null ? '' : String(project.probabilityPct));
  const [closeDateText, setCloseDateText] = useState(project?.closeDate ?? '');
  const [lostReason, setLostReason] = useState(project?.lostReason ?? '');
  const [ownerId, setOwnerId] = useState(project?.ownerId ?? defaultOwnerId);

  const nameParse = parseRequiredText(name);
  const valueParse = parseMoneyField(valueText, 'CNY');
  const probabilityParse = parsePercentField(probabilityText);
  const closeDateParse = parseDateField(closeDateText);
  const lostParse = parseOptionalText(lostReason);
  const valid = nameParse.ok && valueParse.ok && probabilityParse.ok && closeDateParse.ok;
  const ruleSets = listRuleSets();

  function toggleRuleSet(id: string) {
    setRuleSetIds((current) => (current.includes(id) ? current.filter((candidate) => candidate !== id) : ruleSets.map((info) => info.id).filter((candidate) => candidate === id || current.includes(candidate))));
  }

  async function save() {
    if (!nameParse.ok || !valueParse.ok || !probabilityParse.ok || !closeDateParse.ok || !lostParse.ok) return;
    await onSave({
      id: project?.id ?? newRecordId('project'),
      companyId,
      name: nameParse.value,
      site: site.trim(),
      industry,
      stage,
      expectedValue: valueParse.value,
      probabilityPct: probabilityParse.value,
      closeDate: closeDateParse.value,
      lostReason: lostParse.value,
      ownerId,
      ruleSetIds,
      drawingId: project?.drawingId ?? null,
    });
  }

  return (
    <FormShell title={project === null ? t('projectNew') : t('projectEdit')} testId="project-form" valid={valid} onSave={save} onCancel={onCancel} onAttempt={() => setShowErrors(true)}>
      <TextField label={t('fieldProjectName')} value={name} testId="project-name" parse={nameParse} showErrors={showErrors} onChange={setName} />
      <TextField label={t('fieldSite')} value={site} testId="project-site" onChange={setSite} />
      <SelectField<Industry> label={t('fieldIndustry')} value={industry} testId="project-industry" options={INDUSTRIES.map((value) => ({ value, label: pick(INDUSTRY_LABELS[value], locale) }))} onChange={setIndustry} />
      <SelectField<PipelineStage> label={t('fieldStage')} value={stage} testId="project-stage" options={PIPELINE_STAGES.map((value) => ({ value, label: pick(PIPELINE_STAGE_LABELS[value], locale) }))} onChange={setStage} />
      <TextField label={t('fieldExpectedValue')} inputMode="decimal" value={valueText} testId="project-value" parse={valueParse} showErrors={showErrors} onChange={setValueText} />
      <TextField label={t('fieldProbability')} inputMode="decimal" value={probabilityText} testId="project-probability" parse={probabilityParse} showErrors={showErrors} onChange={setProbabilityText} />
      <TextField label={t('fieldCloseDate')} type="date" value={closeDateText} testId="project-close-date" parse={closeDateParse} showErrors={showErrors} onChange={setCloseDateText} />
      <SelectField label={t('fieldOwner')} value={ownerId} testId="project-owner" options={ownerOptions(users)} onChange={setOwnerId} />
      <TextField label={t('fieldLostReason')} value={lostReason} testId="project-lost-reason" wide onChange={setLostReason} />
      <fieldset className="crm-wide">
        <legend>{t('fieldRuleSets')}</legend>
        {ruleSets.map((info) => (
          <label key={info.id}>
            <input type="checkbox" checked={ruleSetIds.includes(info.id)} data-testid={`project-rule-set-${info.id}`} onChange={() => toggleRuleSet(info.id)} />
            {designationWithEdition(info.standard, info.edition)}
          </label>
        ))}
      </fieldset>
    </FormShell>
  );
}
