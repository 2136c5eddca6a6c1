import { useState } from 'react';
import type { FormInstance } from 'antd';
import { Alert, Card, Descriptions, Form, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDate } from '../shared/text';
import { ChecklistAnswerFields, type AnswerFields } from './ChecklistAnswerFields';
import { PageTitle, YearPicker, dotted, errorsOf, useYear } from './common';

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

const numberedLabels = (n: string) => ({
  answer: `第${n}题结果`,
  measure: `第${n}题整改措施`,
  deadline: `第${n}题整改时限`,
  responsible: `第${n}题整改责任人`,
});

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
            <ChecklistAnswerFields
              checklists={checklists.map((c) => ({ value: c.id, label: `${c.source} ${c.subject}（${c.id}）` }))}
              checklistWidth={420}
              sources={SUBJECT_SOURCES}
              checklist={checklist}
              answers={answers}
              labels={numberedLabels}
              saving={saving}
            >
              {checklist && checklist.subjectKind !== subject.kind && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={`该检查表的检查对象是${checklist.subject}，本单位是${kindName}`}
                />
              )}
            </ChecklistAnswerFields>
          </Form>
        )}
      </Card>
    </>
  );
}
