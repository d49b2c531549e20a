import { translate } from '../i18n/index';
import { shellText } from '../i18n/shell';
import type { OpenFileResult } from './openFile';

/**
 * Turn a CSV room schedule into a project.
 * TODO: call the engine's CSV schedule import (src/engine/import) once it exists; until then every
 * CSV file is rejected with a message that says so.
 */
export function importScheduleBytes(fileName: string, bytes: Uint8Array): OpenFileResult {
  void bytes;
  const message = {
    en: translate(shellText, 'en', 'csvImportUnavailable', { file: fileName }),
    'zh-CN': translate(shellText, 'zh-CN', 'csvImportUnavailable', { file: fileName }),
  };
  return { ok: false, errors: [message] };
}
