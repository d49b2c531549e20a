import type { Activity, Company, Contact, Contract, CrmProject, User } from '../../domain/crm';
import { money } from '../../domain/money';
import { changeRevisionStatus, createQuote, type QuoteContent, type QuoteLine, type QuoteRecord } from '../../domain/quote';

/**
 * Sample CRM records loaded on first start, so a new user sees a filled pipeline board and
 * dashboard. Companies and people are invented. Ids and dates are fixed, so every browser gets
 * the same records; follow-ups due in 2026 show as overdue once their date has passed.
 */
export interface CrmSample {
  readonly users: readonly User[];
  readonly companies: readonly Company[];
  readonly contacts: readonly Contact[];
  readonly projects: readonly CrmProject[];
  readonly activities: readonly Activity[];
  readonly contracts: readonly Contract[];
  readonly quotes: readonly QuoteRecord[];
}

const yuan = (amount: number) => money(amount * 100, 'CNY');

const users: User[] = [
  { id: 'user-wang', name: '王敏', role: 'manager' },
  { id: 'user-li', name: '李强', role: 'sales' },
  { id: 'user-zhao', name: 'Zhao Lei', role: 'sales' },
];

const companies: Company[] = [
  { id: 'sample-co-suzhou-bio', name: '苏州恒康生物医药有限公司', industry: 'pharma', region: '华东', source: '展会', ownerId: 'user-li', createdOn: '2026-01-08' },
  { id: 'sample-co-shanghai-food', name: '上海禾润食品有限公司', industry: 'food', region: '华东', source: '老客户介绍', ownerId: 'user-li', createdOn: '2026-02-15' },
  { id: 'sample-co-shenzhen-opto', name: '深圳光拓微电子有限公司', industry: 'electronics', region: '华南', source: '招标网站', ownerId: 'user-zhao', createdOn: '2026-03-02' },
  { id: 'sample-co-chengdu-hospital', name: '成都锦华医院', industry: 'hospital', region: '西南', source: '设计院推荐', ownerId: 'user-zhao', createdOn: '2026-04-20' },
  { id: 'sample-co-beijing-lab', name: '北京清源检测技术有限公司', industry: 'lab', region: '华北', source: '官网咨询', ownerId: 'user-wang', createdOn: '2026-05-11' },
  { id: 'sample-co-wuxi-optics', name: 'Nordlys Optics (Wuxi) Co., Ltd.', industry: 'electronics', region: '华东', source: 'Exhibition', ownerId: 'user-zhao', createdOn: '2026-06-03' },
];

const contacts: Contact[] = [
  { id: 'sample-ct-1', companyId: 'sample-co-suzhou-bio', name: '陈静', roles: ['qa'], phone: '0512-6000 1001', email: null, ownerId: 'user-li' },
  { id: 'sample-ct-2', companyId: 'sample-co-suzhou-bio', name: '周涛', roles: ['owner', 'purchasing'], phone: '0512-6000 1002', email: null, ownerId: 'user-li' },
  { id: 'sample-ct-3', companyId: 'sample-co-shanghai-food', name: '吴磊', roles: ['purchasing'], phone: null, email: 'wu.lei@example.com', ownerId: 'user-li' },
  { id: 'sample-ct-4', companyId: 'sample-co-shenzhen-opto', name: '郑晓', roles: ['epc'], phone: '0755-8000 2001', email: null, ownerId: 'user-zhao' },
  { id: 'sample-ct-5', companyId: 'sample-co-chengdu-hospital', name: '孙医生', roles: ['owner'], phone: null, email: null, ownerId: 'user-zhao' },
  { id: 'sample-ct-6', companyId: 'sample-co-beijing-lab', name: '刘工', roles: ['design-institute'], phone: '010-6200 3001', email: null, ownerId: 'user-wang' },
  { id: 'sample-ct-7', companyId: 'sample-co-wuxi-optics', name: 'Erik Hansen', roles: ['owner', 'qa'], phone: null, email: 'erik.hansen@example.com', ownerId: 'user-zhao' },
];

const project = (fields: Omit<CrmProject, 'lostReason' | 'ruleSetIds' | 'drawingId'> & Partial<Pick<CrmProject, 'lostReason' | 'ruleSetIds'>>): CrmProject => ({
  lostReason: null,
  ruleSetIds: [],
  drawingId: null,
  ...fields,
});

const projects: CrmProject[] = [
  project({ id: 'sample-pj-1', companyId: 'sample-co-suzhou-bio', name: '口服固体制剂车间 D 级洁净区', site: '苏州工业园区', industry: 'pharma', stage: 'quotation', expectedValue: yuan(3_200_000), probabilityPct: 50, closeDate: '2027-01-31', ownerId: 'user-li', ruleSetIds: ['gb-50073-2013', 'china-gmp-2010'] }),
  project({ id: 'sample-pj-2', companyId: 'sample-co-suzhou-bio', name: '无菌灌装 B+A 级改造', site: '苏州工业园区', industry: 'pharma', stage: 'construction', expectedValue: yuan(5_800_000), probabilityPct: 100, closeDate: '2026-06-30', ownerId: 'user-li', ruleSetIds: ['gb-50073-2013', 'china-gmp-2010'] }),
  project({ id: 'sample-pj-3', companyId: 'sample-co-shanghai-food', name: '乳制品包装间', site: '上海松江', industry: 'food', stage: 'site-survey', expectedValue: yuan(900_000), probabilityPct: 20, closeDate: '2027-03-31', ownerId: 'user-li' }),
  project({ id: 'sample-pj-4', companyId: 'sample-co-shenzhen-opto', name: 'ISO 5 级光刻区', site: '深圳光明', industry: 'electronics', stage: 'negotiation', expectedValue: yuan(12_500_000), probabilityPct: 70, closeDate: '2027-02-15', ownerId: 'user-zhao', ruleSetIds: ['iso-14644-1-2015'] }),
  project({ id: 'sample-pj-5', companyId: 'sample-co-chengdu-hospital', name: '洁净手术部', site: '成都高新区', industry: 'hospital', stage: 'design', expectedValue: yuan(7_600_000), probabilityPct: 40, closeDate: '2027-05-31', ownerId: 'user-zhao' }),
  project({ id: 'sample-pj-6', companyId: 'sample-co-beijing-lab', name: 'PCR 实验室', site: '北京亦庄', industry: 'lab', stage: 'lead', expectedValue: null, probabilityPct: null, closeDate: null, ownerId: 'user-wang' }),
  project({ id: 'sample-pj-7', companyId: 'sample-co-wuxi-optics', name: 'Lens coating cleanroom', site: 'Wuxi New District', industry: 'electronics', stage: 'service', expectedValue: yuan(2_400_000), probabilityPct: 100, closeDate: '2026-03-31', ownerId: 'user-zhao' }),
  project({ id: 'sample-pj-8', companyId: 'sample-co-shanghai-food', name: '烘焙车间', site: '上海嘉定', industry: 'food', stage: 'quotation', expectedValue: yuan(650_000), probabilityPct: 30, closeDate: '2026-09-30', ownerId: 'user-li', lostReason: '客户选择了价格更低的供应商' }),
  project({ id: 'sample-pj-9', companyId: 'sample-co-beijing-lab', name: 'Microbiology lab upgrade', site: 'Beijing Yizhuang', industry: 'lab', stage: 'acceptance-testing', expectedValue: yuan(1_100_000), probabilityPct: 100, closeDate: '2026-08-31', ownerId: 'user-wang' }),
];

const activity = (fields: Omit<Activity, 'followUpDoneOn' | 'projectId' | 'contactId'> & Partial<Pick<Activity, 'followUpDoneOn' | 'projectId' | 'contactId'>>): Activity => ({
  projectId: null,
  contactId: null,
  followUpDoneOn: null,
  ...fields,
});

const activities: Activity[] = [
  activity({ id: 'sample-ac-1', kind: 'visit', companyId: 'sample-co-suzhou-bio', projectId: 'sample-pj-1', contactId: 'sample-ct-1', date: '2026-10-12', notes: '与 QA 确认 D 级区域范围和压差梯度要求', nextStep: '提交方案和初步报价', nextStepDue: '2026-10-26', ownerId: 'user-li' }),
  activity({ id: 'sample-ac-2', kind: 'site-survey', companyId: 'sample-co-shanghai-food', projectId: 'sample-pj-3', contactId: 'sample-ct-3', date: '2026-11-03', notes: '现场测量层高 4.2 m，原有空调机组需更换', nextStep: '出平面布置草图', nextStepDue: '2026-11-20', ownerId: 'user-li' }),
  activity({ id: 'sample-ac-3', kind: 'meeting', companyId: 'sample-co-shenzhen-opto', projectId: 'sample-pj-4', contactId: 'sample-ct-4', date: '2026-11-18', notes: '商务谈判：付款节点与 FFU 品牌', nextStep: '发送修订报价 R2', nextStepDue: '2026-11-25', ownerId: 'user-zhao' }),
  activity({ id: 'sample-ac-4', kind: 'call', companyId: 'sample-co-chengdu-hospital', projectId: 'sample-pj-5', contactId: 'sample-ct-5', date: '2026-09-22', notes: 'Discussed operating room classes with the hospital', nextStep: 'Send the design review minutes', nextStepDue: '2026-09-30', followUpDoneOn: '2026-09-29', ownerId: 'user-zhao' }),
  activity({ id: 'sample-ac-5', kind: 'email', companyId: 'sample-co-beijing-lab', projectId: 'sample-pj-6', contactId: 'sample-ct-6', date: '2026-11-28', notes: '设计院发来 PCR 实验室分区要求', nextStep: '约现场勘察', nextStepDue: '2027-01-15', ownerId: 'user-wang' }),
  activity({ id: 'sample-ac-6', kind: 'visit', companyId: 'sample-co-wuxi-optics', projectId: 'sample-pj-7', contactId: 'sample-ct-7', date: '2026-07-06', notes: 'Annual service visit; filter pressure drop checked', nextStep: 'Quote HEPA filter replacement', nextStepDue: '2026-08-01', ownerId: 'user-zhao' }),
];

const contracts: Contract[] = [
  { id: 'sample-ct-contract-2', companyId: 'sample-co-suzhou-bio', projectId: 'sample-pj-2', signedOn: '2026-03-18', revenue: yuan(5_600_000), cost: yuan(4_300_000) },
  { id: 'sample-ct-contract-7', companyId: 'sample-co-wuxi-optics', projectId: 'sample-pj-7', signedOn: '2026-01-20', revenue: yuan(2_350_000), cost: yuan(1_950_000) },
  { id: 'sample-ct-contract-9', companyId: 'sample-co-beijing-lab', projectId: 'sample-pj-9', signedOn: '2026-05-09', revenue: yuan(1_050_000), cost: yuan(1_120_000) },
];

/** Builds a free line with its own price. Real quotes are built from the drawn layout and the price list. */
function line(id: string, zh: string, en: string, quantity: string, unitPriceYuan: number, vatCategory: string): QuoteLine {
  return {
    id,
    itemCode: null,
    description: { 'zh-CN': zh, en },
    quantity: { value: quantity, unit: 'lot', source: { kind: 'manual' } },
    unitPrice: yuan(unitPriceYuan),
    discountPct: '0',
    vatCategory,
    toBeQuoted: false,
  };
}

function sentQuote(id: string, number: string, projectId: string, sentOn: string, lines: readonly QuoteLine[]): QuoteRecord {
  const content: QuoteContent = {
    currency: 'CNY',
    quoteDate: sentOn,
    validUntil: '2027-03-31',
    sections: [{ id: 'scope', title: { 'zh-CN': '工程范围', en: 'Scope' }, lines }],
    discount: { kind: 'none' },
  };
  const draft = createQuote({ id, number, projectId }, content, `${sentOn}T02:00:00.000Z`);
  const approved = changeRevisionStatus(draft, 1, 'approved', false, `${sentOn}T03:00:00.000Z`);
  return changeRevisionStatus(approved, 1, 'sent', false, `${sentOn}T04:00:00.000Z`);
}

const quotes: QuoteRecord[] = [
  sentQuote('sample-quote-1', 'Q-2026-0001', 'sample-pj-1', '2026-11-02', [
    line('sample-quote-1-envelope', '洁净围护结构（彩钢板、吊顶、地面）', 'Cleanroom envelope (panels, ceiling, floor)', '1', 1_650_000, 'construction'),
    line('sample-quote-1-hvac', '净化空调系统', 'Clean air-conditioning system', '1', 1_100_000, 'construction'),
  ]),
  sentQuote('sample-quote-4', 'Q-2026-0002', 'sample-pj-4', '2026-11-20', [
    line('sample-quote-4-ffu', 'FFU 及高效过滤器', 'FFUs and HEPA filters', '1', 6_800_000, 'goods'),
    line('sample-quote-4-install', '安装与调试', 'Installation and commissioning', '1', 4_200_000, 'construction'),
  ]),
];

export const CRM_SAMPLE: CrmSample = { users, companies, contacts, projects, activities, contracts, quotes };
