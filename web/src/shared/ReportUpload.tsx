import { useState, type ReactNode } from 'react';
import { Alert, Button, Form, Input, Modal, Radio, Select, Tag, Typography, Upload, type UploadFile } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { FormErrors, showFieldErrors, userErrorsOf, type UserError } from './errors';

/** The report types the API knows (ReportRules.TYPES), in Chinese. */
export const REPORT_TYPES: Record<string, string> = {
  evaluation: '安全评价',
  testing: '检测检验',
  consulting: '安全咨询',
  training: '安全培训',
  standardisation: '标准化评审',
  other: '其他',
};

export const REPORT_STATUS: Record<string, { label: string; color: string }> = {
  active: { label: '有效', color: 'green' },
  withdrawn: { label: '已撤回', color: 'default' },
};

export function ReportStatusTag({ status }: { status: string }) {
  return <Tag color={REPORT_STATUS[status]?.color}>{REPORT_STATUS[status]?.label ?? status}</Tag>;
}

/** The API's limit on an uploaded file (ReportText.MAX_FILE_BYTES), told on the form before anything is sent. */
export const MAX_REPORT_FILE_BYTES = 512 * 1024;

const StaffQuery = graphql(`
  query ReportSignatoryStaff($id: ID!) {
    agency(id: $id) {
      id
      staff {
        id
        name
      }
    }
  }
`);

const UploadReport = graphql(`
  mutation UploadReport($input: UploadReportInput!) {
    uploadReport(input: $input) {
      report {
        id
        title
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const WithdrawReport = graphql(`
  mutation WithdrawReport($input: WithdrawReportInput!) {
    withdrawReport(input: $input) {
      report {
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

interface Values {
  agencyId: string | null;
  type: string;
  reportNo: string;
  title: string;
  enterprise: string;
  issuedOn: string;
  signatories: string[];
  source: 'text' | 'file';
  body?: string;
  file?: UploadFile[];
}

/** "staff:12" picks a registered staff member, anything else is a typed name. */
const STAFF = 'staff:';

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The API names a signatory's problem "input.signatories[1]" and a file's "input.file.contentBase64":
 * both belong to the one form field that holds them.
 */
function toFormFields(errors: readonly UserError[], source: Values['source']): UserError[] {
  return errors.map((e) => {
    // "body or file": next to whichever of the two the form shows
    if (e.field === 'input.body' && source === 'file') return { ...e, field: 'input.file' };
    if (e.field?.startsWith('input.signatories')) return { ...e, field: 'input.signatories' };
    if (e.field?.startsWith('input.file')) return { ...e, field: 'input.file' };
    return e;
  });
}

/**
 * 上传技术服务报告: metadata, signatories (the agency's registered staff, or names typed in), and the
 * text typed in or a PDF/Word (.docx) file of at most 512 KB. The API's refusals are shown next to
 * their fields in Chinese. `agencyId` fixes the agency (the portal); else `agencyField` picks it.
 */
export function ReportUploadForm({
  agencyId,
  agencyField,
  onUploaded,
}: {
  agencyId?: string;
  agencyField?: ReactNode;
  onUploaded: (report: { id: string; title: string }) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [state, upload] = useMutation(UploadReport);
  const pickedAgency = Form.useWatch('agencyId', form) ?? agencyId ?? null;
  const source = Form.useWatch('source', form) ?? 'text';
  const [{ data: staffData }] = useQuery({ query: StaffQuery, variables: { id: pickedAgency ?? '' }, pause: !pickedAgency });
  const staff = staffData?.agency?.staff ?? [];
  const initialValues: Values = {
    agencyId: agencyId ?? null,
    type: 'evaluation',
    reportNo: '',
    title: '',
    enterprise: '',
    issuedOn: '',
    signatories: [],
    source: 'text',
    body: '',
    file: [],
  };
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label="上传报告"
      initialValues={initialValues}
      style={{ maxWidth: 720 }}
      onFinish={async (v) => {
        // onFinish has the values of the fields shown: the file's only while 上传文件 is chosen
        const chosen = v.file?.[0]?.originFileObj;
        const before: UserError[] = [];
        // the API refuses these too, but a missing date cannot be sent at all, and a large file only after all of it
        if (!v.issuedOn) before.push({ field: 'input.issuedOn', code: 'REQUIRED', message: '请填写报告出具日期' });
        if (v.source === 'file' && chosen && chosen.size > MAX_REPORT_FILE_BYTES) {
          before.push({ field: 'input.file', code: 'FILE_TOO_LARGE', message: '文件过大（上限 512 KB）' });
        }
        if (before.length) {
          setErrors(showFieldErrors(form, before));
          return;
        }
        const file = v.source === 'file' && chosen ? { fileName: chosen.name, contentBase64: await base64Of(chosen) } : null;
        const result = await upload({
          input: {
            agencyId: v.agencyId ?? agencyId ?? '',
            type: v.type,
            reportNo: v.reportNo || null,
            title: v.title,
            enterprise: v.enterprise,
            issuedOn: v.issuedOn,
            signatories: v.signatories.map((s) => (s.startsWith(STAFF) ? { staffId: s.slice(STAFF.length) } : { name: s })),
            body: v.source === 'text' ? v.body : null,
            file,
          },
        });
        const payload = result.data?.uploadReport;
        const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
        setErrors(list.length ? showFieldErrors(form, toFormFields(list, v.source)) : []);
        if (!list.length && payload?.report) {
          form.resetFields();
          onUploaded(payload.report);
        }
      }}
    >
      {agencyField && (
        <Form.Item name="agencyId" label="机构" rules={[{ required: true, message: '请选择机构' }]}>
          {agencyField}
        </Form.Item>
      )}
      <Form.Item name="type" label="报告类型">
        <Select style={{ width: 200 }} options={Object.entries(REPORT_TYPES).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="title" label="报告名称">
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="reportNo" label="报告编号">
        <Input maxLength={64} style={{ width: 280 }} />
      </Form.Item>
      <Form.Item name="enterprise" label="委托单位">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="issuedOn" label="出具日期">
        <Input type="date" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="signatories" label="签字人" extra="从本机构登记的技术人员中选择，或输入姓名后按回车">
        <Select
          mode="tags"
          tokenSeparators={['，', ',', '、']}
          placeholder="选择或输入签字人"
          options={staff.map((s) => ({ value: `${STAFF}${s.id}`, label: s.name }))}
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item name="source" label="报告正文">
        <Radio.Group
          options={[
            { value: 'text', label: '填写正文' },
            { value: 'file', label: '上传文件' },
          ]}
        />
      </Form.Item>
      {source === 'text' ? (
        <Form.Item name="body" label="正文">
          <Input.TextArea rows={6} />
        </Form.Item>
      ) : (
        <Form.Item
          name="file"
          label="报告文件"
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          extra="PDF（.pdf）或 Word（.docx）文件，不超过 512 KB；扫描件须带文字层"
        >
          <Upload accept=".pdf,.docx" maxCount={1} beforeUpload={() => false}>
            <Button>选择文件</Button>
          </Upload>
        </Form.Item>
      )}
      <FormErrors errors={errors} />
      <Button type="primary" htmlType="submit" loading={state.fetching}>
        {state.fetching ? '正在上传…' : '上传报告'}
      </Button>
    </Form>
  );
}

/** 撤回: asks for the reason, then withdraws; the report stays readable with status 已撤回. */
export function WithdrawReportButton({ id, title, onDone }: { id: string; title: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [state, withdraw] = useMutation(WithdrawReport);
  return (
    <>
      <Button danger onClick={() => setOpen(true)} aria-label={`撤回报告 ${title}`}>
        撤回
      </Button>
      <Modal
        open={open}
        title={`撤回报告：${title}`}
        okText="确认撤回"
        cancelText="取消"
        confirmLoading={state.fetching}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">撤回后报告仍可查阅和检索，状态显示为“已撤回”。</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ reason: '' }}
          onFinish={async (v) => {
            const result = await withdraw({ input: { id, reason: v.reason } });
            const payload = result.data?.withdrawReport;
            const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
            setErrors(list.length ? showFieldErrors(form, list) : []);
            if (!list.length) {
              setOpen(false);
              onDone();
            }
          }}
        >
          <Form.Item name="reason" label="撤回理由">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <FormErrors errors={errors} />
        </Form>
      </Modal>
    </>
  );
}

/** Shown after an upload: the report is listed and, within seconds, searchable. */
export function UploadedNotice({ title }: { title: string | null }) {
  if (!title) return null;
  return <Alert type="success" showIcon style={{ marginBottom: 16 }} title={`报告“${title}”已上传`} />;
}
