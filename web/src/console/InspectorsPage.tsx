import { useState } from 'react';
import { Button, Form, Input, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { AgencyPicker } from './AgencyPicker';
import { PageTitle, errorsOf, useViewer } from './common';

const InspectorsQuery = graphql(`
  query ConsoleInspectors {
    inspectors {
      id
      name
      unit
      status
      conflicts {
        agencyId
        agencyName
        reason
      }
    }
  }
`);

const AddInspector = graphql(`
  mutation ConsoleAddInspector($input: AddInspectorInput!) {
    addInspector(input: $input) {
      inspector {
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

const DeclareConflict = graphql(`
  mutation ConsoleDeclareConflict($input: DeclareConflictInput!) {
    declareConflict(input: $input) {
      inspector {
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

/** 检查人员名录: the inspectors the draws pick from, and their declared conflicts of interest (回避). */
export function InspectorsPage() {
  const { isAdmin } = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: InspectorsQuery });
  const [addState, add] = useMutation(AddInspector);
  const [, declare] = useMutation(DeclareConflict);
  const [form] = Form.useForm<{ name: string; unit: string }>();
  const [conflictForm] = Form.useForm<{ agencyId: string | null; reason: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [declaring, setDeclaring] = useState<{ id: string; name: string } | null>(null);
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>检查人员名录与回避</PageTitle>
      <Typography.Paragraph>
        抽取检查人员时，每个检查对象至少抽取 2 名；与该机构存在利害关系（申报回避）的检查人员不会被抽到该机构。
      </Typography.Paragraph>
      {isAdmin && (
        <Form
          form={form}
          layout="inline"
          aria-label="添加检查人员"
          initialValues={{ name: '', unit: '' }}
          style={{ marginBottom: 16 }}
          onFinish={async (values) => {
            const result = await add({ input: values });
            const list = errorsOf(result.data?.addInspector, result.error);
            setErrors(list.length ? showFieldErrors(form, list) : []);
            if (!list.length) {
              form.resetFields();
              refresh();
            }
          }}
        >
          <Form.Item name="name" label="姓名">
            <Input />
          </Form.Item>
          <Form.Item name="unit" label="所在单位">
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={addState.fetching}>
              添加检查人员
            </Button>
          </Form.Item>
        </Form>
      )}
      <FormErrors errors={errors} />
      <Table
        aria-label="检查人员名录"
        rowKey="id"
        pagination={false}
        dataSource={data?.inspectors ?? []}
        locale={{ emptyText: '尚未登记检查人员' }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '所在单位', dataIndex: 'unit' },
          {
            title: '申报回避的机构',
            render: (_, i) => (
              <Space wrap>
                {i.conflicts.map((c) => (
                  <Tag key={c.agencyId} title={c.reason}>
                    {c.agencyName}（{c.reason}）
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '操作',
            render: (_, i) =>
              isAdmin && (
                <Button size="small" onClick={() => setDeclaring({ id: i.id, name: i.name })}>
                  申报回避
                </Button>
              ),
          },
        ]}
      />
      <Modal
        title={`申报回避：${declaring?.name ?? ''}`}
        open={declaring !== null}
        okText="保存"
        cancelText="取消"
        onCancel={() => setDeclaring(null)}
        onOk={() => conflictForm.submit()}
      >
        <Form
          form={conflictForm}
          layout="vertical"
          initialValues={{ agencyId: null, reason: '' }}
          onFinish={async (values) => {
            if (!declaring) return;
            const result = await declare({
              input: { inspectorId: declaring.id, agencyId: values.agencyId ?? '', reason: values.reason },
            });
            const list = errorsOf(result.data?.declareConflict, result.error);
            const rest = list.length ? showFieldErrors(conflictForm, list) : [];
            setErrors(rest);
            if (!list.length) {
              setDeclaring(null);
              conflictForm.resetFields();
              refresh();
            }
          }}
        >
          <Form.Item name="agencyId" label="机构">
            <AgencyPicker />
          </Form.Item>
          <Form.Item name="reason" label="回避原因">
            <Input placeholder="如：曾在该机构任职、近亲属在该机构工作" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
