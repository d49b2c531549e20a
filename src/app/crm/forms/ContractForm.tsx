import { useState } from 'react';
import type { Contract, CrmProject } from '../../../domain/crm';
import { todayIsoDate, useCrmT } from '../text';
import { parseDateField, parseMoneyField, type FieldParse } from './fields';
import { FormShell, newRecordId } from './FormShell';
import { SelectField, TextField } from './inputs';

export interface ContractFormProps {
  readonly companyId: string;
  /** The company's projects; a contract belongs to one of them. */
  readonly projects: readonly CrmProject[];
  onSave(contract: Contract): Promise<void>;
  onCancel(): void;
}

/** Requires an amount: a contract without revenue or cost cannot enter net revenue. */
function requireAmount<T>(parse: FieldParse<T | null>): FieldParse<T> {
  if (!parse.ok) return parse;
  return parse.value === null ? { ok: false, error: 'errorRequired', params: {} } : { ok: true, value: parse.value };
}

/**
 * Records a signed contract of one of the company's projects: signing date, revenue and cost
 * (both tax-exclusive, in CNY). Contracts feed value tiers, RFM and the revenue charts.
 */
export function ContractForm({ companyId, projects, onSave, onCancel }: ContractFormProps) {
  const t = useCrmT();
  const [showErrors, setShowErrors] = useState(false);
  const [projectId, setProjectId] = useState(projects[0]?.id ?? '');
  const [signedText, setSignedText] = useState(todayIsoDate());
  const [revenueText, setRevenueText] = useState('');
  const [costText, setCostText] = useState('');

  const signed = parseDateField(signedText, true);
  const revenue = requireAmount(parseMoneyField(revenueText, 'CNY'));
  const cost = requireAmount(parseMoneyField(costText, 'CNY'));
  const valid = projectId !== '' && signed.ok && revenue.ok && cost.ok;

  async function save() {
    if (projectId === '' || !signed.ok || !revenue.ok || !cost.ok) return;
    await onSave({ id: newRecordId('contract'), companyId, projectId, signedOn: signed.value!, revenue: revenue.value, cost: cost.value });
  }

  return (
    <FormShell title={t('contractNew')} testId="contract-form" valid={valid} onSave={save} onCancel={onCancel} onAttempt={() => setShowErrors(true)}>
      <SelectField label={t('fieldProject')} value={projectId} testId="contract-project" options={projects.map((project) => ({ value: project.id, label: project.name }))} onChange={setProjectId} />
      <TextField label={t('colSignedOn')} type="date" value={signedText} testId="contract-signed-on" parse={signed} showErrors={showErrors} onChange={setSignedText} />
      <TextField label={t('fieldContractRevenue')} inputMode="decimal" value={revenueText} testId="contract-revenue" parse={revenue} showErrors={showErrors} onChange={setRevenueText} />
      <TextField label={t('fieldContractCost')} inputMode="decimal" value={costText} testId="contract-cost" parse={cost} showErrors={showErrors} onChange={setCostText} />
    </FormShell>
  );
}
