import { useState } from 'react';
import { Button, Card, Form, Input, Select, Table } from 'antd';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDecimal } from '../shared/text';

const SetAgencyDataMutation = graphql(`
  mutation ConsoleSetAgencyData($input: SetAgencyDataInput!) {
    setAgencyData(input: $input) {
      data {
        field
        value
        source
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** The year's agency data the scheme declares: registered values and those entered by hand. */
export function AgencyData({
  agencyId,
  year,
  rows,
  onSaved,
}: {
  agencyId: string;
  year: number;
  rows: { field: string; wording: string; value?: string | number | null; source?: string | null }[];
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ field: string; value: string; reason: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, save] = useMutation(SetAgencyDataMutation);
  return (
    <Card>
      <Table
        aria-label="机构数据"
        rowKey="field"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '本年度没有启用的考评方案，或方案未声明机构数据' }}
        columns={[
          { title: '数据项', dataIndex: 'wording' },
          { title: '值', dataIndex: 'value', render: (v) => formatDecimal(v) },
          { title: '来源', dataIndex: 'source', render: (s) => (s === 'registered' ? '登记记录' : s === 'entered' ? '人工录入' : '缺失') },
        ]}
      />
      {rows.length > 0 && (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 16 }}
          initialValues={{ field: rows[0].field, value: '', reason: '' }}
          onFinish={async (values) => {
            const result = await save({
              input: { agencyId, year, field: values.field, value: values.value, reason: values.reason || null },
            });
            const payload = result.data?.setAgencyData;
            const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
            setErrors(list.length ? showFieldErrors(form, list) : []);
            if (!list.length) {
              form.resetFields();
              onSaved();
            }
          }}
        >
          <FormErrors errors={errors} />
          <Form.Item label="数据项" name="field">
            <Select style={{ width: 260 }} options={rows.map((r) => ({ value: r.field, label: r.wording }))} />
          </Form.Item>
          <Form.Item label="值" name="value" rules={[{ required: true, message: '请填写值' }]}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item label="原因" name="reason">
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" loading={fetching}>
              {fetching ? '正在提交…' : '录入'}
            </Button>
          </Form.Item>
        </Form>
      )}
    </Card>
  );
}
