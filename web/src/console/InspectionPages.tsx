import { useMemo, useState } from 'react';
import type { FormInstance } from 'antd';
import { Alert, Card, Form, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';

import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { Attachments } from '../shared/Attachments';
import { ChecklistAnswerFields, type AnswerFields } from './ChecklistAnswerFields';

import { PageTitle, SOURCES, YearPicker, dotted, newKey, useYear } from './common';

export interface Checklist {
  id: string;
  title: string;
  /** agency, or the kind of subject the scheme declares (莆田 附件2: production-unit, registered under 检查对象). */
  subjectKind: string;
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
      lists.push({ id: id[1].replace(/^"|"$/g, ''), title: id[1], subjectKind: 'agency', questions: [] });
      continue;
    }
    const current = lists[lists.length - 1];
    if (!current) continue;
    const title = /^\s+title:\s*(.+)$/.exec(line);
    if (title && current.questions.length === 0) {
      current.title = title[1].trim().replace(/^"|"$/g, '');
      continue;
    }
    const kind = /^\s+subjectKind:\s*([\w-]+)/.exec(line);
    if (kind) {
      current.subjectKind = kind[1];
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
        checklistId
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

const SavedInspectionQuery = graphql(`
  query ConsoleSavedInspection($id: ID!) {
    inspection(id: $id) {
      id
      checklistId
      inspectedOn
      answers {
        question
        answer
        note
        findingId
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
  }
`);

/**
 * The inspection just saved, answer by answer, each with its own evidence (a photo of what was in order as
 * much as of what was not; a violation's evidence also goes on the finding it became, in its 证据材料).
 */
function SavedInspection({ id, checklist }: { id: string; checklist: Checklist | undefined }) {
  const [{ data, error }, refetch] = useQuery({ query: SavedInspectionQuery, variables: { id }, requestPolicy: 'network-only' });
  const inspection = data?.inspection;
  if (error) return <ErrorAlert error={error} />;
  if (!inspection) return <Skeleton active />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Card title={`本次检查（${inspection.inspectedOn}）的证据材料`} style={{ marginBottom: 16 }} data-testid="saved-inspection">
      {inspection.answers
        .filter((a) => a.answer)
        .map((a) => (
          <Card key={a.question} size="small" style={{ marginBottom: 8 }}>
            <Typography.Paragraph strong>
              {a.question}. {checklist?.questions.find((q) => q.number === a.question)?.text ?? ''}（{a.answer}
              {a.findingId ? '，已记为检查发现' : ''}）
            </Typography.Paragraph>
            <Attachments
              ownerType="inspectionAnswer"
              ownerId={inspection.id}
              part={a.question}
              files={a.attachments}
              canAttach
              onChanged={reload}
              label={`第${a.question}题证据材料`}
            />
          </Card>
        ))}
    </Card>
  );
}

const AGENCY_LABELS = () => ({ answer: '检查结果', measure: '整改措施', deadline: '整改期限', responsible: '整改责任人' });

/** 检查表检查: a checklist of the year's scheme filled for an agency; violation answers become findings with their rectification. */
export function RecordInspectionPage() {
  const { id = '' } = useParams();
  const [year, setYear] = useYear();
  const [{ data, fetching, error }] = useQuery({ query: InspectionSetupQuery, variables: { id, year } });
  // a form for another kind of subject (莆田's 生产经营单位) is answered on 检查对象, never for an agency
  const checklists = useMemo(() => checklistsOf(data?.activeScheme?.source ?? '').filter((c) => c.subjectKind === 'agency'), [data]);
  const [form] = Form.useForm<{ checklistId: string | undefined; inspectedOn: string; source: string; answers: AnswerFields[] }>();
  const checklistId = Form.useWatch('checklistId', form);
  const answers = Form.useWatch('answers', form) as AnswerFields[] | undefined;
  const checklist = checklists.find((c) => c.id === checklistId);
  const [formErrors, setFormErrors] = useState<UserError[]>([]);
  const [created, setCreated] = useState<{ id: string; ruleCode: string }[] | null>(null);
  const [saved, setSaved] = useState<{ id: string; checklistId: string } | null>(null);
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
      {saved && <SavedInspection key={saved.id} id={saved.id} checklist={checklists.find((c) => c.id === saved.checklistId)} />}
      <FormErrors errors={formErrors} />
      {checklists.length > 0 && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ checklistId: checklists[0].id, inspectedOn: '', source: 'routineInspection', answers: [] }}
          onValuesChange={(changed) => {
            if ('checklistId' in changed) form.setFieldsValue({ answers: [] });
            // a problem the API named clears once its answer (or any of its fields) is changed
            const rows = new Set<number>();
            (changed.answers as unknown[] | undefined)?.forEach((_, i) => rows.add(i));
            const fixed = form
              .getFieldsError()
              .filter((f) => f.errors.length > 0)
              .filter((f) => (f.name[0] === 'answers' ? rows.has(Number(f.name[1])) : String(f.name[0]) in changed));
            if (fixed.length) (form as FormInstance).setFields(fixed.map((f) => ({ name: f.name, errors: [] })));
            if (formErrors.length) setFormErrors([]);
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
            setSaved(payload?.inspection ?? null);
            setKey(newKey());
            form.resetFields();
          }}
        >
          <ChecklistAnswerFields
            checklists={checklists.map((c) => ({ value: c.id, label: c.title }))}
            checklistWidth={360}
            sources={SOURCES}
            checklist={checklist}
            answers={answers}
            labels={AGENCY_LABELS}
            saving={saving}
          />
        </Form>
      )}
    </>
  );
}
