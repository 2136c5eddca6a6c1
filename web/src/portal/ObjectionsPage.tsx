import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDate, formatDateTime, formatDecimal } from '../shared/text';
import { Attachments } from '../shared/Attachments';
import { rerunLabel, rerunPending } from '../shared/labels';
import { WithMyAgency, type OwnAgency } from './MyAgency';
import { OBJECTION_STATUS_COLOR } from './labels';
import { YearSelect, useYear } from './year';

const NoticeQuery = graphql(`
  query PortalNotice($tenant: ID!, $year: Int!) {
    publicNotice(tenant: $tenant, year: $year) {
      tenantName
      year
      startsOn
      endsOn
      open
      message
      entries {
        agencyId
        agencyName
        total
        grade
        overallRank
        groupRank
      }
    }
  }
`);

const MyObjectionsQuery = graphql(`
  query PortalMyObjections {
    myObjections {
      id
      trackingCode
      year
      reason
      status
      statusText
      decision
      decidedAt
      filedAt
      filedBy
      rerun {
        id
        runVersion
        status
      }
      attachments {
        id
        fileName
        contentType
        size
        sha256
        uploadedBy
        uploadedAt
      }
    }
  }
`);

const FileObjection = graphql(`
  mutation PortalFileObjection($input: FileObjectionInput!) {
    fileObjection(input: $input) {
      trackingCode
      objection {
        trackingCode
        status
        statusText
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** 异议: the year's public notice as it names the agency, the objection form while it lasts, and the objections filed. */
export function ObjectionsPage() {
  const [year, setYear, years] = useYear();
  return (
    <>
      <Typography.Title level={2}>公示与异议</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <YearSelect year={year} setYear={setYear} years={years} />
      </Space>
      <WithMyAgency>
        {(agency) => (
          <>
            <NoticeOf agency={agency} year={year} />
            <MyObjections />
          </>
        )}
      </WithMyAgency>
    </>
  );
}

function NoticeOf({ agency, year }: { agency: OwnAgency; year: number }) {
  const [{ data, fetching, error }] = useQuery({ query: NoticeQuery, variables: { tenant: agency.tenant, year } });
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const notice = data?.publicNotice;
  if (!notice) {
    return <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`${year}年度的考评结果尚未公示`} />;
  }
  const own = notice.entries.find((e) => e.agencyId === agency.id);
  return (
    <Card title={`${notice.tenantName} ${year}年度考评结果公示`} style={{ marginBottom: 16 }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="notice">
        <Descriptions.Item label="公示期">
          {formatDate(notice.startsOn)} 至 {formatDate(notice.endsOn)}
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          {notice.open ? <Tag color="blue">公示中</Tag> : <Tag>{notice.message ?? '不在公示期'}</Tag>}
        </Descriptions.Item>
        {notice.open && (
          <>
            <Descriptions.Item label="本机构公示得分">{own ? formatDecimal(own.total) : '未列入公示名单'}</Descriptions.Item>
            <Descriptions.Item label="公示等级与名次">
              {own ? `${own.grade ?? '—'}，第 ${own.overallRank ?? '—'} 名` : '—'}
            </Descriptions.Item>
          </>
        )}
      </Descriptions>
      {notice.open && own && <ObjectionForm agency={agency} year={year} />}
    </Card>
  );
}

interface ObjectionValues {
  reason: string;
  name: string;
  contact: string;
}

function ObjectionForm({ agency, year }: { agency: OwnAgency; year: number }) {
  const [form] = Form.useForm<ObjectionValues>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [code, setCode] = useState<string | null>(null);
  const [{ fetching }, file] = useMutation(FileObjection);
  const submit = async (values: ObjectionValues) => {
    setErrors([]);
    setCode(null);
    const result = await file(
      {
        input: {
          tenant: agency.tenant,
          year,
          agencyId: agency.id,
          reason: values.reason ?? '',
          name: values.name || null,
          contact: values.contact || null,
        },
      },
      { additionalTypenames: ['Objection'] },
    );
    const payload = result.data?.fileObjection;
    const problems = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
    if (problems.length) {
      setErrors(showFieldErrors(form, problems));
      return;
    }
    setCode(payload?.trackingCode ?? null);
    form.resetFields();
  };
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ marginTop: 16, maxWidth: 720 }}
      initialValues={{ reason: '', name: '', contact: '' }}
      onFinish={(v) => void submit(v)}
      aria-label="对本机构的公示结果提出异议"
    >
      <Typography.Title level={4}>对本机构的公示结果提出异议</Typography.Title>
      <FormErrors errors={errors} />
      {code && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title="异议已提交"
          description={
            <>
              查询码{' '}
              <Typography.Text copyable strong data-testid="tracking-code">
                {code}
              </Typography.Text>
              ，应急管理局处理后可在下方“本机构的异议”中查看结果。
            </>
          }
        />
      )}
      <Form.Item name="reason" label="异议理由" extra="写明对哪一项得分有异议及理由，5 到 2000 字。">
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="name" label="联系人">
        <Input maxLength={100} autoComplete="name" />
      </Form.Item>
      <Form.Item name="contact" label="联系电话或邮箱">
        <Input maxLength={100} autoComplete="tel" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {fetching ? '正在提交…' : '提交异议'}
      </Button>
    </Form>
  );
}

function MyObjections() {
  // the typename makes a filed objection refresh the list even while it is empty (urql's document cache)
  const context = useMemo(() => ({ additionalTypenames: ['Objection'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyObjectionsQuery, context, requestPolicy: 'cache-and-network' });
  // an accepted objection's re-rating runs in the background: asked again every 2 s until it is done
  const pending = (data?.myObjections ?? []).some((o) => rerunPending(o.rerun));
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 2000);
    return () => clearInterval(timer);
  }, [pending, refetch]);
  return (
    <Card title="本机构的异议">
      <ErrorAlert error={error} />
      {fetching && !data ? (
        <Skeleton active />
      ) : (
        <Table
          rowKey="id"
          size="small"
          dataSource={data?.myObjections ?? []}
          aria-label="本机构的异议"
          locale={{ emptyText: '尚未提出异议' }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: '年度', dataIndex: 'year', width: 70 },
            { title: '查询码', dataIndex: 'trackingCode', width: 140 },
            { title: '异议理由', dataIndex: 'reason' },
            { title: '提出时间', dataIndex: 'filedAt', width: 150, render: (v: string) => formatDateTime(v) },
            {
              title: '状态',
              dataIndex: 'statusText',
              width: 90,
              render: (v: string, o) => <Tag color={OBJECTION_STATUS_COLOR[o.status]}>{v}</Tag>,
            },
            {
              title: '处理意见',
              key: 'decision',
              render: (_, o) =>
                o.decision ? (
                  <>
                    {o.decision}
                    {o.decidedAt && (
                      <div>
                        <Typography.Text type="secondary">{formatDateTime(o.decidedAt)}</Typography.Text>
                      </div>
                    )}
                    {o.rerun && <div>{rerunLabel(o.rerun)}</div>}
                  </>
                ) : (
                  '—'
                ),
            },
            {
              // what supports the objection, added while it waits for the bureau; seen by the bureau and this agency
              title: '证明材料',
              key: 'files',
              width: 260,
              render: (_, o) => (
                <Attachments
                  ownerType="objection"
                  ownerId={o.id}
                  files={o.attachments}
                  canAttach={o.status === 'open'}
                  onChanged={() => refetch({ requestPolicy: 'network-only' })}
                  label={`证明材料 ${o.trackingCode}`}
                />
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
