import { useState } from 'react';
import { Button, Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { errorsOf } from './common';

const DeactivateAgencyMutation = graphql(`
  mutation ConsoleDeactivateAgency($input: ChangeAgencyStatusInput!) {
    deactivateAgency(input: $input) {
      agency {
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

const ReactivateAgencyMutation = graphql(`
  mutation ConsoleReactivateAgency($input: ChangeAgencyStatusInput!) {
    reactivateAgency(input: $input) {
      agency {
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

/** 注销 / 恢复 an agency (bureau admins), with the reason kept in its history. */
export function AgencyStatusButton({ agency, onChanged }: { agency: { id: string; name: string; status: string }; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching: deactivating }, deactivate] = useMutation(DeactivateAgencyMutation);
  const [{ fetching: reactivating }, reactivate] = useMutation(ReactivateAgencyMutation);
  const active = agency.status === 'active';
  const action = active ? '注销机构' : '恢复机构';
  return (
    <>
      <Button danger={active} onClick={() => setOpen(true)}>
        {action}
      </Button>
      {open && (
        <Modal
          open
          title={`${action}：${agency.name}`}
          onCancel={() => setOpen(false)}
          onOk={() => form.submit()}
          okText={deactivating || reactivating ? '正在提交…' : action}
          cancelText="取消"
          okButtonProps={{ loading: deactivating || reactivating, danger: active }}
        >
          <FormErrors errors={errors} />
          <Form
            form={form}
            name="agencyStatus"
            layout="vertical"
            initialValues={{ reason: '' }}
            onFinish={async (v) => {
              const input = { id: agency.id, reason: v.reason };
              const result = active ? await deactivate({ input }) : await reactivate({ input });
              const payload =
                result.data && ('deactivateAgency' in result.data ? result.data.deactivateAgency : result.data.reactivateAgency);
              const list = errorsOf(payload, result.error);
              if (list.length) return setErrors(showFieldErrors(form, list));
              setOpen(false);
              onChanged();
            }}
          >
            <Form.Item label="原因" name="reason" rules={[{ required: true, message: '请填写原因' }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
