/** Chinese labels of the API's codes, as the portal shows them. */

export const FINDING_STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: '待确认', color: 'default' },
  confirmed: { label: '已确认', color: 'red' },
  disputed: { label: '有异议', color: 'orange' },
  withdrawn: { label: '已撤回', color: 'default' },
};

export const RECTIFICATION_STATUS: Record<string, { label: string; color: string }> = {
  open: { label: '待整改', color: 'orange' },
  submitted: { label: '已提交', color: 'blue' },
  accepted: { label: '已通过', color: 'green' },
  rejected: { label: '已退回', color: 'red' },
};

export const SOURCES: Record<string, string> = {
  routineInspection: '日常检查',
  specialCampaign: '专项检查',
  reportReview: '报告复核',
  complaint: '投诉举报',
  selfInspection: '自查',
};

export const SERVICE_TYPES: Record<string, string> = {
  evaluation: '安全评价',
  testing: '检测检验',
  training: '安全培训',
  standardisation: '标准化咨询',
  consulting: '安全咨询',
  hazardInspection: '隐患排查',
  other: '其他',
};

export const ACTIONS: Record<string, string> = {
  recorded: '记录',
  confirmed: '确认',
  disputed: '机构提出异议',
  withdrawn: '撤回',
  rectificationSet: '下达整改',
  rectificationSubmitted: '机构提交整改情况',
  rectificationAccepted: '整改通过',
  rectificationRejected: '整改退回',
  registered: '登记',
  updated: '变更',
  readded: '重新登记',
};

export const OBJECTION_STATUS_COLOR: Record<string, string> = {
  open: 'blue',
  accepted: 'green',
  rejected: 'red',
};

export function label(map: Record<string, string>, code: string | null | undefined): string {
  return code ? (map[code] ?? code) : '';
}
