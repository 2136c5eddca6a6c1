import { useState } from 'react';
import { Button, Card, Descriptions, Form, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { Highlighted, formatDate, formatDateTime } from '../shared/text';
import { AgencyPicker } from './AgencyPicker';
import { CursorPager, PageTitle, dotted } from './common';

export const COMPLAINT_STATUS: Record<string, string> = {
  received: '已受理，待处理',
  triaged: '正在核查',
  caseOpened: '已立案调查',
  closed: '已办结',
};

const STEP_KINDS: Record<string, string> = {
  investigation: '调查取证',
  inspection: '现场检查',
  interview: '约谈',
  rectificationOrder: '责令整改',
  penalty: '行政处罚',
  transfer: '移送',
};

const REPORT_TYPES: Record<string, string> = {
  evaluation: '安全评价',
  testing: '检测检验',
  consulting: '安全咨询',
  training: '安全培训',
  standardisation: '标准化评审',
  other: '其他',
};

const ComplaintSearchQuery = graphql(`
  query ConsoleSearchComplaints($query: String, $filter: ComplaintSearchFilter, $after: String) {
    searchComplaints(query: $query, filter: $filter, first: 20, after: $after) {
      total
      hits {
        node {
          id
          trackingCode
          agencyName
          agency
          subject
          status
          filedAt
        }
        highlights {
          field
          fragments
        }
      }
      facets {
        name
        buckets {
          key
          label
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A search box with a status filter, shared by the complaint and case lists. */
function SearchForm({
  statuses,
  onSearch,
}: {
  statuses: Record<string, string>;
  onSearch: (values: { query: string; status: string }) => void;
}) {
  const [form] = Form.useForm<{ query: string; status: string }>();
  return (
    <Form form={form} layout="inline" initialValues={{ query: '', status: '' }} onFinish={onSearch} style={{ marginBottom: 16 }}>
      <Form.Item label="关键词" name="query">
        <Input allowClear style={{ width: 280 }} />
      </Form.Item>
      <Form.Item label="状态" name="status">
        <Select style={{ width: 160 }} options={[{ value: '', label: '全部' }, ...Object.entries(statuses).map(([value, label]) => ({ value, label }))]} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          搜索
        </Button>
      </Form.Item>
    </Form>
  );
}

function Fragments({ highlights }: { highlights: { field: string; fragments: string[] }[] }) {
  return (
    <>
      {highlights.flatMap((h) =>
        h.fragments.map((f, i) => (
          <div key={`${h.field}-${i}`}>
            <Highlighted fragment={f} />
          </div>
        )),
      )}
    </>
  );
}

/** 投诉处理: the tenant's complaints, searched in full text, newest first. */
export function ComplaintsPage() {
  const [search, setSearch] = useState<{ query: string; status: string }>({ query: '', status: '' });
  const [pages, setPages] = useState<string[]>([]);
  const [{ data, fetching, error }] = useQuery({
    query: ComplaintSearchQuery,
    variables: { query: search.query || null, filter: search.status ? { status: search.status } : null, after: pages[pages.length - 1] ?? null },
    requestPolicy: 'cache-and-network',
  });
  const result = data?.searchComplaints;
  return (
    <>
      <PageTitle>投诉处理</PageTitle>
      <SearchForm
        statuses={COMPLAINT_STATUS}
        onSearch={(values) => {
          setPages([]);
          setSearch(values);
        }}
      />
      <ErrorAlert error={error} />
      <Typography.Paragraph>共 {result?.total ?? 0} 件</Typography.Paragraph>
      <Table
        aria-label="投诉列表"
        rowKey={(h) => h.node.id}
        loading={fetching}
        pagination={false}
        dataSource={result?.hits ?? []}
        columns={[
          { title: '查询码', render: (_, h) => <Link to={`/complaints/${h.node.id}`}>{h.node.trackingCode}</Link> },
          { title: '被投诉机构', render: (_, h) => h.node.agency ?? h.node.agencyName },
          { title: '事由', render: (_, h) => h.node.subject },
          { title: '匹配内容', render: (_, h) => <Fragments highlights={h.highlights} /> },
          { title: '状态', render: (_, h) => <Tag>{COMPLAINT_STATUS[h.node.status] ?? h.node.status}</Tag> },
          { title: '提交时间', render: (_, h) => formatDateTime(h.node.filedAt) },
        ]}
      />
      <CursorPager pages={pages} setPages={setPages} pageInfo={result?.pageInfo} />
    </>
  );
}

const ComplaintQuery = graphql(`
  query ConsoleComplaint($id: ID!) {
    complaint(id: $id) {
      id
      trackingCode
      agencyName
      agencyId
      agency
      subject
      body
      anonymous
      contactName
      contactPhone
      status
      closeReason
      triageNote
      version
      filedAt
      updatedAt
      reports {
        id
        title
        reportNo
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

const TriageMutation = graphql(`
  mutation ConsoleTriageComplaint($input: TriageComplaintInput!) {
    triageComplaint(input: $input) {
      complaint {
        id
        status
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const CloseComplaintMutation = graphql(`
  mutation ConsoleCloseComplaint($input: CloseComplaintInput!) {
    closeComplaint(input: $input) {
      complaint {
        id
        status
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const OpenCaseMutation = graphql(`
  mutation ConsoleOpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      enforcementCase {
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

/** The payload's errors, else those of a failed call. */
function errorsOf(payload: { errors: UserError[] } | null | undefined, error: Parameters<typeof userErrorsOf>[0]): UserError[] {
  return payload?.errors.length ? payload.errors : error ? userErrorsOf(error) : [];
}

/** 投诉详情: triage (link the agency), close with a reason, or open a case. */
export function ComplaintPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ComplaintQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [openedCase, setOpenedCase] = useState<string | null>(null);
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const c = data?.complaint;
  if (!c) return <Typography.Paragraph>投诉不存在。</Typography.Paragraph>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>投诉 {c.trackingCode}</PageTitle>
      <Descriptions bordered column={2} data-testid="complaint">
        <Descriptions.Item label="事由" span={2}>
          {c.subject}
        </Descriptions.Item>
        <Descriptions.Item label="内容" span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.body}</Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label="被投诉机构（投诉人填写）">{c.agencyName}</Descriptions.Item>
        <Descriptions.Item label="对应登记机构">{c.agencyId ? <Link to={`/agencies/${c.agencyId}`}>{c.agency}</Link> : '未关联'}</Descriptions.Item>
        <Descriptions.Item label="投诉人">{c.anonymous ? '匿名' : `${c.contactName ?? ''} ${c.contactPhone ?? ''}`}</Descriptions.Item>
        <Descriptions.Item label="状态">{COMPLAINT_STATUS[c.status] ?? c.status}</Descriptions.Item>
        <Descriptions.Item label="提交时间">{formatDateTime(c.filedAt)}</Descriptions.Item>
        <Descriptions.Item label="核查意见">{c.triageNote ?? '—'}</Descriptions.Item>
        {c.closeReason && <Descriptions.Item label="办结原因">{c.closeReason}</Descriptions.Item>}
      </Descriptions>
      {openedCase && (
        <Typography.Paragraph style={{ marginTop: 16 }}>
          已立案：<Link to={`/cases/${openedCase}`}>查看案件</Link>
        </Typography.Paragraph>
      )}
      {c.status === 'received' && <TriageForm id={c.id} version={c.version} onDone={reload} />}
      {c.status === 'triaged' && <OpenCaseForm id={c.id} version={c.version} onOpened={(caseId) => { setOpenedCase(caseId); reload(); }} />}
      {(c.status === 'received' || c.status === 'triaged') && <CloseComplaintForm id={c.id} version={c.version} onDone={reload} />}
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        处理记录
      </Typography.Title>
      <Table
        aria-label="处理记录"
        rowKey={(h) => `${h.action}-${h.at}`}
        pagination={false}
        dataSource={c.history}
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

function TriageForm({ id, version, onDone }: { id: string; version: number; onDone: () => void }) {
  const [form] = Form.useForm<{ agencyId: string | undefined; note: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, triage] = useMutation(TriageMutation);
  return (
    <Card title="核查分派" style={{ marginTop: 16 }}>
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ agencyId: undefined, note: '' }}
        onFinish={async (v) => {
          const result = await triage({ input: { id, version, agencyId: v.agencyId ?? '', note: v.note || null } });
          const list = errorsOf(result.data?.triageComplaint, result.error);
          if (list.length) return setErrors(showFieldErrors(form, list));
          setErrors([]);
          onDone();
        }}
      >
        <Form.Item label="对应登记机构" name="agencyId" rules={[{ required: true, message: '请选择机构' }]}>
          <AgencyPicker />
        </Form.Item>
        <Form.Item label="核查意见" name="note">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {fetching ? '正在提交…' : '确认分派'}
        </Button>
      </Form>
    </Card>
  );
}

function OpenCaseForm({ id, version, onOpened }: { id: string; version: number; onOpened: (caseId: string) => void }) {
  const [form] = Form.useForm<{ title: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, open] = useMutation(OpenCaseMutation);
  return (
    <Card title="立案调查" style={{ marginTop: 16 }}>
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ title: '' }}
        onFinish={async (v) => {
          const result = await open({ input: { complaintId: id, version, title: v.title } });
          const list = errorsOf(result.data?.openCase, result.error);
          if (list.length) return setErrors(showFieldErrors(form, list));
          setErrors([]);
          const caseId = result.data?.openCase.enforcementCase?.id;
          if (caseId) onOpened(caseId);
        }}
      >
        <Form.Item label="案件名称" name="title" rules={[{ required: true, message: '请填写案件名称' }]}>
          <Input style={{ width: 360 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {fetching ? '正在提交…' : '立案'}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

function CloseComplaintForm({ id, version, onDone }: { id: string; version: number; onDone: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, close] = useMutation(CloseComplaintMutation);
  return (
    <Card title="不予立案，办结" style={{ marginTop: 16 }}>
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ reason: '' }}
        onFinish={async (v) => {
          const result = await close({ input: { id, version, reason: v.reason } });
          const list = errorsOf(result.data?.closeComplaint, result.error);
          if (list.length) return setErrors(showFieldErrors(form, list));
          setErrors([]);
          onDone();
        }}
      >
        <Form.Item label="办结原因（告知投诉人）" name="reason" rules={[{ required: true, message: '请填写办结原因' }]}>
          <Input style={{ width: 360 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={fetching}>
            {fetching ? '正在提交…' : '办结'}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

const CaseSearchQuery = graphql(`
  query ConsoleSearchCases($query: String, $filter: CaseSearchFilter, $after: String) {
    searchCases(query: $query, filter: $filter, first: 20, after: $after) {
      total
      hits {
        node {
          id
          title
          agencyName
          status
          outcome
          openedAt
        }
        highlights {
          field
          fragments
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CASE_STATUS: Record<string, string> = { open: '调查中', closed: '已结案' };
const OUTCOMES: Record<string, string> = { confirmed: '查实', unfounded: '不属实' };

/** 案件: the tenant's enforcement cases, searched in full text. */
export function CasesPage() {
  const [search, setSearch] = useState<{ query: string; status: string }>({ query: '', status: '' });
  const [pages, setPages] = useState<string[]>([]);
  const [{ data, fetching, error }] = useQuery({
    query: CaseSearchQuery,
    variables: { query: search.query || null, filter: search.status ? { status: search.status } : null, after: pages[pages.length - 1] ?? null },
    requestPolicy: 'cache-and-network',
  });
  const result = data?.searchCases;
  return (
    <>
      <PageTitle>执法案件</PageTitle>
      <SearchForm
        statuses={CASE_STATUS}
        onSearch={(values) => {
          setPages([]);
          setSearch(values);
        }}
      />
      <ErrorAlert error={error} />
      <Typography.Paragraph>共 {result?.total ?? 0} 件</Typography.Paragraph>
      <Table
        aria-label="案件列表"
        rowKey={(h) => h.node.id}
        loading={fetching}
        pagination={false}
        dataSource={result?.hits ?? []}
        columns={[
          { title: '案件', render: (_, h) => <Link to={`/cases/${h.node.id}`}>{h.node.title}</Link> },
          { title: '机构', render: (_, h) => h.node.agencyName },
          { title: '匹配内容', render: (_, h) => <Fragments highlights={h.highlights} /> },
          { title: '状态', render: (_, h) => CASE_STATUS[h.node.status] ?? h.node.status },
          { title: '结论', render: (_, h) => (h.node.outcome ? OUTCOMES[h.node.outcome] : '—') },
          { title: '立案时间', render: (_, h) => formatDateTime(h.node.openedAt) },
        ]}
      />
      <CursorPager pages={pages} setPages={setPages} pageInfo={result?.pageInfo} />
    </>
  );
}

const CaseQuery = graphql(`
  query ConsoleCase($id: ID!) {
    enforcementCase(id: $id) {
      id
      complaintId
      agencyId
      agencyName
      title
      status
      outcome
      outcomeNote
      version
      openedBy
      openedAt
      closedAt
      steps {
        id
        kind
        takenOn
        note
        recordedBy
      }
      findingProposals {
        year
        ruleCode
        evidence
      }
    }
  }
`);

const CaseStepMutation = graphql(`
  mutation ConsoleRecordCaseStep($input: RecordCaseStepInput!) {
    recordCaseStep(input: $input) {
      enforcementCase {
        id
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const CloseCaseMutation = graphql(`
  mutation ConsoleCloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      enforcementCase {
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

/** 案件详情: steps, a new step, closing with the outcome (a confirmed one may propose findings). */
export function CasePage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CaseQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [stepForm] = Form.useForm<{ kind: string; takenOn: string; note: string }>();
  const [closeForm] = Form.useForm<{ outcome: string; note: string; ruleCode: string; year: string; evidence: string }>();
  const [stepErrors, setStepErrors] = useState<UserError[]>([]);
  const [closeErrors, setCloseErrors] = useState<UserError[]>([]);
  const [{ fetching: recording }, recordStep] = useMutation(CaseStepMutation);
  const [{ fetching: closing }, closeCase] = useMutation(CloseCaseMutation);
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const c = data?.enforcementCase;
  if (!c) return <Typography.Paragraph>案件不存在。</Typography.Paragraph>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>{c.title}</PageTitle>
      <Descriptions bordered column={2}>
        <Descriptions.Item label="机构">
          <Link to={`/agencies/${c.agencyId}`}>{c.agencyName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label="状态">{CASE_STATUS[c.status] ?? c.status}</Descriptions.Item>
        <Descriptions.Item label="立案">
          {c.openedBy} {formatDateTime(c.openedAt)}
        </Descriptions.Item>
        <Descriptions.Item label="来源投诉">{c.complaintId ? <Link to={`/complaints/${c.complaintId}`}>查看投诉</Link> : '—'}</Descriptions.Item>
        {c.outcome && <Descriptions.Item label="结论">{OUTCOMES[c.outcome]}：{c.outcomeNote}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        执法步骤
      </Typography.Title>
      <Table
        aria-label="执法步骤"
        rowKey="id"
        pagination={false}
        dataSource={c.steps}
        locale={{ emptyText: '尚无执法步骤' }}
        columns={[
          { title: '类型', dataIndex: 'kind', render: (k: string) => STEP_KINDS[k] ?? k },
          { title: '日期', dataIndex: 'takenOn', render: (d: string) => formatDate(d) },
          { title: '情况', dataIndex: 'note' },
          { title: '记录人', dataIndex: 'recordedBy' },
        ]}
      />
      {c.findingProposals.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 16 }}>
          拟记录的检查发现：{c.findingProposals.map((p) => `${p.year}年 ${p.ruleCode}（${p.evidence}）`).join('；')}
        </Typography.Paragraph>
      )}
      {c.status === 'open' && (
        <>
          <Card title="记录执法步骤" style={{ marginTop: 16 }}>
            <FormErrors errors={stepErrors} />
            <Form
              form={stepForm}
              layout="vertical"
              initialValues={{ kind: 'investigation', takenOn: '', note: '' }}
              onFinish={async (v) => {
                const result = await recordStep({ input: { caseId: c.id, version: c.version, kind: v.kind, takenOn: v.takenOn, note: v.note } });
                const list = errorsOf(result.data?.recordCaseStep, result.error);
                if (list.length) return setStepErrors(showFieldErrors(stepForm, list));
                setStepErrors([]);
                stepForm.resetFields();
                reload();
              }}
            >
              <Form.Item label="类型" name="kind">
                <Select style={{ width: 200 }} options={Object.entries(STEP_KINDS).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
              <Form.Item label="日期" name="takenOn" rules={[{ required: true, message: '请填写日期' }]}>
                <Input type="date" style={{ width: 200 }} />
              </Form.Item>
              <Form.Item label="情况" name="note" rules={[{ required: true, message: '请填写情况' }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={recording}>
                {recording ? '正在提交…' : '记录'}
              </Button>
            </Form>
          </Card>
          <Card title="结案" style={{ marginTop: 16 }}>
            <FormErrors errors={closeErrors} />
            <Form
              form={closeForm}
              layout="vertical"
              initialValues={{ outcome: 'confirmed', note: '', ruleCode: '', year: '', evidence: '' }}
              onFinish={async (v) => {
                const findings = v.ruleCode && v.year ? [{ year: Number(v.year), ruleCode: v.ruleCode, evidence: v.evidence }] : null;
                const result = await closeCase({ input: { caseId: c.id, version: c.version, outcome: v.outcome, note: v.note, findings } });
                const payload = result.data?.closeCase;
                // the proposal's fields are input.findings.0.*: shown next to the single proposal's fields
                const list = dotted(errorsOf(payload, result.error)).map((e) => ({ ...e, field: e.field?.replace(/^input\.findings\.0\./, 'input.') }));
                if (list.length) return setCloseErrors(showFieldErrors(closeForm, list));
                setCloseErrors([]);
                reload();
              }}
            >
              <Form.Item label="结论" name="outcome">
                <Select style={{ width: 200 }} options={Object.entries(OUTCOMES).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
              <Form.Item label="结案意见" name="note" rules={[{ required: true, message: '请填写结案意见' }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Space wrap>
                <Form.Item label="拟记录检查发现：考评年度" name="year">
                  <Input type="number" style={{ width: 120 }} />
                </Form.Item>
                <Form.Item label="规则编号" name="ruleCode">
                  <Input style={{ width: 120 }} />
                </Form.Item>
                <Form.Item label="事实" name="evidence">
                  <Input style={{ width: 300 }} />
                </Form.Item>
              </Space>
              <div>
                <Button type="primary" htmlType="submit" loading={closing}>
                  {closing ? '正在提交…' : '结案'}
                </Button>
              </div>
            </Form>
          </Card>
        </>
      )}
    </>
  );
}

const ReportSearchQuery = graphql(`
  query ConsoleSearchReports($query: String, $filter: ReportSearchFilter, $after: String) {
    searchReports(query: $query, filter: $filter, first: 20, after: $after) {
      total
      hits {
        node {
          id
          agencyId
          agencyName
          enterprise
          type
          reportNo
          title
          issuedOn
          status
          signatories {
            name
          }
        }
        highlights {
          field
          fragments
        }
      }
      facets {
        name
        buckets {
          key
          label
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FACET_NAMES: Record<string, string> = { type: '类型', agency: '机构', year: '年份', signatory: '签字人', status: '状态' };

/** 报告检索: the tenant's reports in Chinese full text, with facets; all reports signed by one person. */
export function ReportsPage() {
  const [form] = Form.useForm<{ query: string; type: string; signatoryName: string }>();
  const [search, setSearch] = useState<{ query: string; type: string; signatoryName: string }>({ query: '', type: '', signatoryName: '' });
  const [pages, setPages] = useState<string[]>([]);
  const filter = { type: search.type || null, signatoryName: search.signatoryName || null };
  const [{ data, fetching, error }] = useQuery({
    query: ReportSearchQuery,
    variables: { query: search.query || null, filter, after: pages[pages.length - 1] ?? null },
  });
  const result = data?.searchReports;
  return (
    <>
      <PageTitle>报告检索</PageTitle>
      <Form
        form={form}
        layout="inline"
        initialValues={{ query: '', type: '', signatoryName: '' }}
        onFinish={(v) => {
          setPages([]);
          setSearch(v);
        }}
        style={{ marginBottom: 16 }}
      >
        <Form.Item label="关键词" name="query">
          <Input allowClear style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="类型" name="type">
          <Select style={{ width: 140 }} options={[{ value: '', label: '全部' }, ...Object.entries(REPORT_TYPES).map(([value, label]) => ({ value, label }))]} />
        </Form.Item>
        <Form.Item label="签字人" name="signatoryName">
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            搜索
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} />
      <Space align="start" size="large">
        <div style={{ minWidth: 180 }}>
          {(result?.facets ?? []).map((f) => (
            <div key={f.name} style={{ marginBottom: 12 }}>
              <Typography.Text strong>{FACET_NAMES[f.name] ?? f.name}</Typography.Text>
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {f.buckets.slice(0, 8).map((b) => (
                  <li key={b.key}>
                    {f.name === 'type' ? REPORT_TYPES[b.key] ?? b.label : b.label ?? b.key}（{b.count}）
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <div style={{ flex: 1 }}>
          <Typography.Paragraph>共 {result?.total ?? 0} 份报告</Typography.Paragraph>
          <Table
            aria-label="报告"
            rowKey={(h) => h.node.id}
            loading={fetching}
            pagination={false}
            dataSource={result?.hits ?? []}
            columns={[
              { title: '报告', render: (_, h) => `${h.node.title}${h.node.reportNo ? `（${h.node.reportNo}）` : ''}` },
              { title: '机构', render: (_, h) => <Link to={`/agencies/${h.node.agencyId}`}>{h.node.agencyName}</Link> },
              { title: '委托单位', render: (_, h) => h.node.enterprise },
              { title: '类型', render: (_, h) => REPORT_TYPES[h.node.type] ?? h.node.type },
              { title: '出具日期', render: (_, h) => formatDate(h.node.issuedOn) },
              { title: '签字人', render: (_, h) => h.node.signatories.map((s) => s.name).join('、') },
              { title: '匹配内容', render: (_, h) => <Fragments highlights={h.highlights} /> },
            ]}
          />
          <CursorPager pages={pages} setPages={setPages} pageInfo={result?.pageInfo} />
        </div>
      </Space>
    </>
  );
}
