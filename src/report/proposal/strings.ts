import type { Locale } from '../../i18n/locale';

/** Every text the proposal prints apart from user data, quote lines and rule data, in both languages. */
interface ProposalText {
  readonly title: string;
  readonly quoteNumber: string;
  readonly customer: string;
  readonly contact: string;
  readonly site: string;
  readonly quoteDate: string;
  readonly validUntil: string;
  readonly priceDisplay: string;
  readonly grandTotal: string;
  readonly capitalAmount: string;
  readonly taxId: string;
  readonly phone: string;
  readonly email: string;
  readonly scopeHeading: string;
  readonly scopeIntro: string;
  readonly scopeLine: string;
  readonly complianceHeading: string;
  readonly complianceIntro: string;
  readonly ruleSetColumns: readonly [string, string, string, string];
  readonly findingCounts: string;
  readonly boqHeading: string;
  readonly boqColumns: readonly [string, string, string, string, string, string, string, string];
  readonly sectionSubtotal: string;
  readonly toBeQuoted: string;
  readonly overridden: string;
  readonly totalsHeading: string;
  readonly listTotal: string;
  readonly lineDiscounts: string;
  readonly quoteDiscount: string;
  readonly netTotal: string;
  readonly vatLine: string;
  readonly toBeQuotedCount: string;
  readonly quoteDiscountShare: string;
  readonly commercialHeading: string;
  readonly validity: string;
  readonly milestonesHeading: string;
  readonly milestoneColumns: readonly [string, string, string, string];
  readonly termsHeading: string;
  readonly signatureCompany: string;
  readonly signatureCustomer: string;
  readonly signatureDate: string;
}

const en: ProposalText = {
  title: 'Cleanroom proposal',
  quoteNumber: 'Quote',
  customer: 'Customer',
  contact: 'Contact',
  site: 'Site',
  quoteDate: 'Quote date',
  validUntil: 'Valid until',
  priceDisplay: 'Prices',
  grandTotal: 'Total incl. VAT',
  capitalAmount: 'Amount in Chinese capital numerals (大写金额)',
  taxId: 'Tax id',
  phone: 'Phone',
  email: 'Email',
  scopeHeading: 'Scope of work',
  scopeIntro: 'The quote covers the supply and installation of the cleanroom suite shown on the plan, in these parts:',
  scopeLine: '{title}: {count} items',
  complianceHeading: 'Compliance summary',
  complianceIntro: 'The layout was checked against the rule sets below; the full compliance report lists every finding.',
  ruleSetColumns: ['Standard', 'Edition', 'Title', 'Kind'],
  findingCounts: 'Findings',
  boqHeading: 'Bill of quantities and prices',
  boqColumns: ['No.', 'Item', 'Quantity', 'Unit', 'Unit price', 'Discount', 'Amount', 'VAT'],
  sectionSubtotal: 'Subtotal: {title}',
  toBeQuoted: 'to be quoted',
  overridden: 'Quantity overridden (layout {layoutValue}): {reason}',
  totalsHeading: 'Totals',
  listTotal: 'List amount before discounts',
  lineDiscounts: 'Line discounts',
  quoteDiscount: 'Quote discount',
  netTotal: 'Total excl. VAT',
  vatLine: 'VAT {rate} % ({category})',
  toBeQuotedCount: 'Lines to be quoted (left out of the totals): {count}.',
  quoteDiscountShare: 'Line amounts include each line\'s share of the quote discount, so they can be less than quantity × unit price.',
  commercialHeading: 'Commercial terms',
  validity: 'This offer is valid until {date} ({days} days from the quote date).',
  milestonesHeading: 'Payment milestones',
  milestoneColumns: ['No.', 'Milestone', 'Share', 'Amount incl. VAT'],
  termsHeading: 'Terms',
  signatureCompany: 'For the contractor (signature and seal)',
  signatureCustomer: 'For the customer (signature and seal)',
  signatureDate: 'Date:',
};

const zhCN: ProposalText = {
  title: '洁净室工程报价方案',
  quoteNumber: '报价单号',
  customer: '客户',
  contact: '联系人',
  site: '项目地址',
  quoteDate: '报价日期',
  validUntil: '有效期至',
  priceDisplay: '价格口径',
  grandTotal: '含税总价',
  capitalAmount: '大写金额',
  taxId: '统一社会信用代码',
  phone: '电话',
  email: '邮箱',
  scopeHeading: '工程范围',
  scopeIntro: '本报价包括平面图所示洁净室的供货与安装，分为以下部分：',
  scopeLine: '{title}：{count} 项',
  complianceHeading: '合规性摘要',
  complianceIntro: '平面布置已按下列规则集检查，完整的合规性检查报告列出全部检查结果。',
  ruleSetColumns: ['标准', '版本', '名称', '类别'],
  findingCounts: '检查结果',
  boqHeading: '工程量清单及报价',
  boqColumns: ['序号', '项目', '数量', '单位', '单价', '折扣', '金额', '税率'],
  sectionSubtotal: '小计：{title}',
  toBeQuoted: '待报价',
  overridden: '工程量已手动修改（图纸计算 {layoutValue}）：{reason}',
  totalsHeading: '合计',
  listTotal: '折扣前金额',
  lineDiscounts: '单项折扣',
  quoteDiscount: '整单折扣',
  netTotal: '不含税合计',
  vatLine: '增值税 {rate}%（{category}）',
  toBeQuotedCount: '{count} 项待报价，未计入合计。',
  quoteDiscountShare: '各项金额已按比例分摊整单折扣，因此可能小于数量 × 单价。',
  commercialHeading: '商务条款',
  validity: '本报价有效期至 {date}（自报价日期起 {days} 天）。',
  milestonesHeading: '付款节点',
  milestoneColumns: ['序号', '付款节点', '比例', '含税金额'],
  termsHeading: '条款',
  signatureCompany: '承包方（签字盖章）',
  signatureCustomer: '发包方（签字盖章）',
  signatureDate: '日期：',
};

export const PROPOSAL_TEXT: Readonly<Record<Locale, ProposalText>> = { en, 'zh-CN': zhCN };
