import { useState } from 'react';
import { Button, Form, Input, Select, Space } from 'antd';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { LEVELS, SANCTION_TYPES } from '../shared/labels';
import { AgencyPicker } from './AgencyPicker';
import { errorsOf, newKey } from './common';

const RecordSanctionMutation = graphql(`
  mutation ConsoleRecordSanction($input: RecordSanctionInput!) {
    recordSanction(input: $input) {
      sanction {
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

const RecordHonourMutation = graphql(`
  mutation ConsoleRecordHonour($input: RecordHonourInput!) {
    recordHonour(input: $input) {
      honour {
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

const options = (map: Record<string, string>) => Object.entries(map).map(([value, label]) => ({ value, label }));

interface SanctionFields {
  agencyId: string | undefined;
  type: string | undefined;
  level: string | undefined;
  decidedOn: string;
  issuer: string;
  reason: string;
}

/** 记录处罚: the agency, type, level of the deciding authority, date (within the year), authority and cause. */
export function RecordSanctionForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const [form] = Form.useForm<SanctionFields>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [key, setKey] = useState(newKey);
  const [{ fetching }, record] = useMutation(RecordSanctionMutation);
  return (
    <Form
      form={form}
      name="sanction"
      layout="vertical"
      initialValues={{ agencyId: undefined, type: undefined, level: undefined, decidedOn: '', issuer: '', reason: '' }}
      onFinish={async (v) => {
        const r = await record({
          input: {
            agencyId: v.agencyId ?? '',
            year,
            type: v.type ?? '',
            level: v.level ?? '',
            decidedOn: v.decidedOn,
            issuer: v.issuer,
            reason: v.reason,
            idempotencyKey: key,
          },
        });
        const list = errorsOf(r.data?.recordSanction, r.error);
        if (list.length) return setErrors(showFieldErrors(form, list));
        setErrors([]);
        setKey(newKey());
        form.resetFields();
        onSaved();
      }}
    >
      <FormErrors errors={errors} />
      <Space wrap align="start">
        <Form.Item label="机构" name="agencyId" rules={[{ required: true, message: '请选择机构' }]}>
          <AgencyPicker />
        </Form.Item>
        <Form.Item label="处罚类型" name="type" rules={[{ required: true, message: '请选择处罚类型' }]}>
          <Select style={{ width: 140 }} options={options(SANCTION_TYPES)} />
        </Form.Item>
        <Form.Item label="级别" name="level" rules={[{ required: true, message: '请选择级别' }]}>
          <Select style={{ width: 160 }} options={options(LEVELS)} />
        </Form.Item>
        <Form.Item label="生效日期" name="decidedOn" rules={[{ required: true, message: '请填写生效日期' }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label="决定机关" name="issuer" rules={[{ required: true, message: '请填写决定机关' }]}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="事由" name="reason" rules={[{ required: true, message: '请填写事由' }]}>
          <Input style={{ width: 280 }} />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {fetching ? '正在提交…' : '记录处罚'}
      </Button>
    </Form>
  );
}

interface HonourFields {
  agencyId: string | undefined;
  level: string | undefined;
  cause: string;
  awardedOn: string;
  issuer: string;
}

/** 记录表彰: the agency, level, cause (one bonus per cause), date (within the year) and awarding authority. */
export function RecordHonourForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const [form] = Form.useForm<HonourFields>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [key, setKey] = useState(newKey);
  const [{ fetching }, record] = useMutation(RecordHonourMutation);
  return (
    <Form
      form={form}
      name="honour"
      layout="vertical"
      initialValues={{ agencyId: undefined, level: undefined, cause: '', awardedOn: '', issuer: '' }}
      onFinish={async (v) => {
        const r = await record({
          input: {
            agencyId: v.agencyId ?? '',
            year,
            level: v.level ?? '',
            cause: v.cause,
            awardedOn: v.awardedOn,
            issuer: v.issuer,
            idempotencyKey: key,
          },
        });
        const list = errorsOf(r.data?.recordHonour, r.error);
        if (list.length) return setErrors(showFieldErrors(form, list));
        setErrors([]);
        setKey(newKey());
        form.resetFields();
        onSaved();
      }}
    >
      <FormErrors errors={errors} />
      <Space wrap align="start">
        <Form.Item label="机构" name="agencyId" rules={[{ required: true, message: '请选择机构' }]}>
          <AgencyPicker />
        </Form.Item>
        <Form.Item label="级别" name="level" rules={[{ required: true, message: '请选择级别' }]}>
          <Select style={{ width: 160 }} options={options(LEVELS)} />
        </Form.Item>
        <Form.Item label="表彰事由" name="cause" rules={[{ required: true, message: '请填写表彰事由' }]}>
          <Input style={{ width: 280 }} />
        </Form.Item>
        <Form.Item label="表彰日期" name="awardedOn" rules={[{ required: true, message: '请填写表彰日期' }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label="表彰机关" name="issuer" rules={[{ required: true, message: '请填写表彰机关' }]}>
          <Input style={{ width: 200 }} />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {fetching ? '正在提交…' : '记录表彰'}
      </Button>
    </Form>
  );
}
