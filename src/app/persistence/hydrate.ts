import type { Project } from '../../domain/project';
import { describeProjectFileIssue, parseProjectFile, type ProjectFileIssue } from '../../domain/projectFile';
import type { LocalizedText } from '../../i18n/locale';
import { translate } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { storageText } from '../i18n/storage';
import { createEmptyProject } from '../store/projectStore';
import { bothLocales } from '../i18n/localized';
import type { ProjectStorage } from './projectStorage';
import { toStorageError, type ProjectStorageError } from './storageErrors';

export const SAMPLE_PROJECT_FILE_NAME = 'sample-gmp-cascade.cleanplan.json';

/** A message for the banner above the plan, in both UI languages. */
export interface Notice {
  readonly tone: 'error' | 'warning' | 'info';
  readonly text: LocalizedText;
}

export interface HydrationResult {
  readonly project: Project;
  /** Origin of the project: the stored last-open project, the sample, or a new empty one. */
  readonly source: 'stored' | 'sample' | 'empty';
  readonly notices: readonly Notice[];
}

export function describeStorageError(error: ProjectStorageError): LocalizedText {
  return bothLocales((locale) => translate(storageText, locale, error.kind, { detail: error.message }));
}

/**
 * Find the project to open on start. The last-open project from storage comes first. On a first
 * start, with storage unavailable, or when the stored copy no longer parses, the sample project
 * opens, and an empty project if even the sample fails. Storage is only read here, so an
 * unreadable stored copy stays as it was.
 */
export async function hydrateProject(
  storage: ProjectStorage,
  fetchSampleText: () => Promise<string>,
  today: string,
): Promise<HydrationResult> {
  const notices: Notice[] = [];

  try {
    const lastOpenId = await storage.getLastOpenProjectId();
    if (lastOpenId !== null) {
      const stored = await storage.loadProject(lastOpenId);
      if (stored.status === 'loaded') return { project: stored.project, source: 'stored', notices };
      if (stored.status === 'invalid') notices.push(invalidStoredProjectNotice(lastOpenId, stored.errors));
    }
  } catch (error) {
    notices.push({ tone: 'error', text: describeStorageError(toStorageError(error)) });
  }

  const sample = await loadSample(fetchSampleText);
  if (sample.ok) return { project: sample.project, source: 'sample', notices };

  notices.push({ tone: 'error', text: bothLocales((locale) => translate(shellText, locale, 'sampleLoadFailed', { detail: sample.detail[locale] })) });
  return { project: createEmptyProject(crypto.randomUUID(), today), source: 'empty', notices };
}

function invalidStoredProjectNotice(id: string, errors: readonly ProjectFileIssue[]): Notice {
  const render = (locale: 'en' | 'zh-CN') => {
    const detail = errors.map((issue) => describeProjectFileIssue(issue, locale)).join(' ');
    return translate(shellText, locale, 'storedProjectInvalid', { id, detail });
  };
  return { tone: 'error', text: bothLocales(render) };
}

type SampleLoad = { readonly ok: true; readonly project: Project } | { readonly ok: false; readonly detail: LocalizedText };

async function loadSample(fetchSampleText: () => Promise<string>): Promise<SampleLoad> {
  let text: string;
  try {
    text = await fetchSampleText();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, detail: { en: detail, 'zh-CN': detail } };
  }

  const parsed = parseProjectFile(text, SAMPLE_PROJECT_FILE_NAME);
  if (parsed.ok) return { ok: true, project: parsed.project };
  return { ok: false, detail: bothLocales((locale) => parsed.errors.map((issue) => describeProjectFileIssue(issue, locale)).join(' ')) };
}
