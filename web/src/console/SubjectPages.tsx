import { useState } from 'react';
import type { FormInstance } from 'antd';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDate, formatDateTime } from '../shared/text';
import { PageTitle, YearPicker, dotted, errorsOf, useViewer, useYear } from './common';

const SubjectsQuery = graphql(`
  query ConsoleSubjects {
    subjectKinds {
      kind
      name
    }
    subjects {
      id
      kind
      name
      creditCode
      districtCode
      districtName
      industry
      createdBy
      createdAt
    }
    districts {
      code
      name
    }
  }
`);

const RegisterSubjectMutation = graphql(`
  mutation ConsoleRegisterSubject($input: RegisterSubjectInput!) {
    registerSubject(input: $input) {
      subject {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const SubjectQuery = graphql(`
  query ConsoleSubject($id: ID!, $year: Int!) {
    subject(id: $id) {
      id
      kind
      name
      creditCode
      districtName
      industry
      createdBy
      createdAt
      inspections {
        id
        year
        checklistId
        inspectedOn
        source
        recordedBy
        problems
        answers {
          question
          answer
          problem
          measure
          deadline
          responsible
        }
      }
    }
    subjectKinds {
      kind
      name
    }
    checklists(year: $year) {
      id
      title
      source
      subject
      subjectKind
      questions {
        number
        text
        violation
      }
    }
    campaign(year: $year) {
      startsOn
      endsOn
    }
  }
`);

const RecordSubjectInspectionMutation = graphql(`
  mutation ConsoleRecordSubjectInspection($input: RecordSubjectInspectionInput!) {
    recordSubjectInspection(input: $input) {
      inspection {
        id
        problems
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** Where a subject's checklist was answered, in Chinese. */
export const SUBJECT_SOURCES: Record<string, string> = {
  selfInspection: '单位自查',
  routineInspection: '日常检查',
  specialCampaign: '专项检查',
  spotCheck: '抽查',
};

interface RegisterFields {
  kind: string | undefined;
  name: string;
  creditCode: string;
  districtCode: string | undefined;
  industry: string;
}

/**
 * 检查对象 (bureau and county staff): the subjects other than agencies that the city's schemes inspect (莆田
 * 附件2: 生产经营单位), registered with their 统一社会信用代码 and district, listed; a county registers and sees its
 * own district's only.
 */
export function SubjectsPage() {
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SubjectsQuery, requestPolicy: 'cache-and-network' });
  const [form] = Form.useForm<RegisterFields>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching: saving }, register] = useMutation(RegisterSubjectMutation);
  if (fetching && !data) return <Skeleton active />;
  const kinds = data?.subjectKinds ?? [];
  const kindName = (kind: string) => kinds.find((k) => k.kind === kind)?.name ?? kind;
  const districts = (data?.districts ?? []).filter((d) => !viewer.isCounty || d.code === viewer.district);
  return (
    <>
      <PageTitle>检查对象</PageTitle>
      <ErrorAlert error={error} />
      <Typography.Paragraph type="secondary">
        考评方案中检查表的检查对象不是技术服务机构时（如莆田专项整治的生产经营单位），在此登记后按其检查表检查；检查表不能用于其他类别的对象。
        {viewer.isCounty && `区县用户只能登记和查看本辖区（${viewer.districtName ?? viewer.district}）的检查对象。`}
      </Typography.Paragraph>
      {kinds.length === 0 ? (
        <Alert type="info" showIcon title="本市启用的考评方案没有声明机构以外的检查对象" style={{ marginBottom: 16 }} />
      ) : (
        <Card title="登记检查对象" style={{ maxWidth: 900, marginBottom: 16 }}>
          {saved && <Alert type="success" showIcon role="status" title={`已登记：${saved}`} style={{ marginBottom: 12 }} />}
          <FormErrors errors={errors} />
          <Form
            form={form}
            layout="vertical"
            initialValues={{ kind: kinds[0]?.kind, name: '', creditCode: '', districtCode: undefined, industry: '' }}
            onValuesChange={() => setSaved(null)}
            onFinish={async (v) => {
              const r = await register({
                input: {
                  kind: v.kind ?? '',
                  name: v.name ?? '',
                  creditCode: v.creditCode ?? '',
                  districtCode: v.districtCode ?? '',
                  industry: v.industry || null,
                },
              });
              const list = errorsOf(r.data?.registerSubject, r.error);
              if (list.length) return setErrors(showFieldErrors(form, dotted(list)));
              setErrors([]);
              setSaved(r.data?.registerSubject.subject?.name ?? '');
              form.resetFields();
              refetch({ requestPolicy: 'network-only' });
            }}
          >
            <Space wrap align="start">
              <Form.Item label="对象类别" name="kind">
                <Select style={{ width: 160 }} options={kinds.map((k) => ({ value: k.kind, label: k.name }))} />
              </Form.Item>
              <Form.Item label="单位名称" name="name">
                <Input style={{ width: 260 }} />
              </Form.Item>
              <Form.Item label="统一社会信用代码" name="creditCode">
                <Input style={{ width: 220 }} />
              </Form.Item>
              <Form.Item label="所在区县" name="districtCode">
                <Select style={{ width: 160 }} options={districts.map((d) => ({ value: d.code, label: d.name }))} />
              </Form.Item>
              <Form.Item label="行业" name="industry">
                <Input style={{ width: 160 }} placeholder="如 危险化学品" />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              {saving ? '正在提交…' : '登记'}
            </Button>
          </Form>
        </Card>
      )}
      <Table
        aria-label="检查对象"
        rowKey="id"
        size="small"
        pagination={{ pageSize: 50 }}
        dataSource={data?.subjects ?? []}
        columns={[
          { title: '单位名称', dataIndex: 'name', render: (name: string, s) => <Link to={`/subjects/${s.id}`}>{name}</Link> },
          { title: '类别', dataIndex: 'kind', render: (k: string) => kindName(k) },
          { title: '统一社会信用代码', dataIndex: 'creditCode' },
          { title: '所在区县', dataIndex: 'districtName', render: (n: string | null, s) => n ?? s.districtCode },
          { title: '行业', dataIndex: 'industry', render: (i: string | null) => i ?? '—' },
          { title: '登记', dataIndex: 'createdAt', render: (d: string, s) => `${s.createdBy} ${formatDateTime(d)}` },
        ]}
      />
    </>
  );
}

interface AnswerFields {
  answer: string | undefined;
  note: string;
  measure: string;
  deadline: string;
  responsible: string;
}

interface InspectionFields {
  checklistId: string | undefined;
  inspectedOn: string;
  source: string;
  answers: AnswerFields[];
}

/**
 * One subject: its registration, its inspections with their problems and rectifications, and a checklist to
 * answer for it. Every checklist of the year is offered with the subject it is for; one of another kind is
 * refused by the API in Chinese, as is a day outside the year's campaign.
 */
export function SubjectPage() {
  const { id = '' } = useParams();
  const [year, setYear] = useYear();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SubjectQuery,
    variables: { id, year },
    requestPolicy: 'cache-and-network',
  });
  const [form] = Form.useForm<InspectionFields>();
  const checklistId = Form.useWatch('checklistId', form);
  const answers = Form.useWatch('answers', form) as AnswerFields[] | undefined;
  const [errors, setErrors] = useState<UserError[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const [{ fetching: saving }, record] = useMutation(RecordSubjectInspectionMutation);
  if (fetching && !data) return <Skeleton active />;
  if (error && !data) return <ErrorAlert error={error} />;
  const subject = data?.subject;
  if (!subject) return <Typography.Paragraph>检查对象不存在。</Typography.Paragraph>;
  const checklists = data?.checklists ?? [];
  const ownKind = checklists.find((c) => c.subjectKind === subject.kind);
  const checklist = checklists.find((c) => c.id === (checklistId ?? ownKind?.id));
  const kindName = data?.subjectKinds.find((k) => k.kind === subject.kind)?.name ?? subject.kind;
  const campaign = data?.campaign;
  return (
    <>
      <PageTitle>{subject.name}</PageTitle>
      <Descriptions size="small" column={2} style={{ maxWidth: 900, marginBottom: 16 }} data-testid="subject-registration">
        <Descriptions.Item label="类别">{kindName}</Descriptions.Item>
        <Descriptions.Item label="统一社会信用代码">{subject.creditCode}</Descriptions.Item>
        <Descriptions.Item label="所在区县">{subject.districtName}</Descriptions.Item>
        <Descriptions.Item label="行业">{subject.industry ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4}>检查记录</Typography.Title>
      <Table
        aria-label="检查记录"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={subject.inspections}
        style={{ marginBottom: 24 }}
        columns={[
          { title: '检查日期', dataIndex: 'inspectedOn', render: (d: string) => formatDate(d) },
          { title: '年度', dataIndex: 'year' },
          { title: '检查表', dataIndex: 'checklistId' },
          { title: '来源', dataIndex: 'source', render: (s: string) => SUBJECT_SOURCES[s] ?? s },
          {
            title: '问题',
            dataIndex: 'problems',
            render: (n: number, i) =>
              n === 0 ? (
                '无'
              ) : (
                <Space direction="vertical" size={0}>
                  {i.answers
                    .filter((a) => a.problem)
                    .map((a) => (
                      <span key={a.question}>
                        <Tag color="red">第{a.question}题</Tag>
                        {a.measure ? `整改：${a.measure}（${formatDate(a.deadline)}前，${a.responsible}）` : '未填整改'}
                      </span>
                    ))}
                </Space>
              ),
          },
          { title: '记录人', dataIndex: 'recordedBy' },
        ]}
      />
      <Card title="按检查表检查" style={{ maxWidth: 1000 }}>
        <Space style={{ marginBottom: 12 }} wrap>
          <YearPicker year={year} onChange={setYear} />
          {campaign?.startsOn && (
            <Typography.Text type="secondary">
              {year}年度专项整治期间：{formatDate(campaign.startsOn)} 至 {formatDate(campaign.endsOn)}
            </Typography.Text>
          )}
        </Space>
        {saved !== null && (
          <Alert
            type="success"
            showIcon
            role="status"
            style={{ marginBottom: 12 }}
            title={saved ? `已保存，发现问题 ${saved} 项` : '已保存，未发现问题'}
          />
        )}
        <FormErrors errors={errors} />
        {checklists.length === 0 ? (
          <Alert type="info" showIcon title={`${year}年度启用的考评方案没有检查表`} />
        ) : (
          <Form
            form={form}
            layout="vertical"
            key={`${year}-${ownKind?.id ?? ''}`}
            initialValues={{ checklistId: ownKind?.id ?? checklists[0].id, inspectedOn: '', source: 'specialCampaign', answers: [] }}
            onValuesChange={(changed) => {
              if ('checklistId' in changed) form.setFieldsValue({ answers: [] });
              const stale = form
                .getFieldsError()
                .filter((f) => f.errors.length > 0)
                .filter((f) => String(f.name[0]) in changed);
              if (stale.length) (form as FormInstance).setFields(stale.map((f) => ({ name: f.name, errors: [] })));
              if (errors.length) setErrors([]);
              setSaved(null);
            }}
            onFinish={async (v) => {
              const questions = checklist?.questions ?? [];
              const r = await record({
                input: {
                  subjectId: id,
                  year,
                  checklistId: v.checklistId ?? '',
                  inspectedOn: v.inspectedOn,
                  source: v.source,
                  answers: questions
                    .map((q, i) => ({ q, a: v.answers?.[i] }))
                    .filter(({ a }) => a?.answer)
                    .map(({ q, a }) => {
                      const problem = a?.answer === q.violation;
                      const rectified = problem && (a?.measure || a?.deadline || a?.responsible);
                      return {
                        question: q.number,
                        answer: a?.answer ?? null,
                        note: a?.note || null,
                        rectification: rectified
                          ? { measure: a?.measure || null, deadline: a?.deadline || null, responsible: a?.responsible || null }
                          : null,
                      };
                    }),
                },
              });
              const list = errorsOf(r.data?.recordSubjectInspection, r.error);
              if (list.length) {
                // answers are sent without the unanswered ones: name the question rather than the row
                const named = dotted(list).map((e) => ({ ...e, field: e.field?.startsWith('input.answers.') ? null : e.field }));
                return setErrors(showFieldErrors(form, named));
              }
              setErrors([]);
              setSaved(r.data?.recordSubjectInspection.inspection?.problems ?? 0);
              form.resetFields();
              refetch({ requestPolicy: 'network-only' });
            }}
          >
            <Space wrap>
              <Form.Item label="检查表" name="checklistId">
                <Select
                  style={{ width: 420 }}
                  options={checklists.map((c) => ({ value: c.id, label: `${c.source} ${c.subject}（${c.id}）` }))}
                />
              </Form.Item>
              <Form.Item label="检查日期" name="inspectedOn" rules={[{ required: true, message: '请填写检查日期' }]}>
                <Input type="date" />
              </Form.Item>
              <Form.Item label="来源" name="source">
                <Select style={{ width: 140 }} options={Object.entries(SUBJECT_SOURCES).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
            </Space>
            {checklist && checklist.subjectKind !== subject.kind && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={`该检查表的检查对象是${checklist.subject}，本单位是${kindName}`}
              />
            )}
            {checklist?.questions.map((q, i) => {
              const problem = answers?.[i]?.answer && answers[i].answer === q.violation;
              return (
                <Card key={`${checklist.id}-${q.number}`} size="small" style={{ marginBottom: 8 }}>
                  <Typography.Paragraph strong>
                    {q.number}. {q.text}
                  </Typography.Paragraph>
                  <Space wrap align="start">
                    <Form.Item label={`第${q.number}题结果`} name={['answers', i, 'answer']}>
                      <Radio.Group>
                        <Radio value="是">是</Radio>
                        <Radio value="否">否</Radio>
                      </Radio.Group>
                    </Form.Item>
                    <Form.Item label="说明" name={['answers', i, 'note']}>
                      <Input style={{ width: 220 }} />
                    </Form.Item>
                    {problem && (
                      <>
                        <Form.Item label={`第${q.number}题整改措施`} name={['answers', i, 'measure']}>
                          <Input style={{ width: 200 }} />
                        </Form.Item>
                        <Form.Item label={`第${q.number}题整改时限`} name={['answers', i, 'deadline']}>
                          <Input type="date" />
                        </Form.Item>
                        <Form.Item label={`第${q.number}题整改责任人`} name={['answers', i, 'responsible']}>
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
      </Card>
    </>
  );
}
