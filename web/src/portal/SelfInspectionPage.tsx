import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDate, formatDateTime } from '../shared/text';
import { FindingsPage } from './FindingsPage';
import { WithMyAgency } from './MyAgency';
import { YearSelect, useYear } from './year';

const SelfCheckFormQuery = graphql(`
  query PortalSelfCheckForm($year: Int!) {
    selfCheckForm(year: $year) {
      year
      start
      deadline
      deadlinePassed
      checklist {
        id
        title
        source
        questions {
          number
          text
          violation
        }
      }
      mine {
        state
        inspectionId
        answeredOn
        recordedAt
        problems
        overdueRectifications
      }
    }
  }
`);

const RecordSelfCheckMutation = graphql(`
  mutation PortalRecordSelfCheck($input: RecordInspectionInput!) {
    recordInspection(input: $input) {
      inspection {
        id
      }
      findings {
        id
        ruleCode
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const STATE: Record<string, { label: string; color: string }> = {
  answered: { label: '已按期提交', color: 'green' },
  late: { label: '逾期提交', color: 'orange' },
  missing: { label: '尚未提交', color: 'default' },
  overdue: { label: '逾期未提交', color: 'red' },
};

interface AnswerForm {
  answer: string;
  note: string;
  measure: string;
  deadline: string;
  responsible: string;
}

interface SelfCheckValues {
  inspectedOn: string;
  answers: AnswerForm[];
}

/** input.answers[2].rectification.deadline → answers.2.deadline (the form's field names). */
function fieldOf(error: UserError): UserError {
  const field = error.field
    ?.replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace('.rectification.', '.');
  return { ...error, field: field === 'inspectedOn' || field?.startsWith('answers.') ? `input.${field}` : error.field };
}

/**
 * 自查 (泉州 附件4 专业技术服务机构自查自改情况报告表): the agency answers every question of the year's self-inspection
 * checklist before the calendar's deadline; a "是" is a problem with its rectification (措施、时限、责任人), whose
 * evidence is uploaded on the problem's page. Below: the problems the self-inspections listed.
 */
export function SelfInspectionPage() {
  const [year, setYear, years] = useYear();
  return (
    <>
      <Typography.Title level={2}>自查自改</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <YearSelect year={year} setYear={setYear} years={years} />
      </Space>
      <WithMyAgency>{(agency) => <SelfCheckForm key={year} year={year} agencyId={agency.id} />}</WithMyAgency>
      <FindingsPage source="selfInspection" title="自查发现的问题" />
    </>
  );
}

function SelfCheckForm({ year, agencyId }: { year: number; agencyId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SelfCheckFormQuery,
    variables: { year },
    requestPolicy: 'cache-and-network',
  });
  const [form] = Form.useForm<SelfCheckValues>();
  const answers = Form.useWatch('answers', form) as AnswerForm[] | undefined;
  const [formErrors, setFormErrors] = useState<UserError[]>([]);
  const [created, setCreated] = useState<{ id: string; ruleCode: string }[] | null>(null);
  const [key] = useState(() => `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const [{ fetching: saving }, record] = useMutation(RecordSelfCheckMutation);
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const selfCheck = data?.selfCheckForm;
  if (!selfCheck) return null;
  const checklist = selfCheck.checklist;
  const mine = selfCheck.mine;
  return (
    <Card title={checklist ? `${checklist.title}（${checklist.source ?? ''}）` : '自查表'} style={{ marginBottom: 24 }}>
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="自查自改阶段">
          {selfCheck.start || selfCheck.deadline ? `${formatDate(selfCheck.start)} 至 ${formatDate(selfCheck.deadline)}` : '工作日历未设定'}
        </Descriptions.Item>
        <Descriptions.Item label="本机构">
          <span data-testid="self-check-state">
            <Tag color={STATE[mine.state]?.color}>{STATE[mine.state]?.label ?? mine.state}</Tag>
          </span>
          {mine.recordedAt && `提交于 ${formatDateTime(mine.recordedAt)}，列出问题 ${mine.problems} 项`}
        </Descriptions.Item>
      </Descriptions>
      {!checklist && <Alert type="info" showIcon title={`${year}年度的考评方案没有自查表`} />}
      {created && (
        <Alert
          style={{ marginBottom: 16 }}
          type="success"
          showIcon
          role="status"
          title={
            created.length ? `自查报告已提交，列出问题 ${created.length} 项。请在每个问题页面上传整改证据：` : '自查报告已提交，未发现问题'
          }
          description={
            created.length > 0 && (
              <Space wrap>
                {created.map((f) => (
                  <Link key={f.id} to={`/findings/${f.id}`}>
                    问题 {f.ruleCode.split(':').pop()}（上传证据）
                  </Link>
                ))}
              </Space>
            )
          }
        />
      )}
      {checklist && !mine.inspectionId && !created && (
        <Form<SelfCheckValues>
          form={form}
          layout="vertical"
          initialValues={{
            inspectedOn: '',
            answers: checklist.questions.map(() => ({ answer: '', note: '', measure: '', deadline: '', responsible: '' })),
          }}
          onValuesChange={() => formErrors.length && setFormErrors([])}
          onFinish={async (v) => {
            const result = await record({
              input: {
                agencyId,
                year,
                checklistId: checklist.id,
                inspectedOn: v.inspectedOn,
                source: 'selfInspection',
                idempotencyKey: key,
                answers: checklist.questions.map((q, i) => {
                  const a = v.answers?.[i];
                  const problem = a?.answer && a.answer === q.violation;
                  return {
                    question: q.number,
                    answer: a?.answer || null,
                    note: a?.note || null,
                    rectification: problem
                      ? { measure: a?.measure || null, deadline: a?.deadline || null, responsible: a?.responsible || null }
                      : null,
                  };
                }),
              },
            });
            const payload = result.data?.recordInspection;
            const errors = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
            if (errors.length) {
              setFormErrors(showFieldErrors(form, errors.map(fieldOf)));
              return;
            }
            setCreated(payload?.findings ?? []);
            refetch({ requestPolicy: 'network-only' });
          }}
        >
          <Form.Item label="填报日期" name="inspectedOn" rules={[{ required: true, message: '请填写填报日期' }]}>
            <Input type="date" style={{ width: 200 }} />
          </Form.Item>
          {checklist.questions.map((q, i) => {
            const problem = answers?.[i]?.answer && answers[i].answer === q.violation;
            return (
              <Card key={q.number} size="small" style={{ marginBottom: 8 }} data-testid={`self-check-question-${q.number}`}>
                <Typography.Paragraph strong>
                  {q.number}. {q.text}
                </Typography.Paragraph>
                <Form.Item name={['answers', i, 'answer']} label="自查结果" rules={[{ required: true, message: '请选择是或否' }]}>
                  <Radio.Group>
                    <Radio value="是">是</Radio>
                    <Radio value="否">否</Radio>
                  </Radio.Group>
                </Form.Item>
                <Form.Item name={['answers', i, 'note']} label="行为表现">
                  <Input.TextArea rows={1} maxLength={2000} />
                </Form.Item>
                {problem && (
                  <Space wrap align="start">
                    <Form.Item name={['answers', i, 'measure']} label="整改措施">
                      <Input.TextArea rows={1} style={{ width: 360 }} />
                    </Form.Item>
                    <Form.Item name={['answers', i, 'deadline']} label="整改时限">
                      <Input type="date" />
                    </Form.Item>
                    <Form.Item name={['answers', i, 'responsible']} label="责任人">
                      <Input />
                    </Form.Item>
                  </Space>
                )}
              </Card>
            );
          })}
          <FormErrors errors={formErrors} />
          <Button type="primary" htmlType="submit" loading={saving}>
            {saving ? '正在提交…' : '提交自查报告'}
          </Button>
        </Form>
      )}
    </Card>
  );
}
