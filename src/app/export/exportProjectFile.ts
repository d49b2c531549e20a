import type { Project } from '../../domain/project';
import { PROJECT_FILE_EXTENSION, serializeProjectFile } from '../../domain/projectFile';
import { downloadFile, fileNameStem } from './download';

/** Download the project as `<name>.cleanplan.json`, the same text that storage keeps. */
export function exportProjectFile(project: Project, savedAt: Date = new Date()): string {
  const fileName = `${fileNameStem(project.name)}${PROJECT_FILE_EXTENSION}`;
  downloadFile(serializeProjectFile(project, savedAt), fileName, 'application/json');
  return fileName;
}
