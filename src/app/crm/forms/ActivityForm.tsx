import { useState } from 'react';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, type Activity, type ActivityKind, type Contact, type CrmProject, type User } from '../../../domain/crm';
import { pick, todayIsoDate, useCrmT, useLocale } from '../text';
import { parseDateField, parseOptionalText, type FieldParse } from './fields';
import { FormShell, newRecordId } from './FormShell';
import { ownerOptions, SelectField, TextField } from './inputs';

export interface ActivityFormProps {
  readonly activity: Activity | null;
  readonly companyId: string;
  readonly contacts: readonly Contact[];
  readonly projects: readonly CrmProject[];
  readonly users: readonly User[];
  readonly defaultOwnerId: string;
  onSave(activity: Activity): Promise<void>;
  onCancel(): void;
}

const NONE = '';

/** Requires a due date with a next step and the other way round, or the follow-up list would show half a task. */
function pairNextStep(nextStep: FieldParse<string | null>, due: FieldParse<string | null>): { step: FieldParse<string | null>; due: FieldParse<string | null> } {
  if (!nextStep.ok || !due.ok) return { step: nextStep, due };
  if (nextStep.value !== null && due.value === null) return { step: nextStep, due: { ok: false, error: 'errorDueMissing', params: {} } };
  if (nextStep.value === null && due.value !== null) return { step: { ok: false, error: 'errorNextStepMissing', params: {} }, due };
  return { step: nextStep, due };
}

/** Form for a visit, call, meeting, site survey or email: date, contact, notes, next step and its due date. */
export function ActivityForm({ activity, companyId, contacts, projects, users, defaultOwnerId, onSave, onCancel }: ActivityFormProps) {
  const t = useCrmT();
  const locale = useLocale();
  const [showErrors, setShowErrors] = useState(false);
  const [kind, setKind] = useState<ActivityKind>(activity?.kind ?? 'visit');
  const [dateText, setDateText] = useState(activity?.date ?? todayIsoDate());
  const [contactId, setContactId] = useState(activity?.contactId ?? NONE);
  const [projectId, setProjectId] = useState(activity?.projectId ?? NONE);
  const [notes, setNotes] = useState(activity?.notes ?? '');
  const [nextStep, setNextStep] = useState(activity?.nextStep ?? '');
  const [dueText, setDueText] = useState(activity?.nextStepDue ?? '');
  const [ownerId, setOwnerId] = useState(activity?.ownerId ?? defaultOwnerId);

  const dateParse = parseDateField(dateText, true);
  const paired = pairNextStep(parseOptionalText(nextStep), parseDateField(dueText));
  const valid = dateParse.ok && paired.step.ok && paired.due.ok;

  async function save() {
    if (!dateParse.ok || !paired.step.ok || !paired.due.ok) return;
    await onSave({
      id: activity?.id ?? newRecordId('activity'),
      kind,
      companyId,
      projectId: projectId === NONE ? null : projectId,
      contactId: contactId === NONE ? null : contactId,
      date: dateParse.value!,
      notes: notes.trim(),
      nextStep: paired.step.value,
      nextStepDue: paired.due.value,
      followUpDoneOn: activity?.followUpDoneOn ?? null,
      ownerId,
    });
  }

  const none = { value: NONE, label: t('none') };
  return (
    <FormShell title={activity === null ? t('activityNew') : t('activityEdit')} testId="activity-form" valid={valid} onSave={save} onCancel={onCancel} onAttempt={() => setShowErrors(true)}>
      <SelectField<ActivityKind> label={t('fieldActivityKind')} value={kind} testId="activity-kind" options={ACTIVITY_KINDS.map((value) => ({ value, label: pick(ACTIVITY_KIND_LABELS[value], locale) }))} onChange={setKind} />
      <TextField label={t('fieldDate')} type="date" value={dateText} testId="activity-date" parse={dateParse} showErrors={showErrors} onChange={setDateText} />
      <SelectField label={t('fieldContact')} value={contactId} testId="activity-contact" options={[none, ...contacts.map((contact) => ({ value: contact.id, label: contact.name }))]} onChange={setContactId} />
      <SelectField label={t('fieldProject')} value={projectId} testId="activity-project" options={[none, ...projects.map((project) => ({ value: project.id, label: project.name }))]} onChange={setProjectId} />
      <SelectField label={t('fieldOwner')} value={ownerId} testId="activity-owner" options={ownerOptions(users)} onChange={setOwnerId} />
      <TextField label={t('fieldNotes')} value={notes} testId="activity-notes" wide multiline onChange={setNotes} />
      <TextField label={t('fieldNextStep')} value={nextStep} testId="activity-next-step" parse={paired.step} showErrors={showErrors} onChange={setNextStep} />
      <TextField label={t('fieldNextStepDue')} type="date" value={dueText} testId="activity-due" parse={paired.due} showErrors={showErrors} onChange={setDueText} />
    </FormShell>
  );
}
