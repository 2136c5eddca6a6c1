import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { errorsOf, newKey } from './common';

export interface Declared {
  name: string;
  wording: string;
  min?: string | number | null;
  max?: string | number | null;
  groups: string[];
  questions?: number | null;
  choices: { letter: string; points: string | number }[];
}

const RecordExamMutation = graphql(`
  mutation ConsoleRecordExam($input: RecordExamResultInput!) {
    recordExamResult(input: $input) {
      measurement {
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

// 临沂 抽考 examines the agency's registered technical staff: the person is picked from its register, drawn ones first
const ExamCandidatesQuery = graphql(`
  query ConsoleExamCandidates($agencyId: ID!, $year: Int!) {
    examCandidates(agencyId: $agencyId, year: $year) {
      staffId
      name
      drawn
      examined
    }
  }
`);

const RecordResponseMutation = graphql(`
  mutation ConsoleRecordResponse($input: RecordSatisfactionResponseInput!) {
    recordSatisfactionResponse(input: $input) {
      measurement {
        id
        value
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const RecordReviewMutation = graphql(`
  mutation ConsoleRecordReportReview($input: RecordReportReviewInput!) {
    recordReportReview(input: $input) {
      measurement {
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

const CRITERIA: [string, string][] = [
  ['compliance', '合规执业'],
  ['serviceQuality', '服务质量'],
  ['fees', '规范收费'],
  ['ethics', '职业道德'],
  ['fairCompetition', '公平竞争'],
];

type Kind = 'exam' | 'survey' | 'review' | 'reportReview' | 'score';

/** Which form a declared measurement takes: the scheme's declaration decides, the 评议表 by its wording. */
function kindOf(m: Declared): Kind {
  if (m.choices.length > 0) return 'survey';
  if (m.name === 'exam') return 'exam';
  if (m.name === 'reportReview') return 'reportReview';
  if (m.wording.includes('评议表')) return 'review';
  return 'score';
}

interface Fields {
  subject: string;
  staffId: string | undefined;
  score: number | null;
  group: string | undefined;
  answers: (string | undefined)[];
  review: Record<string, number | null>;
}

/** One measurement recorded for an agency, in the form its declaration asks for; refused input is shown next to the field. */
export function MeasurementForm({
  agencyId,
  year,
  declared,
  groups,
  onSaved,
}: {
  agencyId: string;
  year: number;
  declared: Declared;
  groups: Record<string, string>;
  onSaved: () => void;
}) {
  const kind = kindOf(declared);
  const [form] = Form.useForm<Fields>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [key, setKey] = useState(newKey);
  const [{ fetching: f1 }, exam] = useMutation(RecordExamMutation);
  const [{ fetching: f2 }, response] = useMutation(RecordResponseMutation);
  const [{ fetching: f3 }, review] = useMutation(RecordReviewMutation);
  const [candidates, refetchCandidates] = useQuery({ query: ExamCandidatesQuery, variables: { agencyId, year }, pause: kind !== 'exam' });
  const questions = Array.from({ length: declared.questions ?? 0 }, (_, i) => i);
  const subjectLabel = {
    exam: '被抽考人员',
    reportReview: '抽查报告（编号或名称）',
    survey: '填表企业',
    review: '评议单位',
    score: '评价单位',
  }[kind];
  const submit = async (v: Fields) => {
    const base = { agencyId, year, measurement: declared.name, idempotencyKey: key };
    let list: UserError[];
    if (kind === 'exam') {
      const r = await exam({ input: { ...base, staffId: v.staffId ?? '', score: String(v.score ?? '') } });
      list = errorsOf(r.data?.recordExamResult, r.error);
      if (!list.length) refetchCandidates({ requestPolicy: 'network-only' });
    } else if (kind === 'reportReview') {
      const r = await review({ input: { ...base, report: v.subject, percentage: String(v.score ?? '') } });
      list = errorsOf(r.data?.recordReportReview, r.error).map((e) => ({
        ...e,
        field: e.field?.replace('input.report', 'input.subject').replace('percentage', 'score'),
      }));
    } else {
      const input =
        kind === 'survey'
          ? { ...base, respondent: v.subject || null, answers: questions.map((i) => v.answers?.[i] ?? '?').join('') }
          : kind === 'review'
            ? {
                ...base,
                respondent: v.subject || null,
                review: {
                  compliance: String(v.review?.compliance ?? ''),
                  serviceQuality: String(v.review?.serviceQuality ?? ''),
                  fees: String(v.review?.fees ?? ''),
                  ethics: String(v.review?.ethics ?? ''),
                  fairCompetition: String(v.review?.fairCompetition ?? ''),
                },
              }
            : { ...base, respondent: v.subject || null, group: v.group ?? null, score: String(v.score ?? '') };
      const r = await response({ input });
      list = errorsOf(r.data?.recordSatisfactionResponse, r.error).map((e) => ({ ...e, field: e.field?.replace('respondent', 'subject') }));
      if (!list.length) setSaved(`已录入，得分 ${r.data?.recordSatisfactionResponse.measurement?.value ?? ''}`);
    }
    if (list.length) {
      setSaved(null);
      return setErrors(showFieldErrors(form, list));
    }
    setErrors([]);
    if (kind === 'exam' || kind === 'reportReview') setSaved('已录入');
    setKey(newKey());
    form.resetFields();
    onSaved();
  };
  const range = declared.min != null && declared.max != null ? `（${declared.min}–${declared.max}）` : '';
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        subject: '',
        staffId: undefined,
        score: null,
        group: undefined,
        answers: questions.map(() => undefined),
        review: {},
      }}
      onFinish={submit}
      onValuesChange={() => setSaved(null)}
    >
      {saved && <Alert type="success" showIcon role="status" title={saved} style={{ marginBottom: 12 }} />}
      <FormErrors errors={errors} />
      <Space wrap align="start">
        {kind === 'exam' ? (
          <Form.Item label={subjectLabel} name="staffId" rules={[{ required: true, message: '请从该机构的技术人员中选择被抽考人员' }]}>
            <Select
              style={{ width: 280 }}
              showSearch
              optionFilterProp="label"
              loading={candidates.fetching}
              notFoundContent="该机构没有在册的技术人员"
              options={(candidates.data?.examCandidates ?? []).map((c) => ({
                value: c.staffId,
                label: `${c.name}${c.drawn ? '（已抽中）' : ''}${c.examined ? '（本年度已录入）' : ''}`,
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            label={subjectLabel}
            name="subject"
            rules={kind === 'reportReview' ? [{ required: true, message: `请填写${subjectLabel}` }] : []}
          >
            <Input style={{ width: 240 }} />
          </Form.Item>
        )}
        {declared.groups.length > 0 && (
          <Form.Item label="评价组" name="group" rules={[{ required: true, message: '请选择评价组' }]}>
            <Select style={{ width: 240 }} options={declared.groups.map((g) => ({ value: g, label: groups[g] ?? g }))} />
          </Form.Item>
        )}
        {(kind === 'exam' || kind === 'reportReview' || kind === 'score') && (
          <Form.Item
            label={`${kind === 'reportReview' ? '复评得分（百分制）' : '得分'}${range}`}
            name="score"
            rules={[{ required: true, message: '请填写得分' }]}
          >
            <InputNumber style={{ width: 140 }} />
          </Form.Item>
        )}
      </Space>
      {kind === 'survey' &&
        questions.map((i) => (
          <Form.Item key={i} label={`第${i + 1}题`} name={['answers', i]} rules={[{ required: true, message: `请选择第${i + 1}题的答案` }]}>
            <Radio.Group>
              {declared.choices.map((c) => (
                <Radio key={c.letter} value={c.letter}>
                  {c.letter}（{c.points}分）
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        ))}
      {kind === 'review' && (
        <Space wrap>
          {CRITERIA.map(([name, text]) => (
            <Form.Item
              key={name}
              label={`${text}（0–2分）`}
              name={['review', name]}
              rules={[{ required: true, message: `请填写${text}得分` }]}
            >
              <InputNumber min={0} max={2} step={0.5} style={{ width: 100 }} />
            </Form.Item>
          ))}
        </Space>
      )}
      <Button type="primary" htmlType="submit" loading={f1 || f2 || f3}>
        {f1 || f2 || f3 ? '正在提交…' : '录入'}
      </Button>
    </Form>
  );
}
