import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { AgencyPicker } from './AgencyPicker';
import { DistrictsQuery, UsersQuery } from './queries';
import { PageTitle, useViewer } from './common';

const ROLE_NAMES: Record<string, string> = { BUREAU_ADMIN: '应急管理局管理员', INSPECTOR: '检查人员', AGENCY_USER: '机构用户' };

const InviteUserMutation = graphql(`
  mutation ConsoleInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      user {
        username
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const DisableUserMutation = graphql(`
  mutation ConsoleDisableUser($input: DisableUserInput!) {
    disableUser(input: $input) {
      user {
        username
        enabled
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

function NotAdmin() {
  return <Typography.Paragraph>本页面仅供应急管理局管理员使用。</Typography.Paragraph>;
}

/** 用户管理 (bureau admins): the tenant's users; invite an inspector or an agency account; disable a user. */
export function UsersPage() {
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: UsersQuery, pause: !viewer.isAdmin, requestPolicy: 'cache-and-network' });
  const [disableErrors, setDisableErrors] = useState<UserError[]>([]);
  const [{ fetching: disabling }, disable] = useMutation(DisableUserMutation);
  if (!viewer.isAdmin) return <NotAdmin />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>用户管理</PageTitle>
      <ErrorAlert error={error} />
      <FormErrors errors={disableErrors} />
      <Table
        aria-label="用户"
        rowKey="username"
        loading={fetching}
        pagination={false}
        dataSource={data?.tenantUsers ?? []}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', render: (_, u) => `${u.lastName ?? ''}${u.firstName ?? ''}` },
          { title: '邮箱', dataIndex: 'email' },
          { title: '角色', dataIndex: 'role', render: (r: string) => ROLE_NAMES[r] ?? r },
          { title: '状态', dataIndex: 'enabled', render: (e: boolean) => (e ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>) },
          {
            title: '操作',
            render: (_, u) =>
              u.enabled && u.username !== viewer.username ? (
                <Popconfirm
                  title={`停用 ${u.username}？`}
                  okText="停用"
                  cancelText="取消"
                  onConfirm={async () => {
                    const result = await disable({ input: { username: u.username } });
                    const payload = result.data?.disableUser;
                    const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
                    setDisableErrors(list);
                    if (!list.length) reload();
                  }}
                >
                  <Button size="small" danger loading={disabling} aria-label={`停用 ${u.username}`}>
                    停用
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <InviteUser onInvited={reload} />
    </>
  );
}

interface InviteForm {
  username: string;
  email: string;
  lastName: string;
  firstName: string;
  temporaryPassword: string;
  role: string;
  agencyId: string | undefined;
}

function InviteUser({ onInvited }: { onInvited: () => void }) {
  const [form] = Form.useForm<InviteForm>();
  const role = Form.useWatch('role', form);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [{ fetching }, invite] = useMutation(InviteUserMutation);
  return (
    <Card title="邀请用户" style={{ marginTop: 16, maxWidth: 640 }}>
      <FormErrors errors={errors} />
      {done && <Typography.Paragraph type="success">已邀请 {done}，首次登录时须修改临时密码。</Typography.Paragraph>}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          username: '',
          email: '',
          lastName: '',
          firstName: '',
          temporaryPassword: '',
          role: 'INSPECTOR',
          agencyId: undefined,
        }}
        onFinish={async (v) => {
          const result = await invite({
            input: { ...v, role: v.role as 'INSPECTOR' | 'AGENCY_USER', agencyId: v.role === 'AGENCY_USER' ? (v.agencyId ?? null) : null },
          });
          const payload = result.data?.inviteUser;
          const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
          if (list.length) {
            setDone(null);
            return setErrors(showFieldErrors(form, list));
          }
          setErrors([]);
          setDone(v.username);
          form.resetFields();
          onInvited();
        }}
      >
        <Form.Item label="角色" name="role">
          <Select
            options={[
              { value: 'INSPECTOR', label: '检查人员' },
              { value: 'AGENCY_USER', label: '机构用户' },
            ]}
          />
        </Form.Item>
        {role === 'AGENCY_USER' && (
          <Form.Item label="所属机构" name="agencyId" rules={[{ required: true, message: '请选择机构' }]}>
            <AgencyPicker />
          </Form.Item>
        )}
        <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请填写用户名' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="邮箱" name="email" rules={[{ required: true, message: '请填写邮箱' }]}>
          <Input type="email" />
        </Form.Item>
        <Space>
          <Form.Item label="姓" name="lastName" rules={[{ required: true, message: '请填写姓' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="名" name="firstName" rules={[{ required: true, message: '请填写名' }]}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item label="临时密码" name="temporaryPassword" rules={[{ required: true, message: '请填写临时密码' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {fetching ? '正在提交…' : '邀请'}
        </Button>
      </Form>
    </Card>
  );
}

const AddDistrictMutation = graphql(`
  mutation ConsoleAddDistrict($input: AddDistrictInput!) {
    addDistrict(input: $input) {
      district {
        code
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

const RenameDistrictMutation = graphql(`
  mutation ConsoleRenameDistrict($input: RenameDistrictInput!) {
    renameDistrict(input: $input) {
      district {
        code
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

/** 区县管理 (bureau admins): the tenant's districts; add one, rename one (its code stays). */
export function DistrictsPage() {
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DistrictsQuery, requestPolicy: 'cache-and-network' });
  const [form] = Form.useForm<{ code: string; name: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching: adding }, add] = useMutation(AddDistrictMutation);
  const [renaming, setRenaming] = useState<{ code: string; name: string } | null>(null);
  if (!viewer.isAdmin) return <NotAdmin />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>区县管理</PageTitle>
      <ErrorAlert error={error} />
      <Table
        aria-label="区县"
        rowKey="code"
        loading={fetching}
        pagination={false}
        dataSource={data?.districts ?? []}
        columns={[
          { title: '代码', dataIndex: 'code' },
          { title: '名称', dataIndex: 'name' },
          {
            title: '操作',
            render: (_, d) => (
              <Button size="small" onClick={() => setRenaming(d)} aria-label={`更名 ${d.name}`}>
                更名
              </Button>
            ),
          },
        ]}
      />
      <Card title="新增区县" style={{ marginTop: 16 }}>
        <FormErrors errors={errors} />
        <Form
          form={form}
          layout="inline"
          initialValues={{ code: '', name: '' }}
          onFinish={async (v) => {
            const result = await add({ input: v });
            const payload = result.data?.addDistrict;
            const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
            if (list.length) return setErrors(showFieldErrors(form, list));
            setErrors([]);
            form.resetFields();
            reload();
          }}
        >
          <Form.Item label="代码" name="code" rules={[{ required: true, message: '请填写代码' }]}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Form.Item label="名称" name="name" rules={[{ required: true, message: '请填写名称' }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={adding}>
              {adding ? '正在提交…' : '新增'}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {renaming && (
        <RenameDistrict
          district={renaming}
          onClose={(changed) => {
            setRenaming(null);
            if (changed) reload();
          }}
        />
      )}
    </>
  );
}

function RenameDistrict({ district, onClose }: { district: { code: string; name: string }; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<{ name: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, rename] = useMutation(RenameDistrictMutation);
  return (
    <Modal
      open
      title={`更名：${district.name}（${district.code}）`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={fetching ? '正在提交…' : '保存'}
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
    >
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: district.name }}
        onFinish={async (v) => {
          const result = await rename({ input: { code: district.code, name: v.name } });
          const payload = result.data?.renameDistrict;
          const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
          if (list.length) return setErrors(showFieldErrors(form, list));
          onClose(true);
        }}
      >
        <Form.Item label="新名称" name="name" rules={[{ required: true, message: '请填写名称' }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
