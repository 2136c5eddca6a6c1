/** Chinese labels of the API's codes, as every app shows them: no page shows a raw status or action code. */

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
  ratingBar: '禁入期',
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
  deactivated: '注销',
  reactivated: '恢复',
  filed: '提出',
  personalDataRevealed: '查看完整个人信息',
  personalDataErased: '个人信息到期删除',
  accepted: '采纳',
  rejected: '不采纳',
  corrected: '更正处理结果',
  uploaded: '上传',
  activated: '启用',
  copied: '复制',
  opened: '发起公示',
  runChanged: '公示结果更新',
  triaged: '核查',
  caseOpened: '立案',
  closed: '办结',
  entered: '录入',
  added: '新增',
  evidenceAttached: '添加附件',
};

/** A history row's action in Chinese. */
export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

/** Who did something, as a history row or a file names them: people without an account are not a username. */
export function actorLabel(actor: string | null | undefined): string {
  if (!actor) return '';
  return actor === 'public' ? '公众（投诉人或异议人）' : actor === 'system' ? '系统' : actor;
}

/**
 * What became of the re-rating an accepted objection queued, by the run's status: 已重新评定 only once the run
 * has completed (a queued run is not yet a new result).
 */
export function rerunLabel(rerun: { runVersion: number; status: string } | null | undefined): string {
  if (!rerun) return '';
  switch (rerun.status) {
    case 'completed':
      return `已重新评定（第${rerun.runVersion}版）`;
    case 'failed':
      return `重新评定失败（第${rerun.runVersion}版），请在“考评评定”中查看`;
    default:
      return '正在重新评定…';
  }
}

/** Whether a re-rating is still to come (the page keeps asking until it is done). */
export function rerunPending(rerun: { status: string } | null | undefined): boolean {
  return !!rerun && (rerun.status === 'queued' || rerun.status === 'running');
}

/**
 * A rating run's reason in Chinese: the API writes the re-rating of an accepted objection as
 * "objection <id>" (a code the notice follows); people read 异议 <id> 采纳后重新评定.
 */
export function runReason(reason: string | null | undefined): string {
  if (!reason) return '';
  const objection = /^objection (\d+)$/.exec(reason);
  return objection ? `异议 ${objection[1]} 采纳后重新评定` : reason;
}

export const SANCTION_TYPES: Record<string, string> = {
  interview: '约谈',
  circular: '通报批评',
  badRecord: '不良信息',
  penaltyCase: '立案处罚',
  multiAffiliation: '多处挂靠',
};

export const LEVELS: Record<string, string> = {
  town: '乡镇（街道）',
  county: '县（市、区）级',
  city: '市级',
  province: '省级',
  national: '国家级',
};

export const MEASUREMENT_STATUS: Record<string, string> = { active: '有效', withdrawn: '已撤回' };

export const OBJECTION_STATUS_COLOR: Record<string, string> = {
  open: 'blue',
  accepted: 'green',
  rejected: 'red',
};

export function label(map: Record<string, string>, code: string | null | undefined): string {
  return code ? (map[code] ?? code) : '';
}
