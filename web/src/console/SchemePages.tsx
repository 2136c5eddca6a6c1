import { useState } from 'react';
import { Alert, Button, Card, Collapse, Form, Input, InputNumber, Select, Skeleton, Space, Table, Tag, Typography, Upload } from 'antd';
import { useMutation, useQuery } from 'urql';
import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDateTime, formatDecimal } from '../shared/text';
import { PageTitle, useViewer } from './common';
import { CompareSchemes } from './SchemeCompare';
import { Later } from '../shared/Later';
import { SchemeVersionsQuery } from './queries';

const SchemeViewQuery = graphql(`
  query ConsoleSchemeView($version: String!) {
    schemeTree(version: $version) {
      version
      year
      title
      sections {
        title
        max
        kind
        items {
          number
          title
          max
          wording
          rules {
            code
            wording
            kind
            points
            cap
          }
        }
      }
    }
  }
`);

const ValidateSchemeMutation = graphql(`
  mutation ConsoleValidateScheme($input: ValidateSchemeInput!) {
    validateScheme(input: $input) {
      valid
      errors {
        field
        code
        message
      }
    }
  }
`);

const UploadSchemeMutation = graphql(`
  mutation ConsoleUploadScheme($input: UploadSchemeInput!) {
    uploadScheme(input: $input) {
      schemeVersion {
        version
        year
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const ActivateSchemeMutation = graphql(`
  mutation ConsoleActivateScheme($input: ActivateSchemeInput!) {
    activateScheme(input: $input) {
      schemeVersion {
        version
        year
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const RULE_KINDS: Record<string, string> = {
  fixed: '一次扣分',
  perOccurrence: '每次扣分',
  zeroing: '不得分',
  proportional: '按比例',
  amount: '按金额',
  computed: '计算',
  measured: '测评',
  honour: '表彰加分',
  rank: '名次',
  sanction: '处罚扣分',
};

/** 考评方案: the stored versions, one version's tree, checking and uploading a file, activating a version for a year. */
export function SchemesPage() {
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SchemeVersionsQuery, requestPolicy: 'cache-and-network' });
  const [shown, setShown] = useState<string | null>(null);
  const versions = data?.schemeVersions ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>考评方案</PageTitle>
      {viewer.isAdmin && (
        <Space style={{ marginBottom: 16 }}>
          <Link to="/schemes/next">
            <Button type="primary">制定下一年度方案（表单填写，无需编写文件）</Button>
          </Link>
        </Space>
      )}
      <ErrorAlert error={error} />
      <Table
        aria-label="方案版本"
        rowKey="version"
        loading={fetching}
        pagination={false}
        dataSource={versions}
        columns={[
          { title: '版本', dataIndex: 'version' },
          { title: '年度', dataIndex: 'year' },
          { title: '名称', dataIndex: 'title' },
          { title: '上传', render: (_, v) => `${v.uploadedBy} ${formatDateTime(v.uploadedAt)}` },
          {
            title: '启用',
            render: (_, v) => (v.history.some((h) => h.action === 'activated') ? <Tag color="green">已启用过</Tag> : <Tag>未启用</Tag>),
          },
          {
            title: '查看',
            render: (_, v) => (
              <Button size="small" onClick={() => setShown(v.version)} aria-label={`查看方案 ${v.version}`}>
                查看条款
              </Button>
            ),
          },
        ]}
      />
      {/* below the list of versions: drawn once the list shows */}
      <Later>
        {viewer.isAdmin && (
          <Space direction="vertical" style={{ width: '100%', marginTop: 16 }} size="middle">
            <UploadScheme onUploaded={reload} />
            <ActivateScheme versions={versions.map((v) => ({ version: v.version, year: v.year }))} onActivated={reload} />
          </Space>
        )}
        <CompareSchemes versions={versions.map((v) => ({ version: v.version, year: v.year }))} />
      </Later>
      {shown && <SchemeTreeView version={shown} />}
    </>
  );
}

function SchemeTreeView({ version }: { version: string }) {
  const [{ data, fetching, error }] = useQuery({ query: SchemeViewQuery, variables: { version } });
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const tree = data?.schemeTree;
  if (!tree) return null;
  return (
    <Card title={`${tree.title}（${tree.version}，${tree.year}年度）`} style={{ marginTop: 16 }} data-testid="scheme-tree">
      <Collapse
        items={tree.sections.map((s, i) => ({
          key: String(i),
          label: `${s.title}${s.max !== null && s.max !== undefined ? `（${formatDecimal(s.max)}分）` : ''}`,
          children: (
            <Table
              aria-label={s.title}
              size="small"
              rowKey="number"
              pagination={false}
              dataSource={s.items}
              columns={[
                { title: '序号', dataIndex: 'number' },
                { title: '项目', dataIndex: 'title' },
                { title: '分值', dataIndex: 'max', render: (m) => formatDecimal(m) },
                {
                  title: '条款',
                  render: (_, item) => (
                    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                      {item.rules.map((r) => (
                        <li key={r.code}>
                          <b>{r.code}</b> {r.wording}（{RULE_KINDS[r.kind] ?? r.kind}
                          {r.points !== null && r.points !== undefined ? `，${formatDecimal(r.points)}分` : ''}
                          {r.cap !== null && r.cap !== undefined ? `，上限${formatDecimal(r.cap)}分` : ''}）
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          ),
        }))}
      />
    </Card>
  );
}

function UploadScheme({ onUploaded }: { onUploaded: () => void }) {
  const [form] = Form.useForm<{ source: string }>();
  const [problems, setProblems] = useState<UserError[] | null>(null);
  const [formErrors, setFormErrors] = useState<UserError[]>([]);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [{ fetching: validating }, validate] = useMutation(ValidateSchemeMutation);
  const [{ fetching: uploading }, upload] = useMutation(UploadSchemeMutation);
  return (
    <Card title="检查并上传方案文件（YAML）">
      <FormErrors errors={formErrors} />
      <Form form={form} layout="vertical" initialValues={{ source: '' }}>
        <Upload
          accept=".yaml,.yml"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((text) => form.setFieldsValue({ source: text }));
            return false;
          }}
        >
          <Button>选择文件</Button>
        </Upload>
        <Form.Item
          label="方案内容"
          name="source"
          rules={[{ required: true, message: '请选择文件或粘贴方案内容' }]}
          style={{ marginTop: 8 }}
        >
          <Input.TextArea rows={10} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Space>
          <Button
            loading={validating}
            onClick={async () => {
              const { source } = await form.validateFields();
              const result = await validate({ input: { source } });
              setUploaded(null);
              if (result.error) return setFormErrors(userErrorsOf(result.error));
              setFormErrors([]);
              setProblems(result.data?.validateScheme.errors ?? []);
            }}
          >
            {validating ? '正在检查…' : '检查'}
          </Button>
          <Button
            type="primary"
            loading={uploading}
            onClick={async () => {
              const { source } = await form.validateFields();
              const result = await upload({ input: { source } });
              const payload = result.data?.uploadScheme;
              const errors = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
              setUploaded(null);
              if (errors.length) {
                // problems in the file are named by their path in it; other problems go above the form
                const inFile = errors.filter((e) => e.field && /^(input\.)?source\./.test(e.field));
                setProblems(inFile);
                setFormErrors(
                  showFieldErrors(
                    form,
                    errors.filter((e) => !inFile.includes(e)),
                  ),
                );
                return;
              }
              setProblems(null);
              setFormErrors([]);
              setUploaded(`${payload?.schemeVersion?.version}（${payload?.schemeVersion?.year}年度）`);
              onUploaded();
            }}
          >
            {uploading ? '正在上传…' : '上传'}
          </Button>
        </Space>
      </Form>
      {uploaded && <Alert style={{ marginTop: 16 }} type="success" showIcon title={`已上传方案版本 ${uploaded}`} />}
      {problems && problems.length === 0 && <Alert style={{ marginTop: 16 }} type="success" showIcon title="方案检查通过" />}
      {problems && problems.length > 0 && (
        <Table
          style={{ marginTop: 16 }}
          aria-label="方案问题"
          rowKey={(e) => `${e.field}-${e.code}-${e.message}`}
          size="small"
          pagination={false}
          dataSource={problems}
          columns={[
            {
              title: '位置',
              dataIndex: 'field',
              render: (f: string | null) => <code>{f?.replace(/^(input\.)?source\.?/, '') || '（整个文件）'}</code>,
            },
            { title: '问题', dataIndex: 'message' },
          ]}
        />
      )}
    </Card>
  );
}

function ActivateScheme({ versions, onActivated }: { versions: { version: string; year: number }[]; onActivated: () => void }) {
  const [form] = Form.useForm<{ version: string | undefined; year: number | null }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [{ fetching }, activate] = useMutation(ActivateSchemeMutation);
  return (
    <Card title="启用方案版本">
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ version: versions[0]?.version, year: versions[0]?.year ?? null }}
        onFinish={async (v) => {
          const result = await activate({ input: { version: v.version ?? '', year: v.year ?? 0 } });
          const payload = result.data?.activateScheme;
          const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
          if (list.length) {
            setDone(null);
            return setErrors(showFieldErrors(form, list));
          }
          setErrors([]);
          setDone(`${payload?.schemeVersion?.version} 已用于 ${payload?.schemeVersion?.year} 年度`);
          onActivated();
        }}
      >
        <Form.Item label="版本" name="version" rules={[{ required: true, message: '请选择版本' }]}>
          <Select style={{ width: 160 }} options={versions.map((v) => ({ value: v.version, label: v.version }))} />
        </Form.Item>
        <Form.Item label="用于年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {fetching ? '正在提交…' : '启用'}
          </Button>
        </Form.Item>
      </Form>
      {done && <Typography.Paragraph style={{ marginTop: 8 }}>{done}</Typography.Paragraph>}
    </Card>
  );
}
