import { useState } from 'react';
import { Button, Card, Descriptions, Form, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDate, formatDateTime, formatDecimal } from '../shared/text';
import { FINDING_STATUS, PageTitle, SOURCES, StatusTag, YearPicker, useViewer, useYear } from './common';

const AgenciesQuery = graphql(`
  query ConsoleAgencies($first: Int, $after: String, $filter: AgencyFilter) {
    agencies(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          name
          creditCode
          categoryLabel
          status
          districts {
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    agencyCategories {
      code
      label
    }
  }
`);

/** 机构管理: the tenant's agencies, filtered by name and category, 50 at a time. */
export function AgenciesPage() {
  const [filter, setFilter] = useState<{ nameContains?: string; category?: string }>({});
  const [after, setAfter] = useState<string[]>([]);
  const [{ data, fetching, error }] = useQuery({
    query: AgenciesQuery,
    variables: { first: 50, after: after[after.length - 1] ?? null, filter },
  });
  const [form] = Form.useForm<{ nameContains: string; category: string }>();
  const connection = data?.agencies;
  return (
    <>
      <PageTitle>机构管理</PageTitle>
      <Form
        form={form}
        layout="inline"
        initialValues={{ nameContains: '', category: '' }}
        onFinish={(values) => {
          setAfter([]);
          setFilter({ nameContains: values.nameContains || undefined, category: values.category || undefined });
        }}
        style={{ marginBottom: 16 }}
      >
        <Form.Item label="机构名称" name="nameContains">
          <Input allowClear placeholder="名称中的字词" />
        </Form.Item>
        <Form.Item label="类别" name="category">
          <Select
            style={{ width: 160 }}
            options={[{ value: '', label: '全部' }, ...(data?.agencyCategories ?? []).map((c) => ({ value: c.code, label: c.label }))]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} />
      <Table
        aria-label="机构列表"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={connection?.edges.flatMap((e) => (e ? [e.node] : [])) ?? []}
        columns={[
          { title: '机构名称', dataIndex: 'name', render: (name: string, a) => <Link to={`/agencies/${a.id}`}>{name}</Link> },
          { title: '统一社会信用代码', dataIndex: 'creditCode' },
          { title: '类别', dataIndex: 'categoryLabel' },
          { title: '服务区县', render: (_, a) => a.districts.map((d) => d.name).join('、') },
          { title: '状态', dataIndex: 'status', render: (s: string) => (s === 'active' ? <Tag color="green">正常</Tag> : <Tag>已注销</Tag>) },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={after.length === 0} onClick={() => setAfter(after.slice(0, -1))}>
          上一页
        </Button>
        <Button
          disabled={!connection?.pageInfo.hasNextPage}
          onClick={() => connection?.pageInfo.endCursor && setAfter([...after, connection.pageInfo.endCursor])}
        >
          下一页
        </Button>
      </Space>
    </>
  );
}

const AgencyQuery = graphql(`
  query ConsoleAgency($id: ID!, $year: Int!) {
    agency(id: $id) {
      id
      name
      creditCode
      categoryLabel
      qualifications
      officeArea
      status
      createdAt
      districts {
        code
        name
      }
      data(year: $year) {
        field
        wording
        value
        source
      }
      findings(year: $year) {
        id
        kind
        ruleCode
        count
        value
        of
        evidence
        source
        observedOn
        status
        recordedBy
        recordedAt
        confirmedBy
        rectification {
          status
          deadline
        }
      }
      history {
        action
        actor
        at
        reason
      }
    }
  }
`);

const ConfirmFindingMutation = graphql(`
  mutation ConsoleConfirmFinding($input: ConfirmFindingInput!) {
    confirmFinding(input: $input) {
      finding {
        id
        status
        confirmedBy
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const SetAgencyDataMutation = graphql(`
  mutation ConsoleSetAgencyData($input: SetAgencyDataInput!) {
    setAgencyData(input: $input) {
      data {
        field
        value
        source
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** 机构档案: registration, the year's agency data and findings, and the registration's history. */
export function AgencyPage() {
  const { id = '' } = useParams();
  const [year, setYear] = useYear();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AgencyQuery, variables: { id, year }, requestPolicy: 'cache-and-network' });
  const [confirmState, confirm] = useMutation(ConfirmFindingMutation);
  const [confirmErrors, setConfirmErrors] = useState<UserError[]>([]);
  const viewer = useViewer();
  const navigate = useNavigate();
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const agency = data?.agency;
  if (!agency) return <Typography.Paragraph>机构不存在。</Typography.Paragraph>;
  return (
    <>
      <PageTitle>{agency.name}</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearPicker year={year} onChange={setYear} />
        <Button type="primary" onClick={() => navigate(`/agencies/${agency.id}/findings/new?year=${year}`)}>
          记录检查发现
        </Button>
        <Button onClick={() => navigate(`/agencies/${agency.id}/inspections/new?year=${year}`)}>检查表检查</Button>
        <Link to={`/rectifications?year=${year}&agency=${agency.id}`}>整改跟踪</Link>
        <Link to={`/agencies/${agency.id}/sampling?year=${year}`}>现场抽查企业</Link>
      </Space>
      <Descriptions bordered column={2} title="登记信息" data-testid="agency-registration">
        <Descriptions.Item label="统一社会信用代码">{agency.creditCode}</Descriptions.Item>
        <Descriptions.Item label="类别">{agency.categoryLabel}</Descriptions.Item>
        <Descriptions.Item label="资质">{agency.qualifications ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="办公面积（m²）">{formatDecimal(agency.officeArea)}</Descriptions.Item>
        <Descriptions.Item label="服务区县">{agency.districts.map((d) => d.name).join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label="状态">{agency.status === 'active' ? '正常' : '已注销'}</Descriptions.Item>
      </Descriptions>

      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {year}年度检查发现
      </Typography.Title>
      <FormErrors errors={confirmErrors} />
      <Table
        aria-label="检查发现"
        rowKey="id"
        pagination={false}
        dataSource={agency.findings}
        locale={{ emptyText: '本年度暂无检查发现' }}
        columns={[
          { title: '规则', dataIndex: 'ruleCode' },
          { title: '次数', dataIndex: 'count' },
          { title: '事实', dataIndex: 'evidence' },
          { title: '来源', dataIndex: 'source', render: (s: string) => SOURCES[s] ?? s },
          { title: '发现日期', dataIndex: 'observedOn', render: (d: string) => formatDate(d) },
          { title: '记录人', dataIndex: 'recordedBy' },
          { title: '状态', dataIndex: 'status', render: (s: string) => <StatusTag map={FINDING_STATUS} status={s} /> },
          {
            title: '整改',
            render: (_, f) => (f.rectification ? `${f.rectification.status}，期限 ${formatDate(f.rectification.deadline)}` : '—'),
          },
          {
            title: '操作',
            render: (_, f) =>
              (f.status === 'draft' || f.status === 'disputed') && f.recordedBy !== viewer.username ? (
                <Button
                  size="small"
                  loading={confirmState.fetching}
                  aria-label={`确认检查发现 ${f.ruleCode}`}
                  onClick={async () => {
                    const result = await confirm({ input: { id: f.id } });
                    const errors = result.data?.confirmFinding.errors.length
                      ? result.data.confirmFinding.errors
                      : userErrorsOf(result.error);
                    setConfirmErrors(errors);
                    if (!errors.length) refetch({ requestPolicy: 'network-only' });
                  }}
                >
                  确认
                </Button>
              ) : null,
          },
        ]}
      />

      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {year}年度机构数据
      </Typography.Title>
      <AgencyData agencyId={agency.id} year={year} rows={agency.data} onSaved={() => refetch({ requestPolicy: 'network-only' })} />

      <Typography.Title level={4} style={{ marginTop: 24 }}>
        登记变更记录
      </Typography.Title>
      <Table
        aria-label="登记变更记录"
        rowKey={(c) => `${c.action}-${c.at}`}
        pagination={false}
        dataSource={agency.history}
        columns={[
          { title: '操作', dataIndex: 'action' },
          { title: '操作人', dataIndex: 'actor' },
          { title: '时间', dataIndex: 'at', render: (t: string) => formatDateTime(t) },
          { title: '原因', dataIndex: 'reason' },
        ]}
      />
    </>
  );
}

function AgencyData({
  agencyId,
  year,
  rows,
  onSaved,
}: {
  agencyId: string;
  year: number;
  rows: { field: string; wording: string; value?: string | number | null; source?: string | null }[];
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ field: string; value: string; reason: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, save] = useMutation(SetAgencyDataMutation);
  return (
    <Card>
      <Table
        aria-label="机构数据"
        rowKey="field"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '本年度没有启用的考评方案，或方案未声明机构数据' }}
        columns={[
          { title: '数据项', dataIndex: 'wording' },
          { title: '值', dataIndex: 'value', render: (v) => formatDecimal(v) },
          { title: '来源', dataIndex: 'source', render: (s) => (s === 'registered' ? '登记记录' : s === 'entered' ? '人工录入' : '缺失') },
        ]}
      />
      {rows.length > 0 && (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 16 }}
          initialValues={{ field: rows[0].field, value: '', reason: '' }}
          onFinish={async (values) => {
            const result = await save({ input: { agencyId, year, field: values.field, value: values.value, reason: values.reason || null } });
            const payload = result.data?.setAgencyData;
            const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
            setErrors(list.length ? showFieldErrors(form, list) : []);
            if (!list.length) {
              form.resetFields();
              onSaved();
            }
          }}
        >
          <FormErrors errors={errors} />
          <Form.Item label="数据项" name="field">
            <Select style={{ width: 260 }} options={rows.map((r) => ({ value: r.field, label: r.wording }))} />
          </Form.Item>
          <Form.Item label="值" name="value" rules={[{ required: true, message: '请填写值' }]}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item label="原因" name="reason">
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" loading={fetching}>
              {fetching ? '正在提交…' : '录入'}
            </Button>
          </Form.Item>
        </Form>
      )}
    </Card>
  );
}
