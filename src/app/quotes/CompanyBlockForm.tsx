import { useEffect, useState } from 'react';
import type { ProposalCompany } from '../../report/proposal/types';
import { useT } from '../i18n/index';
import { quotesText } from '../i18n/quotes';
import { EMPTY_COMPANY, loadCompanyBlock, saveCompanyBlock } from './quoteData';

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg']);

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`Reading ${file.name} failed`));
    reader.readAsDataURL(file);
  });
}

type TextField = 'name' | 'address' | 'phone' | 'email' | 'taxId';

const TEXT_FIELDS: readonly { readonly field: TextField; readonly label: 'companyName' | 'companyAddress' | 'companyPhone' | 'companyEmail' | 'companyTaxId' }[] = [
  { field: 'name', label: 'companyName' },
  { field: 'address', label: 'companyAddress' },
  { field: 'phone', label: 'companyPhone' },
  { field: 'email', label: 'companyEmail' },
  { field: 'taxId', label: 'companyTaxId' },
];

/** Edits the company block (name, contacts, logo and seal) that every proposal prints. The CRM settings store it. */
export function CompanyBlockForm() {
  const t = useT(quotesText);
  const [company, setCompany] = useState<ProposalCompany>(EMPTY_COMPANY);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    void loadCompanyBlock().then((stored) => active && setCompany(stored));
    return () => {
      active = false;
    };
  }, []);

  async function pickImage(field: 'logoDataUrl' | 'sealDataUrl', file: File | undefined) {
    if (!file) return;
    if (!IMAGE_TYPES.has(file.type)) return setMessage(t('imageInvalid', { file: file.name }));
    const dataUrl = await readDataUrl(file);
    setCompany((current) => ({ ...current, [field]: dataUrl }));
    setMessage(null);
  }

  async function save() {
    try {
      await saveCompanyBlock(company);
      setMessage(t('companySaved'));
    } catch (caught) {
      setMessage(t('saveFailed', { detail: caught instanceof Error ? caught.message : String(caught) }));
    }
  }

  return (
    <details className="crm-panel">
      <summary>{t('companyHeading')}</summary>
      <div className="crm-form">
        {TEXT_FIELDS.map(({ field, label }) => (
          <label key={field}>
            {t(label)}
            <input value={company[field]} data-testid={`company-${field}`} onChange={(event) => setCompany({ ...company, [field]: event.target.value })} />
          </label>
        ))}
        <label>
          {t('companyLogo')}
          <input type="file" accept="image/png,image/jpeg" onChange={(event) => void pickImage('logoDataUrl', event.target.files?.[0])} />
        </label>
        <label>
          {t('companySeal')}
          <input type="file" accept="image/png,image/jpeg" onChange={(event) => void pickImage('sealDataUrl', event.target.files?.[0])} />
        </label>
      </div>
      <button type="button" data-testid="company-save" onClick={() => void save()}>
        {t('companySave')}
      </button>
      {message ? <p className="crm-muted">{message}</p> : null}
    </details>
  );
}
