import { useState } from 'react';
import { Button, Card, Descriptions, Form, Input, Skeleton, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { actionLabel, actorLabel } from '../shared/labels';
import { graphql } from '../gql';
import { Attachments } from '../shared/Attachments';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDateTime } from '../shared/text';
import { AgencyPicker } from './AgencyPicker';
import { RevealContact } from './RevealContact';
import { CursorPager, PageTitle } from './common';
import { Fragments, SearchForm, errorsOf } from './SearchParts';
import { ComplaintSearchQuery } from './queries';

export const COMPLAINT_STATUS: Record<string, string> = {
  received: '已受理，待处理',
  triaged: '正在核查',
  caseOpened: '已立案调查',
  closed: '已办结',
};
/** 投诉处理: the tenant's complaints, searched in full text, newest first. */
export function ComplaintsPage() {
  const [search, setSearch] = useState<{ query: string; status: string }>({ query: '', status: '' });
  const [pages, setPages] = useState<string[]>([]);
  const [{ data, fetching, error }] = useQuery({
    query: ComplaintSearchQuery,
    variables: {
      query: search.query || null,
      filter: search.status ? { status: search.status } : null,
      after: pages[pages.length - 1] ?? null,
    },
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
      contactErased
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
      attachments {
        id
        fileName
        contentType
        size
        sha256
        uploadedBy
        uploadedAt
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
        <Descriptions.Item label="对应登记机构">
          {c.agencyId ? <Link to={`/agencies/${c.agencyId}`}>{c.agency}</Link> : '未关联'}
        </Descriptions.Item>
        <Descriptions.Item label="投诉人">
          {c.anonymous ? (
            '匿名'
          ) : c.contactErased ? (
            '联系方式已按保存期限删除'
          ) : (
            <>
              {`${c.contactName ?? ''} ${c.contactPhone ?? ''}`} <RevealContact kind="complaint" id={c.id} onRevealed={reload} />
            </>
          )}
        </Descriptions.Item>
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
      {c.status === 'triaged' && (
        <OpenCaseForm
          id={c.id}
          version={c.version}
          onOpened={(caseId) => {
            setOpenedCase(caseId);
            reload();
          }}
        />
      )}
      {(c.status === 'received' || c.status === 'triaged') && <CloseComplaintForm id={c.id} version={c.version} onDone={reload} />}
      <Card title="核查材料" style={{ marginTop: 16 }}>
        <Attachments ownerType="complaint" ownerId={c.id} files={c.attachments} canAttach onChanged={reload} label="核查材料" />
      </Card>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        处理记录
      </Typography.Title>
      <Table
        aria-label="处理记录"
        rowKey={(h) => `${h.action}-${h.at}`}
        pagination={false}
        dataSource={c.history}
        columns={[
          { title: '操作', dataIndex: 'action', render: (a: string) => actionLabel(a) },
          { title: '操作人', dataIndex: 'actor', render: (a: string) => actorLabel(a) },
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
