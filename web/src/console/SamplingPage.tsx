import { useState } from 'react';
import { Alert, Button, DatePicker, Input, Modal, Skeleton, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDate, formatDateTime } from '../shared/text';
import { PageTitle, YearPicker, useYear } from './common';

const SamplingQuery = graphql(`
  query ConsoleSampling($id: ID!, $year: Int!) {
    agency(id: $id) {
      id
      name
      engagements(year: $year) {
        id
        enterpriseName
        contractDate
        serviceType
      }
      sampledEnterprises(year: $year) {
        id
        engagementId
        enterpriseName
        contractDate
        checkedOn
        recordedBy
        recordedAt
      }
    }
  }
`);

const RecordSample = graphql(`
  mutation ConsoleRecordSampledEnterprise($input: RecordSampledEnterpriseInput!) {
    recordSampledEnterprise(input: $input) {
      sampledEnterprise {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const WithdrawSample = graphql(`
  mutation ConsoleWithdrawSampledEnterprise($input: WithdrawSampledEnterpriseInput!) {
    withdrawSampledEnterprise(input: $input) {
      sampledEnterprise {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/**
 * 现场抽查企业 (临沂 工作实绩: 随机抽取…到企业现场进行考评打分，取平均值): the inspector marks which served enterprises
 * of the year were checked on site, including those where nothing was found; each counts in the average.
 */
export function SamplingPage() {
  const { id = '' } = useParams();
  const [year, setYear] = useYear();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SamplingQuery, variables: { id, year } });
  const [recordState, record] = useMutation(RecordSample);
  const [, withdraw] = useMutation(WithdrawSample);
  const [errors, setErrors] = useState<UserError[]>([]);
  // the day of the on-site check: today, or the last day of a past year being recorded
  const [picked, setCheckedOn] = useState<Dayjs | null>(null);
  const checkedOn = picked ?? (year >= dayjs().year() ? dayjs() : dayjs(`${year}-12-31`));
  const [withdrawing, setWithdrawing] = useState<{ id: string; name: string } | null>(null);
  const [reason, setReason] = useState('');
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const agency = data?.agency;
  if (!agency) return <Typography.Paragraph>机构不存在。</Typography.Paragraph>;
  const sampled = new Set(agency.sampledEnterprises.map((s) => s.engagementId));
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>{agency.name}：现场抽查企业</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearPicker
          year={year}
          onChange={(y) => {
            setCheckedOn(null);
            setYear(y);
          }}
        />
        <label htmlFor="checked-on">检查日期</label>
        <DatePicker id="checked-on" value={checkedOn} onChange={(d) => d && setCheckedOn(d)} allowClear={false} />
        <Link to={`/agencies/${agency.id}?year=${year}`}>返回机构档案</Link>
      </Space>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="工作实绩按现场抽查的每家服务企业逐一评分后取平均值；未发现问题的抽查企业也须记录，按满分计入平均。"
      />
      <FormErrors errors={errors} />
      <Typography.Title level={4}>已抽查的企业（{agency.sampledEnterprises.length} 家）</Typography.Title>
      <Table
        aria-label="已抽查的企业"
        rowKey="id"
        pagination={false}
        dataSource={agency.sampledEnterprises}
        locale={{ emptyText: '本年度尚未记录抽查企业：评定时该机构的工作实绩无法计分' }}
        columns={[
          { title: '服务企业', dataIndex: 'enterpriseName' },
          { title: '合同日期', dataIndex: 'contractDate', render: (d: string) => formatDate(d) },
          { title: '检查日期', dataIndex: 'checkedOn', render: (d: string) => formatDate(d) },
          { title: '记录人', dataIndex: 'recordedBy' },
          { title: '记录时间', dataIndex: 'recordedAt', render: (t: string) => formatDateTime(t) },
          {
            title: '操作',
            render: (_, s) => (
              <Button size="small" onClick={() => setWithdrawing({ id: s.id, name: s.enterpriseName })}>
                撤销
              </Button>
            ),
          },
        ]}
      />
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {year}年度服务企业
      </Typography.Title>
      <Table
        aria-label="服务企业"
        rowKey="id"
        pagination={false}
        dataSource={agency.engagements}
        locale={{ emptyText: '本年度没有登记的服务项目' }}
        columns={[
          { title: '服务企业', dataIndex: 'enterpriseName' },
          { title: '合同日期', dataIndex: 'contractDate', render: (d: string) => formatDate(d) },
          {
            title: '操作',
            render: (_, e) =>
              sampled.has(e.id) ? (
                '已抽查'
              ) : (
                <Button
                  size="small"
                  type="primary"
                  loading={recordState.fetching}
                  aria-label={`记录抽查 ${e.enterpriseName}`}
                  onClick={async () => {
                    const result = await record({
                      input: { agencyId: agency.id, year, engagementId: e.id, checkedOn: checkedOn.format('YYYY-MM-DD') },
                    });
                    const list = result.data?.recordSampledEnterprise.errors.length
                      ? result.data.recordSampledEnterprise.errors
                      : userErrorsOf(result.error);
                    setErrors(list);
                    if (!list.length) refresh();
                  }}
                >
                  记录为抽查企业
                </Button>
              ),
          },
        ]}
      />
      <Modal
        title={`撤销抽查记录：${withdrawing?.name ?? ''}`}
        open={withdrawing !== null}
        okText="撤销"
        cancelText="取消"
        onCancel={() => setWithdrawing(null)}
        onOk={async () => {
          if (!withdrawing) return;
          const result = await withdraw({ input: { id: withdrawing.id, reason } });
          const list = result.data?.withdrawSampledEnterprise.errors.length
            ? result.data.withdrawSampledEnterprise.errors
            : userErrorsOf(result.error);
          setErrors(list);
          setWithdrawing(null);
          setReason('');
          if (!list.length) refresh();
        }}
      >
        <Input.TextArea aria-label="撤销原因" placeholder="撤销原因（必填）" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}
