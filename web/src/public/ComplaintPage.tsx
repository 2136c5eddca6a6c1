import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { userErrorsOf, type UserError } from '../shared/errorText';
import { useCities } from './cities';
import {
  Alert,
  Button,
  Card,
  Field,
  FilePicker,
  FormErrors,
  Input,
  Paragraph,
  Result,
  Select,
  Switch,
  Text,
  TextArea,
  Title,
  required,
  useForm,
} from './ui';

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

/** At most this many files with a complaint (the API refuses a sixth). */
const MAX_FILES = 5;

/** What became of each chosen file once the complaint was filed. */
interface Uploaded {
  name: string;
  error?: string;
}

/** Sends the chosen files to the complaint just filed (its tracking code proves it is the filer's), one after another. */
async function uploadAll(code: string, files: File[]): Promise<Uploaded[]> {
  const done: Uploaded[] = [];
  for (const f of files) {
    const body = new FormData();
    body.append('file', f, f.name);
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
  const presetCity = params.get('city') ?? '';
  const form = useForm('complaint', {
    city: presetCity,
    agencyName: '',
    subject: '',
    body: '',
    anonymous: false,
    contactName: '',
    contactPhone: '',
  });
  const [{ fetching }, file] = useMutation(FileComplaint);
  const [formErrors, setFormErrors] = useState<UserError[]>([]);
  const [code, setCode] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploaded, setUploaded] = useState<Uploaded[]>([]);
  const values = form.values;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    const contact = (message: string) => (value: string, all: typeof values) => (all.anonymous ? undefined : required(message)(value));
    const valid = form.validate({
      city: required('请选择受理投诉的城市'),
      agencyName: required('请填写被投诉机构名称'),
      subject: required('请填写投诉事项'),
      body: required('请填写投诉内容'),
      contactName: contact('请填写联系人姓名（或选择匿名投诉）'),
      contactPhone: contact('请填写联系电话'),
    });
    if (!valid) return;
    const result = await file({
      input: {
        city: values.city,
        agencyName: values.agencyName,
        subject: values.subject,
        body: values.body,
        anonymous: values.anonymous,
        contactName: values.anonymous ? null : values.contactName,
        contactPhone: values.anonymous ? null : values.contactPhone,
      },
    });
    const payload = result.data?.fileComplaint;
    const errors = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
    if (errors.length > 0) {
      setFormErrors(form.showUserErrors(errors));
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
    return <Filed code={code} uploaded={uploaded} />;
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
        <Title level={2} style={{ margin: 0 }}>
          投诉安全生产技术服务机构
        </Title>
      }
    >
      <Paragraph type="secondary">
        对机构出具虚假报告、违规执业等行为，可向所在城市的应急管理局投诉。可以匿名投诉；每个网络地址每小时最多提交 5 件。
      </Paragraph>
      <FormErrors errors={formErrors} />
      <form noValidate onSubmit={(e) => void submit(e)} style={{ maxWidth: 720 }}>
        <Field label="受理城市" required {...form.field('city')}>
          <Select {...form.bind('city')} options={cityOptions} placeholder="选择机构所在城市" />
        </Field>
        <Field label="被投诉机构名称" required {...form.field('agencyName')}>
          <Input {...form.bind('agencyName')} maxLength={200} />
        </Field>
        <Field label="投诉事项" required {...form.field('subject')}>
          <Input {...form.bind('subject')} maxLength={200} placeholder="一句话概括，例如：出具虚假检测报告" />
        </Field>
        <Field label="投诉内容" required extra="请写明时间、地点、经过和可以核实的证据，最多 5000 字" {...form.field('body')}>
          <TextArea {...form.bind('body')} rows={6} maxLength={5000} showCount />
        </Field>
        <Evidence files={files} onFiles={setFiles} />
        <Field label="匿名投诉" extra="匿名投诉不收集、不保存任何联系方式" {...form.field('anonymous')}>
          <Switch {...form.bind('anonymous')} />
        </Field>
        {!values.anonymous && (
          <>
            <Field label="联系人姓名" required {...form.field('contactName')}>
              <Input {...form.bind('contactName')} maxLength={100} autoComplete="name" />
            </Field>
            <Field label="联系电话" required {...form.field('contactPhone')}>
              <Input {...form.bind('contactPhone')} maxLength={20} autoComplete="tel" inputMode="tel" />
            </Field>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={fetching || uploading} size="large">
          {fetching ? '正在提交…' : uploading ? '正在上传证据材料…' : '提交投诉'}
        </Button>
      </form>
    </Card>
  );
}

/**
 * The files to send with the complaint: chosen (more than once if need be) up to MAX_FILES, listed with a button to
 * take each out again. They are sent once the complaint is filed (the API checks each one's type and size then).
 */
function Evidence({ files, onFiles }: { files: File[]; onFiles: (files: File[]) => void }) {
  const [dropped, setDropped] = useState(0);
  const add = (chosen: File[]) => {
    const all = [...files, ...chosen.filter((c) => !files.some((f) => f.name === c.name && f.size === c.size))];
    setDropped(Math.max(0, all.length - MAX_FILES));
    onFiles(all.slice(0, MAX_FILES));
  };
  return (
    <Field
      label="证据材料（可选）"
      htmlFor="complaint-files"
      error={dropped > 0 ? `最多 ${MAX_FILES} 个文件，另外 ${dropped} 个未加入` : undefined}
      extra={`照片或文件（PDF、Word、JPEG、PNG，每个不超过 10 MB，最多 ${MAX_FILES} 个），仅受理投诉的应急管理局可以查看`}
    >
      <FilePicker
        id="complaint-files"
        accept=".pdf,.doc,.docx,.jpg,.jpeg,.png"
        multiple
        onFiles={add}
        aria-describedby={dropped > 0 ? 'complaint-files-error' : undefined}
      />
      {files.length > 0 && (
        <ul aria-label="已选择的证据材料" style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
          {files.map((f) => (
            <li key={`${f.name}-${f.size}`}>
              {f.name}
              <Button
                type="link"
                aria-label={`移除 ${f.name}`}
                onClick={() => {
                  setDropped(0);
                  onFiles(files.filter((other) => other !== f));
                }}
              >
                移除
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Field>
  );
}

/** The complaint filed: its tracking code to keep, and what became of each file sent with it. */
function Filed({ code, uploaded }: { code: string; uploaded: Uploaded[] }) {
  const sent = uploaded.filter((u) => !u.error);
  return (
    <Result
      status="success"
      title="投诉已受理"
      subTitle="我们会尽快核查处理。"
      extra={
        <>
          <Paragraph style={{ fontSize: 16 }}>
            查询码：
            <Text strong copyable data-testid="complaint-tracking-code">
              {code}
            </Text>
          </Paragraph>
          {uploaded.length > 0 && (
            <div data-testid="complaint-files" style={{ maxWidth: 560, margin: '0 auto 12px', textAlign: 'left' }}>
              {sent.length > 0 && <Alert type="success" role="status" title={`已上传证据材料：${sent.map((u) => u.name).join('、')}`} />}
              {uploaded
                .filter((u) => u.error)
                .map((u) => (
                  <Alert key={u.name} type="warning" style={{ marginTop: 8 }} title={`${u.name}：${u.error}`} />
                ))}
            </div>
          )}
          <Paragraph type="secondary">请妥善保存查询码，这是查询处理进度的唯一凭证。</Paragraph>
          <Link className="ui-button ui-button-primary" to={`/complaints/track?code=${code}`}>
            查询处理进度
          </Link>
        </>
      }
    />
  );
}
