import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDateTime } from '../shared/text';
import { PageTitle } from './common';

const TenantsQuery = graphql(`
  query ConsoleTenants {
    tenants {
      id
      name
      createdBy
      createdAt
    }
  }
`);

const OnboardTenantMutation = graphql(`
  mutation ConsoleOnboardTenant($input: OnboardTenantInput!) {
    onboardTenant(input: $input) {
      tenant {
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

/** The shipped schemes a new city may start from (the seed cities'), or none. */
const TEMPLATES = [
  { value: 'quanzhou', label: '泉州（诚信考评表，检查表，最佳/最差名单）' },
  { value: 'linyi', label: '临沂（分类等级管理检查表，抽考，评议表）' },
  { value: 'putian', label: '莆田（专项检查清单，不计分）' },
  { value: 'suzhou', label: '苏州（星级评定，业务量排名）' },
  { value: 'foshan', label: '佛山（分类排名，标杆机构，满意度调查）' },
  { value: 'blank', label: '空白（不带方案，由城市自行上传或制定）' },
];

interface OnboardForm {
  id: string;
  name: string;
  template: string;
  year: number;
  username: string;
  email: string;
  lastName: string;
  firstName: string;
  temporaryPassword: string;
}

/** The API's field paths of the admin (input.admin.username) are the form's flat fields. */
function flatten(errors: UserError[]): UserError[] {
  return errors.map((e) => ({ ...e, field: e.field?.replace(/^input\.admin\./, 'input.') ?? e.field }));
}

/**
 * 城市开通 (platform admin): the onboarded cities (the tenant record only: the platform admin sees none of a
 * city's data) and the onboarding of a new one: its bureau, its first scheme from a seed city's template
 * (re-dated for the year) or blank, and its first bureau admin with a temporary password.
 */
export function TenantsPage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: TenantsQuery, requestPolicy: 'cache-and-network' });
  const [form] = Form.useForm<OnboardForm>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [done, setDone] = useState<{ name: string; admin: string } | null>(null);
  const [{ fetching: onboarding }, onboard] = useMutation(OnboardTenantMutation);
  return (
    <>
      <PageTitle>城市开通</PageTitle>
      <ErrorAlert error={error} />
      <Table
        aria-label="已开通城市"
        rowKey="id"
        loading={fetching}
        pagination={false}
        size="small"
        dataSource={data?.tenants ?? []}
        columns={[
          { title: '城市标识', dataIndex: 'id' },
          { title: '名称', dataIndex: 'name' },
          { title: '开通人', dataIndex: 'createdBy' },
          { title: '开通时间', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
      <Card title="开通新城市" style={{ marginTop: 16, maxWidth: 720 }}>
        <FormErrors errors={errors} />
        {done && (
          <Typography.Paragraph type="success" role="status">
            已开通 {done.name}；首位管理员 {done.admin} 首次登录时须修改临时密码。
          </Typography.Paragraph>
        )}
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            id: '',
            name: '',
            template: undefined,
            year: new Date().getFullYear(),
            username: '',
            email: '',
            lastName: '',
            firstName: '',
            temporaryPassword: '',
          }}
          onFinish={async (v) => {
            const { username, email, lastName, firstName, temporaryPassword, ...tenant } = v;
            const result = await onboard({
              input: { ...tenant, id: tenant.id.trim(), admin: { username, email, lastName, firstName, temporaryPassword } },
            });
            const payload = result.data?.onboardTenant;
            const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
            if (list.length) {
              setDone(null);
              return setErrors(showFieldErrors(form, flatten(list)));
            }
            setErrors([]);
            setDone({ name: payload?.tenant?.name ?? v.name, admin: username });
            form.resetFields();
            refetch({ requestPolicy: 'network-only' });
          }}
        >
          <Space wrap align="start">
            <Form.Item
              label="城市标识"
              name="id"
              extra="小写字母、数字或连字符，如 xiamen"
              rules={[{ required: true, message: '请填写城市标识' }]}
            >
              <Input autoComplete="off" style={{ width: 220 }} />
            </Form.Item>
            <Form.Item label="应急管理局名称" name="name" rules={[{ required: true, message: '请填写应急管理局名称' }]}>
              <Input style={{ width: 300 }} placeholder="如 厦门市应急管理局" />
            </Form.Item>
          </Space>
          <Space wrap align="start">
            <Form.Item label="方案模板" name="template" rules={[{ required: true, message: '请选择方案模板' }]}>
              <Select style={{ width: 380 }} options={TEMPLATES} placeholder="选择一个城市的方案或空白" />
            </Form.Item>
            <Form.Item label="首个考评年度" name="year" rules={[{ required: true, message: '请填写首个考评年度' }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
          </Space>
          <Typography.Title level={5}>首位管理员</Typography.Title>
          <Space wrap align="start">
            <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请填写用户名' }]}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item label="邮箱" name="email" rules={[{ required: true, message: '请填写邮箱' }]}>
              <Input type="email" />
            </Form.Item>
            <Form.Item label="姓" name="lastName" rules={[{ required: true, message: '请填写姓' }]}>
              <Input />
            </Form.Item>
            <Form.Item label="名" name="firstName" rules={[{ required: true, message: '请填写名' }]}>
              <Input />
            </Form.Item>
          </Space>
          <Form.Item label="临时密码" name="temporaryPassword" rules={[{ required: true, message: '请填写临时密码' }]}>
            <Input.Password autoComplete="new-password" style={{ width: 300 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={onboarding}>
            {onboarding ? '正在开通…' : '开通'}
          </Button>
        </Form>
      </Card>
    </>
  );
}
