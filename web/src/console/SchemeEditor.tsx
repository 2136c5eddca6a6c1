import { useMemo, useState } from 'react';
import { Alert, Button, Card, Collapse, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { parseDocument, type Document } from 'yaml';
import { graphql } from '../gql';
import { ErrorAlert, type UserError } from '../shared/errors';
import { AdminOnly, PageTitle, errorsOf, useViewer } from './common';
import { CompareSchemes } from './SchemeCompare';
import { BandFields, ConditionFields, PublicationListFields, SchemeItemFields } from './SchemeItemFields';
import { apply, editable, ruleCodes, showProblems, type Values } from './schemeDocument';

const EditorVersionsQuery = graphql(`
  query ConsoleSchemeEditorVersions {
    schemeVersions {
      version
      year
      title
      source
    }
  }
`);

const EditorValidateMutation = graphql(`
  mutation ConsoleEditorValidate($input: ValidateSchemeInput!) {
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

const EditorUploadMutation = graphql(`
  mutation ConsoleEditorUpload($input: UploadSchemeInput!) {
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

const EditorActivateMutation = graphql(`
  mutation ConsoleEditorActivate($input: ActivateSchemeInput!) {
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

/**
 * 下一年度方案 (bureau admins): next year's scheme started from this year's (copied, re-dated), its items,
 * amounts, caps, bands, vetoes and wording edited in forms; the engine checks it and every problem shows beside
 * its field in Chinese; saved as a new version, compared with this year's over this year's facts (what-if),
 * then activated for the year and downloadable as a file. No YAML to write; uploading a file stays for experts.
 */
export function SchemeEditorPage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const [{ data, error }] = useQuery({ query: EditorVersionsQuery, requestPolicy: 'network-only' });
  const versions = useMemo(() => data?.schemeVersions ?? [], [data]);
  const from = versions.find((v) => v.version === params.get('from')) ?? versions[0];
  const year = Number(params.get('year')) || (from ? from.year + 1 : new Date().getFullYear());
  const version = useMemo(() => {
    let n = 1;
    while (versions.some((v) => v.version === `${year}.${n}`)) n++;
    return `${year}.${n}`;
  }, [versions, year]);
  const original = useMemo(() => {
    if (!from) return null;
    const doc = parseDocument(from.source);
    doc.set('year', year);
    doc.set('version', version);
    return doc;
  }, [from, year, version]);
  if (!viewer.isAdmin) return <AdminOnly />;
  return (
    <>
      <PageTitle>制定下一年度方案</PageTitle>
      <ErrorAlert error={error} />
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="editor-from">以此版本为基础</label>
        <Select
          id="editor-from"
          style={{ width: 360 }}
          value={from?.version}
          onChange={(v) => setParams({ from: v, year: String((versions.find((x) => x.version === v)?.year ?? year - 1) + 1) })}
          options={versions.map((v) => ({ value: v.version, label: `${v.version}（${v.year}年度）${v.title}` }))}
        />
        <label htmlFor="editor-year">用于年度</label>
        <InputNumber
          id="editor-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(y) => typeof y === 'number' && y >= 2000 && setParams({ from: from?.version ?? '', year: String(y) })}
        />
        <Typography.Text type="secondary">新版本号：{version}</Typography.Text>
      </Space>
      {original && from && <Editor key={`${from.version}-${year}`} original={original} from={from} year={year} version={version} />}
    </>
  );
}

function Editor(props: { original: Document; from: { version: string; year: number }; year: number; version: string }) {
  // the version number and the re-dated file are fixed when the editor opens: saving adds a version to the
  // list, which must not turn this one into the next number
  const [{ original, from, year, version }] = useState(props);
  const [form] = Form.useForm<Values>();
  const initial = useMemo(() => editable(original), [original]);
  const knownCodes = useMemo(() => ruleCodes(initial), [initial]);
  const [problems, setProblems] = useState<UserError[] | null>(null);
  // valid only when the engine found nothing at all (problems beside fields are not in `problems`)
  const [valid, setValid] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [failure, setFailure] = useState<UserError[]>([]);
  const [{ fetching: checking }, validate] = useMutation(EditorValidateMutation);
  const [{ fetching: saving }, upload] = useMutation(EditorUploadMutation);
  const [{ fetching: activating }, activate] = useMutation(EditorActivateMutation);
  const source = () => {
    const doc = original.clone();
    apply(doc, form.getFieldsValue(true), []);
    return doc.toString();
  };
  const check = async (): Promise<boolean> => {
    const result = await validate({ input: { source: source() } });
    if (result.error) {
      setFailure(errorsOf(null, result.error));
      return false;
    }
    const list = result.data?.validateScheme.errors ?? [];
    setProblems(showProblems(form, list));
    setValid(list.length === 0);
    return list.length === 0;
  };
  const sections = (initial.sections as unknown[] | undefined) ?? [];
  return (
    <>
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={() => setSaved(null)}>
        <Card title="方案" style={{ marginBottom: 16 }}>
          <Form.Item label="方案名称" name="title" rules={[{ required: true, message: '请填写方案名称' }]}>
            <Input />
          </Form.Item>
          <Typography.Title level={5}>等级划分（从高到低，最后一档不填最低分）</Typography.Title>
          <BandFields />
          {initial.bonus !== undefined && (
            <Form.Item label="加分项合计上限" name={['bonus', 'cap']}>
              <InputNumber />
            </Form.Item>
          )}
          {initial.grouping !== undefined && (
            <Form.Item label="分组排名：每组前几名" name={['grouping', 'top']}>
              <InputNumber />
            </Form.Item>
          )}
        </Card>
        <Collapse
          style={{ marginBottom: 16 }}
          items={[
            ...sections.map((_, i) => ({
              key: `s${i}`,
              label: `第${i + 1}部分：${(sections[i] as { title?: string }).title ?? ''}`,
              forceRender: true,
              children: <SchemeItemFields base={['sections', i]} knownCodes={knownCodes} withSectionFields />,
            })),
            ...(initial.bonus !== undefined
              ? [
                  {
                    key: 'bonus',
                    label: '加分项',
                    forceRender: true,
                    children: <SchemeItemFields base={['bonus']} knownCodes={knownCodes} />,
                  },
                ]
              : []),
            ...(initial.penalties !== undefined
              ? [
                  {
                    key: 'penalties',
                    label: '减分项',
                    forceRender: true,
                    children: <SchemeItemFields base={['penalties']} knownCodes={knownCodes} />,
                  },
                ]
              : []),
            ...(initial.vetoes !== undefined
              ? [
                  {
                    key: 'vetoes',
                    label: '直接定级情形（一票否决）',
                    forceRender: true,
                    children: <ConditionFields list="vetoes" knownCodes={knownCodes} />,
                  },
                ]
              : []),
            ...(initial.exclusions !== undefined
              ? [
                  {
                    key: 'exclusions',
                    label: '不参与考评的情形',
                    forceRender: true,
                    children: <ConditionFields list="exclusions" knownCodes={knownCodes} />,
                  },
                ]
              : []),
            ...((initial.publication as { lists?: unknown[] } | undefined)?.lists?.length
              ? [{ key: 'lists', label: '公布名单', forceRender: true, children: <PublicationListFields /> }]
              : []),
          ]}
        />
        <ErrorAlert error={null} />
        {failure.length > 0 && <Alert type="error" showIcon role="alert" title={failure[0].message} style={{ marginBottom: 12 }} />}
        {valid && !saved && <Alert type="success" showIcon role="status" title="方案检查通过" style={{ marginBottom: 12 }} />}
        {problems && problems.length > 0 && (
          <Table
            aria-label="其他问题"
            size="small"
            style={{ marginBottom: 12 }}
            pagination={false}
            rowKey={(p) => `${p.field}-${p.message}`}
            dataSource={problems}
            columns={[{ title: '问题', dataIndex: 'message' }]}
          />
        )}
        <Space wrap>
          <Button loading={checking} onClick={() => void check()}>
            {checking ? '正在检查…' : '检查'}
          </Button>
          <Button
            type="primary"
            loading={saving}
            disabled={saved !== null}
            onClick={async () => {
              if (!(await check())) return;
              const result = await upload({ input: { source: source() } });
              const list = errorsOf(result.data?.uploadScheme, result.error);
              if (list.length) return setProblems(showProblems(form, list));
              setSaved(result.data?.uploadScheme.schemeVersion?.version ?? version);
            }}
          >
            {saving ? '正在保存…' : `保存为新版本 ${version}`}
          </Button>
          <Button
            onClick={() => {
              const href = URL.createObjectURL(new Blob([source()], { type: 'application/yaml' }));
              const link = document.createElement('a');
              link.href = href;
              link.download = `scheme-${version}.yaml`;
              link.click();
              setTimeout(() => URL.revokeObjectURL(href), 10_000);
            }}
          >
            下载方案文件
          </Button>
        </Space>
      </Form>
      {saved && (
        <>
          <Alert
            style={{ marginTop: 16 }}
            type="success"
            showIcon
            role="status"
            title={`已保存为方案版本 ${saved}。请先查看与 ${from.version} 的模拟对比，再启用。`}
          />
          <CompareSchemes
            versions={[
              { version: saved, year },
              { version: from.version, year: from.year },
            ]}
            defaults={{ versionA: from.version, versionB: saved, year: from.year }}
          />
          <Space style={{ marginTop: 16 }}>
            <Button
              type="primary"
              loading={activating}
              disabled={active !== null}
              onClick={async () => {
                const result = await activate({ input: { version: saved, year } });
                const list = errorsOf(result.data?.activateScheme, result.error);
                if (list.length) return setFailure(list);
                setActive(saved);
              }}
            >
              {`启用 ${saved} 用于 ${year} 年度`}
            </Button>
            {active && (
              <Typography.Text type="success">
                已启用 {active} 用于 {year} 年度
              </Typography.Text>
            )}
          </Space>
        </>
      )}
    </>
  );
}
