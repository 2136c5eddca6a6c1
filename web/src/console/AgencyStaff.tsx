import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDate } from '../shared/text';
import { dotted, errorsOf, newKey } from './common';

const AddStaffMutation = graphql(`
  mutation ConsoleAddStaff($input: AddStaffInput!) {
    addStaff(input: $input) {
      staff {
        id
        name
        otherAgencies {
          id
          name
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const UpdateStaffMutation = graphql(`
  mutation ConsoleUpdateStaff($input: UpdateStaffInput!) {
    updateStaff(input: $input) {
      staff {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const WithdrawStaffMutation = graphql(`
  mutation ConsoleWithdrawStaff($input: WithdrawStaffInput!) {
    withdrawStaff(input: $input) {
      staff {
        id
        status
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
 * 技术人员 of an agency: who is on its register with their certificates, who is also active in another
 * agency of the city (挂靠, shown in red), who failed an exam (临沂 "测试不合格的，不得从事相应技术服务活动": may not
 * sign reports, shown in red); bureau admins add a person (ID number checked and hashed, never
 * shown) and record that one has left.
 */
export interface StaffRow {
  id: string;
  name: string;
  fullTime: boolean;
  title?: string | null;
  certificates: { id: string; type: string; typeLabel: string; number: string; validUntil?: string | null }[];
  otherAgencies: { id: string; name: string }[];
  examFailure?: { year: number; score: string | number; passMark: string | number } | null;
}

export function AgencyStaff({
  agencyId,
  isAdmin,
  staff,
  types,
  onChanged,
}: {
  agencyId: string;
  isAdmin: boolean;
  staff: StaffRow[];
  types: { code: string; label: string }[];
  onChanged: () => void;
}) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<StaffRow | null>(null);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching: withdrawing }, withdraw] = useMutation(WithdrawStaffMutation);
  const reload = onChanged;
  const doubled = staff.filter((s) => s.otherAgencies.length > 0);
  return (
    <Card
      title="技术人员"
      style={{ marginTop: 24 }}
      extra={
        isAdmin && (
          <Button onClick={() => setAdding(true)} aria-label="新增技术人员">
            新增人员
          </Button>
        )
      }
    >
      <FormErrors errors={errors} />
      {doubled.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${doubled.length} 名人员同时在本市其他机构登记（可能多处挂靠）：${doubled.map((s) => s.name).join('、')}`}
        />
      )}
      <Table
        aria-label="技术人员"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={staff}
        locale={{ emptyText: '尚未登记技术人员' }}
        columns={[
          {
            title: '姓名',
            render: (_, s) => (
              <Space wrap>
                {s.name}
                {s.otherAgencies.map((a) => (
                  <Tag color="red" key={a.id}>
                    同时在 <Link to={`/agencies/${a.id}`}>{a.name}</Link> 登记
                  </Tag>
                ))}
                {s.examFailure && (
                  <Tag color="red">
                    {`${s.examFailure.year}年度抽考不合格（${Number(s.examFailure.score)}分，合格分${Number(s.examFailure.passMark)}分），不得签字出具报告`}
                  </Tag>
                )}
              </Space>
            ),
          },
          { title: '专职', render: (_, s) => (s.fullTime ? '专职' : '兼职') },
          { title: '职称', render: (_, s) => s.title ?? '—' },
          {
            title: '证书',
            render: (_, s) =>
              s.certificates
                .map((c) => `${c.typeLabel} ${c.number}${c.validUntil ? `（有效期至 ${formatDate(c.validUntil)}）` : ''}`)
                .join('；') || '—',
          },
          {
            title: '操作',
            render: (_, s) =>
              isAdmin && (
                <Space>
                  <Button size="small" onClick={() => setEditing(s)} aria-label={`修改 ${s.name}`}>
                    修改
                  </Button>
                  <Popconfirm
                    title={`${s.name} 已离开本机构？`}
                    okText="确认离职"
                    cancelText="取消"
                    onConfirm={async () => {
                      const result = await withdraw({ input: { id: s.id, reason: '离职' } });
                      const list = errorsOf(result.data?.withdrawStaff, result.error);
                      setErrors(list);
                      if (!list.length) reload();
                    }}
                  >
                    <Button size="small" loading={withdrawing} aria-label={`离职 ${s.name}`}>
                      离职
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {editing && (
        <EditStaff
          staff={editing}
          types={types}
          onClose={(changed) => {
            setEditing(null);
            if (changed) reload();
          }}
        />
      )}
      {adding && (
        <AddStaff
          agencyId={agencyId}
          types={types}
          onClose={(changed) => {
            setAdding(false);
            if (changed) reload();
          }}
        />
      )}
    </Card>
  );
}

interface StaffForm {
  name: string;
  idNumber: string;
  fullTime: boolean;
  title: string;
  certificates: { type: string | undefined; number: string; validUntil: string }[];
}

function AddStaff({
  agencyId,
  types,
  onClose,
}: {
  agencyId: string;
  types: { code: string; label: string }[];
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<StaffForm>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [key] = useState(newKey);
  const [{ fetching }, add] = useMutation(AddStaffMutation);
  const [warning, setWarning] = useState<string | null>(null);
  return (
    <Modal
      open
      width={720}
      title="新增技术人员"
      onCancel={() => onClose(warning !== null)}
      onOk={() => (warning ? onClose(true) : form.submit())}
      okText={warning ? '完成' : fetching ? '正在提交…' : '保存'}
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
    >
      {warning && <Alert type="warning" showIcon role="alert" title={warning} style={{ marginBottom: 12 }} />}
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="vertical"
        disabled={warning !== null}
        initialValues={{ name: '', idNumber: '', fullTime: true, title: '', certificates: [] }}
        onFinish={async (v) => {
          const result = await add({
            input: {
              agencyId,
              name: v.name,
              idNumber: v.idNumber,
              fullTime: v.fullTime,
              title: v.title || null,
              certificates: v.certificates.map((c) => ({ type: c.type ?? '', number: c.number, validUntil: c.validUntil || null })),
              idempotencyKey: key,
            },
          });
          const list = errorsOf(result.data?.addStaff, result.error);
          if (list.length) return setErrors(showFieldErrors(form, dotted(list)));
          const others = result.data?.addStaff.staff?.otherAgencies ?? [];
          if (others.length) {
            // saved, but the same person is active elsewhere in the city: the bureau is told at once
            setWarning(`已保存。注意：${v.name} 同时在 ${others.map((a) => a.name).join('、')} 登记，可能属于多处挂靠。`);
            return;
          }
          onClose(true);
        }}
      >
        <Space wrap>
          <Form.Item label="姓名" name="name" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="公民身份号码" name="idNumber" rules={[{ required: true, message: '请填写公民身份号码' }]}>
            <Input style={{ width: 240 }} maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item label="职称" name="title">
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="fullTime" valuePropName="checked" label="用工">
            <Checkbox>专职</Checkbox>
          </Form.Item>
        </Space>
        <Certificates types={types} />
      </Form>
    </Modal>
  );
}

/** The certificate rows of a staff form (type, number, valid until), added and removed. */
function Certificates({ types }: { types: { code: string; label: string }[] }) {
  return (
    <>
      <Typography.Text strong>证书</Typography.Text>
      <Form.List name="certificates">
        {(fields, { add: addRow, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start">
                <Form.Item label="证书类型" name={[field.name, 'type']} rules={[{ required: true, message: '请选择证书类型' }]}>
                  <Select style={{ width: 180 }} options={types.map((t) => ({ value: t.code, label: t.label }))} />
                </Form.Item>
                <Form.Item label="证书编号" name={[field.name, 'number']} rules={[{ required: true, message: '请填写证书编号' }]}>
                  <Input style={{ width: 180 }} />
                </Form.Item>
                <Form.Item label="有效期至" name={[field.name, 'validUntil']}>
                  <Input type="date" />
                </Form.Item>
                <Button onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                  删除
                </Button>
              </Space>
            ))}
            <div>
              <Button onClick={() => addRow({ type: undefined, number: '', validUntil: '' })}>添加证书</Button>
            </div>
          </>
        )}
      </Form.List>
    </>
  );
}

interface EditForm {
  name: string;
  fullTime: boolean;
  title: string;
  certificates: { type: string | undefined; number: string; validUntil: string }[];
  reason: string;
}

/** 修改人员信息: name, employment, title and certificates (the ID number, which names the person, stays). */
function EditStaff({
  staff,
  types,
  onClose,
}: {
  staff: StaffRow;
  types: { code: string; label: string }[];
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<EditForm>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, update] = useMutation(UpdateStaffMutation);
  return (
    <Modal
      open
      width={720}
      title={`修改人员信息：${staff.name}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={fetching ? '正在提交…' : '保存'}
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
    >
      <FormErrors errors={errors} />
      <Form
        form={form}
        // named: its fields' ids (staffEdit_reason) do not clash with the agency page's other forms
        name="staffEdit"
        layout="vertical"
        initialValues={{
          name: staff.name,
          fullTime: staff.fullTime,
          title: staff.title ?? '',
          certificates: staff.certificates.map((c) => ({ type: c.type, number: c.number, validUntil: c.validUntil ?? '' })),
          reason: '',
        }}
        onFinish={async (v) => {
          const result = await update({
            input: {
              id: staff.id,
              name: v.name,
              fullTime: v.fullTime,
              title: v.title || null,
              certificates: v.certificates.map((c) => ({ type: c.type ?? '', number: c.number, validUntil: c.validUntil || null })),
              reason: v.reason || null,
            },
          });
          const list = errorsOf(result.data?.updateStaff, result.error);
          if (list.length) return setErrors(showFieldErrors(form, dotted(list)));
          onClose(true);
        }}
      >
        <Space wrap>
          <Form.Item label="姓名" name="name" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="职称" name="title">
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="fullTime" valuePropName="checked" label="用工">
            <Checkbox>专职</Checkbox>
          </Form.Item>
        </Space>
        <Certificates types={types} />
        <Form.Item label="修改原因" name="reason">
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
