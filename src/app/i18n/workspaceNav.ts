import type { Dictionary } from './index';

/** Labels of the top-level switch between the plan workspace and the CRM. */
const en = {
  workspaceLabel: 'Workspace',
  workspaceDesign: 'Design',
  workspaceCrm: 'CRM',
  loadingCrm: 'Loading the CRM…',
} as const;

type WorkspaceNavKey = keyof typeof en;

const zhCN: Record<WorkspaceNavKey, string> = {
  workspaceLabel: '工作区',
  workspaceDesign: '设计',
  workspaceCrm: '客户',
  loadingCrm: '正在加载客户管理…',
};

export const workspaceNavText: Dictionary<WorkspaceNavKey> = { en, 'zh-CN': zhCN };
