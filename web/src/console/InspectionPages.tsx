import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Radio, Select, Skeleton, Space, Table, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDate } from '../shared/text';
import { CursorPager, FINDING_STATUS, PageTitle, SOURCES, StatusTag, YearPicker, dotted, newKey, useYear } from './common';

export interface Checklist {
  id: string;
  title: string;
  questions: { number: string; violation: string; text: string }[];
}

/**
 * The checklists (检查表) of a scheme file. The API serves the file as uploaded (SchemeVersion.source) but
 * no checklist query: the checklists part is read here, in the shipped format
 * (`- id:` / `title:` / `questions:` with one `- {number: "1", violation: 是, text: "…"}` per line).
 */
export function checklistsOf(source: string): Checklist[] {
  const start = source.search(/^checklists:\s*$/m);
  if (start < 0) return [];
  const lines = source.slice(start).split('\n').slice(1);
  const lists: Checklist[] = [];
  for (const line of lines) {
    if (/^\S/.test(line)) break; // the next top-level key
    const id = /^\s*- id:\s*(\S+)/.exec(line);
    if (id) {
      lists.push({ id: id[1].replace(/^"|"$/g, ''), title: id[1], questions: [] });
      continue;
    }
    const current = lists[lists.length - 1];
    if (!current) continue;
    const title = /^\s+title:\s*(.+)$/.exec(line);
    if (title && current.questions.length === 0) {
      current.title = title[1].trim().replace(/^"|"$/g, '');
      continue;
    }
    const q = /\{\s*number:\s*"([^"]+)",\s*violation:\s*([^,]+),\s*text:\s*"((?:[^"\\]|\\.)*)"/.exec(line);
    if (q) current.questions.push({ number: q[1], violation: q[2].trim(), text: q[3] });
  }
  return lists;
}

const InspectionSetupQuery = graphql(`
  query ConsoleInspectionSetup($id: ID!, $year: Int!) {
    agency(id: $id) {
      id
      name
    }
    activeScheme(year: $year) {
      version
      source
    }
  }
`);

const RecordInspectionMutation = graphql(`
  mutation ConsoleRecordInspection($input: RecordInspectionInput!) {
    recordInspection(input: $input) {
      inspection {
        id
      }
      findings {
        id
        ruleCode
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

interface AnswerForm {
  answer: string;
  note: string;
  measure: string;
  deadline: string;
  responsible: string;
}

/** 检查表检查: a checklist of the year's scheme filled for an agency; violation answers become findings with their rectification. */
export function RecordInspectionPage() {
  const { id = '' } = useParams();
  const [year, setYear] = useYear();
  const [{ data, fetching, error }] = useQuery({ query: InspectionSetupQuery, variables: { id, year } });
  const checklists = useMemo(() => checklistsOf(data?.activeScheme?.source ?? ''), [data]);
  const [form] = Form.useForm<{ checklistId: string | undefined; inspectedOn: string; source: string; answers: AnswerForm[] }>();
  const checklistId = Form.useWatch('checklistId', form);
  const answers = Form.useWatch('answers', form) as AnswerForm[] | undefined;
  const checklist = checklists.find((c) => c.id === checklistId);
  const [formErrors, setFormErrors] = useState<UserError[]>([]);
  const [created, setCreated] = useState<{ id: string; ruleCode: string }[] | null>(null);
  const [key, setKey] = useState(newKey);
  const [{ fetching: saving }, record] = useMutation(RecordInspectionMutation);
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  if (!data?.agency) return <Typography.Paragraph>机构不存在。</Typography.Paragraph>;
  return (
    <>
      <PageTitle>检查表检查</PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <span>
          机构：<Link to={`/agencies/${id}?year=${year}`}>{data.agency.name}</Link>
        </span>
        <YearPicker year={year} onChange={setYear} />
      </Space>
      {checklists.length === 0 && <Alert type="info" showIcon title={`${year}年度启用的考评方案没有检查表`} />}
      {created && (
        <Alert
          style={{ marginBottom: 16 }}
          type="success"
          showIcon
          role="status"
          title={created.length ? `已保存，${created.length} 项违规记为待确认的检查发现（含整改要求）` : '已保存，未发现违规'}
        />
      )}
      <FormErrors errors={formErrors} />
      {checklists.length > 0 && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ checklistId: checklists[0].id, inspectedOn: '', source: 'routineInspection', answers: [] }}
          onValuesChange={(changed) => {
            if ('checklistId' in changed) form.setFieldsValue({ answers: [] });
          }}
          onFinish={async (v) => {
            const list = checklist?.questions ?? [];
            const result = await record({
              input: {
                agencyId: id,
                year,
                checklistId: v.checklistId ?? '',
                inspectedOn: v.inspectedOn,
                source: v.source,
                idempotencyKey: key,
                answers: list.map((q, i) => {
                  const a = v.answers?.[i];
                  const violation = a?.answer && a.answer === q.violation;
                  return {
                    question: q.number,
                    answer: a?.answer || null,
                    note: a?.note || null,
                    rectification: violation
                      ? { measure: a?.measure || null, deadline: a?.deadline || null, responsible: a?.responsible || null }
                      : null,
                  };
                }),
              },
            });
            const payload = result.data?.recordInspection;
            const errors = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
            if (errors.length) {
              // input.answers.2.rectification.deadline → answers.2.deadline
              setFormErrors(
                showFieldErrors(
                  form,
                  dotted(errors).map((e) => ({ ...e, field: e.field?.replace('.rectification.', '.') })),
                ),
              );
              return;
            }
            setFormErrors([]);
            setCreated(payload?.findings ?? []);
            setKey(newKey());
            form.resetFields();
          }}
        >
          <Space wrap>
            <Form.Item label="检查表" name="checklistId">
              <Select style={{ width: 360 }} options={checklists.map((c) => ({ value: c.id, label: c.title }))} />
            </Form.Item>
            <Form.Item label="检查日期" name="inspectedOn" rules={[{ required: true, message: '请填写检查日期' }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item label="来源" name="source">
              <Select style={{ width: 160 }} options={Object.entries(SOURCES).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Space>
          {checklist?.questions.map((q, i) => {
            const violation = answers?.[i]?.answer && answers[i].answer === q.violation;
            return (
              <Card key={`${checklist.id}-${q.number}`} size="small" style={{ marginBottom: 8 }}>
                <Typography.Paragraph strong>
                  {q.number}. {q.text}
                </Typography.Paragraph>
                <Space wrap align="start">
                  <Form.Item label="检查结果" name={['answers', i, 'answer']}>
                    <Radio.Group>
                      <Radio value="是">是</Radio>
                      <Radio value="否">否</Radio>
                    </Radio.Group>
                  </Form.Item>
                  <Form.Item label="说明" name={['answers', i, 'note']}>
                    <Input style={{ width: 240 }} />
                  </Form.Item>
                  {violation && (
                    <>
                      <Form.Item label="整改措施" name={['answers', i, 'measure']}>
                        <Input style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item label="整改期限" name={['answers', i, 'deadline']}>
                        <Input type="date" />
                      </Form.Item>
                      <Form.Item label="整改责任人" name={['answers', i, 'responsible']}>
                        <Input style={{ width: 120 }} />
                      </Form.Item>
                    </>
                  )}
                </Space>
              </Card>
            );
          })}
          <Button type="primary" htmlType="submit" loading={saving}>
            {saving ? '正在提交…' : '保存检查结果'}
          </Button>
        </Form>
      )}
    </>
  );
}

const RectificationsQuery = graphql(`
  query ConsoleRectifications($filter: FindingFilter, $after: String) {
    findings(first: 100, after: $after, filter: $filter) {
      edges {
        node {
          id
          agencyId
          kind
          ruleCode
          evidence
          observedOn
          status
          rectification {
            measure
            deadline
            responsible
            status
            answer
            updatedBy
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

const SetRectificationMutation = graphql(`
  mutation ConsoleSetRectification($input: SetRectificationInput!) {
    setRectification(input: $input) {
      finding {
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

const ReviewRectificationMutation = graphql(`
  mutation ConsoleReviewRectification($input: ReviewRectificationInput!) {
    reviewRectification(input: $input) {
      finding {
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

const RECTIFICATION_STATUS: Record<string, string> = { open: '整改中', submitted: '待验收', accepted: '已通过', rejected: '未通过' };

interface FindingRow {
  id: string;
  agencyId: string;
  ruleCode: string;
  evidence: string;
  observedOn: string;
  rectification?: { status: string } | null;
}

/** 整改跟踪: the year's findings with their rectification: set one, review what the agency answered. */
export function RectificationsPage() {
  const [year, setYear] = useYear();
  const [pages, setPages] = useState<string[]>([]);
  const [only, setOnly] = useState<string>('');
  // ?agency=<id>: one agency's findings (the agency record links here)
  const [params] = useSearchParams();
  const agencyId = params.get('agency');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RectificationsQuery,
    variables: { filter: { year, agencyId }, after: pages[pages.length - 1] ?? null },
    requestPolicy: 'cache-and-network',
  });
  const [setting, setSetting] = useState<FindingRow | null>(null);
  const [reviewing, setReviewing] = useState<FindingRow | null>(null);
  const rows = (data?.findings.edges.flatMap((e) => (e ? [e.node] : [])) ?? []).filter(
    (f) => f.status !== 'withdrawn' && (!only || (only === 'none' ? !f.rectification : f.rectification?.status === only)),
  );
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>整改跟踪</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearPicker
          year={year}
          onChange={(y) => {
            setPages([]);
            setYear(y);
          }}
        />
        <label htmlFor="rectification-filter">整改状态</label>
        <Select
          id="rectification-filter"
          style={{ width: 160 }}
          value={only}
          onChange={setOnly}
          options={[
            { value: '', label: '全部' },
            { value: 'none', label: '未设定整改' },
            ...Object.entries(RECTIFICATION_STATUS).map(([value, label]) => ({ value, label })),
          ]}
        />
      </Space>
      <ErrorAlert error={error} />
      <Table
        aria-label="整改跟踪"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '没有检查发现' }}
        columns={[
          { title: '机构', render: (_, f) => <Link to={`/agencies/${f.agencyId}?year=${year}`}>查看机构</Link> },
          { title: '规则', dataIndex: 'ruleCode' },
          { title: '事实', dataIndex: 'evidence' },
          { title: '发现日期', dataIndex: 'observedOn', render: (d: string) => formatDate(d) },
          { title: '发现状态', dataIndex: 'status', render: (s: string) => <StatusTag map={FINDING_STATUS} status={s} /> },
          { title: '整改措施', render: (_, f) => f.rectification?.measure ?? '—' },
          { title: '期限', render: (_, f) => formatDate(f.rectification?.deadline) },
          {
            title: '整改状态',
            render: (_, f) => (f.rectification ? (RECTIFICATION_STATUS[f.rectification.status] ?? f.rectification.status) : '未设定'),
          },
          { title: '机构答复', render: (_, f) => f.rectification?.answer ?? '' },
          {
            title: '操作',
            render: (_, f) => (
              <Space>
                {(!f.rectification || f.rectification.status === 'open' || f.rectification.status === 'rejected') && (
                  <Button size="small" onClick={() => setSetting(f)} aria-label={`设定整改 ${f.ruleCode}`}>
                    设定整改
                  </Button>
                )}
                {f.rectification?.status === 'submitted' && (
                  <Button size="small" type="primary" onClick={() => setReviewing(f)} aria-label={`验收整改 ${f.ruleCode}`}>
                    验收
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CursorPager pages={pages} setPages={setPages} pageInfo={data?.findings.pageInfo} />
      {setting && (
        <SetRectification
          finding={setting}
          onClose={(changed) => {
            setSetting(null);
            if (changed) reload();
          }}
        />
      )}
      {reviewing && (
        <ReviewRectification
          finding={reviewing}
          onClose={(changed) => {
            setReviewing(null);
            if (changed) reload();
          }}
        />
      )}
    </>
  );
}

function SetRectification({ finding, onClose }: { finding: FindingRow; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<{ measure: string; deadline: string; responsible: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, save] = useMutation(SetRectificationMutation);
  return (
    <Modal
      open
      title={`设定整改：${finding.ruleCode}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={fetching ? '正在提交…' : '保存'}
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
    >
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ measure: '', deadline: '', responsible: '' }}
        onFinish={async (v) => {
          const result = await save({ input: { findingId: finding.id, ...v } });
          const payload = result.data?.setRectification;
          const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
          if (list.length) return setErrors(showFieldErrors(form, list));
          onClose(true);
        }}
      >
        <Form.Item label="整改措施" name="measure" rules={[{ required: true, message: '请填写整改措施' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label="整改期限" name="deadline" rules={[{ required: true, message: '请填写整改期限' }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label="整改责任人" name="responsible" rules={[{ required: true, message: '请填写整改责任人' }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReviewRectification({ finding, onClose }: { finding: FindingRow; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<{ accept: boolean; reason: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, review] = useMutation(ReviewRectificationMutation);
  return (
    <Modal
      open
      title={`验收整改：${finding.ruleCode}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={fetching ? '正在提交…' : '提交'}
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
    >
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ accept: true, reason: '' }}
        onFinish={async (v) => {
          const result = await review({ input: { findingId: finding.id, accept: v.accept, reason: v.reason || null } });
          const payload = result.data?.reviewRectification;
          const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
          if (list.length) return setErrors(showFieldErrors(form, list));
          onClose(true);
        }}
      >
        <Form.Item label="验收结果" name="accept">
          <Radio.Group>
            <Radio value={true}>通过</Radio>
            <Radio value={false}>不通过</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label="意见（不通过时必填）" name="reason">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
