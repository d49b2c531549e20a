import { useState } from 'react';
import { INDUSTRIES, INDUSTRY_LABELS, type Company, type Industry, type User } from '../../../domain/crm';
import { pick, todayIsoDate, useCrmT, useLocale } from '../text';
import { parseRequiredText } from './fields';
import { FormShell, newRecordId } from './FormShell';
import { ownerOptions, SelectField, TextField } from './inputs';

export interface CompanyFormProps {
  /** The company to edit, or null for a new one. */
  readonly company: Company | null;
  readonly users: readonly User[];
  /** Owner of a new company: the current user. */
  readonly defaultOwnerId: string;
  onSave(company: Company): Promise<void>;
  onCancel(): void;
}

/** Form for a customer company: name, industry, region, lead source, owner and notes. */
export function CompanyForm({ company, users, defaultOwnerId, onSave, onCancel }: CompanyFormProps) {
  const t = useCrmT();
  const locale = useLocale();
  const [showErrors, setShowErrors] = useState(false);
  const [name, setName] = useState(company?.name ?? '');
  const [industry, setIndustry] = useState<Industry>(company?.industry ?? 'pharma');
  const [region, setRegion] = useState(company?.region ?? '');
  const [source, setSource] = useState(company?.source ?? '');
  const [ownerId, setOwnerId] = useState(company?.ownerId ?? defaultOwnerId);
  const [notes, setNotes] = useState(company?.notes ?? '');

  const nameParse = parseRequiredText(name);

  async function save() {
    if (!nameParse.ok) return;
    const record: Company = {
      id: company?.id ?? newRecordId('company'),
      name: nameParse.value,
      industry,
      region: region.trim(),
      source: source.trim(),
      ownerId,
      createdOn: company?.createdOn ?? todayIsoDate(),
      notes: notes.trim(),
    };
    await onSave(record);
  }

  return (
    <FormShell title={company === null ? t('companyNew') : t('companyEdit')} testId="company-form" valid={nameParse.ok} onSave={save} onCancel={onCancel} onAttempt={() => setShowErrors(true)}>
      <TextField label={t('fieldCompanyName')} value={name} testId="company-name" parse={nameParse} showErrors={showErrors} onChange={setName} />
      <SelectField<Industry> label={t('fieldIndustry')} value={industry} testId="company-industry" options={INDUSTRIES.map((value) => ({ value, label: pick(INDUSTRY_LABELS[value], locale) }))} onChange={setIndustry} />
      <TextField label={t('fieldRegion')} value={region} testId="company-region" onChange={setRegion} />
      <TextField label={t('fieldSource')} value={source} testId="company-source" onChange={setSource} />
      <SelectField label={t('fieldOwner')} value={ownerId} testId="company-owner" options={ownerOptions(users)} onChange={setOwnerId} />
      <TextField label={t('fieldNotes')} value={notes} testId="company-notes" wide multiline onChange={setNotes} />
    </FormShell>
  );
}
