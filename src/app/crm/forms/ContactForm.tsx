import { useState } from 'react';
import { CONTACT_ROLE_LABELS, CONTACT_ROLES, type Contact, type ContactRole, type User } from '../../../domain/crm';
import { pick, useCrmT, useLocale } from '../text';
import { parseEmailField, parseOptionalText, parseRequiredText } from './fields';
import { FormShell, newRecordId } from './FormShell';
import { ownerOptions, SelectField, TextField } from './inputs';

export interface ContactFormProps {
  readonly contact: Contact | null;
  readonly companyId: string;
  readonly users: readonly User[];
  readonly defaultOwnerId: string;
  onSave(contact: Contact): Promise<void>;
  onCancel(): void;
}

/** Form for a contact of a company: name, project roles, phone, email and owner. */
export function ContactForm({ contact, companyId, users, defaultOwnerId, onSave, onCancel }: ContactFormProps) {
  const t = useCrmT();
  const locale = useLocale();
  const [showErrors, setShowErrors] = useState(false);
  const [name, setName] = useState(contact?.name ?? '');
  const [roles, setRoles] = useState<readonly ContactRole[]>(contact?.roles ?? []);
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [ownerId, setOwnerId] = useState(contact?.ownerId ?? defaultOwnerId);

  const nameParse = parseRequiredText(name);
  const phoneParse = parseOptionalText(phone);
  const emailParse = parseEmailField(email);
  const valid = nameParse.ok && emailParse.ok;

  function toggleRole(role: ContactRole) {
    setRoles((current) => (current.includes(role) ? current.filter((candidate) => candidate !== role) : CONTACT_ROLES.filter((candidate) => candidate === role || current.includes(candidate))));
  }

  async function save() {
    if (!nameParse.ok || !emailParse.ok || !phoneParse.ok) return;
    await onSave({ id: contact?.id ?? newRecordId('contact'), companyId, name: nameParse.value, roles, phone: phoneParse.value, email: emailParse.value, ownerId });
  }

  return (
    <FormShell title={contact === null ? t('contactNew') : t('contactEdit')} testId="contact-form" valid={valid} onSave={save} onCancel={onCancel} onAttempt={() => setShowErrors(true)}>
      <TextField label={t('fieldContactName')} value={name} testId="contact-name" parse={nameParse} showErrors={showErrors} onChange={setName} />
      <TextField label={t('fieldPhone')} type="tel" value={phone} testId="contact-phone" onChange={setPhone} />
      <TextField label={t('fieldEmail')} type="email" value={email} testId="contact-email" parse={emailParse} showErrors={showErrors} onChange={setEmail} />
      <SelectField label={t('fieldOwner')} value={ownerId} testId="contact-owner" options={ownerOptions(users)} onChange={setOwnerId} />
      <fieldset className="crm-wide">
        <legend>{t('fieldRoles')}</legend>
        {CONTACT_ROLES.map((role) => (
          <label key={role}>
            <input type="checkbox" checked={roles.includes(role)} data-testid={`contact-role-${role}`} onChange={() => toggleRole(role)} />
            {pick(CONTACT_ROLE_LABELS[role], locale)}
          </label>
        ))}
      </fieldset>
    </FormShell>
  );
}
