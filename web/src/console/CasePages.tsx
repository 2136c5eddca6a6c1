import { useState } from 'react';
import { Button, Card, Descriptions, Form, Input, Select, Skeleton, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDate, formatDateTime } from '../shared/text';

import { CursorPager, PageTitle, dotted } from './common';
import { Fragments, SearchForm, errorsOf } from './SearchParts';

const STEP_KINDS: Record<string, string> = {
  investigation: '调查取证',
  inspection: '现场检查',
  interview: '约谈',
  rectificationOrder: '责令整改',
  penalty: '行政处罚',
  transfer: '移送',
};

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
    variables: {
      query: search.query || null,
      filter: search.status ? { status: search.status } : null,
      after: pages[pages.length - 1] ?? null,
    },
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
        <Descriptions.Item label="来源投诉">
          {c.complaintId ? <Link to={`/complaints/${c.complaintId}`}>查看投诉</Link> : '—'}
        </Descriptions.Item>
        {c.outcome && (
          <Descriptions.Item label="结论">
            {OUTCOMES[c.outcome]}：{c.outcomeNote}
          </Descriptions.Item>
        )}
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
                const result = await recordStep({
                  input: { caseId: c.id, version: c.version, kind: v.kind, takenOn: v.takenOn, note: v.note },
                });
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
                const list = dotted(errorsOf(payload, result.error)).map((e) => ({
                  ...e,
                  field: e.field?.replace(/^input\.findings\.0\./, 'input.'),
                }));
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
