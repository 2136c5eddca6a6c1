import { useMemo, useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDateTime } from '../shared/text';
import { AgencyPicker } from './AgencyPicker';
import { errorsOf, useViewer } from './common';

const BarsQuery = graphql(`
  query ConsoleRatingBars($year: Int!) {
    ratingBars {
      id
      agencyName
      exclusionCode
      wording
      firstYear
      lastYear
      reason
      createdBy
      createdAt
      standingPublicationId
      sanctionId
      findingId
    }
    barExclusions(year: $year) {
      code
      wording
    }
  }
`);

const BarAgency = graphql(`
  mutation ConsoleBarAgency($input: BarAgencyInput!) {
    barAgency(input: $input) {
      bar {
        id
        standingPublicationId
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type BarForm = { agencyId: string | null; exclusionCode: string | null; firstYear: number; years: number; reason: string };

/**
 * 禁入期 (苏州 7.6.3 两年内不得申请参加星级评定; 佛山 一年内不再作为标杆机构候选单位): the bars of the city and, for an admin, the form
 * that records one. A bar leaves the agency out of the barred years' ratings (the preview shows it at once).
 */
export function RatingBarsSection({ year }: { year: number }) {
  const { isAdmin } = useViewer();
  const [form] = Form.useForm<BarForm>();
  const firstYear = Form.useWatch('firstYear', form) ?? year + 1;
  // a bar recorded elsewhere (佛山: by confirming a revocation on the same page) refreshes the table, even while it is empty
  const context = useMemo(() => ({ additionalTypenames: ['RatingBar'] }), []);
  const [{ data }, refetch] = useQuery({ query: BarsQuery, variables: { year: firstYear }, requestPolicy: 'cache-and-network', context });
  const [state, bar] = useMutation(BarAgency);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [done, setDone] = useState<{ id: string; publication: string | null } | null>(null);
  const exclusions = data?.barExclusions ?? [];
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        禁入期
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        title="禁入期内的考评年度，机构按考评方案的排除条款不参与考评和排名（苏州：两年内不得申请参加星级评定；佛山：一年内不再作为标杆机构候选单位）。按本市禁入条款记录时，机构现有的公布等级或称号同时取消并发布调整公告（苏州 7.6.3）；佛山确认撤销标杆称号时自动记录下一年度的禁入期。"
      />
      <div data-testid="rating-bars">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data?.ratingBars ?? []}
          locale={{ emptyText: '没有禁入记录' }}
          columns={[
            { title: '编号', dataIndex: 'id' },
            { title: '机构', dataIndex: 'agencyName' },
            {
              title: '禁入年度',
              render: (_, b) => (b.firstYear === b.lastYear ? `${b.firstYear}年度` : `${b.firstYear}–${b.lastYear}年度`),
            },
            { title: '依据', render: (_, b) => `${b.exclusionCode} ${b.wording}` },
            { title: '理由', dataIndex: 'reason' },
            {
              title: '公布结果',
              render: (_, b) =>
                b.standingPublicationId
                  ? b.sanctionId
                    ? `因处罚（第 ${b.sanctionId} 号）撤销称号，调整公告第 ${b.standingPublicationId} 号`
                    : b.findingId
                      ? `因检查发现（第 ${b.findingId} 号）撤销称号，调整公告第 ${b.standingPublicationId} 号`
                      : `已取消现有等级，调整公告第 ${b.standingPublicationId} 号`
                  : '无',
            },
            { title: '记录', render: (_, b) => `${b.createdBy} ${formatDateTime(b.createdAt)}` },
          ]}
        />
      </div>
      {isAdmin && (
        <Form
          form={form}
          name="bar"
          layout="vertical"
          aria-label="记录禁入期"
          style={{ maxWidth: 640, marginTop: 16 }}
          initialValues={{ agencyId: null, exclusionCode: null, firstYear: year + 1, years: 1, reason: '' }}
          onFinish={async (values) => {
            const result = await bar({
              input: {
                agencyId: values.agencyId ?? '',
                exclusionCode: values.exclusionCode ?? '',
                firstYear: values.firstYear,
                years: values.years,
                reason: values.reason,
              },
            });
            const list = errorsOf(result.data?.barAgency, result.error);
            setErrors(list.length ? showFieldErrors(form, list) : []);
            if (!list.length) {
              const recorded = result.data?.barAgency.bar;
              setDone(recorded ? { id: recorded.id, publication: recorded.standingPublicationId ?? null } : null);
              form.setFieldValue('reason', '');
              refetch({ requestPolicy: 'network-only' });
            }
          }}
        >
          <Form.Item name="agencyId" label="机构" rules={[{ required: true, message: '请选择机构' }]}>
            <AgencyPicker />
          </Form.Item>
          <Form.Item name="exclusionCode" label="排除条款" rules={[{ required: true, message: '请选择排除条款' }]}>
            <Select
              placeholder={exclusions.length ? '选择考评方案的排除条款' : '该年度适用的考评方案没有可用于禁入的排除条款'}
              options={exclusions.map((e) => ({ value: e.code, label: `${e.code} ${e.wording}` }))}
            />
          </Form.Item>
          <Form.Item name="firstYear" label="起始考评年度">
            <InputNumber min={2000} max={2095} />
          </Form.Item>
          <Form.Item name="years" label="禁入年数">
            <InputNumber min={1} max={5} />
          </Form.Item>
          <Form.Item name="reason" label="禁入理由">
            <Input.TextArea rows={2} placeholder="如：虚假申报取得星级（苏州 7.6.3）" />
          </Form.Item>
          <FormErrors errors={errors} />
          {done && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              title={
                `已记录禁入期（第 ${done.id} 号）` +
                (done.publication ? `，并已提交取消其现有等级的调整公告（公布编号 ${done.publication}）` : '')
              }
            />
          )}
          <Button type="primary" htmlType="submit" loading={state.fetching}>
            记录禁入期
          </Button>
        </Form>
      )}
    </>
  );
}
