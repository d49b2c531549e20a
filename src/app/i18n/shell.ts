import type { Dictionary } from './index';

/** Strings of the top bar, project menu, dialogs and loading states. */
const en = {
  appName: 'Cleanplan',
  appTitle: 'Cleanroom design and compliance',
  untitledProject: 'Untitled project',
  languageLabel: 'Language',
  menuProject: 'Project',
  menuNew: 'New project',
  menuOpen: 'Open file (.cleanplan.json or .csv)…',
  menuImportCsv: 'Import CSV room schedule…',
  menuExport: 'Export project file',
  menuStored: 'Saved in this browser',
  storedEntry: '{name} (saved {date})',
  storedCopyTitle: 'saved copy of "{name}"',
  menuPdfZh: 'Download PDF report (中文)',
  menuPdfEn: 'Download PDF report (English)',
  ruleSetsLabel: 'Rule sets',
  loadingProject: 'Loading the saved project…',
  sampleLoadFailed: 'The sample project could not be opened: {detail}. An empty project is open instead.',
  storedProjectInvalid: 'The saved copy of project "{id}" could not be read: {detail}. The sample project is open instead; the saved copy is kept unchanged.',
  close: 'Close',
  cancel: 'Cancel',
  importFailedTitle: 'The file "{file}" could not be opened',
  importFailedIntro: 'The open project is unchanged. Fix these problems in the file and open it again:',
  importWarningsTitle: 'The file "{file}" was opened with warnings',
  importUnsupportedType: 'Unsupported file type "{file}": choose a .cleanplan.json project file or a .csv room schedule.',
  importReadFailed: 'The file "{file}" could not be read: {detail}.',
  storedProjectMissing: 'The project "{name}" is no longer in browser storage. It may have been cleared with the site data; open an exported project file instead.',
  newProjectName: 'New project',
  exportFailed: 'Exporting the project file failed: {detail}.',
} as const;

type ShellKey = keyof typeof en;

const zhCN: Record<ShellKey, string> = {
  appName: 'Cleanplan',
  appTitle: '洁净室设计与合规平台',
  untitledProject: '未命名项目',
  languageLabel: '语言',
  menuProject: '项目',
  menuNew: '新建项目',
  menuOpen: '打开文件（.cleanplan.json 或 .csv）…',
  menuImportCsv: '导入 CSV 房间表…',
  menuExport: '导出项目文件',
  menuStored: '本浏览器中保存的项目',
  storedEntry: '{name}（保存于 {date}）',
  storedCopyTitle: '“{name}”的已保存副本',
  menuPdfZh: '下载 PDF 报告（中文）',
  menuPdfEn: '下载 PDF 报告（English）',
  ruleSetsLabel: '规范',
  loadingProject: '正在读取已保存的项目…',
  sampleLoadFailed: '无法打开示例项目：{detail}。已改为打开空项目。',
  storedProjectInvalid: '无法读取项目“{id}”的已保存副本：{detail}。已改为打开示例项目，已保存的副本未被改动。',
  close: '关闭',
  cancel: '取消',
  importFailedTitle: '无法打开文件“{file}”',
  importFailedIntro: '当前项目未被改动。请修改文件中的以下问题后重新打开：',
  importWarningsTitle: '文件“{file}”已打开，但有以下警告',
  importUnsupportedType: '不支持的文件类型“{file}”：请选择 .cleanplan.json 项目文件或 .csv 房间表。',
  importReadFailed: '无法读取文件“{file}”：{detail}。',
  storedProjectMissing: '浏览器存储中已没有项目“{name}”，可能已随站点数据被清除；请改为打开导出的项目文件。',
  newProjectName: '新项目',
  exportFailed: '导出项目文件失败：{detail}。',
};

export const shellText: Dictionary<ShellKey> = { en, 'zh-CN': zhCN };
export type { ShellKey };
