import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Skeleton, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDateTime } from '../shared/text';
import { PageTitle, dotted, errorsOf, useViewer } from './common';

const SubjectsQuery = graphql(`
  query ConsoleSubjects {
    subjectKinds {
      kind
      name
    }
    subjects {
      id
      kind
      name
      creditCode
      districtCode
      districtName
      industry
      createdBy
      createdAt
    }
    districts {
      code
      name
    }
  }
`);

const RegisterSubjectMutation = graphql(`
  mutation ConsoleRegisterSubject($input: RegisterSubjectInput!) {
    registerSubject(input: $input) {
      subject {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

interface RegisterFields {
  kind: string | undefined;
  name: string;
  creditCode: string;
  districtCode: string | undefined;
  industry: string;
}

/**
 * 检查对象 (bureau and county staff): the subjects other than agencies that the city's schemes inspect (莆田
 * 附件2: 生产经营单位), registered with their 统一社会信用代码 and district, listed; a county registers and sees its
 * own district's only.
 */
export function SubjectsPage() {
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SubjectsQuery, requestPolicy: 'cache-and-network' });
  const [form] = Form.useForm<RegisterFields>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching: saving }, register] = useMutation(RegisterSubjectMutation);
  if (fetching && !data) return <Skeleton active />;
  const kinds = data?.subjectKinds ?? [];
  const kindName = (kind: string) => kinds.find((k) => k.kind === kind)?.name ?? kind;
  const districts = (data?.districts ?? []).filter((d) => !viewer.isCounty || d.code === viewer.district);
  return (
    <>
      <PageTitle>检查对象</PageTitle>
      <ErrorAlert error={error} />
      <Typography.Paragraph type="secondary">
        考评方案中检查表的检查对象不是技术服务机构时（如莆田专项整治的生产经营单位），在此登记后按其检查表检查；检查表不能用于其他类别的对象。
        {viewer.isCounty && `区县用户只能登记和查看本辖区（${viewer.districtName ?? viewer.district}）的检查对象。`}
      </Typography.Paragraph>
      {kinds.length === 0 ? (
        <Alert type="info" showIcon title="本市启用的考评方案没有声明机构以外的检查对象" style={{ marginBottom: 16 }} />
      ) : (
        <Card title="登记检查对象" style={{ maxWidth: 900, marginBottom: 16 }}>
          {saved && <Alert type="success" showIcon role="status" title={`已登记：${saved}`} style={{ marginBottom: 12 }} />}
          <FormErrors errors={errors} />
          <Form
            form={form}
            layout="vertical"
            initialValues={{ kind: kinds[0]?.kind, name: '', creditCode: '', districtCode: undefined, industry: '' }}
            onValuesChange={() => setSaved(null)}
            onFinish={async (v) => {
              const r = await register({
                input: {
                  kind: v.kind ?? '',
                  name: v.name ?? '',
                  creditCode: v.creditCode ?? '',
                  districtCode: v.districtCode ?? '',
                  industry: v.industry || null,
                },
              });
              const list = errorsOf(r.data?.registerSubject, r.error);
              if (list.length) return setErrors(showFieldErrors(form, dotted(list)));
              setErrors([]);
              setSaved(r.data?.registerSubject.subject?.name ?? '');
              form.resetFields();
              refetch({ requestPolicy: 'network-only' });
            }}
          >
            <Space wrap align="start">
              <Form.Item label="对象类别" name="kind">
                <Select style={{ width: 160 }} options={kinds.map((k) => ({ value: k.kind, label: k.name }))} />
              </Form.Item>
              <Form.Item label="单位名称" name="name">
                <Input style={{ width: 260 }} />
              </Form.Item>
              <Form.Item label="统一社会信用代码" name="creditCode">
                <Input style={{ width: 220 }} />
              </Form.Item>
              <Form.Item label="所在区县" name="districtCode">
                <Select style={{ width: 160 }} options={districts.map((d) => ({ value: d.code, label: d.name }))} />
              </Form.Item>
              <Form.Item label="行业" name="industry">
                <Input style={{ width: 160 }} placeholder="如 危险化学品" />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              {saving ? '正在提交…' : '登记'}
            </Button>
          </Form>
        </Card>
      )}
      <Table
        aria-label="检查对象"
        rowKey="id"
        size="small"
        pagination={{ pageSize: 50 }}
        dataSource={data?.subjects ?? []}
        columns={[
          { title: '单位名称', dataIndex: 'name', render: (name: string, s) => <Link to={`/subjects/${s.id}`}>{name}</Link> },
          { title: '类别', dataIndex: 'kind', render: (k: string) => kindName(k) },
          { title: '统一社会信用代码', dataIndex: 'creditCode' },
          { title: '所在区县', dataIndex: 'districtName', render: (n: string | null, s) => n ?? s.districtCode },
          { title: '行业', dataIndex: 'industry', render: (i: string | null) => i ?? '—' },
          { title: '登记', dataIndex: 'createdAt', render: (d: string, s) => `${s.createdBy} ${formatDateTime(d)}` },
        ]}
      />
    </>
  );
}
