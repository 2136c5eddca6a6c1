import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, type UserError } from '../shared/errors';
import { MEASUREMENT_STATUS, label } from '../shared/labels';
import { formatDateTime, formatDecimal } from '../shared/text';
import { AgencyPicker } from './AgencyPicker';
import { CursorPager, PageTitle, YearPicker, errorsOf, useYear } from './common';
import { MeasurementForm, type Declared } from './MeasurementForms';
import { ExamPublicationCard } from './ExamPublication';

const MeasurementsQuery = graphql(`
  query ConsoleMeasurements($year: Int!, $after: String, $agencyId: ID) {
    activeScheme(year: $year) {
      version
      title
      measurements {
        name
        wording
        min
        max
        groups
        questions
        choices {
          letter
          points
        }
        passMark
      }
    }
    measurements(first: 100, after: $after, filter: { year: $year, agencyId: $agencyId }) {
      edges {
        node {
          id
          agencyId
          name
          group
          value
          answers
          subject
          status
          recordedBy
          recordedAt
          reviewCriteria {
            label
            score
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const WithdrawMeasurementMutation = graphql(`
  mutation ConsoleWithdrawMeasurement($input: WithdrawMeasurementInput!) {
    withdrawMeasurement(input: $input) {
      measurement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const GROUPS: Record<string, string> = { county: '县级市（区）应急管理部门', town: '区镇（街道）应急管理部门', enterprise: '被服务企业' };

/**
 * 测评数据: what the year's scheme measures (抽考成绩, 佛山 满意度调查表 A/B/C, 临沂 评议表, 苏州 三方满意度, 报告复评),
 * recorded for an agency in the form the scheme declares, and the year's measurements with withdrawal.
 */
export function MeasurementsPage() {
  const [year, setYear] = useYear();
  const [pages, setPages] = useState<string[]>([]);
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MeasurementsQuery,
    variables: { year, after: pages[pages.length - 1] ?? null, agencyId: agencyId ?? '0' },
    requestPolicy: 'cache-and-network',
  });
  const [shown, setShown] = useState<string | undefined>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching: withdrawing }, withdraw] = useMutation(WithdrawMeasurementMutation);
  const declared = (data?.activeScheme?.measurements ?? []) as Declared[];
  const current = declared.find((m) => m.name === shown) ?? declared[0];
  const rows = data?.measurements?.edges.flatMap((e) => (e ? [e.node] : [])) ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>测评数据</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearPicker
          year={year}
          onChange={(y) => {
            setPages([]);
            setYear(y);
          }}
        />
      </Space>
      <ErrorAlert error={error} />
      {data && !data.activeScheme && <Alert type="info" showIcon title={`${year}年度尚未启用考评方案`} />}
      {data?.activeScheme && declared.length === 0 && <Alert type="info" showIcon title={`${year}年度的考评方案不需要测评数据`} />}
      {data?.activeScheme?.measurements.some((m) => m.passMark != null) && <ExamPublicationCard year={year} />}
      {current && (
        <Card title="录入测评数据" style={{ marginBottom: 16 }}>
          <Space wrap style={{ marginBottom: 12 }}>
            <label htmlFor="measurement-agency">机构</label>
            <AgencyPicker
              id="measurement-agency"
              value={agencyId}
              onChange={(id) => {
                setPages([]);
                setAgencyId(id);
              }}
            />
            <label htmlFor="measurement-kind">测评项目</label>
            <Select
              id="measurement-kind"
              style={{ width: 360 }}
              value={current.name}
              onChange={setShown}
              options={declared.map((m) => ({ value: m.name, label: m.wording }))}
            />
          </Space>
          <Typography.Paragraph type="secondary">{current.wording}</Typography.Paragraph>
          {agencyId ? (
            <MeasurementForm
              key={`${current.name}-${agencyId}`}
              agencyId={agencyId}
              year={year}
              declared={current}
              groups={GROUPS}
              onSaved={reload}
            />
          ) : (
            <Typography.Paragraph>请先选择机构。</Typography.Paragraph>
          )}
        </Card>
      )}
      {/* the list is the chosen agency's: a row names no agency, so the city's rows are not listed without one */}
      <Typography.Title level={4}>该机构本年度测评数据</Typography.Title>
      <FormErrors errors={errors} />
      <Table
        aria-label="测评数据"
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: agencyId ? '该机构本年度暂无测评数据' : '请先选择机构' }}
        columns={[
          { title: '测评项目', render: (_, m) => declared.find((d) => d.name === m.name)?.wording.split('，')[0] ?? m.name },
          { title: '评价组', render: (_, m) => (m.group ? (GROUPS[m.group] ?? m.group) : '—') },
          { title: '对象', render: (_, m) => m.subject ?? '—' },
          {
            title: '得分',
            render: (_, m) =>
              `${formatDecimal(m.value)}${m.answers ? `（${m.answers}）` : ''}${
                m.reviewCriteria.length ? `（${m.reviewCriteria.map((c) => `${c.label}${c.score}`).join('，')}）` : ''
              }`,
          },
          { title: '状态', render: (_, m) => label(MEASUREMENT_STATUS, m.status) },
          { title: '录入', render: (_, m) => `${m.recordedBy} ${formatDateTime(m.recordedAt)}` },
          {
            title: '操作',
            render: (_, m) =>
              m.status === 'active' && (
                <Popconfirm
                  title="撤回这条测评数据？撤回后不再计分。"
                  okText="撤回"
                  cancelText="取消"
                  onConfirm={async () => {
                    const result = await withdraw({ input: { id: m.id, reason: '录入有误' } });
                    const list = errorsOf(result.data?.withdrawMeasurement, result.error);
                    setErrors(list);
                    if (!list.length) reload();
                  }}
                >
                  <Button size="small" loading={withdrawing}>
                    撤回
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <CursorPager pages={pages} setPages={setPages} pageInfo={data?.measurements?.pageInfo} />
    </>
  );
}
