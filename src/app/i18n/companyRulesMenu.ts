import type { Dictionary } from './index';

/** Strings shown before the company rule-set dialog has loaded: its menu item and the loading line. */
const en = {
  menuCompanyRules: 'Company rule sets…',
  loading: 'Loading the rule editor…',
};

const zh: Record<keyof typeof en, string> = {
  menuCompanyRules: '公司规则集…',
  loading: '正在载入规则编辑器…',
};

export const companyRulesMenuText: Dictionary<keyof typeof en> = { en, 'zh-CN': zh };
