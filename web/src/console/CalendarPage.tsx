import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDate, formatDateTime } from '../shared/text';
import { AdminOnly, PageTitle, YearPicker, dotted, errorsOf, useViewer, useYear } from './common';

const CampaignQuery = graphql(`
  query ConsoleCampaign($year: Int!) {
    campaign(year: $year) {
      year
      startsOn
      endsOn
      selfCheckStart
      selfCheckEnd
      inspectionStart
      inspectionEnd
      ratingDate
      noticeWorkingDays
      publicationDate
      holidays
      phases {
        seq
        kind
        name
        startsOn
        endsOn
        reportDue
      }
      updatedBy
      updatedAt
    }
  }
`);

const SetCampaignMutation = graphql(`
  mutation ConsoleSetCampaign($input: SetCampaignInput!) {
    setCampaign(input: $input) {
      campaign {
        year
        holidays
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

interface PhaseFields {
  kind: string | undefined;
  name: string;
  startsOn: string;
  endsOn: string;
  reportDue: string;
}

interface CalendarFields {
  startsOn: string;
  endsOn: string;
  phases: PhaseFields[];
  selfCheckStart: string;
  selfCheckEnd: string;
  inspectionStart: string;
  inspectionEnd: string;
  ratingDate: string;
  noticeWorkingDays: number | null;
  publicationDate: string;
  holidays: string[];
  holiday: string;
}

const DATES: [keyof CalendarFields, string][] = [
  ['selfCheckStart', '自查开始'],
  ['selfCheckEnd', '自查结束'],
  ['inspectionStart', '检查开始'],
  ['inspectionEnd', '检查结束'],
  ['ratingDate', '评定日期'],
  ['publicationDate', '公布日期'],
];

/** The kinds of phase, as the API names them. */
export const PHASE_KINDS: { value: string; label: string }[] = [
  { value: 'selfCheck', label: '自查自改' },
  { value: 'inspection', label: '检查' },
  { value: 'rectification', label: '整改' },
  { value: 'summary', label: '总结' },
  { value: 'rating', label: '评定公示' },
  { value: 'other', label: '其他' },
];

/**
 * 工作日历 (bureau admins): the campaign's span (莆田: 2021年12月至2022年10月, into the next year) and its phases
 * with the day each phase's report is due, the year's fixed dates, the length of the public notice in working days and the
 * holidays the notice skips (weekends are always skipped).
 */
export function CalendarPage() {
  const viewer = useViewer();
  const [year, setYear] = useYear();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CampaignQuery, variables: { year }, requestPolicy: 'cache-and-network' });
  const [form] = Form.useForm<CalendarFields>();
  const holidays = (Form.useWatch('holidays', form) as string[] | undefined) ?? [];
  const [errors, setErrors] = useState<UserError[]>([]);
  const [saved, setSaved] = useState(false);
  const [{ fetching: saving }, save] = useMutation(SetCampaignMutation);
  if (!viewer.isAdmin) return <AdminOnly />;
  if (fetching && !data) return <Skeleton active />;
  const c = data?.campaign;
  const initial: CalendarFields = {
    startsOn: c?.startsOn ?? '',
    endsOn: c?.endsOn ?? '',
    phases: (c?.phases ?? []).map((p) => ({
      kind: p.kind,
      name: p.name,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      reportDue: p.reportDue ?? '',
    })),
    selfCheckStart: c?.selfCheckStart ?? '',
    selfCheckEnd: c?.selfCheckEnd ?? '',
    inspectionStart: c?.inspectionStart ?? '',
    inspectionEnd: c?.inspectionEnd ?? '',
    ratingDate: c?.ratingDate ?? '',
    noticeWorkingDays: c?.noticeWorkingDays ?? 7,
    publicationDate: c?.publicationDate ?? '',
    holidays: c?.holidays ?? [],
    holiday: '',
  };
  return (
    <>
      <PageTitle>工作日历</PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <YearPicker
          year={year}
          onChange={(y) => {
            setSaved(false);
            setYear(y);
          }}
        />
      </Space>
      <ErrorAlert error={error} />
      <Card style={{ maxWidth: 880 }} title={`${year}年度考评工作日历`}>
        {c ? (
          <Typography.Paragraph type="secondary">
            最近修改：{c.updatedBy} {formatDateTime(c.updatedAt)}
          </Typography.Paragraph>
        ) : (
          <Typography.Paragraph type="secondary">本年度尚未设置工作日历。</Typography.Paragraph>
        )}
        {saved && <Alert type="success" showIcon role="status" title="已保存工作日历" style={{ marginBottom: 12 }} />}
        <FormErrors errors={errors} />
        <Form
          form={form}
          key={`${year}-${c?.updatedAt ?? 'new'}`}
          layout="vertical"
          initialValues={initial}
          onValuesChange={() => setSaved(false)}
          onFinish={async (v) => {
            const r = await save({
              input: {
                year,
                startsOn: v.startsOn || null,
                endsOn: v.endsOn || null,
                phases: (v.phases ?? []).map((p) => ({
                  kind: p.kind ?? '',
                  name: p.name ?? '',
                  startsOn: p.startsOn,
                  endsOn: p.endsOn,
                  reportDue: p.reportDue || null,
                })),
                selfCheckStart: v.selfCheckStart || null,
                selfCheckEnd: v.selfCheckEnd || null,
                inspectionStart: v.inspectionStart || null,
                inspectionEnd: v.inspectionEnd || null,
                ratingDate: v.ratingDate || null,
                noticeWorkingDays: v.noticeWorkingDays,
                publicationDate: v.publicationDate || null,
                holidays: v.holidays,
              },
            });
            const list = errorsOf(r.data?.setCampaign, r.error);
            if (list.length) return setErrors(showFieldErrors(form, dotted(list)));
            setErrors([]);
            setSaved(true);
            refetch({ requestPolicy: 'network-only' });
          }}
        >
          <Typography.Title level={5}>专项整治期间（可跨年度）</Typography.Title>
          <Space wrap>
            <Form.Item label="整治开始" name="startsOn">
              <Input type="date" />
            </Form.Item>
            <Form.Item label="整治结束" name="endsOn">
              <Input type="date" />
            </Form.Item>
          </Space>
          <Phases />
          <Typography.Title level={5}>考评日期</Typography.Title>
          <Space wrap>
            {DATES.map(([name, text]) => (
              <Form.Item key={name} label={text} name={name}>
                <Input type="date" />
              </Form.Item>
            ))}
            <Form.Item label="公示期（工作日）" name="noticeWorkingDays" rules={[{ required: true, message: '请填写公示天数' }]}>
              <InputNumber min={1} max={30} />
            </Form.Item>
          </Space>
          <Form.Item label="节假日（公示期不计）" name="holidays">
            <HolidayTags />
          </Form.Item>
          <Space align="end">
            <Form.Item label="添加节假日" name="holiday">
              <Input type="date" />
            </Form.Item>
            <Form.Item>
              <Button
                onClick={() => {
                  const day = form.getFieldValue('holiday') as string;
                  if (day && !holidays.includes(day)) form.setFieldsValue({ holidays: [...holidays, day].sort(), holiday: '' });
                }}
              >
                添加
              </Button>
            </Form.Item>
          </Space>
          <div>
            <Button type="primary" htmlType="submit" loading={saving}>
              {saving ? '正在提交…' : '保存工作日历'}
            </Button>
          </div>
        </Form>
      </Card>
    </>
  );
}

/** The campaign's phases in order: kind, the document's name, first and last day, the day its report is due. */
function Phases() {
  return (
    <Form.List name="phases">
      {(fields, { add, remove }) => (
        <div data-testid="phases" style={{ marginBottom: 16 }}>
          <Typography.Text strong>工作阶段</Typography.Text>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
              未设置工作阶段
            </Typography.Paragraph>
          )}
          {fields.map((field, i) => (
            <Space key={field.key} wrap align="start" aria-label={`第 ${i + 1} 阶段`} role="group">
              <Form.Item label={`阶段${i + 1}类型`} name={[field.name, 'kind']}>
                <Select style={{ width: 120 }} options={PHASE_KINDS} />
              </Form.Item>
              <Form.Item label={`阶段${i + 1}名称`} name={[field.name, 'name']}>
                <Input style={{ width: 180 }} />
              </Form.Item>
              <Form.Item label={`阶段${i + 1}开始`} name={[field.name, 'startsOn']}>
                <Input type="date" />
              </Form.Item>
              <Form.Item label={`阶段${i + 1}结束`} name={[field.name, 'endsOn']}>
                <Input type="date" />
              </Form.Item>
              <Form.Item label={`阶段${i + 1}报送日期`} name={[field.name, 'reportDue']}>
                <Input type="date" />
              </Form.Item>
              <Button onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                删除阶段
              </Button>
            </Space>
          ))}
          <div>
            <Button onClick={() => add({ kind: undefined, name: '', startsOn: '', endsOn: '', reportDue: '' })}>添加阶段</Button>
          </div>
        </div>
      )}
    </Form.List>
  );
}

/** The holidays as tags, each removable (a form control: value and onChange). */
function HolidayTags({ value = [], onChange }: { value?: string[]; onChange?: (days: string[]) => void }) {
  return (
    <Space wrap data-testid="holidays">
      {value.length === 0 && <Typography.Text type="secondary">未设置节假日</Typography.Text>}
      {value.map((d) => (
        <Tag key={d} closable onClose={() => onChange?.(value.filter((h) => h !== d))}>
          {formatDate(d)}
        </Tag>
      ))}
    </Space>
  );
}
