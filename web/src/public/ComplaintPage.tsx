import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Select, Switch, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { useCities } from './cities';

const FileComplaint = graphql(`
  mutation FileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      trackingCode
      errors {
        field
        code
        message
      }
    }
  }
`);

interface ComplaintForm {
  city?: string;
  agencyName?: string;
  subject?: string;
  body?: string;
  anonymous: boolean;
  contactName?: string;
  contactPhone?: string;
}

/** At most this many files with a complaint (the API refuses a sixth). */
const MAX_FILES = 5;

/** What became of each chosen file once the complaint was filed. */
interface Uploaded {
  name: string;
  error?: string;
}

/** Sends the chosen files to the complaint just filed (its tracking code proves it is the filer's), one after another. */
async function uploadAll(code: string, files: UploadFile[]): Promise<Uploaded[]> {
  const done: Uploaded[] = [];
  for (const f of files) {
    const body = new FormData();
    body.append('file', f.originFileObj as Blob, f.name);
    try {
      const response = await fetch(`/public/complaints/${encodeURIComponent(code)}/evidence`, { method: 'POST', body });
      if (response.ok) {
        done.push({ name: f.name });
      } else {
        const answer = await response.json().catch(() => null);
        done.push({ name: f.name, error: answer?.errors?.[0]?.message ?? answer?.message ?? '上传未成功' });
      }
    } catch {
      done.push({ name: f.name, error: '无法连接服务器' });
    }
  }
  return done;
}

/** The public's complaint about an agency, anonymous or with contact details; answers with a tracking code. */
export function ComplaintPage() {
  const [params] = useSearchParams();
  const { cities } = useCities();
  const [form] = Form.useForm<ComplaintForm>();
  const anonymous = Form.useWatch('anonymous', form);
  const [{ fetching }, file] = useMutation(FileComplaint);
  const [formErrors, setFormErrors] = useState<UserError[]>([]);
  const [code, setCode] = useState<string | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploaded, setUploaded] = useState<Uploaded[]>([]);
  const presetCity = params.get('city') ?? undefined;

  async function submit(values: ComplaintForm) {
    setFormErrors([]);
    const result = await file({
      input: {
        city: values.city ?? '',
        agencyName: values.agencyName ?? '',
        subject: values.subject ?? '',
        body: values.body ?? '',
        anonymous: values.anonymous,
        contactName: values.anonymous ? null : (values.contactName ?? ''),
        contactPhone: values.anonymous ? null : (values.contactPhone ?? ''),
      },
    });
    const payload = result.data?.fileComplaint;
    const errors = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
    if (errors.length > 0) {
      setFormErrors(showFieldErrors(form, errors));
      return;
    }
    if (payload?.trackingCode) {
      if (files.length) {
        setUploading(true);
        setUploaded(await uploadAll(payload.trackingCode, files));
        setUploading(false);
      }
      setCode(payload.trackingCode);
    }
  }

  if (code) {
    return (
      <Result
        status="success"
        title="投诉已受理"
        subTitle="我们会尽快核查处理。"
        extra={[
          <Typography.Paragraph key="code" style={{ fontSize: 16 }}>
            查询码：
            <Typography.Text strong copyable data-testid="complaint-tracking-code">
              {code}
            </Typography.Text>
          </Typography.Paragraph>,
          ...(uploaded.length
            ? [
                <div key="files" data-testid="complaint-files" style={{ maxWidth: 560, margin: '0 auto 12px', textAlign: 'left' }}>
                  {uploaded.some((u) => !u.error) && (
                    <Alert
                      type="success"
                      showIcon
                      title={`已上传证据材料：${uploaded
                        .filter((u) => !u.error)
                        .map((u) => u.name)
                        .join('、')}`}
                    />
                  )}
                  {uploaded
                    .filter((u) => u.error)
                    .map((u) => (
                      <Alert key={u.name} type="warning" showIcon role="alert" style={{ marginTop: 8 }} title={`${u.name}：${u.error}`} />
                    ))}
                </div>,
              ]
            : []),
          <Typography.Paragraph key="keep" type="secondary">
            请妥善保存查询码，这是查询处理进度的唯一凭证。
          </Typography.Paragraph>,
          <Link key="track" to={`/complaints/track?code=${code}`}>
            <Button type="primary">查询处理进度</Button>
          </Link>,
        ]}
      />
    );
  }

  const cityOptions =
    cities.length > 0
      ? cities.map((c) => ({ value: c.code, label: c.name }))
      : presetCity
        ? [{ value: presetCity, label: presetCity }]
        : [];
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0 }}>
          投诉安全生产技术服务机构
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">
        对机构出具虚假报告、违规执业等行为，可向所在城市的应急管理局投诉。可以匿名投诉；每个网络地址每小时最多提交 5 件。
      </Typography.Paragraph>
      <FormErrors errors={formErrors} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        style={{ maxWidth: 720 }}
        initialValues={{ city: presetCity, agencyName: '', subject: '', body: '', anonymous: false, contactName: '', contactPhone: '' }}
      >
        <Form.Item name="city" label="受理城市" rules={[{ required: true, message: '请选择受理投诉的城市' }]}>
          <Select placeholder="选择机构所在城市" options={cityOptions} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="agencyName" label="被投诉机构名称" rules={[{ required: true, message: '请填写被投诉机构名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="subject" label="投诉事项" rules={[{ required: true, message: '请填写投诉事项' }]}>
          <Input maxLength={200} placeholder="一句话概括，例如：出具虚假检测报告" />
        </Form.Item>
        <Form.Item
          name="body"
          label="投诉内容"
          rules={[{ required: true, message: '请填写投诉内容' }]}
          extra="请写明时间、地点、经过和可以核实的证据，最多 5000 字"
        >
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item
          label="证据材料（可选）"
          extra={`照片或文件（PDF、Word、JPEG、PNG，每个不超过 10 MB，最多 ${MAX_FILES} 个），仅受理投诉的应急管理局可以查看`}
        >
          <Upload
            accept=".pdf,.doc,.docx,.jpg,.jpeg,.png"
            multiple
            maxCount={MAX_FILES}
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList.slice(0, MAX_FILES))}
          >
            <Button>选择文件</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="anonymous" label="匿名投诉" valuePropName="checked" extra="匿名投诉不收集、不保存任何联系方式">
          <Switch />
        </Form.Item>
        {!anonymous && (
          <>
            <Form.Item name="contactName" label="联系人姓名" rules={[{ required: true, message: '请填写联系人姓名（或选择匿名投诉）' }]}>
              <Input maxLength={100} autoComplete="name" />
            </Form.Item>
            <Form.Item name="contactPhone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }]}>
              <Input maxLength={20} autoComplete="tel" inputMode="tel" />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={fetching || uploading} size="large">
          {fetching ? '正在提交…' : uploading ? '正在上传证据材料…' : '提交投诉'}
        </Button>
      </Form>
    </Card>
  );
}
