import { Alert, Descriptions, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert } from '../shared/errors';
import { RECTIFICATION_STATUS, SOURCES } from '../shared/labels';
import { formatDate, formatDateTime } from '../shared/text';
import { PageTitle, StatusTag, YearPicker, useViewer, useYear } from './common';

const SelfCheckStatusQuery = graphql(`
  query ConsoleSelfCheckStatus($year: Int!) {
    selfCheckStatus(year: $year) {
      year
      checklistId
      checklistTitle
      start
      deadline
      deadlinePassed
      district
      agencies
      answered
      answeredLate
      notAnswered
      rows {
        agencyId
        agencyName
        state
        inspectionId
        answeredOn
        recordedAt
        problems
        overdueRectifications
      }
      overdueRectifications {
        findingId
        agencyId
        agencyName
        ruleCode
        source
        measure
        deadline
        responsible
        status
        daysOverdue
      }
    }
  }
`);

/** The states of an agency's self-inspection, in Chinese. */
export const SELF_CHECK_STATE: Record<string, { label: string; color: string }> = {
  answered: { label: '已按期提交', color: 'green' },
  late: { label: '逾期提交', color: 'orange' },
  missing: { label: '尚未提交', color: 'default' },
  overdue: { label: '逾期未提交', color: 'red' },
};

/**
 * 自查情况 (泉州 自查自改阶段, 附件4): who answered the self-inspection checklist by the calendar's deadline,
 * who did not, and the rectifications (整改) past their deadline, flagged. A county sees its district's agencies.
 */
export function SelfCheckStatusPage() {
  const [year, setYear] = useYear();
  const viewer = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: SelfCheckStatusQuery, variables: { year }, requestPolicy: 'cache-and-network' });
  const status = data?.selfCheckStatus;
  return (
    <>
      <PageTitle>自查情况</PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <YearPicker year={year} onChange={setYear} />
        {viewer.isCounty && <Tag color="blue">{viewer.districtName ?? viewer.district}</Tag>}
      </Space>
      {error && <ErrorAlert error={error} />}
      {fetching && !data && <Skeleton active />}
      {status && (
        <>
          {!status.checklistId && <Alert type="info" showIcon title={`${year}年度启用的考评方案没有自查表`} style={{ marginBottom: 16 }} />}
          <Descriptions bordered column={2} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="自查表">{status.checklistTitle ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="自查自改阶段">
              {status.start || status.deadline ? `${formatDate(status.start)} 至 ${formatDate(status.deadline)}` : '工作日历未设定'}
              {status.deadlinePassed && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  已过截止日期
                </Tag>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Space size="large" style={{ marginBottom: 16 }} data-testid="self-check-counts">
            <Statistic title="机构数" value={status.agencies} />
            <Statistic title="按期提交" value={status.answered} />
            <Statistic title="逾期提交" value={status.answeredLate} />
            <Statistic title="未提交" value={status.notAnswered} />
          </Space>
          <div data-testid="self-check-rows">
            <Table
              rowKey="agencyId"
              size="small"
              pagination={{ pageSize: 50 }}
              dataSource={status.rows}
              columns={[
                {
                  title: '机构',
                  dataIndex: 'agencyName',
                  render: (name: string, r) => <Link to={`/agencies/${r.agencyId}?year=${year}`}>{name}</Link>,
                },
                { title: '状态', dataIndex: 'state', render: (s: string) => <StatusTag map={SELF_CHECK_STATE} status={s} /> },
                { title: '填报日期', dataIndex: 'answeredOn', render: (d: string | null) => formatDate(d) || '—' },
                { title: '提交时间', dataIndex: 'recordedAt', render: (d: string | null) => formatDateTime(d) || '—' },
                { title: '自查问题', dataIndex: 'problems' },
                {
                  title: '逾期整改',
                  dataIndex: 'overdueRectifications',
                  render: (n: number) => (n ? <Tag color="red">{n} 项</Tag> : '0'),
                },
              ]}
            />
          </div>
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            逾期未完成的整改
          </Typography.Title>
          {status.overdueRectifications.length > 0 ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginBottom: 12 }}
              title={`${status.overdueRectifications.length} 项整改已过期限仍未完成，请督促机构整改（整改走过场的，依法依规处罚）`}
            />
          ) : (
            <Typography.Paragraph type="secondary">没有逾期的整改。</Typography.Paragraph>
          )}
          {status.overdueRectifications.length > 0 && (
            <div data-testid="overdue-rectifications">
              <Table
                rowKey="findingId"
                size="small"
                pagination={false}
                dataSource={status.overdueRectifications}
                columns={[
                  {
                    title: '机构',
                    dataIndex: 'agencyName',
                    render: (name: string, r) => <Link to={`/agencies/${r.agencyId}?year=${year}`}>{name}</Link>,
                  },
                  { title: '问题（条款）', dataIndex: 'ruleCode' },
                  { title: '来源', dataIndex: 'source', render: (s: string) => SOURCES[s] ?? s },
                  { title: '整改措施', dataIndex: 'measure' },
                  { title: '责任人', dataIndex: 'responsible' },
                  { title: '整改期限', dataIndex: 'deadline', render: (d: string) => formatDate(d) },
                  { title: '状态', dataIndex: 'status', render: (s: string) => <StatusTag map={RECTIFICATION_STATUS} status={s} /> },
                  { title: '逾期', dataIndex: 'daysOverdue', render: (n: number) => <Tag color="red">逾期 {n} 天</Tag> },
                ]}
              />
            </div>
          )}
        </>
      )}
    </>
  );
}
