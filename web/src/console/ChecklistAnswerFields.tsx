import type { ReactNode } from 'react';
import { Button, Card, Form, Input, Radio, Select, Space, Typography } from 'antd';

/** One question's answer as a checklist form holds it; the rectification only where the answer is the violation. */
export interface AnswerFields {
  answer: string | undefined;
  note: string;
  measure: string;
  deadline: string;
  responsible: string;
}

/** The labels of one question's fields (the subject page numbers them: its errors name the question, not the row). */
export interface AnswerLabels {
  answer: string;
  measure: string;
  deadline: string;
  responsible: string;
}

interface Props {
  /** The checklists to choose from, as options of the 检查表 select. */
  checklists: { value: string; label: string }[];
  checklistWidth: number;
  /** Where the checklist was answered (来源), by value. */
  sources: Record<string, string>;
  checklist: { id: string; questions: { number: string; text: string; violation: string }[] } | undefined;
  /** The answers as the form holds them now (Form.useWatch), to ask for a rectification on each violation. */
  answers: AnswerFields[] | undefined;
  labels: (question: string) => AnswerLabels;
  saving: boolean;
  /** Shown between the head of the form and its questions. */
  children?: ReactNode;
}

/**
 * The fields of a checklist inspection, inside the page's own Form: which checklist, the day and the source, then
 * each question answered 是 or 否 with a note, and a violation's 整改 (measure, deadline, responsible). Used for an
 * agency (检查表检查) and for a subject other than an agency (检查对象).
 */
export function ChecklistAnswerFields({ checklists, checklistWidth, sources, checklist, answers, labels, saving, children }: Props) {
  return (
    <>
      <Space wrap>
        <Form.Item label="检查表" name="checklistId">
          <Select style={{ width: checklistWidth }} options={checklists} />
        </Form.Item>
        <Form.Item label="检查日期" name="inspectedOn" rules={[{ required: true, message: '请填写检查日期' }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label="来源" name="source">
          <Select style={{ width: 160 }} options={Object.entries(sources).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Space>
      {children}
      {checklist?.questions.map((q, i) => {
        const violation = answers?.[i]?.answer && answers[i].answer === q.violation;
        const label = labels(q.number);
        return (
          <Card key={`${checklist.id}-${q.number}`} size="small" style={{ marginBottom: 8 }}>
            <Typography.Paragraph strong>
              {q.number}. {q.text}
            </Typography.Paragraph>
            <Space wrap align="start">
              <Form.Item label={label.answer} name={['answers', i, 'answer']}>
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
                  <Form.Item label={label.measure} name={['answers', i, 'measure']}>
                    <Input style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item label={label.deadline} name={['answers', i, 'deadline']}>
                    <Input type="date" />
                  </Form.Item>
                  <Form.Item label={label.responsible} name={['answers', i, 'responsible']}>
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
    </>
  );
}
